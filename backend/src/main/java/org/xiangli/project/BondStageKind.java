package org.xiangli.project;

/** The four tracked stages of a special-bond project, in their order: 借、建、用、还. */
enum BondStageKind {
    BORROW,
    BUILD,
    USE,
    REPAY
}
