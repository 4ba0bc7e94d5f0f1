package org.xiangli.talent;

/** The GraphQL {@code VisitorRole} enum: who visits a talent (三界's three-level visits). */
public enum VisitorRole {
    /** A cadre of the talent's village (村干部). */
    VILLAGE_CADRE,
    /** The township leader assigned to keep in touch with the talent (联络领导). */
    LIAISON_LEADER,
    /** A principal leader of the township (主要领导). */
    PRINCIPAL_LEADER
}
