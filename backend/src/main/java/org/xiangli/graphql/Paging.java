package org.xiangli.graphql;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.xiangli.figures.Figures;

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
        return page(executor, spec, sort, page, () -> executor.count(spec));
    }

    /**
     * As {@link #page(JpaSpecificationExecutor, Specification, Sort, PageRequest)}, with the total a
     * {@link Figures} figure of {@code subject}, for the lists whose unfiltered total counts a whole
     * table (every project, elder or open alert of the platform): it may be up to the figures'
     * freshness old, unless a write to the subject came since. Only the count is kept, never the page.
     *
     * @param question everything the specification depends on (the filter, the caller's scope, the
     *                 day where it counts), so that two callers share a total only when they would
     *                 count the same rows
     */
    public static <T> Connection<T> page(JpaSpecificationExecutor<T> executor, Specification<T> spec, Sort sort,
                                         PageRequest page, Figures figures, String subject, Object question) {
        return page(executor, spec, sort, page, () -> figures.<Long>of(subject, question, asOf -> executor.count(spec)));
    }

    private static <T> Connection<T> page(JpaSpecificationExecutor<T> executor, Specification<T> spec, Sort sort,
                                          PageRequest page, LongSupplier total) {
        page.requireKeys(sort.stream().map(Sort.Order::getProperty).toList());
        Window<T> window = page.size() == 0
                ? Window.from(List.of(), i -> page.position())
                : executor.findBy(spec, query -> query.sortBy(sort).limit(page.size()).scroll(page.position()));
        return page.connection(window, boundToCaller(total));
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
