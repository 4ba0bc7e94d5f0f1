// Issue 12's side-by-side run: starts the packaged backend, PostGraphile and the limit server on the
// generated data, checks that the four shapes return the same rows from all three, then runs wrk at
// each concurrency in interleaved rounds and prints the table; CSVs and an SVG chart go to docs/benchmarks/.
// Settings (environment): BENCH_DURATION (s per wrk run, 5), BENCH_ROUNDS (3), BENCH_CONNECTIONS
// ("1 8 32 128"), BENCH_WARMUP (s per shape and server, 10), BENCH_JAVA_OPTS, BENCH_SHAPES (names).
// --check: start, check the rows, stop.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import path from 'node:path';
import { bench, startBackend, stopProcess, token, waitReady } from './lib/env.mjs';
import { shapes, countRows } from './shapes.mjs';
import { chart } from './lib/chart.mjs';
import { cpuSeconds, rss } from './lib/proc.mjs';

const env = (name, fallback) => process.env[name] || fallback;
const duration = Number(env('BENCH_DURATION', 5));
const rounds = Number(env('BENCH_ROUNDS', 3));
const connections = env('BENCH_CONNECTIONS', '1 8 32 128').split(/[ ,]+/).map(Number);
const warmup = Number(env('BENCH_WARMUP', 10));
const only = env('BENCH_SHAPES', '').split(/[ ,]+/).filter(Boolean);
const selected = only.length ? shapes.filter(s => only.includes(s.name)) : shapes;
const docs = path.join(bench.root, 'docs', 'benchmarks');
const dataset = JSON.parse(readFileSync(path.join(bench.out, 'dataset.json'), 'utf8'));

const systems = {
  xiangli: { url: `http://127.0.0.1:${bench.backendPort}/graphql`, token: true },
  postgraphile: { url: `http://127.0.0.1:${bench.postgraphilePort}/graphql` },
  limit: { url: shape => `http://127.0.0.1:${bench.limitPort}/shape/${shape.name}` },
};
const urlOf = (system, shape) => typeof systems[system].url === 'function' ? systems[system].url(shape) : systems[system].url;
const bodyOf = (system, shape) => JSON.stringify({ query: system === 'postgraphile' ? shape.postgraphile : shape.xiangli });

function startNode(script, port, log) {
  const out = openSync(log, 'w');
  const child = spawn(process.execPath, [path.join(bench.dir, script)], {
    stdio: ['ignore', out, out], env: { ...process.env, NODE_ENV: 'production' },
  });
  // any answer on / (404 from both) means it listens
  return waitReady(`http://127.0.0.1:${port}/`, child, log, 60, () => true).then(() => child);
}

async function post(system, shape, bearer) {
  const response = await fetch(urlOf(system, shape), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(systems[system].token ? { Authorization: `Bearer ${bearer}` } : {}) },
    body: bodyOf(system, shape),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${system} answered ${response.status} to ${shape.name}: ${text.slice(0, 500)}`);
  const json = JSON.parse(text);
  if (json.errors) throw new Error(`${system} answered errors to ${shape.name}: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json.data;
}

/** Same rows from all three, before any timing: PostGraphile's rows equal Xiangli's, the limit's JSON is Xiangli's. */
async function check() {
  const bearer = await token();
  for (const shape of selected) {
    const xiangli = await post('xiangli', shape, bearer);
    const peer = await post('postgraphile', shape, bearer);
    const limit = await post('limit', shape, bearer);
    const ours = JSON.stringify(shape.rows.xiangli(xiangli));
    if (ours !== JSON.stringify(shape.rows.postgraphile(peer))) {
      throw new Error(`${shape.name}: PostGraphile's rows differ from Xiangli's\nXiangli: ${ours.slice(0, 400)}\n`
        + `PostGraphile: ${JSON.stringify(shape.rows.postgraphile(peer)).slice(0, 400)}`);
    }
    if (JSON.stringify(xiangli) !== JSON.stringify(limit)) {
      throw new Error(`${shape.name}: the limit's answer differs from Xiangli's\nXiangli: ${JSON.stringify(xiangli).slice(0, 400)}\n`
        + `limit: ${JSON.stringify(limit).slice(0, 400)}`);
    }
    shape.rowCount = countRows(shape.rows.xiangli(xiangli));
    shape.bytes = { xiangli: JSON.stringify({ data: xiangli }).length, postgraphile: JSON.stringify({ data: peer }).length };
    console.log(`check ${shape.name.padEnd(9)} same rows from all three: ${shape.rowCount} rows (${shape.title})`);
  }
}

async function settle(system, shape, bearer) {
  for (let attempt = 1; ; attempt++) {
    try { return await post(system, shape, bearer); } catch (e) {
      if (attempt === 60) throw e;
      await new Promise(r => setTimeout(r, 1000));
    }
  }
}

async function wrk(system, shape, conns, seconds, pid) {
  const bodyFile = path.join(bench.out, 'bodies', `${system}-${shape.name}.json`);
  const bearer = systems[system].token ? await token() : '';
  // settle: one answer first, so a backlog the previous run left (its clients gone) is not timed here
  await settle(system, shape, bearer);
  const cpu0 = cpuSeconds(pid);
  let peak = rss(pid);
  const sampler = setInterval(() => { peak = Math.max(peak, rss(pid)); }, 250);
  const result = await new Promise((resolve, reject) => {
    const child = spawn('wrk', ['-t', String(Math.min(2, conns)), '-c', String(conns), '-d', `${seconds}s`, '--timeout', '10s',
      '-s', path.join(bench.dir, 'post.lua'), urlOf(system, shape)], { env: { ...process.env, BODY_FILE: bodyFile, TOKEN: bearer } });
    let out = '';
    child.stdout.on('data', d => { out += d; });
    child.stderr.on('data', d => { out += d; });
    child.on('exit', code => code === 0 ? resolve(out) : reject(new Error(`wrk exited with ${code}: ${out}`)));
  });
  clearInterval(sampler);
  peak = Math.max(peak, rss(pid));
  const m = /RESULT requests=(\d+) duration_us=(\d+) p50_us=(\d+) p99_us=(\d+) errors=(\d+) non2xx=(\d+)/.exec(result);
  if (!m) throw new Error(`no RESULT line from wrk: ${result}`);
  const [requests, us, p50, p99, errors, non2xx] = m.slice(1).map(Number);
  return { rps: requests / (us / 1e6), p50: p50 / 1000, p99: p99 / 1000, errors, failed: non2xx, rss: peak, cpu: (cpuSeconds(pid) - cpu0) / (us / 1e6) };
}

const median = values => { const s = [...values].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const f = (v, d = 0) => Number.isFinite(v) ? v.toFixed(d) : '-';

async function main() {
  if (spawnSync('wrk', ['-v']).error) throw new Error('wrk is not installed: apt-get install -y wrk');
  mkdirSync(path.join(bench.out, 'bodies'), { recursive: true });
  mkdirSync(docs, { recursive: true });
  for (const system of Object.keys(systems)) for (const shape of selected) writeFileSync(path.join(bench.out, 'bodies', `${system}-${shape.name}.json`), bodyOf(system, shape));

  const load0 = loadavg();
  console.log(`data set: ${dataset.size} (${['counties', 'townships', 'villages', 'projects', 'movements', 'talents'].map(k => `${dataset[k]} ${k}`).join(', ')})`);
  console.log(`machine: ${cpus().length} cores (${cpus()[0].model}), load average before start ${load0.map(l => l.toFixed(2)).join(' ')}`);
  console.log(`starting the backend (${bench.javaOpts}), PostGraphile and the limit server ...`);
  const processes = {};
  try {
    const [backend, peer, limit] = await Promise.all([
      startBackend({ port: bench.backendPort, log: path.join(bench.out, 'backend.log') }),
      startNode('postgraphile-peer.mjs', bench.postgraphilePort, path.join(bench.out, 'postgraphile.log')),
      startNode('limit-server.mjs', bench.limitPort, path.join(bench.out, 'limit.log')),
    ]);
    Object.assign(processes, { xiangli: backend, postgraphile: peer, limit });
    await check();
    if (process.argv.includes('--check')) return;
    const rssIdle = Object.fromEntries(Object.entries(processes).map(([s, p]) => [s, rss(p.pid)]));

    console.log(`warm-up: ${warmup} s per shape and server at 8 connections`);
    for (const shape of selected) for (const system of Object.keys(systems)) if (warmup > 0) await wrk(system, shape, 8, warmup, processes[system].pid);

    const runs = [];
    const started = new Date();
    for (let round = 1; round <= rounds; round++) {
      for (const conns of connections) {
        for (const shape of selected) {
          for (const system of Object.keys(systems)) {
            const r = await wrk(system, shape, conns, duration, processes[system].pid);
            runs.push({ round, shape: shape.name, system, connections: conns, ...r, load1: loadavg()[0] });
            process.stderr.write(`\rround ${round}/${rounds} ${String(conns).padStart(3)} conns ${shape.name.padEnd(9)} ${system.padEnd(12)} ${f(r.rps).padStart(6)} req/s   `);
          }
        }
      }
    }
    process.stderr.write('\n');
    const loadAfter = loadavg();

    const summary = [];
    for (const shape of selected) {
      for (const conns of connections) {
        const row = { shape: shape.name, rows: shape.rowCount, connections: conns };
        for (const system of Object.keys(systems)) {
          const mine = runs.filter(r => r.shape === shape.name && r.system === system && r.connections === conns);
          row[system] = { rps: median(mine.map(r => r.rps)), p50: median(mine.map(r => r.p50)), p99: median(mine.map(r => r.p99)),
            rss: Math.max(...mine.map(r => r.rss)), cpu: median(mine.map(r => r.cpu)), errors: mine.reduce((s, r) => s + r.errors, 0),
            failed: mine.reduce((s, r) => s + r.failed, 0) };
        }
        row.vsPeer = row.xiangli.rps / row.postgraphile.rps;
        row.vsLimit = row.xiangli.rps / row.limit.rps;
        summary.push(row);
      }
    }

    const peakRss = Object.fromEntries(Object.keys(systems).map(s => [s, Math.max(...runs.filter(r => r.system === s).map(r => r.rss))]));
    console.log(`\n## Issue 12 shapes, ${dataset.size} size, ${started.toISOString()} — median of ${rounds} interleaved rounds, ${duration} s per wrk run\n`);
    console.log('| shape | rows | conns | Xiangli req/s | PostGraphile req/s | limit req/s | Xiangli ÷ PostGraphile | Xiangli ÷ limit | Xiangli p50 / p99 ms | PostGraphile p50 / p99 ms | limit p50 / p99 ms | Xiangli CPU cores | failed answers X / PG / L | socket errors, timeouts X / PG / L |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of summary) {
      const lat = s => `${f(r[s].p50, 1)} / ${f(r[s].p99, 1)}`;
      console.log(`| ${r.shape} | ${r.rows} | ${r.connections} | ${f(r.xiangli.rps)} | ${f(r.postgraphile.rps)} | ${f(r.limit.rps)} | `
        + `${f(r.vsPeer, 2)} | ${f(r.vsLimit, 2)} | ${lat('xiangli')} | ${lat('postgraphile')} | ${lat('limit')} | ${f(r.xiangli.cpu, 2)} | `
        + `${r.xiangli.failed} / ${r.postgraphile.failed} / ${r.limit.failed} | ${r.xiangli.errors} / ${r.postgraphile.errors} / ${r.limit.errors} |`);
    }
    console.log(`\nResident memory (MiB), idle after start → peak under load: Xiangli ${f(rssIdle.xiangli)} → ${f(peakRss.xiangli)} (${bench.javaOpts}); `
      + `PostGraphile ${f(rssIdle.postgraphile)} → ${f(peakRss.postgraphile)} (one Node process); limit ${f(rssIdle.limit)} → ${f(peakRss.limit)} (${cpus().length} workers + primary)`);
    console.log(`Load average: ${load0.map(l => l.toFixed(2)).join(' ')} before start, ${loadAfter.map(l => l.toFixed(2)).join(' ')} at the end`);

    const stamp = `shapes-${dataset.size}`;
    const csv = (header, lines) => [header.join(','), ...lines.map(l => l.join(','))].join('\n') + '\n';
    writeFileSync(path.join(docs, `${stamp}-runs.csv`), csv(['round', 'shape', 'system', 'connections', 'requests_per_s', 'p50_ms', 'p99_ms', 'failed_answers', 'socket_errors', 'rss_mib', 'cpu_cores', 'load1'],
      runs.map(r => [r.round, r.shape, r.system, r.connections, f(r.rps, 1), f(r.p50, 2), f(r.p99, 2), r.failed, r.errors, f(r.rss), f(r.cpu, 2), f(r.load1, 2)])));
    writeFileSync(path.join(docs, `${stamp}.csv`), csv(['shape', 'rows', 'connections',
      ...Object.keys(systems).flatMap(s => [`${s}_rps`, `${s}_p50_ms`, `${s}_p99_ms`, `${s}_rss_mib`, `${s}_cpu_cores`, `${s}_failed`, `${s}_socket_errors`]), 'xiangli_vs_postgraphile', 'xiangli_vs_limit'],
      summary.map(r => [r.shape, r.rows, r.connections, ...Object.keys(systems).flatMap(s => [f(r[s].rps, 1), f(r[s].p50, 2), f(r[s].p99, 2), f(r[s].rss), f(r[s].cpu, 2), r[s].failed, r[s].errors]),
        f(r.vsPeer, 3), f(r.vsLimit, 3)])));
    writeFileSync(path.join(docs, `${stamp}.svg`), chart(summary, selected, connections, `Issue 12 shapes, ${dataset.size} size: requests/s (median of ${rounds} rounds)`));
    writeFileSync(path.join(docs, `${stamp}.json`), JSON.stringify({ started, dataset, duration, rounds, connections, javaOpts: bench.javaOpts,
      loadBefore: load0, loadAfter, rssIdle, peakRss, shapes: selected.map(s => ({ name: s.name, title: s.title, rows: s.rowCount, bytes: s.bytes,
        xiangli: s.xiangli, postgraphile: s.postgraphile })) }, null, 2));
    console.log(`\nwrote docs/benchmarks/${stamp}.csv, ${stamp}-runs.csv, ${stamp}.svg, ${stamp}.json`);
  } finally {
    for (const child of Object.values(processes)) await stopProcess(child);
  }
}

await main();
