package org.xiangli.security;

import java.util.function.Supplier;

/**
 * Supplies the {@code pattern} parameter of the {@code regionScope} Hibernate filter, which every
 * scoped entity declares: the one place where reads are limited to the caller's part of the tree.
 */
public final class ScopePattern implements Supplier<String> {

    public static final String FILTER = "regionScope";
    public static final String PARAMETER = "pattern";

    /** The filter condition of a row in the caller's part of the tree, by its {@code region_code}. */
    public static final String REGION = "region_code like :" + PARAMETER;

    /** In the caller's part of the tree, and never for the anonymous public (records not published at all). */
    public static final String REGION_NOT_PUBLIC = REGION + " and :" + PublicOnly.PARAMETER + " = false";

    /** In the caller's part of the tree; the anonymous public sees published rows only. */
    public static final String REGION_OR_PUBLISHED = REGION + " and (published = true or :" + PublicOnly.PARAMETER + " = false)";

    @Override
    public String get() {
        return CurrentCaller.get().sqlScope().pattern();
    }
}
