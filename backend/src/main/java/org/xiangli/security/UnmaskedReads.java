package org.xiangli.security;

import graphql.GraphQLContext;

import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The unmasked personal values one GraphQL request returned, gathered for one audit write. */
public final class UnmaskedReads {

    private static final String KEY = UnmaskedReads.class.getName();

    /** One field of one record shown unmasked. */
    public record Read(String ownerType, long ownerId, String regionCode, String field) {
    }

    private UnmaskedReads() {
    }

    public static void start(GraphQLContext context) {
        context.put(KEY, new ConcurrentLinkedQueue<Read>());
    }

    /**
     * Notes an unmasked read; false when the request is not audited (then the value must stay
     * masked: nothing is shown that the audit log would not know of).
     */
    static boolean note(GraphQLContext context, PersonalDataHolder owner, String field) {
        Queue<Read> reads = context.get(KEY);
        return reads != null && reads.add(new Read(owner.ownerType(), owner.ownerId(), owner.ownerRegionCode(), field));
    }

    public static Collection<Read> of(GraphQLContext context) {
        Queue<Read> reads = context.get(KEY);
        return reads == null ? List.of() : reads;
    }
}
