package org.xiangli.talent;

/** The GraphQL {@code TalentAssociationKind} enum. */
enum AssociationKind {
    TALENT_ASSOCIATION, CHAMBER_OF_COMMERCE
}
