package org.xiangli.talent;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The talent index: its field names and its analysis. Chinese text goes through Lucene's smartcn
 * analyzer (a hidden-Markov-model word segmenter: 湖笔有限公司 → 湖笔 / 有限公司), so a query
 * matches words, not substrings. Named in application.yml as the backend's analysis configurer, which
 * Hibernate Search instantiates itself: hence public.
 */
public class TalentIndex implements LuceneAnalysisConfigurer {

    static final String NAME = "talent";
    static final String CHINESE = "chinese";
    static final String LOWERCASE = "lowercase";

    static final String ID = "id_sort";
    static final String REGION_CODE = "regionCode";
    static final String NAME_TEXT = "name";
    static final String PINYIN = "pinyin";
    static final String WHEREABOUTS = "whereabouts";
    static final String CATEGORY = "category";
    static final String INDUSTRY = "industry_keyword";
    static final String INDUSTRY_TEXT = "industry";
    static final String ORGANISATION = "organisation";
    static final String TITLE = "title";
    static final String TAGS = "tags";
    static final String NOTES = "notes";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(CHINESE).instance(new SmartChineseAnalyzer());
        context.normalizer(LOWERCASE).custom().tokenFilter(LowerCaseFilterFactory.class);
    }
}
