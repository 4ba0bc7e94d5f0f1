package org.xiangli.security;

import java.util.function.Supplier;

/**
 * Supplies the {@code pattern} parameter of the {@code regionScope} Hibernate filter, which every
 * scoped entity declares: the one place where reads are limited to the caller's part of the tree.
 */
public final class ScopePattern implements Supplier<String> {

    public static final String FILTER = "regionScope";
    public static final String PARAMETER = "pattern";

    @Override
    public String get() {
        return CurrentCaller.get().sqlScope().pattern();
    }
}
