// Every list filter and sort the dashboard uses, checked against the indexes: starts the packaged
// backend on the benchmark database with Connector/J's profileSQL (the log then holds each statement
// as the server receives it, values bound), sends each list through the API as the dashboard does,
// and runs each SELECT it sent again under MariaDB's ANALYZE: per table the index used, the rows the
// optimizer expected (rows) and the rows actually read (r_rows), and the Extra column (filesort).
// The benchmark data has no pool applications, matters, audit entries or grids: --fixtures adds some
// (SQL, only into empty tables). Usage: node explain.mjs [--fixtures] [--only=name,…] [--out=file.json];
// node explain.mjs --table=before.json,after.json prints the Markdown table of docs/performance.md.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { bench, mysqlArgs, mysqlUrl, startBackend, stopProcess, token } from './lib/env.mjs';
import { dashboardDocuments } from './lib/documents.mjs';

const args = Object.fromEntries(process.argv.slice(2).map(a => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? true]));
const dataset = JSON.parse(readFileSync(path.join(bench.out, 'dataset.json'), 'utf8'));
if (!dataset.adminCounty) throw new Error('the data set predates the elder-care rows and the county admin\'s county: bench/run.sh --regenerate');
const C = dataset.adminCounty, T = `${C}100`, V = `${C}100200`;
const docs = dashboardDocuments();
const ADMIN = 'platform.admin', COUNTY = 'anji.admin';

// name, user, dashboard document, variables
export const lists = [
  ['projects of a county, newest first', COUNTY, 'ProjectList', { filter: { within: C }, first: 20 }],
  ['projects of a county by status', COUNTY, 'ProjectList', { filter: { within: C, statuses: ['IN_PROGRESS'] }, first: 20 }],
  ['projects of a county by status, oldest first', COUNTY, 'ProjectList', { filter: { within: C, statuses: ['IN_PROGRESS'] }, orderBy: 'OLDEST_FIRST', first: 20 }],
  ['projects of a county by two statuses', COUNTY, 'ProjectList', { filter: { within: C, statuses: ['APPROVED', 'IN_PROGRESS'] }, first: 20 }],
  ['projects of a county by category', COUNTY, 'ProjectList', { filter: { within: C, categories: ['DIGITAL'] }, first: 20 }],
  ['projects of a county by year', COUNTY, 'ProjectList', { filter: { within: C, year: 2024 }, first: 20 }],
  ['projects of a county by name', COUNTY, 'ProjectList', { filter: { within: C }, orderBy: 'NAME_ASC', first: 20 }],
  ['projects of a county, name contains', COUNTY, 'ProjectList', { filter: { within: C, nameContains: '00123' }, first: 20 }],
  ['projects of a county, overdue', COUNTY, 'ProjectList', { filter: { within: C, overdue: true }, first: 20 }],
  ['projects of a township by status', COUNTY, 'ProjectList', { filter: { within: T, statuses: ['COMPLETED'] }, first: 20 }],
  ['projects of a village', COUNTY, 'ProjectList', { filter: { within: V }, first: 20 }],
  ['projects, all counties, by status', ADMIN, 'ProjectList', { filter: { statuses: ['IN_PROGRESS'] }, first: 20 }],
  ['projects, all counties', ADMIN, 'ProjectList', { filter: {}, first: 20 }],
  ['project totals of a county by year', COUNTY, 'ProjectTotals', { filter: { within: C } }],
  ['overview: status counts', COUNTY, 'OverviewProjectStatus', { within: C }],
  ['overview: overdue projects', COUNTY, 'OverviewOverdueProjects', { within: C }],
  ['overview: figures by township', COUNTY, 'OverviewProjectStats', { groupBy: 'TOWNSHIP', within: C }],
  ['village profile: projects', COUNTY, 'RegionProjectList', { code: V }],
  ['village profile: talents', COUNTY, 'RegionTalentList', { code: V }],
  ['talents of a county by name', COUNTY, 'TalentList', { filter: { within: C }, orderBy: 'NAME_ASC', first: 20 }],
  ['talents of a county, recently changed', COUNTY, 'TalentList', { filter: { within: C }, orderBy: 'UPDATED_DESC', first: 20 }],
  ['talents of a county by category', COUNTY, 'TalentList', { filter: { within: C, categories: ['ENTREPRENEUR'] }, orderBy: 'NAME_ASC', first: 20 }],
  ['talents of a county by whereabouts', COUNTY, 'TalentList', { filter: { within: C, whereabouts: ['RETURNED'] }, orderBy: 'NAME_ASC', first: 20 }],
  ['talents of a county by industry', COUNTY, 'TalentList', { filter: { within: C, industry: '教育' }, orderBy: 'NAME_ASC', first: 20 }],
  ['talents, all counties, by name', ADMIN, 'TalentList', { filter: {}, orderBy: 'NAME_ASC', first: 20 }],
  ['talent search in a county', COUNTY, 'TalentSearch', { query: '乡贤', filter: { within: C }, first: 20 }],
  ['elders of a county', ADMIN, 'EldersPage', { filter: { within: C }, first: 20 }],
  ['elders of a county by risk', ADMIN, 'EldersPage', { filter: { within: C, riskLevels: ['HIGH'] }, first: 20 }],
  ['elders of a county by living situation', ADMIN, 'EldersPage', { filter: { within: C, livingSituations: ['ALONE'] }, first: 20 }],
  ['alert console of a county', ADMIN, 'ConsoleAlerts', { filter: { within: C } }],
  ['alert console, all counties', ADMIN, 'ConsoleAlerts', { filter: {} }],
  ['overview: alerts', ADMIN, 'OverviewAlerts', { within: C }],
  ['pool applications of a county', COUNTY, 'PoolApplications', { filter: { within: C }, first: 20 }],
  ['pool applications of a round by status', COUNTY, 'PoolApplications', { filter: { roundId: 'ROUND', within: C, statuses: ['SUBMITTED'] }, first: 20 }],
  ['pool stage counts of a round', COUNTY, 'PoolStageCounts', { roundId: 'ROUND', within: C }],
  ['matter board of a county', ADMIN, 'MatterBoard', { filter: { within: C }, first: 50 }],
  ['matter board of a township', ADMIN, 'MatterBoard', { filter: { within: T }, first: 50 }],
  // a county admin's views (issue 12: each under 200 ms at province size), as that admin sends them
  ['county: alert console', COUNTY, 'ConsoleAlerts', { filter: { within: C } }],
  ['county: region tree', COUNTY, 'RegionTreeChildren', { code: C }],
  ['county: alert KPIs', COUNTY, 'AlertKpis', { within: C }],
  ['county: overview alerts', COUNTY, 'OverviewAlerts', { within: C }],
  ['county: elders', COUNTY, 'EldersPage', { filter: { within: C }, first: 20 }],
  ['county: elders at risk', COUNTY, 'RegionEldersAtRisk', { code: C }],
  ['county: talent totals', COUNTY, 'OverviewTalentTotals', { within: C }],
  ['county: project detail', COUNTY, 'ProjectDetail', { id: 'PROJECT' }],
  ['audit log, all', ADMIN, 'AuditLog', { filter: {}, first: 20 }],
  ['audit log of a county', ADMIN, 'AuditLog', { filter: { within: C }, first: 20 }],
  ['audit log of an actor', ADMIN, 'AuditLog', { filter: { actor: 'bench.actor3' }, first: 20 }],
  ['audit log by action', ADMIN, 'AuditLog', { filter: { actions: ['READ_PERSONAL'] }, first: 20 }],
  ['grids of a village', ADMIN, 'RegionGridList', { code: V }],
  ['grid options of a township', ADMIN, 'MatterGridOptions', { within: T }],
];

const mysql = sql => {
  const r = spawnSync('mysql', [...mysqlArgs(bench.mysqlDb), '-B', '-e', sql], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`mysql: ${r.stderr}\n${sql}`);
  return r.stdout.trim().split('\n').filter(Boolean).map(l => l.split('\t'));
};
const count = table => Number(mysql(`SELECT COUNT(*) FROM ${table}`)[1][0]);

/** Pool rounds and applications, matters, audit entries and grids for the lists above (empty tables only). */
function fixtures() {
  const now = "'2026-06-01 00:00:00'";
  if (!count('pool_round')) {
    mysql(`INSERT INTO pool_round (region_code, year, name, opens_on, closes_on, budget, created_at, updated_at)
           SELECT code, 2026, CONCAT(name, '2026年项目池'), '2026-01-01', '2026-12-31', 100000000, ${now}, ${now} FROM region WHERE level = 'COUNTY';
           INSERT INTO catalogue_item (round_id, region_code, code, category, name, subsidy_cap, created_at, updated_at)
           SELECT r.id, r.region_code, CONCAT('C', s.seq), 'AGRICULTURE', CONCAT('目录', s.seq), 500000, ${now}, ${now}
             FROM pool_round r JOIN seq_1_to_10 s;`);
  }
  if (!count('pool_application')) {
    // one live application per round, item and village: the repeats are skipped
    mysql(`INSERT IGNORE INTO pool_application (round_id, catalogue_item_id, catalogue_code, region_code, title, reason, amount_asked, status,
                                         published, created_at, updated_at)
           SELECT c.round_id, c.id, c.code, v.code, CONCAT('申报', s.seq), '理由', 100000,
                  ELT(1 + s.seq MOD 6, 'SUBMITTED', 'RETURNED', 'RECOMMENDED', 'APPROVED', 'DEFERRED', 'REJECTED'), s.seq MOD 2,
                  ${now}, ${now}
             FROM seq_1_to_30000 s
             JOIN region v ON v.level = 'VILLAGE' AND v.id = (SELECT MIN(id) FROM region WHERE level = 'VILLAGE') + CRC32(CONCAT('v', s.seq)) MOD 3000
             JOIN pool_round r ON r.region_code = LEFT(v.code, 6)
             JOIN catalogue_item c ON c.round_id = r.id AND c.code = CONCAT('C', 1 + s.seq MOD 10)
            ORDER BY s.seq;`);
  }
  if (!count('grid')) {
    mysql(`INSERT INTO grid (code, name, size, region_code, households, created_at, updated_at)
           SELECT CONCAT(v.code, '-0', s.seq), CONCAT(v.name, s.seq, '网格'), 'LARGE', v.code, 120, ${now}, ${now}
             FROM region v JOIN seq_1_to_2 s WHERE v.level = 'VILLAGE' ORDER BY v.id, s.seq;`);
  }
  if (!count('matter')) {
    mysql(`INSERT INTO matter (number, kind, title, status, region_code, grid_id, reported_by, reported_at, deadline, due_key,
                               escalation_level, version, created_at, updated_at)
           SELECT CONCAT('SX-2026-', LPAD(s.seq, 6, '0')), ELT(1 + s.seq MOD 5, 'ENVIRONMENT', 'SAFETY', 'DISPUTE', 'INFRASTRUCTURE', 'OTHER'),
                  CONCAT('事项', s.seq), ELT(1 + s.seq MOD 6, 'REPORTED', 'DISPATCHED', 'IN_HAND', 'DONE', 'CLOSED', 'CLOSED'),
                  g.region_code, g.id, 'bench.grid', ${now} - INTERVAL s.seq MINUTE, ${now} + INTERVAL s.seq MOD 500 HOUR,
                  IF(s.seq MOD 6 >= 4, '9999-01-01', ${now} + INTERVAL s.seq MOD 500 HOUR), 'GRID', 0, ${now}, ${now}
             FROM seq_1_to_20000 s JOIN grid g ON g.id = (SELECT MIN(id) FROM grid) + CRC32(CONCAT('g', s.seq)) MOD 6000
            ORDER BY s.seq;`);
  }
  if (!count('audit_log')) {
    mysql(`INSERT INTO audit_log (occurred_at, actor, actor_roles, action, entity_type, entity_id, region_code, detail)
           SELECT ${now} - INTERVAL (200000 - s.seq) * 30 SECOND, CONCAT('bench.actor', s.seq MOD 50), 'county-admin',
                  ELT(1 + s.seq MOD 10, 'CREATE', 'UPDATE', 'UPDATE', 'UPDATE', 'READ_PERSONAL', 'READ_PERSONAL', 'READ_PERSONAL', 'UPDATE', 'CREATE', 'DELETE'),
                  'Project', s.seq, v.code, NULL
             FROM seq_1_to_200000 s
             JOIN region v ON v.id = (SELECT MIN(id) FROM region WHERE level = 'VILLAGE') + CRC32(CONCAT('a', s.seq)) MOD 3000
            ORDER BY s.seq;`);
  }
  mysql('ANALYZE TABLE pool_round, catalogue_item, pool_application, grid, matter, audit_log');
}

/** The SELECTs sent while the action ran: the profiled statements logged after the offset, not the alert feed's. */
function statementsSince(log, offset) {
  const text = readFileSync(log, 'utf8').slice(offset);
  return [...text.matchAll(/\[\s*([^\]]+)\] MySQL\s+: \[QUERY\] ([\s\S]*?) \[Created on: /g)]
    .filter(([, thread]) => !thread.includes('alert-feed'))
    .map(([, , sql]) => sql.trim());
}

function analyze(sql) {
  const rows = mysql(`ANALYZE ${sql}`);
  const header = rows[0];
  return rows.slice(1).map(r => Object.fromEntries(header.map((h, i) => [h, r[i]])))
    .map(r => ({ table: r.table, type: r.type, key: r.key, rows: r.rows, r_rows: r.r_rows, extra: r.Extra }));
}

async function main() {
  if (args.fixtures) fixtures();
  const round = mysql(`SELECT id FROM pool_round WHERE region_code = '${C}'`)[1]?.[0];
  const project = mysql(`SELECT MAX(id) FROM project WHERE county_code = '${C}'`)[1]?.[0];
  const log = path.join(bench.out, 'explain-backend.log');
  const backend = await startBackend({
    port: bench.flywayPort, log,
    env: { XIANGLI_DB_URL: `${mysqlUrl}&profileSQL=true&logger=com.mysql.cj.log.Slf4JLogger` },
  });
  const results = [];
  try {
    const tokens = { [ADMIN]: await token(ADMIN, 'demo'), [COUNTY]: await token(COUNTY, 'demo') };
    const only = args.only ? String(args.only).split(',') : null;
    for (const [name, user, operation, variables] of lists.filter(([n]) => !only || only.some(o => n.includes(o)))) {
      const document = docs.get(operation);
      if (!document) throw new Error(`the dashboard has no document ${operation}`);
      const vars = JSON.parse(JSON.stringify(variables).replaceAll('"ROUND"', `"${Buffer.from(`PoolRound:${round}`).toString('base64url')}"`)
        .replaceAll('"PROJECT"', `"${Buffer.from(`Project:${project}`).toString('base64url')}"`));
      await new Promise(r => setTimeout(r, 300));
      const offset = statSync(log).size;
      const response = await fetch(`http://127.0.0.1:${bench.flywayPort}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokens[user]}` },
        body: JSON.stringify({ query: document.text, variables: vars }),
      });
      const answer = await response.json();
      if (answer.errors) console.warn(`${name}: ${JSON.stringify(answer.errors).slice(0, 300)}`);
      await new Promise(r => setTimeout(r, 300));
      const statements = statementsSince(log, offset).filter(s => /^\s*(select|with)\b/i.test(s));
      const plans = statements.map(sql => ({ sql, plan: analyze(sql) }));
      results.push({ name, user, operation, variables: vars, statements: plans });
      console.log(`\n## ${name} (${operation}, ${user}): ${statements.length} SELECTs`);
      for (const { sql, plan } of plans) {
        console.log(`  ${sql.slice(0, 220)}${sql.length > 220 ? '…' : ''}`);
        for (const p of plan) console.log(`    ${p.table} ${p.type} key=${p.key} rows=${p.rows} r_rows=${p.r_rows} ${p.extra}`);
      }
    }
  } finally {
    await stopProcess(backend);
  }
  if (args.out) writeFileSync(String(args.out), JSON.stringify(results, null, 2));
}

/** Page and count of each list, before and after: index, rows read, and whether the index alone served it. */
function table(beforeFile, afterFile) {
  const [before, after] = [beforeFile, afterFile].map(f => JSON.parse(readFileSync(f, 'utf8')));
  const cell = statement => {
    if (!statement) return '—';
    const p = statement.plan[0];
    const extra = p.extra ?? '';
    const only = /Using index(;|$)/.test(extra.replace('Using index condition', ''));
    return `${p.key === 'NULL' ? 'none (table scan)' : p.key}: ${p.r_rows === "NULL" ? "1 (const)" : Math.round(Number(p.r_rows))}${only ? ', index only' : ''}${/filesort/.test(extra) ? ', filesort' : ''}`;
  };
  const page = list => list?.statements.find(s => / limit \d+/i.test(s.sql) || /^select count/i.test(s.sql) === false);
  const count = list => list?.statements.find(s => /^select count\(/i.test(s.sql));
  console.log('| list (dashboard document) | page before | page after | totalCount before | totalCount after |');
  console.log('|---|---|---|---|---|');
  for (const b of before) {
    const a = after.find(x => x.name === b.name);
    console.log(`| ${b.name} (${b.operation}) | ${cell(page(b))} | ${cell(page(a))} | ${cell(count(b))} | ${cell(count(a))} |`);
  }
}

if (args.table) table(...String(args.table).split(','));
else await main();
