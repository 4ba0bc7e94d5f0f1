import type { RouteRecordRaw } from 'vue-router'

export const explorerRoutes: RouteRecordRaw[] = [
  {
    path: '/api',
    name: 'api',
    component: () => import('./ApiView.vue'),
    meta: { title: 'nav.api', menu: { order: 90, icon: 'Connection' } },
  },
]
