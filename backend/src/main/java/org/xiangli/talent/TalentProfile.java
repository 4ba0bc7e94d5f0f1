package org.xiangli.talent;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** Everything about a talent that a registration or an import row sets, already validated. */
record TalentProfile(String name, Gender gender, @Nullable Integer birthYear, Whereabouts whereabouts, TalentCategory category,
                     @Nullable String industry, @Nullable String organisation, @Nullable String title,
                     @Nullable String phone, @Nullable String email, @Nullable String address,
                     Talent.Consent consent, List<String> tags, @Nullable String notes) {
}
