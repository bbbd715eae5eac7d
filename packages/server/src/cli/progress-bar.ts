/** A one-line progress bar on a terminal (nothing when the stream is not a TTY), redrawn ≤ 10×/s. */
import type { CliIo } from './io.ts';

const WIDTH = 30;

export interface ProgressBar {
  update(done: number, total: number): void;
  finish(): void;
}

export function progressBar(stream: CliIo['stderr'], label: string): ProgressBar {
  if (!stream.isTTY) return { update() {}, finish() {} };
  const started = Date.now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - lastDraw < 100 && done < total) return;
      lastDraw = now;
      drawn = true;
      const share = total > 0 ? Math.min(done / total, 1) : 0;
      const filled = Math.round(share * WIDTH);
      const elapsed = (now - started) / 1000;
      const eta = share > 0 ? Math.max(elapsed / share - elapsed, 0) : 0;
      const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
      stream.write(
        `\r${label} ${bar} ${(share * 100).toFixed(0).padStart(3)}% ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ETA ${eta.toFixed(0)}s `,
      );
    },
    finish() {
      if (drawn) stream.write('\n');
    },
  };
}
