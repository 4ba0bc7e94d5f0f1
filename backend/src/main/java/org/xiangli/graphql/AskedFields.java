package org.xiangli.graphql;

import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields a request asks for under the field being fetched, as paths of field names
 * ({@code nodes/code}, aliases and fragments resolved away, {@code @skip} and {@code @include}
 * applied), read off the document itself. graphql-java's {@code DataFetchingFieldSelectionSet}
 * answers the same but first normalises the whole operation: a sixth of a small list request's
 * CPU (JFR, docs/performance.md). A fragment's type condition is not checked, so a path may be
 * listed that a row of another type would not answer; the compiled reads only ever fall back to
 * the entities for it.
 */
public final class AskedFields {

    private final Set<String> paths;

    private AskedFields(Set<String> paths) {
        this.paths = paths;
    }

    public static AskedFields of(DataFetchingEnvironment environment) {
        Set<String> paths = new LinkedHashSet<>();
        for (Field field : environment.getMergedField().getFields()) {
            collect(field.getSelectionSet(), "", environment.getFragmentsByName(), environment.getVariables(), paths);
        }
        return new AskedFields(paths);
    }

    /** Every path asked for, at any depth: {@code totalCount}, {@code nodes}, {@code nodes/code}. */
    public Set<String> paths() {
        return paths;
    }

    public boolean contains(String path) {
        return paths.contains(path);
    }

    /** The last name of every path: the fields asked for, whatever their depth. */
    public Set<String> names() {
        return paths.stream().map(path -> path.substring(path.lastIndexOf('/') + 1)).collect(Collectors.toSet());
    }

    private static void collect(@Nullable SelectionSet selections, String prefix, Map<String, FragmentDefinition> fragments,
                                Map<String, Object> variables, Set<String> into) {
        if (selections == null) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof DirectivesContainer<?> directed && skipped(directed, variables)) {
                continue;
            }
            switch (selection) {
                case Field field -> {
                    String path = prefix + field.getName();
                    into.add(path);
                    collect(field.getSelectionSet(), path + "/", fragments, variables, into);
                }
                case InlineFragment inline -> collect(inline.getSelectionSet(), prefix, fragments, variables, into);
                case FragmentSpread spread -> {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    if (fragment != null) {
                        collect(fragment.getSelectionSet(), prefix, fragments, variables, into);
                    }
                }
                default -> throw new IllegalStateException("unknown selection " + selection.getClass().getSimpleName());
            }
        }
    }

    private static boolean skipped(DirectivesContainer<?> selection, Map<String, Object> variables) {
        for (Directive directive : selection.getDirectives()) {
            boolean skip = directive.getName().equals("skip");
            if ((skip || directive.getName().equals("include")) && directive.getArgument("if") != null
                    && condition(directive.getArgument("if").getValue(), variables) == skip) {
                return true;
            }
        }
        return false;
    }

    private static boolean condition(Value<?> value, Map<String, Object> variables) {
        return switch (value) {
            case BooleanValue literal -> literal.isValue();
            case VariableReference variable -> Boolean.TRUE.equals(variables.get(variable.getName()));
            default -> false;
        };
    }

    /** Lets a controller method take the {@link AskedFields} of the field it fetches as an argument. */
    @Component
    static class ArgumentResolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == AskedFields.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, DataFetchingEnvironment environment) {
            return of(environment);
        }
    }
}
