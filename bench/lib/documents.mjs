// The dashboard's own GraphQL documents, read from its sources (frontend/src/**/*.ts|vue, every
// graphql(`…`) call), each operation with the fragments it spreads: what the benchmark sends is what
// the dashboard sends.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bench } from './env.mjs';

function* sources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'gql') yield* sources(file);
    else if (/\.(ts|vue)$/.test(entry.name) && !/\.(spec|test)\.ts$/.test(entry.name)) yield file;
  }
}

/** Operation name → the document's text (the operation and the fragments it needs). */
export function dashboardDocuments(root = path.join(bench.root, 'frontend', 'src')) {
  const operations = new Map(), fragments = new Map();
  for (const file of sources(root)) {
    for (const [, text] of readFileSync(file, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)) {
      const fragment = /^\s*fragment\s+(\w+)/.exec(text);
      if (fragment) fragments.set(fragment[1], text.trim());
      const operation = /^\s*(query|mutation|subscription)\s+(\w+)/.exec(text);
      if (operation) operations.set(operation[2], { kind: operation[1], text: text.trim() });
    }
  }
  const withFragments = text => {
    const needed = new Set(), queue = [text];
    while (queue.length) {
      for (const [, name] of queue.pop().matchAll(/\.\.\.\s*(\w+)/g)) {
        if (fragments.has(name) && !needed.has(name)) { needed.add(name); queue.push(fragments.get(name)); }
      }
    }
    return [text, ...[...needed].map(n => fragments.get(n))].join('\n');
  };
  return new Map([...operations].map(([name, op]) => [name, { kind: op.kind, text: withFragments(op.text) }]));
}
