/** A one-line progress display on stderr (documents, MB/s, ETA), shown only on a terminal. */
export class Progress {
  private docs = 0;
  private bytes = 0;
  private lastDraw = 0;
  private readonly started = performance.now();
  constructor(
    private readonly totalBytes: number,
    private readonly enabled: boolean,
  ) {}

  read(bytes: number): void {
    this.bytes += bytes;
  }

  done(): void {
    this.docs++;
    const now = performance.now();
    if (this.enabled && now - this.lastDraw > 100) {
      this.lastDraw = now;
      this.draw(now);
    }
  }

  private draw(now: number): void {
    const seconds = (now - this.started) / 1000;
    const mbPerSecond = this.bytes / 1e6 / Math.max(seconds, 1e-3);
    let line = `dhad: ${this.docs} documents · ${(this.bytes / 1e6).toFixed(1)} MB · ${mbPerSecond.toFixed(1)} MB/s`;
    if (this.totalBytes > 0) {
      const share = Math.min(1, this.bytes / this.totalBytes);
      const width = 20;
      const filled = Math.round(share * width);
      const eta = share > 0 ? seconds / share - seconds : 0;
      line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0)}% · ${line.slice(6)} · ETA ${eta.toFixed(0)}s`;
    }
    process.stderr.write(`\r${line}\x1b[K`);
  }

  finish(): void {
    if (this.enabled) {
      this.draw(performance.now());
      process.stderr.write('\n');
    }
  }
}
