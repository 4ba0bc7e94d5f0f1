package org.xiangli.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity attribute as personal data: the audit trail records it masked, never plain.
 * (What a client sees is decided by the {@code @personal} directive on the GraphQL field.)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Personal {
    PersonalKind value();
}
