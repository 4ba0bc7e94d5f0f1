package org.xiangli.talent;

import org.jspecify.annotations.Nullable;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Everything about a talent that a registration or an import row sets, already validated. */
record TalentProfile(String name, Gender gender, @Nullable Integer birthYear, Whereabouts whereabouts, TalentCategory category,
                     @Nullable String industry, @Nullable String organisation, @Nullable String title,
                     @Nullable String phone, @Nullable String email, @Nullable String address,
                     Talent.Consent consent, List<String> tags, @Nullable String notes) {

    /** The same profile with its consent's scopes widened to include these (the date stays this profile's). */
    TalentProfile keepingScopes(Set<ConsentScope> kept) {
        Set<ConsentScope> scopes = EnumSet.noneOf(ConsentScope.class);
        scopes.addAll(consent.scope());
        scopes.addAll(kept);
        return new TalentProfile(name, gender, birthYear, whereabouts, category, industry, organisation, title, phone, email, address,
                new Talent.Consent(consent.on(), scopes), tags, notes);
    }
}
