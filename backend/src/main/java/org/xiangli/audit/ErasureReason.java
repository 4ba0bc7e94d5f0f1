package org.xiangli.audit;

/**
 * Why a record was anonymised (the GraphQL {@code ErasureReason} enum). A closed list, so the audit
 * entry records the reason without free text that could carry personal data.
 */
public enum ErasureReason {
    /** The person (or, for a departed elder, their next of kin) asked for deletion (PIPL art. 47). */
    PERSON_REQUESTED,
    /** The person withdrew consent to being kept at all (PIPL art. 15). */
    CONSENT_WITHDRAWN,
    /** The purpose is fulfilled: the elder left the programme, the record is no longer needed. */
    PURPOSE_FULFILLED
}
