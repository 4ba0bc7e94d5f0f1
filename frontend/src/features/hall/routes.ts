import type { RouteRecordRaw } from 'vue-router'

export const hallRoutes: RouteRecordRaw[] = [
  {
    path: '/public/hall/:code',
    name: 'talent-hall',
    component: () => import('./TalentHallView.vue'),
    props: true,
    meta: { title: 'hall.title', publicHeader: 'hall.title', public: true },
  },
]
