import { createApp } from 'vue'
import { createPinia } from 'pinia'
import urql from '@urql/vue'
import 'element-plus/theme-chalk/base.css'
import 'element-plus/theme-chalk/el-message.css'
import 'element-plus/theme-chalk/el-message-box.css'
import 'element-plus/theme-chalk/el-loading.css'
import './styles.css'
import App from './App.vue'
import { startSession } from './auth/session'
import { client } from './api/client'
import { i18n } from './i18n'

// Keycloak first: its redirect fragment must be read before the router sees the URL.
await startSession()
const { router } = await import('./router')

createApp(App).use(createPinia()).use(i18n).use(urql, client).use(router).mount('#app')
