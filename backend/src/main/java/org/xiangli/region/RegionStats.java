package org.xiangli.region;

/**
 * Aggregates over the current (not retired) units of a region's subtree, the region included:
 * a village counts itself.
 */
record RegionStats(long townships, long villages, long population, long households) {

    static final RegionStats EMPTY = new RegionStats(0, 0, 0, 0);
}
