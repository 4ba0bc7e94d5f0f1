package org.xiangli.project;

/** A disbursement (拨付: money released to the project owner) or a payment (支付: paid out by the owner). */
enum MovementKind {
    DISBURSEMENT,
    PAYMENT
}
