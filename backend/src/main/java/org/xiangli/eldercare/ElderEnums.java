package org.xiangli.eldercare;

/** The small vocabularies of an elder's record. */
final class ElderEnums {

    private ElderEnums() {
    }

    enum Gender { FEMALE, MALE, UNDISCLOSED }

    /** 独居 / 孤寡 / 空巢 / 特殊困难. */
    enum LivingSituation { ALONE, NO_FAMILY, EMPTY_NEST, SPECIAL_HARDSHIP }

    enum RiskLevel { LOW, MEDIUM, HIGH }

    /** Who a call-tree contact is to the elder. */
    enum ContactRelation { FAMILY, NEIGHBOUR, GRID_WORKER, COMMUNITY_STAFF }
}
