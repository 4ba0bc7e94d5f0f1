package org.xiangli.security;

/**
 * Who may call what: the {@code @PreAuthorize} expression of every guarded query, mutation and
 * endpoint, by the group of {@link Role}s it admits. The one place role names are written;
 * {@code RolesTest} checks each names only roles that exist.
 */
public final class Roles {

    public static final String PLATFORM_ADMIN = "hasRole('PLATFORM_ADMIN')";
    /** The county's administration: the platform and county administrators. */
    public static final String COUNTY_ADMINS = "hasAnyRole('PLATFORM_ADMIN', 'COUNTY_ADMIN')";
    /** Administrators down to the township. */
    public static final String TOWNSHIP_ADMINS = "hasAnyRole('PLATFORM_ADMIN', 'COUNTY_ADMIN', 'TOWNSHIP_ADMIN')";
    /** Every official of the region tree, down to the village. */
    public static final String OFFICIALS = "hasAnyRole('PLATFORM_ADMIN', 'COUNTY_ADMIN', 'TOWNSHIP_ADMIN', 'VILLAGE_OFFICIAL')";
    /** Those who read the audit trail. */
    public static final String AUDITORS = "hasAnyRole('SUPERVISOR', 'PLATFORM_ADMIN')";
    /** Device vendors' systems and the administrators who watch their feeds. */
    public static final String DEVICE_FEEDS = "hasAnyRole('PLATFORM_ADMIN', 'COUNTY_ADMIN', 'INTEGRATOR')";
    /** Readers of the talent registry: the officials, supervisors and integrators, not eldercare operators. */
    public static final String TALENT_READERS =
            "hasAnyRole('PLATFORM_ADMIN', 'COUNTY_ADMIN', 'TOWNSHIP_ADMIN', 'VILLAGE_OFFICIAL', 'SUPERVISOR', 'INTEGRATOR')";
    /** Keepers of the talent registry and supervisors: the talents' visits (not integrators). */
    public static final String TALENT_KEEPERS_AND_SUPERVISORS =
            "hasAnyRole('PLATFORM_ADMIN', 'COUNTY_ADMIN', 'TOWNSHIP_ADMIN', 'VILLAGE_OFFICIAL', 'SUPERVISOR')";
    /** Readers of elder-care records and alerts. */
    public static final String ELDERCARE_READERS =
            "hasAnyRole('PLATFORM_ADMIN', 'COUNTY_ADMIN', 'TOWNSHIP_ADMIN', 'VILLAGE_OFFICIAL', 'ELDERCARE_OPERATOR')";
    /** Readers of alerts: the readers of elder care, and grid workers (the alerts of their grid's elders). */
    public static final String ALERT_READERS =
            "hasAnyRole('PLATFORM_ADMIN', 'COUNTY_ADMIN', 'TOWNSHIP_ADMIN', 'VILLAGE_OFFICIAL', 'ELDERCARE_OPERATOR', 'GRID_WORKER')";
    /** Keepers of elder-care records and devices. */
    public static final String ELDERCARE_KEEPERS = "hasAnyRole('PLATFORM_ADMIN', 'COUNTY_ADMIN', 'ELDERCARE_OPERATOR')";
    /** Those who answer alerts; a grid worker those of their grid's elders while at the GRID rung. */
    public static final String ELDERCARE_RESPONDERS =
            "hasAnyRole('PLATFORM_ADMIN', 'COUNTY_ADMIN', 'TOWNSHIP_ADMIN', 'ELDERCARE_OPERATOR', 'GRID_WORKER')";

    /** Those who keep the grids and their workers: administrators down to the township. */
    public static final String GRID_KEEPERS = TOWNSHIP_ADMINS;
    /** Readers of the grids: officials, command centres, supervisors and grid workers (their own grid). */
    public static final String GRID_READERS =
            "hasAnyRole('PLATFORM_ADMIN', 'COUNTY_ADMIN', 'TOWNSHIP_ADMIN', 'VILLAGE_OFFICIAL', 'SUPERVISOR', 'COMMAND_CENTRE', 'GRID_WORKER')";
    /** Readers of the ledger of matters: as the grids, not operators, integrators or the public. */
    public static final String MATTER_READERS = GRID_READERS;
    /** Those who report matters: grid workers, village officials, command centres and administrators. */
    public static final String MATTER_REPORTERS =
            "hasAnyRole('PLATFORM_ADMIN', 'COUNTY_ADMIN', 'TOWNSHIP_ADMIN', 'VILLAGE_OFFICIAL', 'COMMAND_CENTRE', 'GRID_WORKER')";
    /** Those who confirm or refuse a matter done: its reporters, and supervisors for the rectification of their findings. */
    public static final String MATTER_CONFIRMERS =
            "hasAnyRole('PLATFORM_ADMIN', 'COUNTY_ADMIN', 'TOWNSHIP_ADMIN', 'VILLAGE_OFFICIAL', 'COMMAND_CENTRE', 'GRID_WORKER', 'SUPERVISOR')";
    /** Those who keep a key project's escort (commissioner, milestones): administrators down to the township. */
    public static final String ESCORT_KEEPERS = TOWNSHIP_ADMINS;
    /** Readers of project escort and supervision: officials, command centres and supervisors. */
    public static final String ESCORT_READERS =
            "hasAnyRole('PLATFORM_ADMIN', 'COUNTY_ADMIN', 'TOWNSHIP_ADMIN', 'VILLAGE_OFFICIAL', 'COMMAND_CENTRE', 'SUPERVISOR')";
    /** Supervisors (纪检监督): site checks and risk registers are theirs to write. */
    public static final String SUPERVISORS = "hasRole('SUPERVISOR')";
    /** Those who dispatch matters: command centres and administrators down to the township. */
    public static final String MATTER_DISPATCHERS = "hasAnyRole('PLATFORM_ADMIN', 'COUNTY_ADMIN', 'TOWNSHIP_ADMIN', 'COMMAND_CENTRE')";

    private Roles() {
    }
}
