// A small SVG bar chart: one panel per shape, a group of bars per concurrency, one bar per server.
const colours = { xiangli: '#c0392b', postgraphile: '#2e86c1', limit: '#7f8c8d' };

export function chart(summary, shapes, connections, title) {
  const panelW = 300, panelH = 220, top = 50, left = 50, gap = 30;
  const width = left + shapes.length * (panelW + gap), height = top + panelH + 70;
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`, `<text x="${left}" y="20" font-size="14">${esc(title)}</text>`];
  Object.entries(colours).forEach(([system, colour], i) => parts.push(
    `<rect x="${left + i * 110}" y="30" width="10" height="10" fill="${colour}"/><text x="${left + 14 + i * 110}" y="39">${system}</text>`));
  shapes.forEach((shape, p) => {
    const rows = summary.filter(r => r.shape === shape.name);
    const max = Math.max(...rows.flatMap(r => Object.keys(colours).map(s => r[s].rps))) * 1.1 || 1;
    const x0 = left + p * (panelW + gap), y0 = top + panelH;
    parts.push(`<line x1="${x0}" y1="${y0}" x2="${x0 + panelW}" y2="${y0}" stroke="black"/>`,
      `<line x1="${x0}" y1="${top}" x2="${x0}" y2="${y0}" stroke="black"/>`,
      `<text x="${x0}" y="${top - 2}" font-size="9">${Math.round(max)} req/s</text>`,
      `<text x="${x0 + panelW / 2}" y="${y0 + 45}" text-anchor="middle">${esc(shape.title)}</text>`);
    const groupW = panelW / connections.length, barW = (groupW - 12) / 3;
    connections.forEach((conns, g) => {
      const row = rows.find(r => r.connections === conns);
      Object.entries(colours).forEach(([system, colour], b) => {
        const h = (row[system].rps / max) * panelH;
        const x = x0 + g * groupW + 6 + b * barW;
        parts.push(`<rect x="${x.toFixed(1)}" y="${(y0 - h).toFixed(1)}" width="${(barW - 1).toFixed(1)}" height="${h.toFixed(1)}" fill="${colour}">`
          + `<title>${system} ${conns} conns: ${Math.round(row[system].rps)} req/s</title></rect>`);
      });
      parts.push(`<text x="${(x0 + g * groupW + groupW / 2).toFixed(1)}" y="${y0 + 14}" text-anchor="middle">${conns} conn${conns > 1 ? 's' : ''}</text>`,
        `<text x="${(x0 + g * groupW + groupW / 2).toFixed(1)}" y="${y0 + 27}" text-anchor="middle" font-size="9">${row.vsPeer.toFixed(2)}× PG</text>`);
    });
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}

const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The query mix: one panel per user, a bar of requests/s per client count, p95 written under it. */
export function mixChart(runs, userNames, connections, title) {
  const users = Object.keys(userNames);
  const panelW = 360, panelH = 220, top = 40, left = 50, gap = 40;
  const width = left + users.length * (panelW + gap), height = top + panelH + 70;
  const max = Math.max(...runs.map(r => r.rps)) * 1.1 || 1;
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`, `<text x="${left}" y="20" font-size="14">${esc(title)}</text>`];
  users.forEach((user, p) => {
    const x0 = left + p * (panelW + gap), y0 = top + panelH;
    parts.push(`<line x1="${x0}" y1="${y0}" x2="${x0 + panelW}" y2="${y0}" stroke="black"/>`,
      `<line x1="${x0}" y1="${top}" x2="${x0}" y2="${y0}" stroke="black"/>`,
      `<text x="${x0}" y="${top - 2}" font-size="9">${Math.round(max)} req/s</text>`,
      `<text x="${x0 + panelW / 2}" y="${y0 + 45}" text-anchor="middle">${esc(userNames[user])}</text>`);
    const groupW = panelW / connections.length;
    connections.forEach((conns, g) => {
      const run = runs.find(r => r.user === user && r.connections === conns);
      if (!run) return;
      const h = (run.rps / max) * panelH, x = x0 + g * groupW + 10;
      parts.push(`<rect x="${x.toFixed(1)}" y="${(y0 - h).toFixed(1)}" width="${(groupW - 20).toFixed(1)}" height="${h.toFixed(1)}" fill="#c0392b">`
        + `<title>${conns} clients: ${Math.round(run.rps)} req/s, p95 ${run.p95.toFixed(1)} ms</title></rect>`,
        `<text x="${(x + (groupW - 20) / 2).toFixed(1)}" y="${(y0 - h - 3).toFixed(1)}" text-anchor="middle" font-size="9">${Math.round(run.rps)}</text>`,
        `<text x="${(x0 + g * groupW + groupW / 2).toFixed(1)}" y="${y0 + 14}" text-anchor="middle">${conns} client${conns > 1 ? 's' : ''}</text>`,
        `<text x="${(x0 + g * groupW + groupW / 2).toFixed(1)}" y="${y0 + 27}" text-anchor="middle" font-size="9">p95 ${Math.round(run.p95)} ms</text>`);
    });
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
