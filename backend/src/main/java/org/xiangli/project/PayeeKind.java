package org.xiangli.project;

/** Whether a payee is an organisation (its name is public) or a private person (personal data). */
enum PayeeKind {
    ORGANISATION,
    PERSON
}
