import type { RouteRecordRaw } from 'vue-router'

export const poolRoutes: RouteRecordRaw[] = [
  {
    path: '/pool',
    name: 'pool',
    component: () => import('./PoolView.vue'),
    meta: {
      title: 'nav.pool',
      roles: ['platform-admin', 'county-admin', 'township-admin', 'village-official', 'supervisor'],
      menu: { order: 30, icon: 'Collection' },
    },
  },
]
