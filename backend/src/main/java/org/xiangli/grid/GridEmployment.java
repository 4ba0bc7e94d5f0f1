package org.xiangli.grid;

/** 专职 or 兼职. */
public enum GridEmployment {
    FULL_TIME, PART_TIME
}
