package org.xiangli.eldercare;

import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.PageRequest;
import org.xiangli.graphql.Paging;
import org.xiangli.security.Caller;
import org.xiangli.security.CurrentCaller;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What ingestion could not place: dead letters and unknown devices. Neither belongs to a region, so
 * the region scope cannot decide who sees them; instead the platform admin sees all of both, and a
 * county admin or an integrator sees only the dead letters of their own HTTP posts. An MQTT dead
 * letter may be about any county's device, and an unknown serial about a kit any county is about to
 * install, so neither is shown to anyone below the platform.
 */
@Service
class IngestionProblems {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id"));
    private static final Sort LATEST_SEEN_FIRST = Sort.by(Sort.Order.desc("lastSeenAt"), Sort.Order.desc("serial"));

    /** Which dead letters a list returns. */
    record DeadLetterFilter(Incoming.@Nullable Source source, @Nullable Instant receivedFrom, @Nullable Instant receivedTo) {
        static final DeadLetterFilter NONE = new DeadLetterFilter(null, null, null);
    }

    /** Which unknown devices a list returns. */
    record UnknownDeviceFilter(@Nullable String serialStartsWith, @Nullable Instant seenFrom) {
        static final UnknownDeviceFilter NONE = new UnknownDeviceFilter(null, null);
    }

    private final DeadLetters deadLetters;
    private final UnknownDevices unknownDevices;

    IngestionProblems(DeadLetters deadLetters, UnknownDevices unknownDevices) {
        this.deadLetters = deadLetters;
        this.unknownDevices = unknownDevices;
    }

    Connection<DeadLetter> deadLetters(DeadLetterFilter filter, PageRequest page) {
        Caller caller = CurrentCaller.get();
        if (filter.receivedFrom() != null && filter.receivedTo() != null && !filter.receivedFrom().isBefore(filter.receivedTo())) {
            throw ApiException.badRequest("filter.receivedFrom", "the period must start before it ends");
        }
        Specification<DeadLetter> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!caller.isUnrestricted()) {
                where.add(cb.equal(root.get("source"), Incoming.Source.HTTP));
                where.add(cb.equal(root.get("topic"), DeadLetter.postedBy(caller)));
            }
            if (filter.source() != null) {
                where.add(cb.equal(root.get("source"), filter.source()));
            }
            if (filter.receivedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("receivedAt"), filter.receivedFrom()));
            }
            if (filter.receivedTo() != null) {
                where.add(cb.lessThan(root.get("receivedAt"), filter.receivedTo()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return Paging.page(deadLetters, spec, NEWEST_FIRST, page);
    }

    Connection<UnknownDevice> unknownDevices(UnknownDeviceFilter filter, PageRequest page) {
        if (!CurrentCaller.get().isUnrestricted()) {
            throw ApiException.forbidden("Unknown devices belong to no region: only the platform admin sees them");
        }
        String prefix = filter.serialStartsWith();
        if (prefix != null && !prefix.matches("[A-Za-z0-9._:\\-]{1,64}")) {
            throw ApiException.badRequest("filter.serialStartsWith", "must be 1-64 letters, digits or . _ : - (the start of a serial)");
        }
        Specification<UnknownDevice> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (prefix != null) {
                // '_' may be part of a serial and is a LIKE wildcard; '!' never is (checked above), so it escapes
                where.add(cb.like(root.get("serial"), prefix.replace("_", "!_") + "%", '!'));
            }
            if (filter.seenFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("lastSeenAt"), filter.seenFrom()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return Paging.page(unknownDevices, spec, LATEST_SEEN_FIRST, page);
    }
}
