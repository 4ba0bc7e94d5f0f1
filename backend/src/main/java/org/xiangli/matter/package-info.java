/**
 * The ledger of matters (事项): something to be done in a place, reported, dispatched to an owner,
 * worked, reported done and confirmed closed (销号), with a full history of who did what when.
 * Overdue matters move up the escalation ladder ({@link org.xiangli.escalation}). Depends on the
 * grids, never the reverse.
 */
@NullMarked
package org.xiangli.matter;

import org.jspecify.annotations.NullMarked;
