package org.xiangli.security;

/**
 * A GraphQL object with {@code @personal} fields: tells the audit log whose data was read.
 */
public interface PersonalDataHolder {

    /** GraphQL type name of the record the data belongs to, e.g. {@code Region}. */
    String ownerType();

    long ownerId();

    /** Division code of the record, for the audit entry's scope. */
    String ownerRegionCode();
}
