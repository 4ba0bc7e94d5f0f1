/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import AutoImport from 'unplugin-auto-import/vite'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// The API the dev server proxies to (npm run dev); the built dashboard talks to its own origin.
const api = process.env.XIANGLI_API ?? 'http://127.0.0.1:8080'

export default defineConfig({
  // Where the dashboard is served from; "/" behind the API, another path behind another web server.
  base: process.env.XIANGLI_BASE ?? '/',
  plugins: [
    vue(),
    AutoImport({ resolvers: [ElementPlusResolver()], dts: false }),
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/files': { target: api, changeOrigin: false },
      '/api/': { target: api, changeOrigin: false },
      '/config.js': api,
    },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    manifest: true,
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        explorer: fileURLToPath(new URL('./explorer.html', import.meta.url)),
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    css: false,
    server: { deps: { inline: ['element-plus'] } },
  },
})
