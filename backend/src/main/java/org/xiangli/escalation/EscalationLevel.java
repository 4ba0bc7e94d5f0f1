package org.xiangli.escalation;

/**
 * Who answers for something that is late, up the region tree: the grid (its grid worker), the
 * village, the township, the county. Alerts and matters move up this one ladder when their timers
 * run out; the ladder is also written as SQL here ({@link #upSql(String)}), for the sweeps that
 * escalate many rows in one statement.
 */
public enum EscalationLevel {
    GRID, VILLAGE, TOWNSHIP, COUNTY;

    /** The next rung; the county is the top. */
    public EscalationLevel up() {
        return this == COUNTY ? COUNTY : values()[ordinal() + 1];
    }

    /** The SQL expression of the next rung of a level column: {@code CASE col WHEN 'GRID' THEN 'VILLAGE' … END}. */
    public static String upSql(String column) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (EscalationLevel level : values()) {
            if (level != COUNTY) {
                sql.append(" WHEN '").append(level).append("' THEN '").append(level.up()).append('\'');
            }
        }
        return sql.append(" ELSE '").append(COUNTY).append("' END").toString();
    }
}
