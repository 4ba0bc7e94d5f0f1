/**
 * Escalation, one way for every feature: the ladder of levels (grid → village → township → county)
 * and the scheduled sweeps that move late records up it, each run on one instance at a time under
 * a ShedLock lock on the database's clock ({@link org.xiangli.escalation.SweepLocking}). Elder
 * care's rule job and the ledger of matters' deadline sweep both run on it.
 */
@NullMarked
package org.xiangli.escalation;

import org.jspecify.annotations.NullMarked;
