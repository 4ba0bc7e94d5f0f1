package org.xiangli.talent;

/** A talent's hometown or a beneficiary: a current village or township in the caller's scope. */
record Hometown(long id, String code, String name) {
}
