package org.xiangli.talent;

import org.jspecify.annotations.Nullable;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.PageRequest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Paging of search hits. Relevance order has no stable key to seek from, so cursors are opaque
 * offsets into the ranking (forward only); a hit may shift if the index changes between pages.
 */
record SearchCursor(int offset, int size) {

    private static final String PREFIX = "hit:";

    static SearchCursor of(@Nullable Integer first, @Nullable String after) {
        int size = first == null ? PageRequest.DEFAULT_PAGE_SIZE : first;
        if (size < 0 || size > PageRequest.MAX_PAGE_SIZE) {
            throw ApiException.badRequest("first", "first must be 0 to " + PageRequest.MAX_PAGE_SIZE + ", got " + size);
        }
        return new SearchCursor(after == null ? 0 : decode(after) + 1, size);
    }

    static String encode(int position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(PREFIX)) {
                int position = Integer.parseInt(raw.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        throw ApiException.badRequest("after", "'" + cursor + "' is not a search cursor this API issued: search again from the first page");
    }
}
