package org.xiangli.project;

/** The GraphQL {@code ProjectStatsGroup} enum: what aggregates are grouped by, as an SQL expression. */
public enum ProjectStatsGroup {
    TOWNSHIP("COALESCE(p.township_code, p.region_code)"),
    CATEGORY("p.category"),
    YEAR("p.year");

    private final String expression;

    ProjectStatsGroup(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }
}
