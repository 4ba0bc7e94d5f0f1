package org.xiangli.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows are completed from their values when everything asked is theirs, and by graphql-java (with
 * its errors) otherwise: the same answer either way, told apart by the fields graphql-java fetched.
 */
class SqlRowCompletionTest {

    private static final String SCHEMA = """
            type Query { places: [Place!]! }
            type Place { id: ID! code: String! name: String kind: Kind population: Int children: [Place!] computed: String }
            enum Kind { VILLAGE COMMUNITY }
            """;

    private final List<String> fetched = new ArrayList<>();
    private final List<SqlRow> places = new ArrayList<>();

    private final GraphQL graphQl = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA),
                    RuntimeWiring.newRuntimeWiring()
                            .type("Query", type -> type.dataFetcher("places", env -> places))
                            .type("Place", type -> type.dataFetcher("computed", env -> "computed"))
                            .build()))
            .queryExecutionStrategy(new SqlRowCompletion(new SimpleDataFetcherExceptionHandler()))
            .instrumentation(new SimplePerformantInstrumentation() {
                @Override
                public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
                                                                      InstrumentationState state) {
                    fetched.add(parameters.getExecutionStepInfo().getPath().toString());
                    return SimpleInstrumentationContext.noOp();
                }
            })
            .build();

    @Test
    void aRowAskedOnlyForItsOwnIsAnsweredFromItsValues() {
        places.add(place(1, "330521100200", "五四村", "VILLAGE", 1830, place(2, "330521100200001", "一组", null, null)));
        places.add(place(3, "330521100201", null, "COMMUNITY", null));

        ExecutionResult result = run("""
                { places { __typename id code title: name kind ... on Place { population }
                           children @include(if: true) { code name } skipped: code @skip(if: true) } }""");

        assertThat(result.getErrors()).isEmpty();
        assertThat(fetched).as("only the root field ran").containsExactly("/places");
        assertThat(result.<Map<String, Object>>getData()).isEqualTo(Map.of("places", List.of(
                Map.of("__typename", "Place", "id", GlobalId.of("Place", 1), "code", "330521100200", "title", "五四村",
                        "kind", "VILLAGE", "population", 1830,
                        "children", List.of(Map.of("code", "330521100200001", "name", "一组"))),
                nullable(Map.of("__typename", "Place", "id", GlobalId.of("Place", 3), "code", "330521100201",
                        "kind", "COMMUNITY", "children", List.of()), "title", "population"))));
    }

    @Test
    void aRowAskedForMoreIsCompletedByGraphQlJava() {
        places.add(place(1, "330521100200", "五四村", "VILLAGE", 1830));

        ExecutionResult result = run("{ places { code computed } }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(fetched).containsExactly("/places", "/places[0]/code", "/places[0]/computed");
        assertThat(result.<Map<String, Object>>getData())
                .isEqualTo(Map.of("places", List.of(Map.of("code", "330521100200", "computed", "computed"))));
    }

    @Test
    void aListTheRowWasNotReadWithIsLeftToGraphQlJava() {
        SqlRow place = place(1, "330521100200", "五四村", "VILLAGE", 1830);
        place.remove("children");
        places.add(place);

        ExecutionResult result = run("{ places { code children { code } } }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(fetched).containsExactly("/places", "/places[0]/code", "/places[0]/children");
    }

    @Test
    void aNullWhereTheSchemaSaysNonNullIsReportedByGraphQlJava() {
        places.add(place(1, null, "五四村", "VILLAGE", 1830));

        ExecutionResult result = run("{ places { code name } }");

        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getPath()).containsExactly("places", 0, "code");
            assertThat(error.getMessage()).contains("non null");
        });
    }

    @Test
    void aValueItsTypeRefusesIsReportedByGraphQlJava() {
        places.add(place(1, "330521100200", "五四村", "TOWN", 1830));

        ExecutionResult result = run("{ places { code kind } }");

        assertThat(result.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getPath()).containsExactly("places", 0, "kind"));
    }

    private ExecutionResult run(String query) {
        return graphQl.execute(ExecutionInput.newExecutionInput(query).build());
    }

    private static SqlRow place(long id, String code, String name, String kind, Integer population, SqlRow... children) {
        SqlRow row = new SqlRow("Place", id);
        row.put("code", code);
        row.put("name", name);
        row.put("kind", kind);
        row.put("population", population);
        row.put("children", List.of(children));
        return row;
    }

    private static Map<String, Object> nullable(Map<String, Object> values, String... nulls) {
        Map<String, Object> all = new HashMap<>(values);
        for (String name : nulls) {
            all.put(name, null);
        }
        return all;
    }
}
