import type { RouteRecordRaw } from 'vue-router'

export const auditRoutes: RouteRecordRaw[] = [
  {
    path: '/audit',
    name: 'audit',
    component: () => import('./AuditLogView.vue'),
    meta: { title: 'nav.audit', roles: ['supervisor', 'platform-admin'], menu: { order: 70, icon: 'View' } },
  },
]
