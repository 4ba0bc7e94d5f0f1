package org.xiangli.talent;

/** What a talent consented to (the GraphQL {@code ConsentScope} enum); registration is always part of it. */
enum ConsentScope {
    REGISTRY, CONTACT, PUBLICITY
}
