import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '@/auth/session'

const READERS: Role[] = ['platform-admin', 'county-admin', 'township-admin', 'village-official', 'supervisor']
const REPORTERS: Role[] = ['platform-admin', 'county-admin', 'township-admin', 'village-official']
/** Who keeps the county's milestone templates (setMilestoneTemplate). */
const TEMPLATE_KEEPERS: Role[] = ['platform-admin', 'county-admin']

export const projectRoutes: RouteRecordRaw[] = [
  {
    path: '/projects',
    name: 'projects',
    component: () => import('./ProjectsView.vue'),
    meta: { title: 'nav.projects', roles: READERS, menu: { order: 40, icon: 'Files' } },
  },
  {
    path: '/projects/templates',
    name: 'milestone-templates',
    component: () => import('./MilestoneTemplatesView.vue'),
    meta: { title: 'nav.milestoneTemplates', roles: TEMPLATE_KEEPERS, menu: { order: 45, icon: 'Guide' } },
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
