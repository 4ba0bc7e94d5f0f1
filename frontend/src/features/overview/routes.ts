import type { RouteRecordRaw } from 'vue-router'

export const overviewRoutes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'overview',
    component: () => import('./OverviewView.vue'),
    meta: {
      title: 'nav.overview',
      roles: ['platform-admin', 'county-admin', 'township-admin', 'village-official', 'eldercare-operator', 'supervisor'],
      menu: { order: 10, icon: 'DataAnalysis' },
    },
  },
]
