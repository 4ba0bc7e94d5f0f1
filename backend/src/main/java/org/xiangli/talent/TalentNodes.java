package org.xiangli.talent;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiangli.graphql.NodeFetcher;

import java.util.List;

/** {@code node(id:)} for the registry's other Node types (Talent's fetcher is the directory itself). */
@Configuration(proxyBeanMethods = false)
class TalentNodes {

    @Bean
    NodeFetcher talentContributionNodes(TalentDirectory directory) {
        return new NodeFetcher() {
            @Override
            public String type() {
                return TalentContribution.TYPE;
            }

            @Override
            public @Nullable Object fetch(long id) {
                return directory.contributionsByIds(List.of(id)).get(id);
            }
        };
    }

    @Bean
    NodeFetcher talentImportNodes(TalentImports imports) {
        return new NodeFetcher() {
            @Override
            public String type() {
                return TalentImport.TYPE;
            }

            @Override
            public @Nullable Object fetch(long id) {
                return imports.find(id).orElse(null);
            }
        };
    }

    @Bean
    NodeFetcher talentAssociationNodes(TalentDirectory directory) {
        return new NodeFetcher() {
            @Override
            public String type() {
                return TalentAssociation.TYPE;
            }

            @Override
            public @Nullable Object fetch(long id) {
                return directory.associationsByIds(List.of(id)).get(id);
            }
        };
    }

    @Bean
    NodeFetcher talentVisitScheduleNodes(TalentVisiting visiting) {
        return new NodeFetcher() {
            @Override
            public String type() {
                return TalentVisitSchedule.TYPE;
            }

            @Override
            public @Nullable Object fetch(long id) {
                return visiting.scheduleById(id);
            }
        };
    }

    @Bean
    NodeFetcher talentVisitNodes(TalentVisiting visiting) {
        return new NodeFetcher() {
            @Override
            public String type() {
                return TalentVisit.TYPE;
            }

            @Override
            public @Nullable Object fetch(long id) {
                return visiting.visitById(id);
            }
        };
    }
}
