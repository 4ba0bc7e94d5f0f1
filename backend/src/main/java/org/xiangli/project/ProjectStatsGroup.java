package org.xiangli.project;

/** The GraphQL {@code ProjectStatsGroup} enum: what aggregates are grouped by, as an SQL expression. */
enum ProjectStatsGroup {
    TOWNSHIP("p.township_code"),
    CATEGORY("p.category"),
    YEAR("p.year"),
    STATUS("p.status");

    private final String expression;

    ProjectStatsGroup(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }

    /**
     * The project column that holds the ancestor of the given level for a 6-, 9- or 12-digit code
     * (every project row carries all three), or null for any other text.
     */
    static String withinColumn(String code) {
        if (!code.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return switch (code.length()) {
            case 6 -> "county_code";
            case 9 -> "township_code";
            case 12 -> "region_code";
            default -> null;
        };
    }
}
