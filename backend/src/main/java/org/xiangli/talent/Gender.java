package org.xiangli.talent;

/** The GraphQL {@code Gender} enum. */
enum Gender {
    MALE, FEMALE, UNDISCLOSED
}
