import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '@/auth/session'

/** Who reads the command centre's board (supervisors read only). */
export const BOARD_READERS: Role[] = ['command-centre', 'township-admin', 'county-admin', 'platform-admin', 'supervisor']
/** Who reports matters from the phone form and works their own on the phone. */
export const FIELD_ROLES: Role[] = ['grid-worker', 'village-official']

export const governanceRoutes: RouteRecordRaw[] = [
  {
    path: '/matters',
    name: 'matters',
    component: () => import('./MatterBoardView.vue'),
    meta: { title: 'nav.matters', roles: BOARD_READERS, menu: { order: 65, icon: 'Monitor' } },
  },
  {
    path: '/matters/report',
    name: 'matter-report',
    component: () => import('./MatterReportView.vue'),
    meta: { title: 'nav.matterReport', roles: FIELD_ROLES, menu: { order: 66, icon: 'Camera' } },
  },
  {
    path: '/matters/mine',
    name: 'my-matters',
    component: () => import('./MyMattersView.vue'),
    meta: { title: 'nav.myMatters', roles: FIELD_ROLES, menu: { order: 67, icon: 'Tickets' } },
  },
]
