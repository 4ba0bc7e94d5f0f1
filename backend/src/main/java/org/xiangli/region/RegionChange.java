package org.xiangli.region;

/** A saved change to a unit, published after its transaction commits. */
record RegionChange(Action action, Region region) {

    public enum Action { CREATED, UPDATED, RETIRED }
}
