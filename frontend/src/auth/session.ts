import Keycloak from 'keycloak-js'
import { reactive, readonly } from 'vue'
import { config } from '@/config'
import { identityServerAnswers } from './identityServer'

/** The realm roles the platform knows (Keycloak realm roles). */
export type Role =
  | 'platform-admin'
  | 'county-admin'
  | 'township-admin'
  | 'village-official'
  | 'eldercare-operator'
  | 'supervisor'
  | 'integrator'
  | 'command-centre'
  | 'grid-worker'

export const KNOWN_ROLES: Role[] = [
  'platform-admin',
  'county-admin',
  'township-admin',
  'village-official',
  'eldercare-operator',
  'supervisor',
  'integrator',
  'command-centre',
  'grid-worker',
]

interface SessionState {
  authenticated: boolean
  username: string | null
  displayName: string | null
  roles: Role[]
  /** Division code of the caller's part of the region tree; null for the platform (or the public). */
  region: string | null
  /** Set when the identity server cannot be reached: the dashboard still serves public pages. */
  identityError: string | null
  /** True once the session expired and could not be refreshed: the user must sign in again. */
  expired: boolean
}

const state = reactive<SessionState>({
  authenticated: false,
  username: null,
  displayName: null,
  roles: [],
  region: null,
  identityError: null,
  expired: false,
})

export const session = readonly(state)

const keycloak = new Keycloak({
  url: config.keycloak.url,
  realm: config.keycloak.realm,
  clientId: config.keycloak.clientId,
})

function readToken(): void {
  const token = keycloak.tokenParsed as
    | (Record<string, unknown> & { realm_access?: { roles?: string[] } })
    | undefined
  state.authenticated = !!keycloak.authenticated
  state.username = (token?.preferred_username as string | undefined) ?? null
  state.displayName = personName(token) ?? state.username
  state.roles = (token?.realm_access?.roles ?? []).filter((r): r is Role =>
    (KNOWN_ROLES as string[]).includes(r),
  )
  // platform admins see everything whatever their token's region claim (the demo's is 330000, a province)
  const region = token?.region
  state.region =
    typeof region === 'string' && region.length > 0 && !state.roles.includes('platform-admin') ? region : null
}

/** A Chinese name reads family name first (李明), which Keycloak's `name` claim (given family) does not. */
function personName(token: Record<string, unknown> | undefined): string | null {
  const family = token?.family_name as string | undefined
  const given = token?.given_name as string | undefined
  if (family && given && /[\u4e00-\u9fff]/.test(family + given)) return family + given
  return (token?.name as string | undefined) ?? null
}

/**
 * Starts the session before the router exists (otherwise Keycloak's #state=…&code=… fragment is
 * taken for a route). check-sso: a signed-in user is recognised silently, the public stays anonymous.
 */
export async function startSession(): Promise<void> {
  keycloak.onTokenExpired = () => {
    void refreshToken()
  }
  keycloak.onAuthLogout = () => readToken()
  try {
    await keycloak.init({
      onLoad: 'check-sso',
      pkceMethod: 'S256',
      checkLoginIframe: false,
      silentCheckSsoRedirectUri: new URL(
        `${import.meta.env.BASE_URL}silent-check-sso.html`,
        window.location.origin,
      ).toString(),
      messageReceiveTimeout: 5000,
    })
  } catch {
    state.identityError = 'unreachable'
  }
  readToken()
}

/** A token valid for at least 30 more seconds, or null when signed out or the session ended. */
export async function currentToken(): Promise<string | null> {
  if (!keycloak.authenticated) return null
  const ok = await refreshToken()
  return ok ? (keycloak.token ?? null) : null
}

async function refreshToken(): Promise<boolean> {
  try {
    await keycloak.updateToken(30)
    state.expired = false
    state.identityError = null
    readToken()
    return true
  } catch {
    // refresh token expired or the identity server refuses: keep the page (and what was typed), ask to sign in
    state.expired = true
    if (!(await identityServerAnswers(config.keycloak))) state.identityError = 'unreachable'
    return false
  }
}

/**
 * Sends the browser to Keycloak's sign-in page, unless Keycloak cannot be reached: the browser would
 * then show its own error page instead of the dashboard, so the dashboard says so and stays.
 */
export async function login(redirectPath?: string): Promise<void> {
  if (!(await identityServerAnswers(config.keycloak))) {
    state.identityError = 'unreachable'
    return
  }
  state.identityError = null
  const redirectUri = redirectPath
    ? new URL(redirectPath, window.location.origin).toString()
    : window.location.href
  return keycloak.login({ redirectUri }).catch(() => {
    state.identityError = 'unreachable'
  })
}

export function logout(): Promise<void> {
  return keycloak.logout({
    redirectUri: new URL(import.meta.env.BASE_URL, window.location.origin).toString(),
  })
}

export function hasRole(...roles: Role[]): boolean {
  return roles.some((r) => state.roles.includes(r))
}
