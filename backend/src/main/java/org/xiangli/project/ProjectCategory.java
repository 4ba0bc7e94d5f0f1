package org.xiangli.project;

/** What kind of project it is, as counties file them. */
public enum ProjectCategory {
    /** 政府投资 */
    GOVERNMENT_INVESTMENT,
    /** 共同富裕 */
    COMMON_PROSPERITY,
    /** 专项债 */
    SPECIAL_BOND,
    /** 农业综合开发 */
    AGRICULTURE,
    /** 数字化 */
    DIGITAL,
    /** 村集体经济 */
    COLLECTIVE_ECONOMY,
    /** 产业 */
    INDUSTRY,
    /** 文旅 */
    CULTURE_TOURISM,
    /** 交通 */
    TRANSPORT,
    /** anything else */
    OTHER
}
