import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '@/auth/session'

const READERS: Role[] = ['platform-admin', 'county-admin', 'township-admin', 'village-official', 'supervisor']

export const regionRoutes: RouteRecordRaw[] = [
  {
    path: '/regions',
    name: 'regions',
    component: () => import('./RegionsView.vue'),
    meta: { title: 'nav.regions', roles: READERS, menu: { order: 20, icon: 'Location' } },
  },
  {
    path: '/regions/:code',
    name: 'region',
    component: () => import('./RegionProfileView.vue'),
    props: true,
    meta: { title: 'nav.regions', roles: READERS },
  },
]
