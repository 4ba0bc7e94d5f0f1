package org.xiangli.region;

import org.springframework.data.domain.Sort;

/** The GraphQL {@code RegionSort} enum. Every sort ends on the unique code, as keyset paging needs. */
enum RegionSort {
    CODE_ASC(Sort.by(Sort.Order.asc("code"))),
    CODE_DESC(Sort.by(Sort.Order.desc("code"))),
    NAME_ASC(Sort.by(Sort.Order.asc("name"), Sort.Order.asc("code"))),
    NAME_DESC(Sort.by(Sort.Order.desc("name"), Sort.Order.desc("code")));

    private final Sort sort;

    RegionSort(Sort sort) {
        this.sort = sort;
    }

    Sort sort() {
        return sort;
    }
}
