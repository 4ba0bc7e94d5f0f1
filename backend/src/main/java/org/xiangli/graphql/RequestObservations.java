package org.xiangli.graphql;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * GraphQL is observed per request ({@code graphql.request}: the timer, its outcome and the trace
 * span), not per field or batch loader: an observation around every controller and batch fetcher cost about a
 * tenth of a list request's CPU (JFR, docs/benchmarks.md) and its per-field timers were read by no one.
 */
@Configuration(proxyBeanMethods = false)
class RequestObservations {

    @Bean
    GraphQlObservationInstrumentation graphQlObservationInstrumentation(ObservationRegistry registry) {
        return new GraphQlObservationInstrumentation(registry) {
            @Override
            public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
                                                        InstrumentationFieldFetchParameters parameters,
                                                        InstrumentationState state) {
                return dataFetcher;
            }

            @Override
            public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                                                           InstrumentationState state) {
                // no observation per batch loader either: it rebuilt every request's registry of loaders
                return input;
            }
        };
    }
}
