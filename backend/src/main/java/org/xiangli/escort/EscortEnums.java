package org.xiangli.escort;

/** The enums of escort and supervision, as in schema/escort.graphqls. */
final class EscortEnums {

    private EscortEnums() {
    }

    enum RiskPointLevel { HIGH, MEDIUM, LOW }

    enum ControlMeasureStatus { PLANNED, IN_PLACE, FAILING }
}
