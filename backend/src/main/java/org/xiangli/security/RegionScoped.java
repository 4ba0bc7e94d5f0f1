package org.xiangli.security;

/** A record that belongs to a place in the region tree; its code decides who may see it. */
public interface RegionScoped {

    /** The division code the record belongs to. */
    String regionCode();
}
