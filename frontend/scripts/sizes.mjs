// Prints the gzipped JavaScript each entry loads first (its own chunk and the static imports it
// pulls in), and fails the build above the budgets: 300 KB for the dashboard's first view,
// 250 KB for the public village page.
import { readFileSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

const dist = new URL('../dist/', import.meta.url).pathname
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))
const gz = (file) => gzipSync(readFileSync(join(dist, file))).length

function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen
  seen.add(key)
  for (const imp of manifest[key].imports ?? []) closure(imp, seen)
  return seen
}
function jsOf(keys) {
  return [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'))
}
function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`
}
function report(label, keys, budget) {
  const files = jsOf(keys)
  const total = files.reduce((s, f) => s + gz(f), 0)
  const ok = total <= budget * 1024
  console.log(`${ok ? 'ok  ' : 'OVER'} ${label}: ${kb(total)} gzipped JS (budget ${budget} KB, ${files.length} files)`)
  return ok
}

const entry = Object.keys(manifest).find((k) => k === 'index.html')
const dynamicOf = (name) => Object.keys(manifest).find((k) => k.includes(name))
const first = closure(entry)
// the router is imported once the session has started: part of every first view
for (const dyn of manifest[entry].dynamicImports ?? []) if (dyn.includes('router')) closure(dyn, first)
const overview = dynamicOf('features/overview/OverviewView.vue')
const publicPage = dynamicOf('features/disclosure/VillageDisclosureView.vue')
let ok = report('first view (shell + overview)', closure(overview, new Set(first)), 300)
ok = report('public village page', closure(publicPage, new Set(first)), 250) && ok
const hallPage = dynamicOf('features/hall/TalentHallView.vue')
ok = report('public talent hall (乡贤馆)', closure(hallPage, new Set(first)), 250) && ok

const all = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'))
const largest = all.map((f) => [f, gz(`assets/${f}`)]).sort((a, b) => b[1] - a[1]).slice(0, 6)
console.log('largest chunks:', largest.map(([f, s]) => `${f} ${kb(s)}`).join(', '))
if (!ok) process.exit(1)
