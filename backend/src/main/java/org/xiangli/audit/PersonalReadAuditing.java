package org.xiangli.audit;

import org.slf4j.MDC;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.xiangli.graphql.RequestIdFilter;
import org.xiangli.security.Caller;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.UnmaskedReads;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes one audit entry per record whose personal data a request returned unmasked, naming the
 * fields, in one batch after the request executed.
 */
@Component
class PersonalReadAuditing implements WebGraphQlInterceptor {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PersonalReadAuditing(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Caller caller = CurrentCaller.get();
        // the entries are written when the response is ready, on whatever thread finishes it: take the request's id now
        String requestId = request.getAttributes().get(RequestIdFilter.MDC_KEY) instanceof String id ? id
                : java.util.Objects.requireNonNullElse(MDC.get(RequestIdFilter.MDC_KEY), request.getId());
        request.configureExecutionInput((input, builder) -> {
            UnmaskedReads.start(input.getGraphQLContext());
            return input;
        });
        return chain.next(request).doOnNext(response ->
                append(caller, requestId, UnmaskedReads.of(response.getExecutionInput().getGraphQLContext())));
    }

    private void append(Caller caller, String requestId, Collection<UnmaskedReads.Read> reads) {
        if (reads.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<String, List<UnmaskedReads.Read>> byOwner = reads.stream().collect(Collectors.groupingBy(
                read -> read.ownerType() + ":" + read.ownerId(), LinkedHashMap::new, Collectors.toList()));
        List<AuditRecord> records = byOwner.values().stream().map(owned -> {
            UnmaskedReads.Read first = owned.getFirst();
            String fields = owned.stream().map(UnmaskedReads.Read::field).collect(Collectors.toCollection(TreeSet::new)).toString();
            return AuditRecord.of(caller, requestId, now, AuditAction.READ_PERSONAL, first.ownerType(), first.ownerId(),
                    first.regionCode(), "{\"fields\":\"" + fields + "\"}");
        }).toList();
        jdbc.batchUpdate(AuditRecord.INSERT, records, records.size(), (statement, record) -> record.bind(statement));
    }
}
