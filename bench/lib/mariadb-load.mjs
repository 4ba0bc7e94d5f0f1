// Loads generated TSV chunks into Xiangli's own MariaDB schema while they are still being generated.
// Flyway (the packaged backend) makes the schema; each loaded table's secondary indexes, unique keys
// and foreign keys, as information_schema lists them, are then dropped, the rows go in in primary-key
// order with LOAD DATA, and every table gets its keys back in one ALTER TABLE once its last chunk is
// in: a sorted index build instead of millions of random B-tree updates. At the end each table's
// SHOW CREATE TABLE must read as before the drop.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { backendReadiness, bench, exited, mysqlArgs, spawnBackend, waitReady } from './env.mjs';

const PARALLEL = 2; // connections: one per core
const BUFFER_POOL = 2 << 30; // for the load only; the previous size is restored afterwards
const migrations = path.join(bench.root, 'backend', 'src', 'main', 'resources', 'db', 'migration');

export function mysql(sql, db = bench.mysqlDb) {
  const result = spawnSync('mysql', [...mysqlArgs(db), '--local-infile=1', '-N', '-B', '-e', sql], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status !== 0) throw new Error(`mysql failed: ${result.stderr}\n${sql.slice(0, 500)}`);
  return result.stdout;
}

export function mysqlAsync(sql, db = bench.mysqlDb) {
  return new Promise((resolve, reject) => {
    const child = spawn('mysql', [...mysqlArgs(db), '--local-infile=1', '-N', '-B', '-e', sql]);
    let out = '', err = '';
    child.stdout.on('data', d => { out += d; });
    child.stderr.on('data', d => { err += d; });
    child.on('error', reject);
    child.on('close', code => (code === 0 ? resolve(out) : reject(new Error(`mysql failed: ${err}\n${sql.slice(0, 500)}`))));
  });
}

const rows = sql => mysql(sql).split('\n').filter(Boolean).map(line => line.split('\t'));
const name = id => `\`${id}\``;
const fmt = n => n.toLocaleString('en');
const showCreate = table => rows(`SHOW CREATE TABLE ${name(table)}`)[0][1].replace(/\\n/g, '\n').replace(/ AUTO_INCREMENT=\d+/, '');

/** The table's keys other than the primary key, in definition order, as ALTER TABLE clauses that drop and re-add them. */
function keysOf(table) {
  const indexes = new Map();
  // no ORDER BY on the index: information_schema lists a table's keys in their definition order
  for (const [index, nonUnique, column, subPart, collation, type, comment, ignored] of rows(
    `SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, COLLATION, INDEX_TYPE, INDEX_COMMENT, IGNORED
       FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '${table}' AND INDEX_NAME <> 'PRIMARY'`)) {
    if (!indexes.has(index)) indexes.set(index, { nonUnique: nonUnique === '1', type, comment, ignored: ignored === 'YES', columns: [] });
    indexes.get(index).columns.push(`${name(column)}${subPart !== 'NULL' ? `(${subPart})` : ''}${collation === 'D' ? ' DESC' : ''}`);
  }
  const foreign = new Map();
  for (const [constraint, column, refTable, refColumn, update, del] of rows(
    `SELECT k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE
       FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r
         ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
      WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = '${table}' ORDER BY k.CONSTRAINT_NAME, k.ORDINAL_POSITION`)) {
    if (!foreign.has(constraint)) foreign.set(constraint, { refTable, update, del, columns: [], refColumns: [] });
    foreign.get(constraint).columns.push(name(column));
    foreign.get(constraint).refColumns.push(name(refColumn));
  }
  // RESTRICT is the default, and what information_schema says of a key declared without a rule; spelt out
  // it would be stored as NO ACTION
  const rules = f => `${f.del !== 'RESTRICT' ? ` ON DELETE ${f.del}` : ''}${f.update !== 'RESTRICT' ? ` ON UPDATE ${f.update}` : ''}`;
  const kind = i => (i.type === 'FULLTEXT' || i.type === 'SPATIAL' ? `${i.type} INDEX` : i.nonUnique ? 'INDEX' : 'UNIQUE INDEX');
  return {
    drop: [...[...foreign.keys()].map(c => `DROP FOREIGN KEY ${name(c)}`), ...[...indexes.keys()].map(i => `DROP INDEX ${name(i)}`)],
    add: [
      ...[...indexes].map(([index, i]) => `ADD ${kind(i)} ${name(index)} (${i.columns.join(', ')})`
        + `${i.comment ? ` COMMENT '${i.comment.replace(/'/g, "''")}'` : ''}${i.ignored ? ' IGNORED' : ''}`),
      ...[...foreign].map(([constraint, f]) => `ADD CONSTRAINT ${name(constraint)} FOREIGN KEY (${f.columns.join(', ')}) `
        + `REFERENCES ${name(f.refTable)} (${f.refColumns.join(', ')})${rules(f)}`),
    ],
  };
}

export class MariaDbLoad {
  /** columns: table → the columns of its TSV files, in load order; expected: table → its row count. */
  constructor(board, columns, expected) {
    this.columns = columns;
    this.tables = Object.keys(columns);
    this.state = Object.fromEntries(this.tables.map(t => [t, { chunks: [], rows: 0, expected: expected[t], busy: false, keyed: false }]));
    const total = this.tables.reduce((s, t) => s + expected[t], 0);
    const migrationFiles = ['common', 'mysql'].flatMap(dir => readdirSync(path.join(migrations, dir))).filter(f => f.endsWith('.sql')).length;
    this.flyway = board.phase('MariaDB: Flyway', migrationFiles, 'migrations');
    this.load = board.phase('MariaDB: LOAD DATA', total);
    this.keys = board.phase('MariaDB: keys (sorted builds)', 0, 'index entries');
    this.finish = board.phase('MariaDB: schema check, ANALYZE');
    this.running = 0; this.building = new Map(); this.timings = { keys: {} };
    this.built = { entries: 0, ms: 0 };
    this.done = new Promise((resolve, reject) => { this.resolve = resolve; this.reject = reject; });
  }

  /** A generated chunk, in primary-key order after the table's previous chunks. */
  add(table, chunk) {
    this.state[table].chunks.push(chunk);
    this.pump();
  }

  async run() {
    const t0 = Date.now();
    mysql(`DROP DATABASE IF EXISTS ${name(bench.mysqlDb)}; CREATE DATABASE ${name(bench.mysqlDb)} CHARACTER SET utf8mb4`, '');
    await this.migrate();
    const migrated = Date.now();
    this.timings.migrate = migrated - t0;
    const bufferPool = Number(mysql('SELECT @@GLOBAL.innodb_buffer_pool_size'));
    if (bufferPool < BUFFER_POOL) mysql(`SET GLOBAL innodb_buffer_pool_size = ${BUFFER_POOL}`, '');
    try {
      this.session = `SET SESSION foreign_key_checks = 0, unique_checks = 0${mysql('SELECT @@log_bin').trim() === '1' ? ', sql_log_bin = 0' : ''}`;
      this.before = Object.fromEntries(this.tables.map(t => [t, showCreate(t)]));
      this.clauses = Object.fromEntries(this.tables.map(t => [t, keysOf(t)]));
      this.keys.total = this.tables.reduce((sum, t) => sum + this.entries(t), 0);
      // should the run stop half way, this puts the keys back
      writeFileSync(path.join(bench.out, 'mariadb-keys.sql'), this.tables.filter(t => this.clauses[t].add.length)
        .map(t => `ALTER TABLE ${name(t)} ${this.clauses[t].add.join(',\n  ')};\n`).join(''));
      for (const t of this.tables.filter(t => this.clauses[t].drop.length)) mysql(`${this.session}; ALTER TABLE ${name(t)} ${this.clauses[t].drop.join(', ')}`);
      this.ready = true;
      this.load.start();
      this.pump();
      await this.done;
      const loaded = Date.now();
      this.finish.start('SHOW CREATE TABLE before/after');
      const changed = this.tables.filter(t => showCreate(t) !== this.before[t]);
      if (changed.length) throw new Error(`keys not restored as Flyway made them: ${changed.map(t => `\n${this.before[t]}\n---\n${showCreate(t)}`).join('\n')}`);
      this.finish.start('ANALYZE TABLE');
      await mysqlAsync(`ANALYZE TABLE ${this.tables.map(name).join(', ')}`);
      this.finish.end(`${this.tables.length} tables as Flyway made them`);
      return { ...this.timings, loadAndKeys: loaded - migrated, check: Date.now() - loaded, total: Date.now() - t0 };
    } finally {
      if (bufferPool < BUFFER_POOL) mysql(`SET GLOBAL innodb_buffer_pool_size = ${bufferPool}`, '');
    }
  }

  /** Runs Flyway in the packaged backend, killed as soon as every migration is in: the rest of its start is no use here. */
  async migrate() {
    this.flyway.start('starting the packaged backend');
    const log = path.join(bench.out, 'flyway-backend.log');
    const backend = spawnBackend({ port: bench.flywayPort, log });
    const ready = waitReady(backendReadiness(bench.flywayPort), backend, log, 240);
    let poll;
    const migrated = new Promise(resolve => {
      poll = setInterval(() => mysqlAsync('SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1').then(n => {
        this.flyway.set(Number(n), 'migrating');
        if (Number(n) >= this.flyway.total) resolve();
      }, () => { /* no history table yet */ }), 500);
    });
    ready.catch(() => { /* killed on purpose */ });
    try {
      await Promise.race([ready, migrated]);
    } finally {
      clearInterval(poll);
      // every migration is committed; a SIGTERM would wait for the rest of the start (Spring closes only a refreshed context)
      if (!exited(backend)) { const gone = once(backend, 'exit'); backend.kill('SIGKILL'); await gone; }
    }
    this.flyway.end();
  }

  pump() {
    if (!this.ready || this.failed) return;
    for (let job; this.running < PARALLEL && (job = this.nextJob());) {
      const state = this.state[job.table];
      state.busy = true; this.running++;
      job.run().then(() => {
        state.busy = false; this.running--;
        if (this.tables.every(t => this.state[t].keyed)) this.resolve(); else this.pump();
      }, e => { this.failed = true; this.reject(e); });
    }
  }

  /**
   * The table with the most rows still to load (the events) is the critical path: its chunks go first,
   * then the keys of loaded tables (built while later tables load), then the other tables' chunks.
   */
  nextJob() {
    const idle = this.tables.filter(t => !this.state[t].busy);
    const left = t => this.state[t].expected - this.state[t].rows;
    const critical = this.tables.reduce((a, b) => (left(b) > left(a) ? b : a));
    const keys = idle.find(t => !this.state[t].keyed && left(t) === 0);
    // the others in table order, so that they finish one after another and their keys get built early
    const loads = idle.filter(t => this.state[t].chunks.length);
    const table = loads.includes(critical) ? critical : keys ?? loads[0];
    if (!table) return null;
    return { table, run: table === keys ? () => this.addKeys(table) : () => this.loadChunk(table, this.state[table].chunks.shift()) };
  }

  async loadChunk(table, { file, rows }) {
    await mysqlAsync(`${this.session}; LOAD DATA LOCAL INFILE '${file}' INTO TABLE ${name(table)} CHARACTER SET utf8mb4 `
      + `FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' (${this.columns[table].join(',')})`);
    const state = this.state[table];
    state.rows += rows;
    this.load.tick(rows, `${table} ${fmt(state.rows)}/${fmt(state.expected)}`);
    if (this.load.done === this.load.total) this.load.end();
  }

  /** The index entries a table's sorted builds write: a row for each index (foreign keys reuse them). */
  entries(table) {
    return this.state[table].expected * this.clauses[table].add.filter(clause => !clause.startsWith('ADD CONSTRAINT')).length;
  }

  async addKeys(table) {
    const started = Date.now();
    const add = this.clauses[table].add;
    if (add.length) {
      this.building.set(table, started);
      // InnoDB reports no progress of an in-place ALTER TABLE: the bar estimates it from the builds done so far
      const tick = setInterval(() => this.showKeys(), 1000);
      try {
        await mysqlAsync(`${this.session}; ALTER TABLE ${name(table)} ${add.join(', ')}`);
      } finally {
        clearInterval(tick);
        this.building.delete(table);
      }
    }
    this.state[table].keyed = true;
    this.timings.keys[table] = Date.now() - started;
    this.built.entries += this.entries(table);
    this.built.ms += Date.now() - started;
    this.showKeys();
    if (this.tables.every(t => this.state[t].keyed)) this.keys.end();
  }

  showKeys() {
    const perMs = this.built.ms > 500 ? this.built.entries / this.built.ms : 300; // 300,000 a second until measured
    let done = this.built.entries;
    const notes = [...this.building].map(([table, started]) => {
      const estimate = Math.min(0.95, ((Date.now() - started) * perMs) / this.entries(table));
      done += estimate * this.entries(table);
      return `${table} (${this.clauses[table].add.length} keys, ${fmt(this.state[table].expected)} rows) ~${(estimate * 100).toFixed(0)}%`;
    });
    // the keys still to build at the rate of the builds so far; those of tables still loading wait for them as well
    this.keys.set(done, notes.join(', ') || 'waiting for the next table to load', (this.keys.total - done) / perMs);
  }
}
