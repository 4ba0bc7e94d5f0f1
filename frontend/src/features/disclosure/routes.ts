import type { RouteRecordRaw } from 'vue-router'

export const disclosureRoutes: RouteRecordRaw[] = [
  {
    path: '/public/:code',
    name: 'disclosure',
    component: () => import('./VillageDisclosureView.vue'),
    props: true,
    meta: { title: 'nav.disclosure', public: true },
  },
]
