/**
 * Escalation, one way for every feature: the ladder of levels (grid → village → township → county),
 * the one scheduled sweep ({@link org.xiangli.escalation.EscalationSchedule}) that runs every
 * feature's {@link org.xiangli.escalation.EscalationSweep} (alert timers, overdue matters, overdue
 * escort milestones) under one ShedLock lock on the database's clock
 * ({@link org.xiangli.escalation.SweepLocking}, also used by elder care's rule job), and the one SQL
 * shape rows climb the ladder in ({@link org.xiangli.escalation.EscalationSteps}).
 */
@NullMarked
package org.xiangli.escalation;

import org.jspecify.annotations.NullMarked;
