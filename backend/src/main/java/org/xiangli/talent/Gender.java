package org.xiangli.talent;

/** The GraphQL {@code Gender} enum. */
public enum Gender {
    MALE, FEMALE, UNDISCLOSED
}
