import type { RouteRecordRaw } from 'vue-router'

export const explorerRoutes: RouteRecordRaw[] = [
  {
    // not /api: that prefix is the API's own (device events)
    path: '/integration',
    name: 'api',
    component: () => import('./ApiView.vue'),
    meta: { title: 'nav.api', menu: { order: 90, icon: 'Connection' } },
  },
]
