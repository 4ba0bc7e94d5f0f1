package org.xiangli.graphql;

/** A record guarded by optimistic locking: a client sends back the version it read with every change. */
public interface Versioned {

    /** Moves by one with every change of the record (see {@link VersionGuard}). */
    long getVersion();
}
