package org.xiangli.graphql;

import graphql.GraphQLContext;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Completes a {@link SqlRow} straight from its values when everything asked of it is the row's own:
 * its columns, its global {@code id}, {@code __typename} and lists of such rows (a tree's children,
 * a nested list). These fields have no fetcher of their own to run ({@link SqlRowFields}), yet
 * graphql-java's execution of them, field by field, was a seventh of a 20-row list's CPU
 * (docs/performance.md). The answer is the same map graphql-java builds, each value serialised by
 * its field's scalar or enum type. A row with anything else asked of it, a null where the schema
 * says non-null, or a value its scalar refuses, is completed by graphql-java as before, errors and
 * all; nothing of a row is written until all of it is read.
 */
final class SqlRowCompletion extends AsyncExecutionStrategy {

    /** The asked fields of a selection on a type, collected once per request (the graphQL context's key). */
    private static final String PLANS = SqlRowCompletion.class.getName() + ".plans";

    SqlRowCompletion(DataFetcherExceptionHandler exceptionHandler) {
        super(exceptionHandler);
    }

    @Override
    protected Object completeValueForObject(ExecutionContext context, ExecutionStrategyParameters parameters,
                                            GraphQLObjectType type, Object result) {
        if (result instanceof SqlRow row && !context.hasIncrementalSupport()) {
            Map<String, Object> answer = answer(context, parameters.getField(), type, row);
            if (answer != null) {
                return answer;
            }
        }
        return super.completeValueForObject(context, parameters, type, result);
    }

    private @Nullable Map<String, Object> answer(ExecutionContext context, MergedField field, GraphQLObjectType type, SqlRow row) {
        List<Asked> plan = plan(context, field, type);
        if (plan == null) {
            return null;
        }
        List<String> keys = new ArrayList<>(plan.size());
        List<Object> values = new ArrayList<>(plan.size());
        for (Asked asked : plan) {
            Object value = asked.rows() != null ? rows(context, asked, row) : leaf(context, asked, type, row);
            if (value == REFUSED) {
                return null;
            }
            keys.add(asked.key());
            values.add(value);
        }
        return context.getResponseMapFactory().createInsertionOrdered(keys, values);
    }

    /** Stands for a value graphql-java must complete itself (and report on). */
    private static final Object REFUSED = new Object();

    private static @Nullable Object leaf(ExecutionContext context, Asked asked, GraphQLObjectType type, SqlRow row) {
        String name = asked.name();
        if (name.equals("__typename")) {
            return type.getName();
        }
        if (!row.answers(name)) {
            return REFUSED;
        }
        Object value = context.getValueUnboxer().unbox(row.field(name));
        if (value == null) {
            return asked.nonNull() ? REFUSED : null;
        }
        try {
            GraphQLContext graphQl = context.getGraphQLContext();
            return asked.type() instanceof GraphQLScalarType scalar
                    ? scalar.getCoercing().serialize(value, graphQl, context.getLocale())
                    : ((GraphQLEnumType) asked.type()).serialize(value, graphQl, context.getLocale());
        } catch (CoercingSerializeException refused) {
            return REFUSED;
        }
    }

    private @Nullable Object rows(ExecutionContext context, Asked asked, SqlRow row) {
        if (!row.answers(asked.name())) {
            return REFUSED;
        }
        Object value = row.field(asked.name());
        if (!(value instanceof List<?> items)) {
            return value == null && !asked.nonNull() ? null : REFUSED;
        }
        List<Object> answers = new ArrayList<>(items.size());
        for (Object item : items) {
            Object answer = item instanceof SqlRow child ? answer(context, asked.field(), asked.rows(), child) : null;
            if (answer == null) {
                return REFUSED;
            }
            answers.add(answer);
        }
        return answers;
    }

    /** The fields asked of a row of the type, in the answer's order; null when one is not the row's own. */
    private @Nullable List<Asked> plan(ExecutionContext context, MergedField field, GraphQLObjectType type) {
        Map<Plan, List<Asked>> plans = context.getGraphQLContext().computeIfAbsent(PLANS, key -> new ConcurrentHashMap<>());
        List<Asked> plan = plans.computeIfAbsent(new Plan(field, type), key -> collect(context, field, type));
        return plan.isEmpty() ? null : plan;
    }

    private record Plan(MergedField field, GraphQLObjectType type) {
    }

    /** The asked fields, or an empty list when the row cannot answer one of them. */
    private List<Asked> collect(ExecutionContext context, MergedField field, GraphQLObjectType type) {
        MergedSelectionSet selection = fieldCollector.collectFields(FieldCollectorParameters.newParameters()
                .schema(context.getGraphQLSchema())
                .objectType(type)
                .fragments(context.getFragmentsByName())
                .variables(context.getCoercedVariables().toMap())
                .graphQLContext(context.getGraphQLContext())
                .build(), field, false);
        List<Asked> plan = new ArrayList<>();
        for (Map.Entry<String, MergedField> entry : selection.getSubFields().entrySet()) {
            Asked asked = asked(entry.getKey(), entry.getValue(), type);
            if (asked == null) {
                return List.of();
            }
            plan.add(asked);
        }
        return plan;
    }

    private static @Nullable Asked asked(String key, MergedField field, GraphQLObjectType type) {
        if (field.getName().equals("__typename")) {
            return new Asked(key, field, null, true, null);
        }
        GraphQLFieldDefinition definition = type.getFieldDefinition(field.getName());
        if (definition == null) {
            return null;
        }
        GraphQLOutputType declared = definition.getType();
        boolean nonNull = GraphQLTypeUtil.isNonNull(declared);
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(declared);
        if (unwrapped instanceof GraphQLScalarType || unwrapped instanceof GraphQLEnumType) {
            return new Asked(key, field, unwrapped, nonNull, null);
        }
        if (unwrapped instanceof GraphQLList list && GraphQLTypeUtil.unwrapNonNull(list.getWrappedType()) instanceof GraphQLObjectType rows) {
            return new Asked(key, field, unwrapped, nonNull, rows);
        }
        return null;
    }

    /**
     * One asked field: its answer's key, its scalar or enum type (a leaf) or the type of its rows (a list).
     */
    private record Asked(String key, MergedField field, @Nullable GraphQLType type, boolean nonNull,
                         @Nullable GraphQLObjectType rows) {

        String name() {
            return field.getName();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Installed {

        /** graphql-java's query strategy with this completion, and Spring's exception handling as Spring Boot builds it. */
        @Bean
        GraphQlSourceBuilderCustomizer sqlRowsCompletedInPlace(ObjectProvider<DataFetcherExceptionResolver> resolvers) {
            return builder -> builder.configureGraphQl(graphQl -> graphQl.queryExecutionStrategy(
                    new SqlRowCompletion(DataFetcherExceptionResolver.createExceptionHandler(resolvers.orderedStream().toList()))));
        }
    }
}
