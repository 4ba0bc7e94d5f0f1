package org.xiangli.matter;

import java.util.List;

/** The enums of the ledger, as in schema/matter.graphqls. */
final class MatterEnums {

    private MatterEnums() {
    }

    enum MatterKind { ENVIRONMENT, SAFETY, DISPUTE, INFRASTRUCTURE, PUBLIC_SERVICE, PROJECT_PROBLEM, MILESTONE_OVERDUE, SUPERVISION_FINDING, OTHER }

    enum MatterOwnerKind { GRID_WORKER, VILLAGE, DEPARTMENT }

    enum MatterStepAction { REPORTED, DISPATCHED, ACCEPTED, COMPLETED, CONFIRMED, RETURNED, ESCALATED }

    enum MatterSort { URGENCY, NEWEST, OLDEST }

    enum MatterChangeAction { REPORTED, UPDATED, ESCALATED }

    /** Where a matter stands, and the steps each status allows (the state machine of the SDL). */
    enum MatterStatus {
        REPORTED, DISPATCHED, IN_HAND, DONE, CLOSED, RETURNED;

        List<MatterStepAction> next() {
            return switch (this) {
                case REPORTED, RETURNED -> List.of(MatterStepAction.DISPATCHED);
                case DISPATCHED -> List.of(MatterStepAction.ACCEPTED, MatterStepAction.RETURNED);
                case IN_HAND -> List.of(MatterStepAction.COMPLETED, MatterStepAction.RETURNED);
                case DONE -> List.of(MatterStepAction.CONFIRMED, MatterStepAction.RETURNED);
                case CLOSED -> List.of();
            };
        }

        /** Not done and not closed: a passed deadline makes it overdue. */
        boolean open() {
            return this != DONE && this != CLOSED;
        }
    }
}
