package org.xiangli.eldercare;

/** What came of a call to the elder or a contact of the call tree. */
enum CallResult {
    REACHED, NO_ANSWER, BUSY, WRONG_NUMBER
}
