/** Where the dashboard's Keycloak realm lives (the dashboard's run-time config). */
export interface Realm {
  url: string
  realm: string
}

/**
 * Whether the realm's identity server answers, asked through its discovery document (Keycloak
 * allows the dashboard's origin to read it). Signing in redirects the whole page there, so a server
 * that does not answer must be found out before, or the browser shows its own error page.
 */
export async function identityServerAnswers(realm: Realm, timeoutMs = 5000): Promise<boolean> {
  const discovery = `${realm.url.replace(/\/+$/, '')}/realms/${encodeURIComponent(realm.realm)}/.well-known/openid-configuration`
  try {
    const response = await fetch(discovery, { signal: AbortSignal.timeout(timeoutMs) })
    return response.ok
  } catch {
    return false
  }
}
