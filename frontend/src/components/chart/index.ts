import { defineAsyncComponent } from 'vue'

/** The chart component, split into its own chunk with ECharts. */
export const LazyChart = defineAsyncComponent(() => import('./EChart.vue'))
