import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import './meta'
import { hasRole, login, session } from '@/auth/session'
import { overviewRoutes } from '@/features/overview/routes'
import { regionRoutes } from '@/features/regions/routes'
import { poolRoutes } from '@/features/pool/routes'
import { projectRoutes } from '@/features/projects/routes'
import { talentRoutes } from '@/features/talents/routes'
import { eldercareRoutes } from '@/features/eldercare/routes'
import { auditRoutes } from '@/features/audit/routes'
import { disclosureRoutes } from '@/features/disclosure/routes'
import { hallRoutes } from '@/features/hall/routes'
import { explorerRoutes } from '@/features/explorer/routes'
import { governanceRoutes } from '@/features/governance/routes'

export const routes: RouteRecordRaw[] = [
  ...overviewRoutes,
  ...regionRoutes,
  ...poolRoutes,
  ...projectRoutes,
  ...talentRoutes,
  ...eldercareRoutes,
  ...governanceRoutes,
  ...auditRoutes,
  ...disclosureRoutes,
  ...hallRoutes,
  ...explorerRoutes,
  {
    path: '/forbidden',
    name: 'forbidden',
    component: () => import('@/views/ResultView.vue'),
    props: { kind: 'forbidden' },
    meta: { title: 'state.forbidden' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/ResultView.vue'),
    props: { kind: 'notFound' },
    meta: { title: 'state.notFound', public: true },
  },
]

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
})

router.beforeEach(async (to) => {
  if (to.meta.public) return true
  if (!session.authenticated) {
    if (session.identityError) return true // the layout explains; nothing to redirect to
    await login(to.fullPath)
    return false
  }
  if (to.meta.roles && !hasRole(...to.meta.roles)) {
    // the landing page of a role without the overview (grid workers, command centres) is its first menu entry
    const home = to.path === '/' ? menuRoutes().find((r) => r.meta?.menu?.landing !== false) : undefined
    if (home) return { path: home.path }
    return { name: 'forbidden', query: { from: to.fullPath } }
  }
  return true
})

/** The menu: routes the caller may open, in order. */
export function menuRoutes(): RouteRecordRaw[] {
  return routes
    .filter((r) => r.meta?.menu && !r.meta.public && (!r.meta.roles || hasRole(...r.meta.roles)))
    .sort((a, b) => (a.meta!.menu!.order ?? 0) - (b.meta!.menu!.order ?? 0))
}
