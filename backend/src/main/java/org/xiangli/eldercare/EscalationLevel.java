package org.xiangli.eldercare;

/** Who is responsible for an alert: the village grid worker first, then the township, then the county. */
enum EscalationLevel {
    VILLAGE, TOWNSHIP, COUNTY;

    EscalationLevel up() {
        return this == VILLAGE ? TOWNSHIP : COUNTY;
    }
}
