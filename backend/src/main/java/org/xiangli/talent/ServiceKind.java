package org.xiangli.talent;

/** The GraphQL {@code ServiceKind} enum: what a service contribution was. */
public enum ServiceKind {
    MEDIATION, GRID_WORK, TEACHING, OTHER
}
