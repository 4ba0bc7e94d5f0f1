package org.xiangli.talent;

/** The GraphQL {@code TalentCategory} enum: what kind of returned talent a person is. */
public enum TalentCategory {
    ENTREPRENEUR, EXPERT_SCHOLAR, CRAFTS_MASTER, RETIRED_CADRE, YOUNG_ENTREPRENEUR, E_COMMERCE, OTHER
}
