// Progress of a run's phases on stderr, several at once (the generator, Flyway, the load and the
// index builds overlap): each started phase's count, percent, rate and ETA. On a terminal the lines
// are redrawn in place twice a second; into a file or pipe a block is printed every 10 s and a line
// when a phase ends, so no phase is ever silent.
const tty = Boolean(process.stderr.isTTY);
const fmt = n => Math.round(n).toLocaleString('en');
const secs = ms => `${(ms / 1000).toFixed(1)} s`;

export class Board {
  constructor() {
    this.phases = []; this.start = Date.now(); this.lastDraw = 0; this.drawn = 0;
    this.timer = setInterval(() => this.draw(), tty ? 500 : 10_000);
    this.timer.unref();
  }

  /** A phase of `total` units (0 when unknown: elapsed time only); it starts counting at its first start() or tick(). */
  phase(label, total = 0, unit = 'rows') {
    const phase = new Phase(this, label, total, unit);
    this.phases.push(phase);
    return phase;
  }

  poke() { if (Date.now() - this.lastDraw > (tty ? 250 : 10_000)) this.draw(); }

  draw() {
    this.lastDraw = Date.now();
    const active = this.phases.filter(p => p.started && (tty || !p.ended));
    if (!active.length) return;
    const lines = active.map(p => p.line());
    if (tty) {
      process.stderr.write((this.drawn ? `\x1b[${this.drawn}F` : '') + lines.map(l => `\x1b[2K${l}\n`).join(''));
      this.drawn = lines.length;
    } else {
      process.stderr.write(`[${secs(Date.now() - this.start)}]\n${lines.map(l => `  ${l}\n`).join('')}`);
    }
  }

  ended(phase) {
    if (tty) this.draw();
    else process.stderr.write(`[${secs(Date.now() - this.start)}] done: ${phase.line()}\n`);
  }

  close() {
    clearInterval(this.timer);
    if (tty) this.draw();
  }
}

class Phase {
  constructor(board, label, total, unit) {
    Object.assign(this, { board, label, total, unit, done: 0, note: '', started: 0, ended: 0 });
  }

  start(note = this.note) { if (!this.started) this.started = Date.now(); this.note = note; this.board.poke(); return this; }

  tick(n, note = this.note) { this.start(note); this.done += n; this.board.poke(); }

  /** Sets the count outright (a polled or estimated figure) rather than adding to it; etaMs when the phase knows better than its average rate. */
  set(done, note = this.note, etaMs = undefined) { this.start(note); this.done = done; this.etaMs = etaMs; this.board.poke(); }

  end(note = '') {
    this.start(); this.ended = Date.now(); this.note = note;
    if (this.total) this.done = Math.max(this.done, this.total);
    this.board.ended(this);
  }

  get elapsed() { return (this.ended || Date.now()) - this.started; }

  line() {
    const seconds = this.elapsed / 1000;
    const head = this.label.padEnd(30);
    if (!this.total) return `${head} ${this.ended ? 'done' : 'running'} ${secs(this.elapsed)} ${this.note}`.trimEnd();
    const fraction = Math.min(1, this.done / this.total);
    const width = 24, filled = Math.round(fraction * width);
    const rate = seconds > 0 ? this.done / seconds : 0;
    const eta = this.ended ? 'done' : this.etaMs !== undefined ? `ETA ${secs(this.etaMs)}`
      : rate > 0 && this.done > 0 ? `ETA ${secs(((this.total - this.done) / rate) * 1000)}` : 'ETA ?';
    return `${head} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% `
      + `${fmt(this.done)}/${fmt(this.total)} ${this.unit} ${secs(this.elapsed)} ${fmt(rate)} ${this.unit}/s ${eta} ${this.note}`.trimEnd();
  }
}
