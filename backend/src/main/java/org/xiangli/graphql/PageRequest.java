package org.xiangli.graphql;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

import java.util.Collection;
import java.util.function.LongSupplier;

/**
 * The Relay paging arguments of a connection field, checked: {@code first/after} pages forward,
 * {@code last/before} backward, pages hold at most {@link #MAX_PAGE_SIZE} items. Cursors are
 * opaque keyset positions, so pages stay stable while rows are added.
 */
public record PageRequest(int size, ScrollPosition position, boolean backward, boolean hasCursor) {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;

    public static PageRequest of(@Nullable Integer first, @Nullable String after,
                                 @Nullable Integer last, @Nullable String before) {
        if (first != null && last != null) {
            throw ApiException.badRequest("last", "give either first (page forward) or last (page backward), not both");
        }
        if (after != null && before != null) {
            throw ApiException.badRequest("before", "give either after or before, not both");
        }
        if (last != null || before != null) {
            int size = checkedSize(last, "last");
            ScrollPosition position = before == null
                    ? ScrollPosition.keyset().backward()
                    : ((KeysetScrollPosition) decode(before, "before")).backward();
            return new PageRequest(size, position, true, before != null);
        }
        int size = checkedSize(first, "first");
        ScrollPosition position = after == null ? ScrollPosition.keyset() : decode(after, "after");
        return new PageRequest(size, position, false, after != null);
    }

    private static int checkedSize(@Nullable Integer requested, String field) {
        if (requested == null) {
            return DEFAULT_PAGE_SIZE;
        }
        if (requested < 0) {
            throw ApiException.badRequest(field, field + " must be 0 or more, got " + requested);
        }
        if (requested > MAX_PAGE_SIZE) {
            throw ApiException.badRequest(field, field + " may be at most " + MAX_PAGE_SIZE + ", got " + requested
                    + ": page through the rest with the endCursor of this page");
        }
        return requested;
    }

    private static ScrollPosition decode(String cursor, String field) {
        try {
            return KeysetCursors.fromCursor(cursor);
        } catch (RuntimeException ignored) {
            // reported below
        }
        throw ApiException.badRequest(field, "'" + cursor + "' is not a cursor this API issued: start again from the first page");
    }

    /**
     * Checks that a cursor carries every key of the sort it is used with: a cursor from a list in
     * another order cannot be used.
     */
    void requireKeys(Collection<String> properties) {
        if (position instanceof KeysetScrollPosition keyset && !keyset.isInitial()
                && !keyset.getKeys().keySet().containsAll(properties)) {
            String field = backward ? "before" : "after";
            throw ApiException.badRequest(field, "this cursor belongs to a list in another order: start again from the first page");
        }
    }

    /** Builds the connection from a window fetched with {@link #position()} and a limit of {@link #size()}. */
    public <T> Connection<T> connection(Window<T> window, LongSupplier totalCount) {
        boolean more = window.hasNext();
        return new Connection<>(window.getContent(), i -> KeysetCursors.toCursor(window.positionAt(i)),
                backward ? hasCursor : more, backward ? more : hasCursor, totalCount);
    }
}
