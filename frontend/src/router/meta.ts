import type { Role } from '@/auth/session'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (and its menu entry). */
    title?: string
    /** Open to the public without signing in; such pages use the public layout. */
    public?: boolean
    /** i18n key of what the public layout's header names (村务公开 when absent). */
    publicHeader?: string
    /** Roles that may open the page; absent means every signed-in role. */
    roles?: Role[]
    /**
     * Shown in the side menu under this order (absent: not in the menu); `landing: false` keeps an entry
     * from being the landing page of a role without the overview.
     */
    menu?: { order: number; icon: string; parent?: string; landing?: false }
  }
}

export {}
