package org.xiangli.security;

/**
 * An exception to the role table of {@link PersonalDataPolicy}: lets a caller see a particular
 * record's personal data for a while (for instance an operator handling an open alert sees that
 * elder's contacts). Features register grants as beans.
 */
public interface RevealGrant {

    boolean grants(Caller caller, PersonalKind kind, PersonalDataHolder owner);
}
