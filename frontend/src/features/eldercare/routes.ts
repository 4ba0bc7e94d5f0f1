import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '@/auth/session'

const READERS: Role[] = ['platform-admin', 'county-admin', 'township-admin', 'village-official', 'eldercare-operator']
/** Grid workers read the alerts of their grid's elders (first responders), nothing else of elder care. */
const ALERT_READERS: Role[] = [...READERS, 'grid-worker']

export const eldercareRoutes: RouteRecordRaw[] = [
  {
    path: '/eldercare',
    name: 'eldercare',
    component: () => import('./AlertConsoleView.vue'),
    // grid workers still land on 上报事项: the console is one entry of their menu, not their home
    meta: { title: 'nav.eldercareConsole', roles: ALERT_READERS, menu: { order: 60, icon: 'Bell', landing: false } },
  },
  {
    path: '/eldercare/alerts/:id',
    name: 'alert',
    component: () => import('./AlertDetailView.vue'),
    props: true,
    meta: { title: 'nav.eldercareConsole', roles: ALERT_READERS },
  },
  {
    path: '/eldercare/elders',
    name: 'elders',
    component: () => import('./EldersView.vue'),
    meta: { title: 'nav.eldercareElders', roles: READERS, menu: { order: 61, icon: 'House' } },
  },
  {
    path: '/eldercare/kpis',
    name: 'eldercare-kpis',
    component: () => import('./AlertKpisView.vue'),
    meta: { title: 'nav.eldercareKpis', roles: READERS, menu: { order: 62, icon: 'Histogram' } },
  },
]
