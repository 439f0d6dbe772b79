import { terminal } from '../../render/safe.js';

/**
 * A progress line on stderr for big inputs: bytes read, rows per second and time left. Only drawn on a
 * terminal (never into a pipe or a log file) and redrawn at most five times a second.
 */
const REDRAW_MS = 200;

export interface Progress {
  update(bytes: number, rows: number): void;
  done(): void;
}

export const NO_PROGRESS: Progress = { update() {}, done() {} };

/** Files at least this big get a progress bar; smaller ones finish before it would be useful. */
export const PROGRESS_MIN_BYTES = 50 * 1024 * 1024;

export function progressBar(name: string, total: number, write: (text: string) => void, now: () => number = performance.now.bind(performance)): Progress {
  const started = now();
  let last = started;
  let drawn = false;
  return {
    update(bytes, rows) {
      const t = now();
      if (t - last < REDRAW_MS) return;
      last = t;
      drawn = true;
      write(`\r${progressLine(terminal(name), bytes, total, rows, (t - started) / 1000)}\x1b[K`);
    },
    done() {
      if (drawn) write('\r\x1b[K');
    },
  };
}

/** "calls.csv [#####-----] 48% 210/437 MB · 4.8M rows/s · 1s left" */
export function progressLine(name: string, bytes: number, total: number, rows: number, seconds: number): string {
  const share = total > 0 ? Math.min(1, bytes / total) : 0;
  const width = 20;
  const filled = Math.round(share * width);
  const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
  const rate = seconds > 0 ? rows / seconds : 0;
  const left = share > 0 ? (seconds * (1 - share)) / share : NaN;
  const rateText = rate >= 1e6 ? `${(rate / 1e6).toFixed(1)}M` : `${Math.round(rate / 1e3)}k`;
  const eta = Number.isFinite(left) ? `${Math.ceil(left)}s left` : '…';
  return `${name} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(share * 100)}% ${mb(bytes)}/${mb(total)} MB · ${rateText} rows/s · ${eta}`;
}
