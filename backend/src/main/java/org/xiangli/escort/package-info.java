/**
 * Key projects' escort (重点项目护航) and supervision (纪检监督): milestone templates per category,
 * a commissioner and milestones per escorted project, the sweep that files an overdue milestone as
 * a matter once, supervisors' site checks whose findings are matters only a supervisor confirms
 * closed, and the risk register (风险点, 管控措施). Problems and findings live on the ledger of
 * matters ({@link org.xiangli.matter.MatterFiling}); this module depends on the projects and the
 * ledger, never the reverse.
 */
@NullMarked
package org.xiangli.escort;

import org.jspecify.annotations.NullMarked;
