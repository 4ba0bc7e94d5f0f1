// The peer: PostGraphile 5 (amber preset, as installed from npm and pinned in package.json) over the
// PostgreSQL copy, on 127.0.0.1:BENCH_POSTGRAPHILE_PORT. Run with NODE_ENV=production.
import { createServer } from 'node:http';
import { bench } from './lib/env.mjs';

// PostGraphile 5 wants Node 22; on Node 20 this is the one missing piece.
if (!Promise.withResolvers) {
  Promise.withResolvers = function withResolvers() {
    let resolve, reject;
    const promise = new this((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
  };
}

const { postgraphile } = await import('postgraphile');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: `postgres://${bench.pgUser}@127.0.0.1:5432/${bench.pgDb}`, schemas: ['public'] })],
  grafserv: { port: bench.postgraphilePort, host: '127.0.0.1', graphiql: false },
};
const serv = postgraphile(preset).createServ(grafserv);
const server = createServer();
server.on('error', e => { console.error(e); process.exit(1); });
await serv.addTo(server);
server.listen(bench.postgraphilePort, '127.0.0.1', () => console.log(`PostGraphile on http://127.0.0.1:${bench.postgraphilePort}/graphql`));
