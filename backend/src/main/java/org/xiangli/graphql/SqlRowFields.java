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
 * A field a {@link SqlRow} answers (a column, the tree field, a {@link SelectionSql.Nested} list, the
 * global {@code id}) whose field has a fetcher of its own (a renamed property, a batch loader, the
 * entity's id mapping) reads the row instead; every other source goes to that fetcher.
 */
@Configuration(proxyBeanMethods = false)
class SqlRowFields {

    @Bean
    GraphQlSourceBuilderCustomizer sqlRowFieldFetchers(List<SelectionSql.Table> tables, List<SelectionSql.Nested> nested) {
        return builder -> builder.typeVisitors(List.of(new Wrapper(tables, nested)));
    }

    private static final class Wrapper extends GraphQLTypeVisitorStub {

        private final List<SelectionSql.Table> tables;
        private final List<SelectionSql.Nested> nested;

        Wrapper(List<SelectionSql.Table> tables, List<SelectionSql.Nested> nested) {
            this.tables = tables;
            this.nested = nested;
        }

        @Override
        public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
                                                            TraverserContext<GraphQLSchemaElement> context) {
            if (context.getParentNode() instanceof GraphQLObjectType type && answersFromRow(type.getName(), field.getName())) {
                GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
                FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
                DataFetcher<?> own = registry.getDataFetcher(coordinates, field);
                String name = field.getName();
                if (name.equals("id") || !(own instanceof TrivialDataFetcher)) {
                    registry.dataFetcher(coordinates, (DataFetcher<Object>) env -> env.getSource() instanceof SqlRow row
                            ? row.field(name)
                            : own.get(env));
                }
            }
            return TraversalControl.CONTINUE;
        }

        private boolean answersFromRow(String type, String field) {
            return tables.stream().anyMatch(table -> table.type().equals(type)
                    && (table.answers(field) || field.equals(table.tree())))
                    || nested.stream().anyMatch(list -> list.parentType().equals(type) && list.field().equals(field));
        }
    }
}
