import type { RouteRecordRaw } from 'vue-router'
import { KNOWN_ROLES } from '@/auth/session'

export const explorerRoutes: RouteRecordRaw[] = [
  {
    // not /api: that prefix is the API's own (device events)
    path: '/integration',
    name: 'api',
    component: () => import('./ApiView.vue'),
    // grid workers see only their own things (the phone form and their matters)
    meta: { title: 'nav.api', roles: KNOWN_ROLES.filter((r) => r !== 'grid-worker'), menu: { order: 90, icon: 'Connection' } },
  },
]
