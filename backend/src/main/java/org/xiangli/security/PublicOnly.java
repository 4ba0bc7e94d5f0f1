package org.xiangli.security;

import java.util.function.Supplier;

/**
 * Supplies the {@code publicOnly} parameter of the {@code regionScope} filter: true for the
 * anonymous public, who may read only published records. An entity with a published flag uses it
 * as {@link ScopePattern#REGION_OR_PUBLISHED}.
 */
public final class PublicOnly implements Supplier<Boolean> {

    public static final String PARAMETER = "publicOnly";

    @Override
    public Boolean get() {
        return CurrentCaller.get().sqlScope().publicOnly();
    }
}
