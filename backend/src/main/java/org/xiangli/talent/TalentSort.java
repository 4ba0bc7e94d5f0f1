package org.xiangli.talent;

import org.springframework.data.domain.Sort;

/** The GraphQL {@code TalentSort} enum. Every sort ends on the unique id, as keyset paging needs. */
enum TalentSort {
    NAME_ASC(Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id"))),
    NAME_DESC(Sort.by(Sort.Order.desc("name"), Sort.Order.desc("id"))),
    UPDATED_DESC(Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));

    private final Sort sort;

    TalentSort(Sort sort) {
        this.sort = sort;
    }

    Sort sort() {
        return sort;
    }
}
