// Where everything runs: ports, databases, the packaged backend and the Keycloak token.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const env = (name, fallback) => process.env[name] || fallback;

export const bench = {
  dir,
  root: path.dirname(dir),
  out: env('BENCH_OUT', path.join(dir, 'out')),
  mysqlDb: env('BENCH_MYSQL_DB', 'xiangli_bench'),
  pgDb: env('BENCH_PG_DB', 'xiangli_bench'),
  pgUser: env('BENCH_PG_USER', 'postgres'),
  backendPort: Number(env('BENCH_BACKEND_PORT', 28080)),
  flywayPort: Number(env('BENCH_FLYWAY_PORT', 28081)),
  postgraphilePort: Number(env('BENCH_POSTGRAPHILE_PORT', 15678)),
  limitPort: Number(env('BENCH_LIMIT_PORT', 15679)),
  javaOpts: env('BENCH_JAVA_OPTS', '-Xms512m -Xmx512m -XX:MaxMetaspaceSize=256m'),
  keycloak: env('BENCH_KEYCLOAK', 'http://127.0.0.1:8180/realms/xiangli'),
  user: env('BENCH_USER', 'platform.admin'),
  password: env('BENCH_PASSWORD', 'demo'),
};
mkdirSync(bench.out, { recursive: true });

// issue 12: 10 counties, 150 townships, 3,000 villages, 100,000 projects, 246,000 fund movements, 20,000 talents;
// the elder-care rows and progress reports go into MariaDB only (the four shapes do not read them)
export const sizes = {
  issue: { counties: 10, townships: 150, villages: 3000, projects: 100_000, movements: 246_000, talents: 20_000,
    reports: 100_000, elders: 5_000, devices: 15_000, events: 50_000, alerts: 10_000 },
  province: { counties: 90, townships: 1300, villages: 20_000, projects: 200_000, movements: 2_000_000, talents: 50_000,
    reports: 2_000_000, elders: 500_000, devices: 1_500_000, events: 10_000_000, alerts: 2_000_000 },
};

export const mysqlArgs = db => ['-h127.0.0.1', '-uroot', '--default-character-set=utf8mb4', ...(db ? [db] : [])];
export const psqlArgs = db => ['-h', '127.0.0.1', '-U', bench.pgUser, '-d', db];
export const mysqlUrl = `jdbc:mysql://127.0.0.1:3306/${bench.mysqlDb}?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true`;

export function backendJar() {
  const target = path.join(bench.root, 'backend', 'target');
  const jar = readdirSync(target).find(f => /^xiangli-backend-.*\.jar$/.test(f) && !f.endsWith('-plain.jar'));
  if (!jar) throw new Error(`no packaged backend in ${target}: run ./mvnw -B -q -Dskip.frontend -DskipTests -pl backend package`);
  return path.join(target, jar);
}

/** Starts the packaged backend on the benchmark database (demo data, MQTT and scheduled jobs off); resolves once ready. */
export async function startBackend({ port, log, env: extra = {} }) {
  const child = spawnBackend({ port, log, env: extra });
  await waitReady(backendReadiness(port), child, log, 240);
  return child;
}

export const backendReadiness = port => `http://127.0.0.1:${port}/actuator/health/readiness`;

/** The packaged backend's process, just started. */
export function spawnBackend({ port, log, env: extra = {} }) {
  // the jar is built for Java 25: JAVA_HOME, else the machine's Temurin 25
  const java = path.join(env('JAVA_HOME', '/usr/lib/jvm/temurin-25-jdk-amd64'), 'bin', 'java');
  const out = openSync(log, 'w');
  const child = spawn(java, [...bench.javaOpts.split(/\s+/).filter(Boolean), '-jar', backendJar()], {
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      XIANGLI_DB_URL: mysqlUrl, XIANGLI_DB_USER: 'root', XIANGLI_DB_PASSWORD: '',
      XIANGLI_HTTP_PORT: String(port), XIANGLI_DEMO_DATA: 'false', XIANGLI_MQTT_ENABLED: 'false',
      XIANGLI_ELDERCARE_SCHEDULE: 'false', XIANGLI_ESCALATION: 'false', XIANGLI_INSTANCE_NAME: `bench-${port}`,
      // the per-user limit (600 a minute) would answer most timed requests 429: lifted for the benchmark
      XIANGLI_LIMITS_REQUESTSPERMINUTE: '1000000000',
      XIANGLI_TALENT_INDEX_DIR: path.join(bench.out, 'index'), XIANGLI_FILES_DIR: path.join(bench.out, 'evidence'),
      ...extra,
    },
  });
  return child;
}

export async function waitReady(url, child, log, seconds, accept = response => response.ok) {
  for (let i = 0; i < seconds * 2; i++) {
    if (exited(child)) throw new Error(`process exited with ${child.exitCode ?? child.signalCode} before ${url} answered: see ${log}`);
    try { if (accept(await fetch(url))) return; } catch { /* not listening yet */ }
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(`${url} not ready after ${seconds} s: see ${log}`);
}

// a process ended by a signal has no exit code, only the signal's name
export const exited = child => child.exitCode !== null || child.signalCode !== null;

export async function stopProcess(child) {
  if (exited(child)) return;
  const ended = new Promise(r => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await ended;
  clearTimeout(timer);
}

/** An access token of the benchmark user, or of another demo user (password grant of the CLI client). */
export async function token(user = bench.user, password = bench.password) {
  const response = await fetch(`${bench.keycloak}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'xiangli-cli', username: user, password }),
  });
  if (!response.ok) throw new Error(`Keycloak refused the token for ${user}: ${response.status} ${await response.text()}`);
  return (await response.json()).access_token;
}
