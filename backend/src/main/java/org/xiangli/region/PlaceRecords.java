package org.xiangli.region;

import java.util.Map;

/**
 * The records of one feature that belong to a place, moved when villages are merged or split
 * (撤村并村). Each feature implements it over its own tables, in the merge's transaction, and writes
 * one audit entry per moved record; the region module finds the implementations as Spring beans and
 * never reaches into their tables. Beans run in {@code @Order}; any exception undoes the whole change.
 */
public interface PlaceRecords {

    /**
     * Re-points the records of {@code move.from()} (all of them, or only the selected ones) to
     * {@code move.to()}.
     *
     * @return how many records moved, per kind (e.g. {@code elders → 3}); kinds with none may be absent
     */
    Map<String, Integer> move(PlaceMove move);
}
