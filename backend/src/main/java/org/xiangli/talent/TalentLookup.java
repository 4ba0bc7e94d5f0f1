package org.xiangli.talent;

import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.Map;

/**
 * Talents for other modules' nested fields ({@code GridWorker.talent}, {@code Matter.talent}) and
 * references: limited to the caller's scope and role like every read of the registry. The values
 * are the registry's {@code Talent} objects, which GraphQL resolves as the {@code Talent} type.
 */
@Service
public class TalentLookup {

    /** The global ID type of talents. */
    public static final String TYPE = Talent.TYPE;

    private final TalentDirectory directory;

    TalentLookup(TalentDirectory directory) {
        this.directory = directory;
    }

    /** Talents by id, many at once; those out of scope (or of a caller who may not read talents) are absent. */
    public Map<Long, Object> byIds(Collection<Long> ids) {
        return java.util.Collections.unmodifiableMap(directory.talentsByIds(ids));
    }

    /** Whether the talent exists in the caller's scope and the caller may read the registry. */
    public boolean exists(long id) {
        return directory.byId(id).isPresent();
    }
}
