import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '@/auth/session'

const READERS: Role[] = ['platform-admin', 'county-admin', 'township-admin', 'village-official', 'supervisor']

export const talentRoutes: RouteRecordRaw[] = [
  {
    path: '/talents',
    name: 'talents',
    component: () => import('./TalentsView.vue'),
    meta: { title: 'nav.talents', roles: READERS, menu: { order: 50, icon: 'UserFilled' } },
  },
  {
    path: '/talents/:id',
    name: 'talent',
    component: () => import('./TalentProfileView.vue'),
    props: true,
    meta: { title: 'nav.talents', roles: READERS },
  },
]
