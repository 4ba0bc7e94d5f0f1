// Resident memory and CPU time of a process and its descendants, from /proc.
import { readFileSync, readdirSync } from 'node:fs';

function walk(pid, visit) {
  try {
    visit(pid);
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) walk(child, visit);
    }
  } catch { /* exited */ }
}

/** Resident memory, MiB. */
export function rss(pid) {
  let kb = 0;
  walk(pid, p => { kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0); });
  return kb / 1024;
}

/** CPU seconds (user + system). */
export function cpuSeconds(pid) {
  let ticks = 0;
  walk(pid, p => {
    const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  });
  return ticks / 100;
}
