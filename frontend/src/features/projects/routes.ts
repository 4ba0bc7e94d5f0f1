import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '@/auth/session'

const READERS: Role[] = ['platform-admin', 'county-admin', 'township-admin', 'village-official', 'supervisor']
const REPORTERS: Role[] = ['platform-admin', 'county-admin', 'township-admin', 'village-official']

export const projectRoutes: RouteRecordRaw[] = [
  {
    path: '/projects',
    name: 'projects',
    component: () => import('./ProjectsView.vue'),
    meta: { title: 'nav.projects', roles: READERS, menu: { order: 40, icon: 'Files' } },
  },
  {
    path: '/projects/:id',
    name: 'project',
    component: () => import('./ProjectDetailView.vue'),
    props: true,
    meta: { title: 'nav.projects', roles: READERS },
  },
  {
    path: '/projects/:id/progress/new',
    name: 'project-report',
    component: () => import('./ProgressReportView.vue'),
    props: true,
    meta: { title: 'projects.report.title', roles: REPORTERS },
  },
]
