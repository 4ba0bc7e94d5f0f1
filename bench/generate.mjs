// Generates the benchmark's rows once, deterministically (seeded), and loads the same rows into
// MariaDB (Xiangli's schema, created by its own Flyway migrations) and PostgreSQL (an equivalent
// schema for PostGraphile). Progress reports and the elder-care rows (elders, devices, events,
// alerts) go into MariaDB only: the four shapes compared with PostGraphile do not read them.
// Usage: node generate.mjs --size=issue|province [--skip-mysql] [--skip-pg]
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { bench, sizes, psqlArgs } from './lib/env.mjs';
import { MariaDbLoad } from './lib/mariadb-load.mjs';
import { Board } from './lib/progress.mjs';

const args = Object.fromEntries(process.argv.slice(2).map(a => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? true]));
const sizeName = args.size ?? 'issue';
const size = sizes[sizeName];
if (!size) throw new Error(`--size must be one of ${Object.keys(sizes).join(', ')}, got '${sizeName}'`);

const CHUNK = 100_000;
const COUNTY_ADMIN_SCOPE = '330523';
const dataDir = path.join(bench.out, 'data');
const EPOCH = '2025-06-01 00:00:00.000000';

function mulberry32(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6D2B79F5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (rnd, values) => values[Math.floor(rnd() * values.length)];
const int = (rnd, lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pad = (n, w) => String(n).padStart(w, '0');
const N = '\\N';

// '2025-06-01 08:30:00.250' for a UTC instant: toISOString's digits, without a Date per row (12 million rows have times)
const DAY = 86_400_000;
const dates = new Map();
const digits = (n, w) => Array.from({ length: n }, (_, i) => pad(i, w));
const two = digits(100, 2), three = digits(1000, 3);
function utc(ms) {
  const day = Math.floor(ms / DAY), rest = ms - day * DAY;
  let date = dates.get(day);
  if (!date) dates.set(day, date = new Date(day * DAY).toISOString().slice(0, 10));
  return `${date} ${two[Math.floor(rest / 3_600_000)]}:${two[Math.floor(rest / 60_000) % 60]}:${two[Math.floor(rest / 1000) % 60]}.${three[rest % 1000]}`;
}

const CATEGORIES = ['GOVERNMENT_INVESTMENT', 'COMMON_PROSPERITY', 'SPECIAL_BOND', 'AGRICULTURE', 'DIGITAL',
  'COLLECTIVE_ECONOMY', 'INDUSTRY', 'CULTURE_TOURISM', 'TRANSPORT', 'OTHER'];
const STATUSES = ['APPROVED', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', 'SUSPENDED', 'COMPLETED', 'COMPLETED', 'SETTLED', 'CANCELLED'];
const SOURCES = ['COUNTY_FINANCE', 'SPECIAL_BOND', 'VILLAGE_COLLECTIVE', 'SOCIAL_CAPITAL', 'RETURNED_TALENTS'];
const TALENT_CATEGORIES = ['ENTREPRENEUR', 'EXPERT_SCHOLAR', 'CRAFTS_MASTER', 'RETIRED_CADRE', 'YOUNG_ENTREPRENEUR', 'E_COMMERCE', 'OTHER'];
const WHEREABOUTS = ['RETURNED', 'INVESTING_FROM_AFAR', 'OVERSEAS'];
const GENDERS = ['FEMALE', 'MALE', 'UNDISCLOSED'];
const INDUSTRIES = ['湖笔制造', '白茶种植', '竹木加工', '乡村旅游', '电子商务', '教育', '医疗', N];
const LIVING = ['ALONE', 'ALONE', 'NO_FAMILY', 'EMPTY_NEST', 'EMPTY_NEST', 'SPECIAL_HARDSHIP'];
const RISKS = ['LOW', 'LOW', 'MEDIUM', 'MEDIUM', 'HIGH'];
const DEVICE_TYPES = [['PANIC_BUTTON', ['PRESSED', 'HEARTBEAT', 'BATTERY']], ['MOTION_SENSOR', ['MOTION', 'HEARTBEAT', 'BATTERY']],
  ['DOOR_CONTACT', ['DOOR_OPEN', 'DOOR_CLOSE', 'HEARTBEAT']]];
// kind, severity, urgency (Severity's rank), per device (open key D…) or per elder (E…)
const ALERT_KINDS = [['PANIC', 'CRITICAL', 4, false], ['INACTIVITY', 'HIGH', 3, false], ['DOOR_NIGHT', 'HIGH', 3, false],
  ['DOOR_IDLE', 'MEDIUM', 2, false], ['DEVICE_OFFLINE', 'MEDIUM', 2, true], ['LOW_BATTERY', 'LOW', 1, true]];
const ACTIVE = ['RAISED', 'RAISED', 'ACKNOWLEDGED', 'ON_SITE'];
const OUTCOMES = ['SAFE', 'SAFE', 'FALSE_ALARM', 'HOSPITALISED', 'DEVICE_FAULT'];

// Columns loaded, in file order: the first four tables into both databases (the same names in both
// schemas), the rest into MariaDB only.
const pgTables = ['region', 'project', 'fund_movement', 'talent'];
const tables = {
  region: ['id', 'code', 'level', 'kind', 'parent_id', 'name', 'population', 'households', 'latitude', 'longitude',
    'code_synthetic', 'version', 'created_at', 'updated_at'],
  project: ['id', 'region_code', 'county_code', 'township_code', 'name', 'category', 'owner', 'year', 'status',
    'published', 'planned_start', 'planned_end', 'budget_total', 'disbursed_total', 'paid_total', 'version', 'created_at', 'updated_at'],
  fund_movement: ['id', 'project_id', 'region_code', 'kind', 'source', 'amount', 'moved_on', 'payee_kind', 'payee',
    'voucher_no', 'recorded_by', 'recorded_at'],
  talent: ['id', 'region_id', 'region_code', 'name', 'gender', 'birth_year', 'whereabouts', 'category', 'industry',
    'consent_on', 'consent_scope', 'demo', 'version', 'created_at', 'updated_at'],
  progress_report: ['id', 'project_id', 'region_code', 'period_start', 'period_end', 'percent_done', 'money_spent', 'narrative',
    'reported_by', 'version', 'created_at', 'updated_at'],
  elder: ['id', 'region_code', 'name', 'gender', 'birth_date', 'living_situation', 'risk_level', 'version', 'created_at', 'updated_at'],
  device: ['id', 'serial', 'elder_id', 'region_code', 'type', 'installed_on', 'version', 'created_at', 'updated_at'],
  alert: ['id', 'elder_id', 'device_id', 'region_code', 'kind', 'severity', 'urgency', 'status', 'open_key', 'raised_at',
    'last_triggered_at', 'trigger_count', 'detail', 'assignee', 'acknowledged_at', 'on_site_at', 'resolved_at', 'outcome',
    'closed_at', 'escalation_level', 'version', 'created_at', 'updated_at'],
  device_event: ['id', 'event_id', 'device_id', 'elder_id', 'region_code', 'type', 'occurred_at', 'received_at', 'battery'],
};

/** The region tree: counties 339001.., townships (kind TOWN, suffix 100..) and villages (suffix 200..). */
function regionTree() {
  const counties = [], townships = [], villages = [];
  // the second county is 330523 (安吉县's code), the scope of the demo realm's county admin anji.admin
  for (let c = 0; c < size.counties; c++) counties.push({ id: c + 1, code: c === 1 ? COUNTY_ADMIN_SCOPE : `3390${pad(c + 1, 2)}`, children: [] });
  for (let t = 0; t < size.townships; t++) {
    const county = counties[t % size.counties];
    const township = { id: size.counties + t + 1, code: `${county.code}${100 + county.children.length}`, county, children: [] };
    county.children.push(township); townships.push(township);
  }
  for (let v = 0; v < size.villages; v++) {
    const township = townships[v % size.townships];
    const village = { id: size.counties + size.townships + v + 1, code: `${township.code}${200 + township.children.length}`, township, county: township.county };
    township.children.push(village); villages.push(village);
  }
  return { counties, townships, villages };
}

function* regionRows({ counties, townships, villages }) {
  const rnd = mulberry32(1);
  const row = (r, level, kind, parent, name, pop) => [r.id, r.code, level, kind, parent ?? N, name, pop, Math.round(pop / 2.8),
    (30 + rnd()).toFixed(6), (119 + rnd()).toFixed(6), 1, 0, EPOCH, EPOCH];
  for (const c of counties) yield row(c, 'COUNTY', 'COUNTY', null, `试验${c.code.slice(4)}县`, int(rnd, 200000, 600000));
  for (const t of townships) yield row(t, 'TOWNSHIP', 'TOWN', t.county.id, `${t.code.slice(4)}镇`, int(rnd, 10000, 60000));
  for (const v of villages) yield row(v, 'VILLAGE', 'ADMINISTRATIVE_VILLAGE', v.township.id, `${v.code.slice(6)}村`, int(rnd, 300, 4000));
}

/** Projects: 80 % owned by a village, 15 % by a township, 5 % by the county. */
function* projectRows({ counties, townships, villages }) {
  const rnd = mulberry32(2);
  for (let id = 1; id <= size.projects; id++) {
    const owner = rnd();
    const unit = owner < 0.8 ? pick(rnd, villages) : owner < 0.95 ? pick(rnd, townships) : pick(rnd, counties);
    const county = unit.county ?? unit;
    const township = unit.township ?? unit;
    const budget = int(rnd, 50, 50000) * 1000;
    const disbursed = Math.floor(budget * rnd() / 100) * 100;
    const paid = Math.floor(disbursed * rnd() / 100) * 100;
    const year = int(rnd, 2021, 2026);
    yield [id, unit.code, county.code, township.code, `项目${pad(id, 7)}`, pick(rnd, CATEGORIES), `${unit.code}集体`, year,
      pick(rnd, STATUSES), rnd() < 0.7 ? 1 : 0, `${year}-03-01`, `${year + 1}-06-30`, `${budget}.00`, `${disbursed}.00`,
      `${paid}.00`, 0, EPOCH, EPOCH];
  }
}

/** Fund movements spread over the projects (the same project-owner code as their project). */
function* movementRows(projectCodes) {
  const rnd = mulberry32(3);
  for (let id = 1; id <= size.movements; id++) {
    const projectId = 1 + Math.floor(((id - 1) * size.projects) / size.movements);
    const kind = id % 2 ? 'DISBURSEMENT' : 'PAYMENT';
    yield [id, projectId, projectCodes[projectId], kind, pick(rnd, SOURCES), `${int(rnd, 1, 5000) * 100}.00`,
      `2025-${pad(int(rnd, 1, 12), 2)}-${pad(int(rnd, 1, 28), 2)}`, rnd() < 0.8 ? 'ORGANISATION' : 'PERSON',
      `收款单位${int(rnd, 1, 999)}`, `V${pad(id, 9)}`, 'bench', EPOCH];
  }
}

/** Talents: hometown a village; names unique and in id order within a village. */
function* talentRows({ villages }) {
  const rnd = mulberry32(4);
  for (let id = 1; id <= size.talents; id++) {
    const village = villages[Math.floor(rnd() * villages.length)];
    yield [id, village.id, village.code, `乡贤${pad(id, 7)}`, pick(rnd, GENDERS), rnd() < 0.1 ? N : int(rnd, 1940, 2000),
      pick(rnd, WHEREABOUTS), pick(rnd, TALENT_CATEGORIES), pick(rnd, INDUSTRIES), '2024-01-01', 'REGISTRY', 0, 0, EPOCH, EPOCH];
  }
}

/** Half-monthly progress reports: each project's reports are consecutive periods from January 2025. */
function* reportRows(projectCodes) {
  const rnd = mulberry32(5);
  const perProject = Math.max(1, Math.round(size.reports / size.projects));
  let id = 0;
  for (let projectId = 1; projectId <= size.projects && id < size.reports; projectId++) {
    for (let p = 0; p < perProject && id < size.reports; p++) {
      id++;
      const month = 1 + Math.floor(p / 2) % 12, year = 2025 + Math.floor(p / 24);
      const first = p % 2 === 0;
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      yield [id, projectId, projectCodes[projectId], `${year}-${pad(month, 2)}-${first ? '01' : '16'}`,
        `${year}-${pad(month, 2)}-${first ? '15' : last}`, Math.min(100, (p + 1) * int(rnd, 3, 12)), `${int(rnd, 0, 2000) * 100}.00`,
        `第${p + 1}期进度：按计划推进`, 'bench', 0, EPOCH, EPOCH];
    }
  }
}

/** Elders over the villages, a kit of devices each (round robin over the elders), their events and alerts. */
function* elderRows({ villages }, elderCodes) {
  const rnd = mulberry32(6);
  for (let id = 1; id <= size.elders; id++) {
    const village = villages[Math.floor(rnd() * villages.length)];
    elderCodes[id] = village.code;
    yield [id, village.code, `老人${pad(id, 7)}`, pick(rnd, ['FEMALE', 'MALE']), `19${int(rnd, 25, 55)}-${pad(int(rnd, 1, 12), 2)}-${pad(int(rnd, 1, 28), 2)}`,
      pick(rnd, LIVING), pick(rnd, RISKS), 0, EPOCH, EPOCH];
  }
}

const deviceElder = id => 1 + ((id - 1) % size.elders);
const deviceType = id => DEVICE_TYPES[Math.floor((id - 1) / size.elders) % DEVICE_TYPES.length];

function* deviceRows(elderCodes) {
  for (let id = 1; id <= size.devices; id++) {
    const elder = deviceElder(id);
    yield [id, `SN${pad(id, 9)}`, elder, elderCodes[elder], deviceType(id)[0], '2025-01-15', 0, EPOCH, EPOCH];
  }
}

function* eventRows(elderCodes) {
  const rnd = mulberry32(7);
  const start = Date.parse('2025-06-01T00:00:00Z'), span = 180 * 86400_000;
  for (let id = 1; id <= size.events; id++) {
    const device = 1 + Math.floor(rnd() * size.devices);
    const elder = deviceElder(device);
    const type = pick(rnd, deviceType(device)[1]);
    const at = utc(start + Math.floor((id / size.events) * span));
    yield [id, `E${pad(id, 10)}`, device, elder, elderCodes[elder], type, at, at, type === 'BATTERY' ? int(rnd, 5, 100) : N];
  }
}

/** Alerts: the newest few per cent are open (one per elder, as the open key allows), the rest closed. */
function* alertRows(elderCodes) {
  const rnd = mulberry32(8);
  const open = Math.min(size.elders, Math.round(size.alerts * 0.03));
  const start = Date.parse('2025-06-01T00:00:00Z'), span = 180 * 86400_000;
  for (let id = 1; id <= size.alerts; id++) {
    const active = id > size.alerts - open;
    const elder = active ? 1 + (size.alerts - id) : 1 + Math.floor(rnd() * size.elders);
    const [kind, severity, urgency, perDevice] = pick(rnd, ALERT_KINDS);
    const device = perDevice ? elder : N; // the elder's first device
    const raised = start + Math.floor((id / size.alerts) * span);
    const status = active ? pick(rnd, ACTIVE) : 'CLOSED';
    const acknowledged = status === 'RAISED' ? N : utc(raised + 120_000);
    const onSite = status === 'RAISED' || status === 'ACKNOWLEDGED' ? N : utc(raised + 1_200_000);
    yield [id, elder, device, elderCodes[elder], kind, severity, urgency, status,
      active ? `${kind}:${perDevice ? 'D' + device : 'E' + elder}` : N, utc(raised), utc(raised), int(rnd, 1, 3), `${kind} 告警`,
      status === 'RAISED' ? N : 'bench.operator', acknowledged, onSite, active ? N : utc(raised + 3_600_000),
      active ? N : pick(rnd, OUTCOMES), active ? N : utc(raised + 86_400_000), pick(rnd, ['VILLAGE', 'VILLAGE', 'VILLAGE', 'TOWNSHIP', 'COUNTY']),
      0, utc(raised), utc(raised)];
  }
}

/** Writes the rows into files of CHUNK rows each; hands each finished file to onChunk (the pipelined load). */
async function writeChunks(table, rows, total, progress, onChunk) {
  const files = [];
  let out = null, n = 0, buffer = [];
  const flush = async () => {
    if (buffer.length) { if (!out.write(buffer.join(''))) await once(out, 'drain'); buffer = []; }
    await new Promise(setImmediate); // lets the loader's and progress's callbacks run
  };
  const close = async () => { await flush(); out.end(); await once(out, 'finish'); onChunk(table, files.at(-1)); };
  for (const row of rows) {
    if (n % CHUNK === 0) {
      if (out) await close();
      const file = path.join(dataDir, `${table}.${pad(files.length, 4)}.tsv`);
      files.push({ file, rows: Math.min(CHUNK, total - n) });
      out = createWriteStream(file);
    }
    buffer.push(row.join('\t') + '\n');
    if (buffer.length === 5000) await flush();
    n++;
    if (n % 20000 === 0) progress.tick(20000, table);
  }
  await close();
  progress.tick(n % 20000);
  return files;
}

function run(cmd, cmdArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, cmdArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', d => { err += d; });
    child.on('error', reject);
    child.on('close', code => (code === 0 ? resolve() : reject(new Error(`${cmd} ${cmdArgs.join(' ')} failed: ${err}`))));
  });
}
const psql = (sql, db = bench.pgDb) => run('psql', [...psqlArgs(db), '-v', 'ON_ERROR_STOP=1', '-q', '-c', sql]);

async function loadPg(board, chunks) {
  const t0 = Date.now();
  const copy = board.phase('PostgreSQL: \\copy', totalRows(Object.fromEntries(pgTables.map(t => [t, chunks[t]]))));
  const keys = board.phase('PostgreSQL: keys, ANALYZE');
  copy.start('schema');
  await psql(`DROP DATABASE IF EXISTS ${bench.pgDb}`, 'postgres');
  await psql(`CREATE DATABASE ${bench.pgDb} ENCODING 'UTF8' TEMPLATE template0`, 'postgres');
  await run('psql', [...psqlArgs(bench.pgDb), '-v', 'ON_ERROR_STOP=1', '-q', '-f', path.join(bench.dir, 'postgres', 'schema.sql')]);
  for (const table of pgTables) {
    for (const { file, rows } of chunks[table]) {
      await psql(`\\copy ${table} (${tables[table].join(',')}) FROM '${file}'`);
      copy.tick(rows, table);
    }
  }
  copy.end();
  const loaded = Date.now();
  keys.start('foreign keys, indexes, ANALYZE');
  await run('psql', [...psqlArgs(bench.pgDb), '-v', 'ON_ERROR_STOP=1', '-q', '-f', path.join(bench.dir, 'postgres', 'constraints.sql')]);
  keys.end();
  return { load: loaded - t0, constraints: Date.now() - loaded };
}

const totalRows = chunks => Object.values(chunks).flat().reduce((s, c) => s + c.rows, 0);
const seconds = ms => (ms / 1000).toFixed(1) + ' s';

async function main() {
  const t0 = Date.now();
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const tree = regionTree();
  const counts = { region: size.counties + size.townships + size.villages, project: size.projects, fund_movement: size.movements,
    talent: size.talents, progress_report: size.reports, elder: size.elders, device: size.devices, device_event: size.events, alert: size.alerts };
  const total = Object.values(counts).reduce((s, n) => s + n, 0);
  const board = new Board();
  const progress = board.phase(`generate (${sizeName})`, total);
  // MariaDB migrates its schema while the rows are generated, then loads each chunk as it is written
  const mariadb = args['skip-mysql'] ? null : new MariaDbLoad(board, tables, counts);
  const mariadbLoaded = mariadb?.run();
  mariadbLoaded?.catch(() => { /* awaited below */ });
  const onChunk = (table, chunk) => mariadb?.add(table, chunk);
  const chunks = {};
  chunks.region = await writeChunks('region', regionRows(tree), counts.region, progress, onChunk);
  const projectCodes = [];
  chunks.project = await writeChunks('project', (function* () {
    for (const row of projectRows(tree)) { projectCodes[row[0]] = row[1]; yield row; }
  })(), size.projects, progress, onChunk);
  chunks.fund_movement = await writeChunks('fund_movement', movementRows(projectCodes), size.movements, progress, onChunk);
  chunks.talent = await writeChunks('talent', talentRows(tree), size.talents, progress, onChunk);
  chunks.progress_report = await writeChunks('progress_report', reportRows(projectCodes), size.reports, progress, onChunk);
  const elderCodes = [];
  chunks.elder = await writeChunks('elder', elderRows(tree, elderCodes), size.elders, progress, onChunk);
  chunks.device = await writeChunks('device', deviceRows(elderCodes), size.devices, progress, onChunk);
  // the alerts before the events (each table has its own seed: the same rows): the alerts' keys are built while the events load
  chunks.alert = await writeChunks('alert', alertRows(elderCodes), size.alerts, progress, onChunk);
  chunks.device_event = await writeChunks('device_event', eventRows(elderCodes), size.events, progress, onChunk);
  progress.end();
  const timings = { size: sizeName, rows: total, generate: Date.now() - t0 };
  if (mariadb) timings.mysql = await mariadbLoaded;
  if (!args['skip-pg']) timings.pg = await loadPg(board, chunks);
  board.close();
  timings.total = Date.now() - t0;
  const county = tree.counties[0].code;
  const sample = { county, adminCounty: COUNTY_ADMIN_SCOPE, township: tree.townships[0].code, village: tree.villages[0].code,
    project: projectCodes.findIndex(code => code?.startsWith(county)), size: sizeName, ...size };
  writeFileSync(path.join(bench.out, 'dataset.json'), JSON.stringify(sample, null, 2));
  writeFileSync(path.join(bench.out, `load-times-${sizeName}.json`), JSON.stringify(timings, null, 2));
  console.log(`\nRows: ${total.toLocaleString('en')} (${Object.entries(size).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')})`);
  console.log(`Generate: ${seconds(timings.generate)}`);
  if (timings.mysql) {
    const m = timings.mysql;
    console.log(`MariaDB (overlapping the generation): Flyway ${seconds(m.migrate)}, LOAD DATA and keys ${seconds(m.loadAndKeys)} `
      + `after Flyway, schema check and ANALYZE ${seconds(m.check)}; sorted key builds: `
      + Object.entries(m.keys).map(([t, ms]) => `${t} ${seconds(ms)}`).join(', '));
  }
  if (timings.pg) console.log(`PostgreSQL: schema + COPY ${seconds(timings.pg.load)}, foreign keys + indexes + ANALYZE ${seconds(timings.pg.constraints)}`);
  console.log(`End to end: ${seconds(timings.total)}`);
  rmSync(dataDir, { recursive: true, force: true });
}

await main();
