package org.xiangli.region;

import java.util.List;

/**
 * What kind of unit a region is. For townships and villages the kind fixes which numbers the last
 * three digits of the statistical code may take (see docs/domain/regions.md).
 */
public enum RegionKind {
    /** 县 */
    COUNTY(RegionLevel.COUNTY),
    /** 区 */
    DISTRICT(RegionLevel.COUNTY),
    /** 县级市 */
    COUNTY_LEVEL_CITY(RegionLevel.COUNTY),
    /** 街道: 001–099, or 400–599 for similar units */
    SUBDISTRICT(RegionLevel.TOWNSHIP, new Range(1, 99), Range.SIMILAR_UNITS),
    /** 镇: 100–199, or 400–599 */
    TOWN(RegionLevel.TOWNSHIP, new Range(100, 199), Range.SIMILAR_UNITS),
    /** 乡: 200–399, or 400–599 */
    TOWNSHIP(RegionLevel.TOWNSHIP, new Range(200, 399), Range.SIMILAR_UNITS),
    /** 社区 (residents' committee): 001–199 */
    COMMUNITY(RegionLevel.VILLAGE, new Range(1, 199)),
    /** 行政村 (villagers' committee): 200–399 */
    ADMINISTRATIVE_VILLAGE(RegionLevel.VILLAGE, new Range(200, 399));

    private final RegionLevel level;
    private final List<Range> suffixRanges;

    RegionKind(RegionLevel level, Range... suffixRanges) {
        this.level = level;
        this.suffixRanges = List.of(suffixRanges);
    }

    public RegionLevel level() {
        return level;
    }

    /** The ranges the last three code digits may fall in; empty for counties. */
    public List<Range> suffixRanges() {
        return suffixRanges;
    }

    /** An inclusive range of three-digit code suffixes. */
    public record Range(int from, int to) {
        static final Range SIMILAR_UNITS = new Range(400, 599);

        boolean contains(int suffix) {
            return suffix >= from && suffix <= to;
        }

        @Override
        public String toString() {
            return "%03d–%03d".formatted(from, to);
        }
    }
}
