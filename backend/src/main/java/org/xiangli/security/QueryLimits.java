package org.xiangli.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.introspection.Introspection;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLTypeUtil;
import graphql.validation.ValidationError;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.xiangli.graphql.PageRequest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Refuses hostile queries before they run: too deep, too costly (integrators get a lower limit),
 * or flooded with aliases. Introspection is for signed-in callers only.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

    private static final String CALLER = QueryLimits.class.getName() + ".caller";

    /** Puts the caller where the instrumentations (which run without the request) can find it. */
    @Bean
    WebGraphQlInterceptor callerIntoContext() {
        return (request, chain) -> {
            Caller caller = CurrentCaller.get();
            request.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> {
                context.put(CALLER, caller);
                if (caller.isAnonymous()) {
                    context.put(Introspection.INTROSPECTION_DISABLED, true);
                }
            }).build());
            return chain.next(request);
        };
    }

    /**
     * The three limits as one instrumentation that takes part only before the execution: graphql-java
     * calls every chained instrumentation for every field, and four of them (these and the request's
     * observation) cost a tenth of a 315-row answer's CPU (JFR, docs/benchmarks.md). An operation
     * that passed with the same variables under the same limit passes again without another walk:
     * the walks were nearly a tenth of a small request's CPU (docs/performance.md). Only queries are
     * kept: a mutation's variables can be large and are seldom sent twice.
     */
    @Bean
    Instrumentation limitsBeforeExecution(LimitProperties limits) {
        ChainedInstrumentation checks = new ChainedInstrumentation(depthLimit(limits), complexityLimit(limits), aliasLimit(limits));
        Cache<Passed, Boolean> passed = Caffeine.newBuilder().maximumSize(PASSED_KEPT).build();
        return new SimplePerformantInstrumentation() {
            @Override
            public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
                return checks.createStateAsync(parameters);
            }

            @Override
            public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                                 InstrumentationState state) {
                return checks.beginValidation(parameters, state);
            }

            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                                 InstrumentationState state) {
                ExecutionContext execution = parameters.getExecutionContext();
                if (execution.getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY) {
                    return checks.beginExecuteOperation(parameters, state);
                }
                Passed operation = new Passed(execution.getOperationDefinition(), execution.getCoercedVariables().toMap(),
                        limits.complexityLimitFor(callerOf(execution)));
                if (passed.getIfPresent(operation) != null) {
                    return SimpleInstrumentationContext.noOp();
                }
                InstrumentationContext<ExecutionResult> checked = checks.beginExecuteOperation(parameters, state);
                passed.put(operation, Boolean.TRUE);
                return checked;
            }
        };
    }

    /** More than the dashboard's operations with the variables a working day gives them; the oldest unused goes first. */
    static final int PASSED_KEPT = 10_000;

    /** An operation of a kept document (compared by identity), its variables and the complexity limit it passed under. */
    private record Passed(OperationDefinition operation, Map<String, Object> variables, int complexityLimit) {
    }

    private static Caller callerOf(ExecutionContext execution) {
        Caller caller = execution.getGraphQLContext().get(CALLER);
        return caller == null ? Caller.ANONYMOUS : caller;
    }

    private static MaxQueryDepthInstrumentation depthLimit(LimitProperties limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth(), info -> {
            throw new AbortExecutionException("This query nests %d levels deep; at most %d are allowed: ask for less nested data"
                    .formatted(info.getDepth(), limits.maxDepth()));
        });
    }

    private static MaxQueryComplexityInstrumentation complexityLimit(LimitProperties limits) {
        int lowest = Math.min(limits.maxComplexity(), limits.integratorMaxComplexity());
        return new MaxQueryComplexityInstrumentation(lowest, pageSizeWeighted(), info -> {
            // read from the execution: a kept document (graphql/ParsedDocuments) is not validated again
            int limit = limits.complexityLimitFor(callerOf(info.getInstrumentationExecuteOperationParameters().getExecutionContext()));
            if (info.getComplexity() > limit) {
                throw new AbortExecutionException("This query costs %d; your limit is %d: ask for fewer fields or smaller pages"
                        .formatted(info.getComplexity(), limit));
            }
            return false;
        });
    }

    /**
     * A field costs 1 plus its children, times the number of items it may return: the page size of
     * a connection (default 20), {@value #ASSUMED_LIST_SIZE} for an unpaged list, 1 otherwise. The
     * edges and nodes of a connection are counted once, on the connection.
     */
    private static FieldComplexityCalculator pageSizeWeighted() {
        return (env, childComplexity) -> {
            Object first = env.getArguments().get("first");
            Object last = env.getArguments().get("last");
            int items;
            if (env.getFieldDefinition().getArgument("first") != null) {
                items = first instanceof Integer n ? n : last instanceof Integer n ? n : PageRequest.DEFAULT_PAGE_SIZE;
            } else if (GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType()))
                    && !env.getParentType().getName().endsWith("Connection")) {
                items = ASSUMED_LIST_SIZE;
            } else {
                items = 1;
            }
            return 1 + childComplexity * Math.max(1, items);
        };
    }

    private static final int ASSUMED_LIST_SIZE = 10;

    private static SimplePerformantInstrumentation aliasLimit(LimitProperties limits) {
        return new SimplePerformantInstrumentation() {
            @Override
            public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                                 InstrumentationState state) {
                int aliases = aliases(parameters.getDocument());
                if (aliases > limits.maxAliases()) {
                    throw new AbortExecutionException("This query uses %d aliases; at most %d are allowed"
                            .formatted(aliases, limits.maxAliases()));
                }
                return SimpleInstrumentationContext.noOp();
            }
        };
    }

    private static int aliases(Document document) {
        int count = 0;
        for (Node<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                count += aliases(operation.getSelectionSet());
            } else if (definition instanceof FragmentDefinition fragment) {
                count += aliases(fragment.getSelectionSet());
            }
        }
        return count;
    }

    private static int aliases(SelectionSet selections) {
        if (selections == null) {
            return 0;
        }
        int count = 0;
        for (Node<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                count += (field.getAlias() != null ? 1 : 0) + aliases(field.getSelectionSet());
            } else if (selection instanceof InlineFragment inline) {
                count += aliases(inline.getSelectionSet());
            }
        }
        return count;
    }
}
