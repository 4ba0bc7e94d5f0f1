package org.xiangli.talent;

/** The GraphQL {@code TalentWhereabouts} enum: where a talent is now, relative to the hometown. */
public enum Whereabouts {
    RETURNED, INVESTING_FROM_AFAR, OVERSEAS
}
