package org.xiangli.audit;

/** What an audit entry records. */
enum AuditAction {
    CREATE, UPDATE, DELETE, READ_PERSONAL, ANONYMISE
}
