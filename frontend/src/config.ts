/** Run-time settings from config.js (served by the API, or edited behind another web server). */
export interface DashboardConfig {
  graphql: string
  keycloak: { url: string; realm: string; clientId: string }
}

declare global {
  interface Window {
    XIANGLI_CONFIG?: Partial<DashboardConfig>
  }
}

const defaults: DashboardConfig = {
  graphql: 'graphql',
  keycloak: { url: 'http://127.0.0.1:8180', realm: 'xiangli', clientId: 'xiangli-dashboard' },
}

export const config: DashboardConfig = { ...defaults, ...(window.XIANGLI_CONFIG ?? {}) }

/** An address relative to where the dashboard is served (its base), or absolute as given. */
export function appUrl(path: string): string {
  return new URL(path, new URL(import.meta.env.BASE_URL, window.location.origin)).toString()
}

export const graphqlHttpUrl = (): string => appUrl(config.graphql)
export const graphqlWsUrl = (): string => graphqlHttpUrl().replace(/^http/, 'ws')
