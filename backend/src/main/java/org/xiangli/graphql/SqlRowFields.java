package org.xiangli.graphql;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * A column (or the tree field) of a {@link SelectionSql.Table} whose field has a fetcher of its own
 * (a renamed property, a batch loader) reads a {@link SqlRow}'s value instead; every other source
 * goes to that fetcher.
 */
@Configuration(proxyBeanMethods = false)
class SqlRowFields {

    @Bean
    GraphQlSourceBuilderCustomizer sqlRowFieldFetchers(List<SelectionSql.Table> tables) {
        return builder -> builder.typeVisitors(List.of(new Wrapper(tables)));
    }

    private static final class Wrapper extends GraphQLTypeVisitorStub {

        private final List<SelectionSql.Table> tables;

        Wrapper(List<SelectionSql.Table> tables) {
            this.tables = tables;
        }

        @Override
        public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
                                                            TraverserContext<GraphQLSchemaElement> context) {
            if (context.getParentNode() instanceof GraphQLObjectType type && isColumn(type.getName(), field.getName())) {
                GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
                FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
                DataFetcher<?> own = registry.getDataFetcher(coordinates, field);
                if (!(own instanceof TrivialDataFetcher)) {
                    String name = field.getName();
                    registry.dataFetcher(coordinates, (DataFetcher<Object>) env ->
                            env.getSource() instanceof SqlRow row ? row.get(name) : own.get(env));
                }
            }
            return TraversalControl.CONTINUE;
        }

        private boolean isColumn(String type, String field) {
            return tables.stream().anyMatch(table -> table.type().equals(type) && (table.columns().containsKey(field) || field.equals(table.tree())));
        }
    }
}
