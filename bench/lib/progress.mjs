// A progress bar on stderr: done/total, percent, rows per second.
export class Progress {
  constructor(label, total) {
    this.label = label; this.total = total; this.done_ = 0; this.start = Date.now(); this.last = 0;
    this.draw();
  }
  tick(n) {
    this.done_ += n;
    if (Date.now() - this.last > 200) this.draw();
  }
  draw() {
    this.last = Date.now();
    const fraction = this.total ? Math.min(1, this.done_ / this.total) : 1;
    const width = 30, filled = Math.round(fraction * width);
    const seconds = (Date.now() - this.start) / 1000;
    const rate = seconds > 0 ? Math.round(this.done_ / seconds) : 0;
    process.stderr.write(`\r${this.label.padEnd(22)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] `
      + `${(fraction * 100).toFixed(0).padStart(3)}% ${this.done_.toLocaleString('en')}/${this.total.toLocaleString('en')} rows `
      + `${seconds.toFixed(1)} s ${rate.toLocaleString('en')} rows/s   `);
  }
  done() {
    this.draw();
    process.stderr.write('\n');
  }
}
