// The limit: Xiangli's JSON answers to the four shapes produced by Node + mysql2 straight from
// Xiangli's MariaDB tables, with no GraphQL, JPA or token check. POST /shape/<name> (the body is
// ignored). One worker per core (node:cluster), a pool of 10 connections each.
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import mysql from 'mysql2/promise';
import { bench } from './lib/env.mjs';
import { COUNTY, TOWNSHIP } from './shapes.mjs';

if (cluster.isPrimary) {
  for (let i = 0; i < availableParallelism(); i++) cluster.fork();
  let stopping = false;
  cluster.on('exit', (worker, code) => { if (!stopping) { console.error(`limit worker exited with ${code}`); process.exit(1); } });
  process.on('SIGTERM', () => { stopping = true; for (const worker of Object.values(cluster.workers)) worker.kill(); process.exit(0); });
  console.log(`limit server on http://127.0.0.1:${bench.limitPort}/shape/<name>, ${availableParallelism()} workers`);
} else {
  const db = mysql.createPool({ host: '127.0.0.1', user: 'root', database: bench.mysqlDb, connectionLimit: 10, timezone: 'Z' });
  const rows = async (sql, params) => (await db.query(sql, params))[0];
  const groupBy = (list, key) => list.reduce((m, r) => { (m[r[key]] ??= []).push(r); return m; }, {});
  const childrenOf = code => rows('SELECT c.id, c.code, c.name FROM region p JOIN region c ON c.parent_id = p.id AND c.retired_at IS NULL '
    + 'WHERE p.code = ? ORDER BY c.code', [code]);
  const childrenOfIds = async ids => ids.length ? groupBy(await rows('SELECT id, parent_id, code, name FROM region '
    + 'WHERE parent_id IN (?) AND retired_at IS NULL ORDER BY code', [ids]), 'parent_id') : {};

  const answers = {
    async villages() {
      const villages = await rows('SELECT c.code, c.name, c.population, c.households FROM region p JOIN region c '
        + 'ON c.parent_id = p.id AND c.retired_at IS NULL WHERE p.code = ? ORDER BY c.code LIMIT 20', [TOWNSHIP]);
      return { regions: { nodes: villages } };
    },
    async tree() {
      const townships = await childrenOf(COUNTY);
      const villages = await childrenOfIds(townships.map(t => t.id));
      return { region: { children: townships.map(t => ({ code: t.code, name: t.name,
        children: (villages[t.id] ?? []).map(v => ({ code: v.code, name: v.name })) })) } };
    },
    async projects() {
      const where = 'FROM project WHERE county_code = ? AND status IN (?)';
      const [[{ total }], nodes] = await Promise.all([
        rows(`SELECT COUNT(*) AS total ${where}`, [COUNTY, ['IN_PROGRESS']]),
        rows(`SELECT name, status, category, year, region_code AS ownerRegionCode, budget_total AS budgetTotal ${where} `
          + 'ORDER BY id DESC LIMIT 20', [COUNTY, ['IN_PROGRESS']])]);
      return { projects: { totalCount: total, nodes } };
    },
    async talents() {
      const townships = await childrenOf(COUNTY);
      const villages = await childrenOfIds(townships.map(t => t.id));
      const codes = Object.values(villages).flat().map(v => v.code);
      const talents = codes.length ? groupBy(await rows('SELECT region_code, birth_year AS birthYear, category, whereabouts, industry '
        + 'FROM talent WHERE region_code IN (?) ORDER BY name, id', [codes]), 'region_code') : {};
      return { region: { children: townships.map(t => ({ code: t.code,
        children: (villages[t.id] ?? []).map(v => ({ code: v.code,
          hometownTalents: (talents[v.code] ?? []).map(({ region_code, ...talent }) => talent) })) })) } };
    },
  };

  createServer(async (request, response) => {
    request.resume();
    const answer = answers[request.url.replace(/^\/shape\//, '')];
    try {
      if (!answer) { response.writeHead(404).end(); return; }
      const body = JSON.stringify({ data: await answer() });
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }).end(body);
    } catch (e) {
      console.error(e);
      response.writeHead(500).end();
    }
  }).listen(bench.limitPort, '127.0.0.1');
}
