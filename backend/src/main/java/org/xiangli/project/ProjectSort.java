package org.xiangli.project;

import org.springframework.data.domain.Sort;

/** The GraphQL {@code ProjectSort} enum. Every sort ends on the unique id, as keyset paging needs. */
enum ProjectSort {
    NEWEST_FIRST(Sort.by(Sort.Order.desc("id"))),
    OLDEST_FIRST(Sort.by(Sort.Order.asc("id"))),
    NAME_ASC(Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id")));

    private final Sort sort;

    ProjectSort(Sort sort) {
        this.sort = sort;
    }

    Sort sort() {
        return sort;
    }
}
