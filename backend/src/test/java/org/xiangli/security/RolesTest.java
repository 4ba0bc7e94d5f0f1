package org.xiangli.security;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Every expression in {@link Roles} names only roles Keycloak issues, so a typo cannot lock a role out. */
class RolesTest {

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    @Test
    void everyExpressionNamesExistingRoles() throws IllegalAccessException {
        List<Field> expressions = Arrays.stream(Roles.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .toList();
        assertThat(expressions).hasSizeGreaterThanOrEqualTo(10);
        for (Field field : expressions) {
            String expression = (String) field.get(null);
            assertThat(expression).as(field.getName()).matches("has(Any)?Role\\('[A-Z_]+'(, '[A-Z_]+')*\\)");
            Matcher names = QUOTED.matcher(expression);
            while (names.find()) {
                String name = names.group(1);
                assertThatCode(() -> Role.valueOf(name)).as(field.getName() + " names " + name).doesNotThrowAnyException();
            }
        }
    }
}
