package org.xiangli.grid;

/** 大网格 or 微网格. */
public enum GridSize {
    LARGE, MICRO
}
