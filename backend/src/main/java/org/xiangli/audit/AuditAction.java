package org.xiangli.audit;

/** What an audit entry records. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, READ_PERSONAL, ANONYMISE
}
