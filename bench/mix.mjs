// The dashboard's query mix (issue 12): the overview, a filtered project list, project details,
// village profiles, the talent search and the alert console, with the dashboard's own documents
// (read from frontend/src), sent at random by weight with wrk, at each concurrency, as a county
// admin (anji.admin: the generator gives its second county the code 330523) and as the platform
// admin. Per run: requests/s, p50/p95/p99, failed answers, SQL statements and rows read per request
// (MariaDB's user statistics of a database user only the benchmark's backend uses), the backend's
// CPU (cores busy) and peak resident memory, the load average. Writes docs/benchmarks/mix-<size>.csv,
// .svg and .json. Settings: BENCH_DURATION (s per run, 10), BENCH_CONNECTIONS ("1 8 32 128"),
// BENCH_WARMUP (s per user at 8 clients, 10), BENCH_USERS ("county platform"), BENCH_JAVA_OPTS.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { bench, mysqlArgs, startBackend, stopProcess, token } from './lib/env.mjs';
import { dashboardDocuments } from './lib/documents.mjs';
import { cpuSeconds, rss } from './lib/proc.mjs';
import { mixChart } from './lib/chart.mjs';

const env = (name, fallback) => process.env[name] || fallback;
const duration = Number(env('BENCH_DURATION', 10));
const connections = env('BENCH_CONNECTIONS', '1 8 32 128').split(/[ ,]+/).map(Number);
const warmup = Number(env('BENCH_WARMUP', 10));
const docs = path.join(bench.root, 'docs', 'benchmarks');
const dataset = JSON.parse(readFileSync(path.join(bench.out, 'dataset.json'), 'utf8'));
if (!dataset.adminCounty) throw new Error('the data set predates the elder-care rows and the county admin\'s county: bench/run.sh --regenerate');
const DB_USER = 'xiangli_bench';
// --views: each view's requests on their own at BENCH_VIEW_CLIENTS (4) clients for BENCH_DURATION s, p95 per view
// (with XIANGLI_FIGURES_FRESHNESS=0 in the environment the backend keeps no figure: every request computes its own)
const perView = process.argv.includes('--views');
const viewClients = Number(env('BENCH_VIEW_CLIENTS', 4));
const viewRuns = [];

async function timeViews(who, requests, documents, pid) {
  const byView = new Map();
  for (const r of requests) byView.set(r[0], [...(byView.get(r[0]) ?? []), r]);
  for (const [view, list] of byView) {
    const file = path.join(bench.out, 'bodies', `view-${who}-${view.replace(/\W+/g, '-')}.tsv`);
    writeFileSync(file, list.map(([, , operation, variables]) => `1\t${JSON.stringify({ query: documents.get(operation).text, variables })}`).join('\n') + '\n');
    const bearer = await token(users[who].user, 'demo');
    // the view's requests answered once first, one after the other, and timed: what the first visitor waits
    // for a figure nobody asked before (the mix's own views were answered once already, before the warm-up)
    const started = performance.now();
    for (const [, , operation, variables] of list) await answerOnce(who, view, documents, operation, variables, bearer);
    const first = performance.now() - started;
    const r = await wrk(file, bearer, viewClients, duration, pid);
    viewRuns.push({ user: who, view, documents: [...new Set(list.map(l => l[2]))].join(' '), first, ...r });
    console.log(`${who.padEnd(8)} ${view.padEnd(22)} first ${f(first)} ms; ${f(r.rps)} req/s, p50 ${f(r.p50, 1)} p95 ${f(r.p95, 1)} p99 ${f(r.p99, 1)} ms, `
      + `${f(r.statements, 2)} statements, ${f(r.rowsRead)} rows read per request, failed ${r.failed}, load ${f(r.load1, 1)}`);
  }
}

/** Sends one of the view's requests and fails the run on an HTTP or GraphQL error. */
async function answerOnce(who, view, documents, operation, variables, bearer) {
  const response = await fetch(`http://127.0.0.1:${bench.backendPort}/graphql`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query: documents.get(operation).text, variables }),
  });
  const answer = await response.json();
  if (!response.ok || answer.errors) throw new Error(`${who}: ${view} (${operation}) answered ${response.status} ${JSON.stringify(answer.errors ?? answer).slice(0, 400)}`);
}

const mysql = (sql, db = bench.mysqlDb) => {
  const r = spawnSync('mysql', [...mysqlArgs(db), '-B', '-N', '-e', sql], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mysql: ${r.stderr}`);
  return r.stdout.trim().split('\n').filter(Boolean).map(l => l.split('\t'));
};
const globalId = (type, id) => Buffer.from(`${type}:${id}`).toString('base64url');

/** Who sends the mix: the county admin over their county, the platform admin over everything. */
const users = {
  county: { user: 'anji.admin', within: dataset.adminCounty },
  platform: { user: 'platform.admin', within: null },
};

/**
 * The mix: [view, weight, dashboard document, variables]. A view's requests are what the dashboard
 * sends when it opens (the overview's blocks each ask on their own); details and profiles rotate over
 * 20 projects and 20 villages of the county admin's county.
 */
function mix(within) {
  const county = dataset.adminCounty;
  const projects = mysql(`SELECT id FROM project WHERE county_code = '${county}' ORDER BY id DESC LIMIT 20`).map(r => globalId('Project', r[0]));
  const villages = mysql(`SELECT code FROM region WHERE level = 'VILLAGE' AND code LIKE '${county}%' ORDER BY id LIMIT 20`).map(r => r[0]);
  const each = (list, make) => list.map(make);
  return [
    ['overview', 2, 'OverviewProjectStatus', { within }],
    ['overview', 1, 'OverviewProjectStats', { groupBy: 'TOWNSHIP', within }],
    ['overview', 1, 'OverviewTalentTotals', { within }],
    ['overview', 1, 'OverviewAlerts', { within }],
    ['overview', 1, 'OverviewOverdueProjects', { within }],
    ['project list', 6, 'ProjectList', { filter: { within, statuses: ['IN_PROGRESS'] }, first: 20 }],
    ...each(projects, id => ['project detail', 0.2, 'ProjectDetail', { id }]),
    ...each(villages, code => ['village profile', 0.1, 'RegionProfile', { code }]),
    ...each(villages, code => ['village profile', 0.1, 'RegionProjectList', { code }]),
    ...each(villages, code => ['village profile', 0.1, 'RegionTalentList', { code }]),
    ['talent search', 3, 'TalentSearch', { query: '乡贤', filter: { within }, first: 20 }],
    ['alert console', 3, 'ConsoleAlerts', { filter: within ? { within } : {} }],
  ];
}

/** Views outside the mix, timed one by one with --views (with the mix's views). */
function moreViews(within) {
  const county = dataset.adminCounty;
  return [
    ['region tree', 1, 'RegionTreeChildren', { code: county }],
    ['project totals by year', 1, 'ProjectTotals', { filter: { within } }],
    ['talent list', 1, 'TalentList', { filter: { within }, orderBy: 'NAME_ASC', first: 20 }],
    ['talent totals', 1, 'TalentTotals', { within }],
    ['elders', 1, 'EldersPage', { filter: within ? { within } : {}, first: 20 }],
    ['elders at risk', 1, 'RegionEldersAtRisk', { code: county }],
    ['alert KPIs', 1, 'AlertKpis', { within }],
    // the generator raises its alerts from 2025-06-01 to 2025-11-28, outside the default 30 days before now
    ['alert KPIs, 30 days of alerts', 1, 'AlertKpis', { within, from: '2025-10-29T00:00:00Z', to: '2025-11-28T00:00:00Z' }],
    ['alert KPIs, 180 days of alerts', 1, 'AlertKpis', { within, from: '2025-06-01T00:00:00Z', to: '2025-11-28T00:00:00Z' }],
  ];
}

function userStats() {
  const [row] = mysql(`SELECT SELECT_COMMANDS, UPDATE_COMMANDS, OTHER_COMMANDS, ROWS_READ FROM information_schema.USER_STATISTICS WHERE USER = '${DB_USER}'`, '');
  const [select, update, other, rows] = (row ?? [0, 0, 0, 0]).map(Number);
  return { statements: select + update + other, rows };
}

async function wrk(bodies, bearer, conns, seconds, pid) {
  const cpu0 = cpuSeconds(pid), stats0 = userStats();
  let peak = rss(pid);
  const sampler = setInterval(() => { peak = Math.max(peak, rss(pid)); }, 250);
  const out = await new Promise((resolve, reject) => {
    const child = spawn('wrk', ['-t', String(Math.min(2, conns)), '-c', String(conns), '-d', `${seconds}s`, '--timeout', '10s',
      '-s', path.join(bench.dir, 'mix.lua'), `http://127.0.0.1:${bench.backendPort}/graphql`], { env: { ...process.env, BODIES_FILE: bodies, TOKEN: bearer } });
    let text = '';
    child.stdout.on('data', d => { text += d; });
    child.stderr.on('data', d => { text += d; });
    child.on('exit', code => code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}: ${text}`)));
  });
  clearInterval(sampler);
  const stats = userStats();
  const m = /RESULT requests=(\d+) duration_us=(\d+) p50_us=(\d+) p95_us=(\d+) p99_us=(\d+) errors=(\d+) non2xx=(\d+)/.exec(out);
  if (!m) throw new Error(`no RESULT line from wrk: ${out}`);
  const [requests, us, p50, p95, p99, errors, failed] = m.slice(1).map(Number);
  return { requests, rps: requests / (us / 1e6), p50: p50 / 1000, p95: p95 / 1000, p99: p99 / 1000, errors, failed,
    statements: (stats.statements - stats0.statements) / requests, rowsRead: (stats.rows - stats0.rows) / requests,
    cpu: (cpuSeconds(pid) - cpu0) / (us / 1e6), rss: Math.max(peak, rss(pid)), load1: loadavg()[0] };
}

const f = (v, d = 0) => Number.isFinite(v) ? v.toFixed(d) : '-';

async function main() {
  if (spawnSync('wrk', ['-v']).error) throw new Error('wrk is not installed: apt-get install -y wrk');
  // a database user of its own, so the server's per-user statistics count the benchmark's statements only
  const userstatBefore = mysql("SELECT @@userstat", '')[0][0];
  mysql(`CREATE USER IF NOT EXISTS '${DB_USER}'@'%'; GRANT ALL ON \`xiangli\\_%\`.* TO '${DB_USER}'@'%'; SET GLOBAL userstat = 1`, '');
  const documents = dashboardDocuments();
  mkdirSync(path.join(bench.out, 'bodies'), { recursive: true });
  mkdirSync(docs, { recursive: true });
  const selectedUsers = env('BENCH_USERS', 'county platform').split(/[ ,]+/);
  const load0 = loadavg();
  console.log(`data set: ${dataset.size}; machine: ${cpus().length} cores (${cpus()[0].model}), load average ${load0.map(l => l.toFixed(2)).join(' ')}`);
  const backend = await startBackend({ port: bench.backendPort, log: path.join(bench.out, 'mix-backend.log'), env: { XIANGLI_DB_USER: DB_USER } });
  const runs = [];
  const views = {};
  try {
    const rssIdle = rss(backend.pid);
    for (const who of selectedUsers) {
      const { user, within } = users[who];
      const requests = mix(within);
      views[who] = requests.map(([view, weight, operation, variables]) => ({ view, weight, operation, variables }));
      const bodies = path.join(bench.out, 'bodies', `mix-${who}.tsv`);
      writeFileSync(bodies, requests.map(([, weight, operation, variables]) => {
        const document = documents.get(operation);
        if (!document) throw new Error(`the dashboard has no document ${operation}`);
        return `${Math.round(weight * 10)}\t${JSON.stringify({ query: document.text, variables })}`;
      }).join('\n') + '\n');
      // every request answers without errors before any timing
      const bearer = await token(user, 'demo');
      for (const [view, , operation, variables] of requests) await answerOnce(who, view, documents, operation, variables, bearer);
      if (warmup > 0) await wrk(bodies, bearer, 8, warmup, backend.pid);
      if (perView) {
        await timeViews(who, [...requests, ...moreViews(within)], documents, backend.pid);
        continue;
      }
      for (const conns of connections) {
        const r = await wrk(bodies, await token(user, 'demo'), conns, duration, backend.pid);
        runs.push({ user: who, connections: conns, ...r });
        console.log(`${who.padEnd(8)} ${String(conns).padStart(3)} clients: ${f(r.rps)} req/s, p50 ${f(r.p50, 1)} p95 ${f(r.p95, 1)} p99 ${f(r.p99, 1)} ms, `
          + `${f(r.statements, 2)} statements and ${f(r.rowsRead)} rows read per request, ${f(r.cpu, 2)} cores, ${f(r.rss)} MiB, load ${f(r.load1, 1)}`);
      }
    }
    const loadAfter = loadavg();
    if (perView) {
      console.log(`\n| view (documents) | user | first answer ms | req/s | p50 ms | p95 ms | p99 ms | SQL statements / request | rows read / request | failed |`);
      console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
      for (const r of viewRuns) {
        console.log(`| ${r.view} (${r.documents}) | ${users[r.user].user} | ${f(r.first)} | ${f(r.rps)} | ${f(r.p50, 1)} | ${f(r.p95, 1)} | ${f(r.p99, 1)} | ${f(r.statements, 2)} | ${f(r.rowsRead)} | ${r.failed} |`);
      }
      const stamp = `views-${dataset.size}`;
      writeFileSync(path.join(docs, `${stamp}.csv`), ['view,documents,user,clients,first_answer_ms,requests_per_s,p50_ms,p95_ms,p99_ms,sql_statements_per_request,rows_read_per_request,failed_answers,load1',
        ...viewRuns.map(r => [r.view, r.documents, users[r.user].user, viewClients, f(r.first, 1), f(r.rps, 1), f(r.p50, 2), f(r.p95, 2), f(r.p99, 2), f(r.statements, 2),
          f(r.rowsRead, 1), r.failed, f(r.load1, 2)].join(','))].join('\n') + '\n');
      console.log(`\nload average ${load0.map(l => l.toFixed(2)).join(' ')} before, ${loadAfter.map(l => l.toFixed(2)).join(' ')} after; wrote docs/benchmarks/${stamp}.csv`);
      return;
    }
    console.log('\n| user | clients | req/s | p50 ms | p95 ms | p99 ms | SQL statements / request | rows read / request | backend CPU (cores) | peak RSS MiB | failed answers | socket errors | load (1 min) |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of runs) {
      console.log(`| ${users[r.user].user} | ${r.connections} | ${f(r.rps)} | ${f(r.p50, 1)} | ${f(r.p95, 1)} | ${f(r.p99, 1)} | ${f(r.statements, 2)} | ${f(r.rowsRead)} | `
        + `${f(r.cpu, 2)} | ${f(r.rss)} | ${r.failed} | ${r.errors} | ${f(r.load1, 1)} |`);
    }
    console.log(`\nBackend RSS idle after start ${f(rssIdle)} MiB (${bench.javaOpts}); load average ${load0.map(l => l.toFixed(2)).join(' ')} before, ${loadAfter.map(l => l.toFixed(2)).join(' ')} after`);
    const stamp = `mix-${dataset.size}`;
    const header = ['user', 'connections', 'requests_per_s', 'p50_ms', 'p95_ms', 'p99_ms', 'sql_statements_per_request', 'rows_read_per_request',
      'cpu_cores', 'rss_mib', 'failed_answers', 'socket_errors', 'load1'];
    writeFileSync(path.join(docs, `${stamp}.csv`), [header.join(','), ...runs.map(r => [users[r.user].user, r.connections, f(r.rps, 1), f(r.p50, 2),
      f(r.p95, 2), f(r.p99, 2), f(r.statements, 2), f(r.rowsRead, 1), f(r.cpu, 2), f(r.rss), r.failed, r.errors, f(r.load1, 2)].join(','))].join('\n') + '\n');
    writeFileSync(path.join(docs, `${stamp}.svg`), mixChart(runs, Object.fromEntries(selectedUsers.map(u => [u, users[u].user])), connections,
      `Dashboard query mix, ${dataset.size} size: requests/s and p95 (${duration} s per run)`));
    writeFileSync(path.join(docs, `${stamp}.json`), JSON.stringify({ started: new Date().toISOString(), dataset, duration, connections, warmup,
      javaOpts: bench.javaOpts, machine: { cores: cpus().length, model: cpus()[0].model }, loadBefore: load0, loadAfter, rssIdle, views, runs }, null, 2));
    console.log(`wrote docs/benchmarks/${stamp}.csv, ${stamp}.svg, ${stamp}.json`);
  } finally {
    await stopProcess(backend);
    mysql(`SET GLOBAL userstat = ${userstatBefore === '1' || userstatBefore === 'ON' ? 1 : 0}`, '');
  }
}

await main();
