package org.xiangli.talent;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.graphql.ApiException;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.PersonalDataPolicy;
import org.xiangli.security.PersonalKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Relevance-ranked search of the registry in the Lucene index Hibernate Search keeps in step with
 * every write. The search engine knows nothing of Hibernate's scope filter, so the caller's scope
 * is a predicate of every query (the prefix of {@link TalentAccess#scope()}); the hits are then
 * loaded through the session, where the filter applies once more.
 */
@Service
@Transactional(readOnly = true)
public class TalentSearch {

    static final int MAX_QUERY_LENGTH = 100;

    @PersistenceContext
    private EntityManager entityManager;

    private final PersonalDataPolicy policy;

    TalentSearch(PersonalDataPolicy policy) {
        this.policy = policy;
    }

    /** One hit with its relevance. */
    public record Hit(Talent talent, float score) {
    }

    /** A page of hits and how many there are in all. */
    public record Hits(List<Hit> hits, long total) {
        static final Hits NONE = new Hits(List.of(), 0);
    }

    public Hits search(String query, TalentFilter filter, int offset, int limit) {
        String text = query.strip();
        if (text.isEmpty() || text.length() > MAX_QUERY_LENGTH) {
            throw ApiException.badRequest("query", "give 1 to " + MAX_QUERY_LENGTH + " characters to search for");
        }
        String scope = TalentAccess.scope().prefix();
        if (scope == null) {
            return Hits.NONE;
        }
        SearchResult<Hit> result = Search.session(entityManager).search(Talent.class)
                .select(f -> f.composite().from(f.entity(Talent.class), f.score()).as(Hit::new))
                .where((f, root) -> {
                    root.add(matches(f, text, policy.revealsToRole(CurrentCaller.get(), PersonalKind.NAME)));
                    if (!scope.isEmpty()) {
                        root.add(f.prefix().field(TalentIndex.REGION_CODE).matching(scope));
                    }
                    filtered(f, filter).forEach(root::add);
                })
                .sort(f -> f.score().then().field(TalentIndex.ID))
                .fetch(offset, limit);
        // a hit the database no longer shows (deleted or moved out of scope since indexing) loads as null
        List<Hit> hits = result.hits().stream().filter(hit -> hit.talent() != null).toList();
        return new Hits(hits, result.total().hitCount());
    }

    /**
     * Chinese words in any text field (all of them), or for latin letters also the pinyin of the
     * name; the name and its pinyin only for callers who see names unmasked (a hit on a masked name
     * would confirm whose record it is).
     */
    private static PredicateFinalStep matches(SearchPredicateFactory f, String text, boolean namesShown) {
        var fields = f.simpleQueryString();
        var named = namesShown ? fields.field(TalentIndex.NAME_TEXT).boost(4f).field(TalentIndex.ORGANISATION).boost(2f)
                : fields.field(TalentIndex.ORGANISATION).boost(2f);
        PredicateFinalStep words = named
                .fields(TalentIndex.INDUSTRY_TEXT, TalentIndex.TITLE, TalentIndex.TAGS, TalentIndex.NOTES)
                .matching(text)
                .defaultOperator(BooleanOperator.AND);
        if (!namesShown || !Pinyin.isPinyinQuery(text)) {
            return words;
        }
        String pinyin = Pinyin.normalise(text);
        return f.or(words,
                f.match().field(TalentIndex.PINYIN).matching(pinyin).boost(6f),
                f.prefix().field(TalentIndex.PINYIN).matching(pinyin).boost(3f));
    }

    private static List<PredicateFinalStep> filtered(SearchPredicateFactory f, TalentFilter filter) {
        List<PredicateFinalStep> predicates = new ArrayList<>();
        if (filter.within() != null) {
            predicates.add(f.prefix().field(TalentIndex.REGION_CODE).matching(TalentAccess.checkedCode(filter.within(), "filter.within")));
        }
        if (filter.categories() != null && !filter.categories().isEmpty()) {
            predicates.add(f.terms().field(TalentIndex.CATEGORY).matchingAny(filter.categories()));
        }
        if (filter.whereabouts() != null && !filter.whereabouts().isEmpty()) {
            predicates.add(f.terms().field(TalentIndex.WHEREABOUTS).matchingAny(filter.whereabouts()));
        }
        if (filter.industry() != null && !filter.industry().isBlank()) {
            predicates.add(f.match().field(TalentIndex.INDUSTRY).matching(filter.industry().strip().toLowerCase(Locale.ROOT)));
        }
        return predicates;
    }
}
