package org.xiangli.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A document is parsed and validated once, then kept: the dashboard sends the same few dozen
 * documents with new variables, and parsing and validating them again was about a tenth of a small
 * request's CPU. Only valid documents are kept (a refused one is checked again, with the caller's
 * locale). Depth, complexity and introspection are checked on every execution, with its variables
 * and caller; the alias limit is part of validation, so a kept document has passed it.
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocuments implements PreparsedDocumentProvider {

    /** More than the dashboard's and a few integrators' documents; the oldest unused goes first. */
    static final int KEPT = 2_000;

    private final Cache<String, PreparsedDocumentEntry> valid = Caffeine.newBuilder().maximumSize(KEPT).build();

    @Bean
    GraphQlSourceBuilderCustomizer parsedDocumentsKept() {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry kept = valid.getIfPresent(input.getQuery());
        if (kept == null) {
            kept = parseAndValidate.apply(input);
            if (!kept.hasErrors()) {
                valid.put(input.getQuery(), kept);
            }
        }
        return CompletableFuture.completedFuture(kept);
    }
}
