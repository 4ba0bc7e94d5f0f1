package org.xiangli.graphql;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.function.LongSupplier;

/** Pages any JPA specification into a Relay connection. The one way lists are paged. */
public final class Paging {

    private Paging() {
    }

    /**
     * @param sort a sort whose last key is unique, so keyset cursors are unambiguous
     */
    public static <T> Connection<T> page(JpaSpecificationExecutor<T> executor, Specification<T> spec,
                                         Sort sort, PageRequest page) {
        page.requireKeys(sort.stream().map(Sort.Order::getProperty).toList());
        Window<T> window = page.size() == 0
                ? Window.from(List.of(), i -> page.position())
                : executor.findBy(spec, query -> query.sortBy(sort).limit(page.size()).scroll(page.position()));
        return page.connection(window, boundToCaller(() -> executor.count(spec)));
    }

    /**
     * Binds the total, which GraphQL may compute later on another thread, to the caller of now, so
     * it counts what the caller may see.
     */
    private static LongSupplier boundToCaller(LongSupplier work) {
        SecurityContext captured = SecurityContextHolder.getContext();
        return () -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(captured);
            try {
                return work.getAsLong();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        };
    }
}
