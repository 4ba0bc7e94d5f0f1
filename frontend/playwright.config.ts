import { defineConfig, devices } from '@playwright/test'

// End-to-end tests against the real stack: the dashboard as the API serves it (or `npm run dev`),
// Keycloak's own login form, the backend, MariaDB and Mosquitto. Debian's Chromium; nothing downloads
// a browser. The backend's DashboardEndToEndTest runs these with XIANGLI_E2E_BASE_URL set.
const baseURL = process.env.XIANGLI_E2E_BASE_URL ?? 'http://127.0.0.1:8080'

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.XIANGLI_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1920, height: 1080 } } },
  ],
})
