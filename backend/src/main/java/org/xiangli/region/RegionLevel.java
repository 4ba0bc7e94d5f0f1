package org.xiangli.region;

import org.jspecify.annotations.Nullable;

/** The three levels of the tree and the length of their statistical division codes. */
public enum RegionLevel {
    COUNTY(6),
    TOWNSHIP(9),
    VILLAGE(12);

    private final int codeLength;

    RegionLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The level directly below this one, or null for a village. */
    public @Nullable RegionLevel below() {
        return switch (this) {
            case COUNTY -> TOWNSHIP;
            case TOWNSHIP -> VILLAGE;
            case VILLAGE -> null;
        };
    }
}
