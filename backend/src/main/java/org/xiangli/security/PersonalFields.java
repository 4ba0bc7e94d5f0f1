package org.xiangli.security;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.idl.SchemaDirectiveWiring;
import graphql.schema.idl.SchemaDirectiveWiringEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Applies the {@code @personal(kind:)} schema directive: such a field shows its value masked unless
 * {@link PersonalDataPolicy} lets the caller see it, and every unmasked value is noted for the audit
 * log. The one place masking happens, whatever type carries personal data.
 */
@Configuration(proxyBeanMethods = false)
class PersonalFields {

    static final String DIRECTIVE = "personal";

    @Bean
    RuntimeWiringConfigurer personalDirective(PersonalDataPolicy policy) {
        return wiring -> wiring.directive(DIRECTIVE, new Masking(policy));
    }

    private record Masking(PersonalDataPolicy policy) implements SchemaDirectiveWiring {

        @Override
        public GraphQLFieldDefinition onField(SchemaDirectiveWiringEnvironment<GraphQLFieldDefinition> env) {
            GraphQLAppliedDirective directive = env.getAppliedDirective(DIRECTIVE);
            Object kindName = directive.getArgument("kind").getValue();
            PersonalKind kind = PersonalKind.valueOf(kindName.toString());
            String field = env.getElement().getName();
            DataFetcher<?> original = env.getFieldDataFetcher();
            env.setFieldDataFetcher(fetch -> {
                Object value = original.get(fetch);
                if (!(value instanceof String text) || !(fetch.getSource() instanceof PersonalDataHolder owner)) {
                    return value;
                }
                if (policy.mayReveal(CurrentCaller.get(), kind, owner)
                        && UnmaskedReads.note(fetch.getGraphQlContext(), owner, field)) {
                    return text;
                }
                return kind.mask(text);
            });
            return env.getElement();
        }
    }
}
