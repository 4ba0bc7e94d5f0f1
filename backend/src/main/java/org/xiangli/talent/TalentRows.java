package org.xiangli.talent;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiangli.graphql.SelectionSql;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.ScopePattern;
import org.xiangli.security.SqlScope;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Talents as {@link SelectionSql} rows: {@code hometownTalents} on the last level of a compiled
 * region tree, with the same rows, order (name, then id), scope and gate as
 * {@link TalentDirectory#talentsByHometown}. Only columns nobody masks: a selection that asks for a
 * talent's name or contact takes the entity path, with its masking and audit.
 */
@Configuration(proxyBeanMethods = false)
class TalentRows {

    static final SelectionSql.Table TABLE = new SelectionSql.Table(Talent.TYPE, "talent", ScopePattern.REGION_NOT_PUBLIC,
            SqlScope::filterParameters, columns(), Map.of("id", "id", "name", "name"), null);

    @Bean
    static SelectionSql.Table talentTable() {
        return TABLE;
    }

    @Bean
    static SelectionSql.Nested hometownTalentRows() {
        return new SelectionSql.Nested("Region", "hometownTalents", TABLE, "region_code", "code",
                List.of("name", "id"), () -> TalentAccess.mayRead(CurrentCaller.get()));
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("gender", "gender");
        columns.put("birthYear", "birth_year");
        columns.put("hometownCode", "region_code");
        columns.put("whereabouts", "whereabouts");
        columns.put("category", "category");
        columns.put("industry", "industry");
        return columns;
    }
}
