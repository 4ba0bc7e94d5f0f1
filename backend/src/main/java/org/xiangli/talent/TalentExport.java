package org.xiangli.talent;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.audit.PersonalReadLog;
import org.xiangli.security.Caller;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.PersonalDataPolicy;
import org.xiangli.security.UnmaskedReads;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Exports a filtered list (or a search) to .xlsx in the import's layout. Personal values are masked
 * as in GraphQL, by {@link PersonalDataPolicy}; every record exported with unmasked personal data
 * gets a READ_PERSONAL audit entry. The workbook is built while the request's caller and
 * transaction are at hand, and streamed afterwards.
 */
@Service
@Transactional // not read-only: the audit entries are written in it
class TalentExport {

    private final Talents talents;
    private final TalentSearch search;
    private final PersonalDataPolicy policy;
    private final PersonalReadLog auditLog;
    private final TalentsProperties properties;

    TalentExport(Talents talents, TalentSearch search, PersonalDataPolicy policy, PersonalReadLog auditLog,
                 TalentsProperties properties) {
        this.talents = talents;
        this.search = search;
        this.policy = policy;
        this.auditLog = auditLog;
        this.properties = properties;
    }

    /** A built workbook, ready to stream once. */
    public record Prepared(SXSSFWorkbook workbook) {
        void write(OutputStream out) throws IOException {
            try (workbook) {
                workbook.write(out);
            }
        }
    }

    Prepared prepare(@Nullable String query, TalentFilter filter) {
        List<Talent> rows = query == null || query.isBlank()
                ? talents.findBy(TalentSpecifications.matching(filter),
                q -> q.sortBy(TalentSort.NAME_ASC.sort()).limit(properties.maxImportRows()).all())
                : search.search(query, filter, 0, properties.maxImportRows()).hits().stream().map(TalentSearch.Hit::talent).toList();
        Caller caller = CurrentCaller.get();
        SXSSFWorkbook workbook = TalentWorkbook.exportWorkbook();
        Sheet sheet = workbook.getSheetAt(0);
        List<UnmaskedReads.Read> unmasked = new ArrayList<>();
        Set<String> fields = new TreeSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Talent talent = rows.get(i);
            boolean[] shownPlain = {false};
            TalentWorkbook.write(sheet, i + 1, talent, code -> code, (kind, value) -> {
                if (value == null) {
                    return null;
                }
                if (policy.mayReveal(caller, kind, talent)) {
                    shownPlain[0] = true;
                    fields.add(kind.name().toLowerCase());
                    return value;
                }
                return kind.mask(value);
            });
            if (shownPlain[0]) {
                unmasked.add(new UnmaskedReads.Read(Talent.TYPE, talent.getId(), talent.regionCode(), "export"));
            }
        }
        auditLog.append("talent export", unmasked, fields);
        return new Prepared(workbook);
    }
}
