package org.xiangli.eldercare;

import org.jspecify.annotations.Nullable;
import org.xiangli.escalation.EscalationLevel;

import java.time.Instant;
import java.util.List;

import static org.xiangli.eldercare.ElderEnums.LivingSituation;
import static org.xiangli.eldercare.ElderEnums.RiskLevel;

/** The list filters of elder care, as GraphQL passes them. */
final class ElderCareFilters {

    private ElderCareFilters() {
    }

    record ElderFilter(@Nullable String within, @Nullable List<LivingSituation> livingSituations,
                       @Nullable List<RiskLevel> riskLevels) {
        static final ElderFilter NONE = new ElderFilter(null, null, null);
    }

    record AlertFilter(@Nullable String within, @Nullable List<AlertStatus> statuses, @Nullable List<AlertKind> kinds,
                       @Nullable List<Severity> severities, @Nullable String elderId, @Nullable String assignee,
                       @Nullable EscalationLevel escalatedTo, @Nullable Instant raisedFrom, @Nullable Instant raisedTo) {
        static final AlertFilter NONE = new AlertFilter(null, null, null, null, null, null, null, null, null);
    }

    /** Orders of the alert console; the last key is unique so cursors are unambiguous. */
    enum AlertSort {
        URGENCY(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Order.desc("urgency"),
                org.springframework.data.domain.Sort.Order.asc("raisedAt"), org.springframework.data.domain.Sort.Order.asc("id"))),
        NEWEST(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Order.desc("raisedAt"),
                org.springframework.data.domain.Sort.Order.desc("id"))),
        OLDEST(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Order.asc("raisedAt"),
                org.springframework.data.domain.Sort.Order.asc("id")));

        private final org.springframework.data.domain.Sort sort;

        AlertSort(org.springframework.data.domain.Sort sort) {
            this.sort = sort;
        }

        org.springframework.data.domain.Sort sort() {
            return sort;
        }
    }
}
