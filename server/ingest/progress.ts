import cliProgress from 'cli-progress';

export interface ProgressReporter {
  start(label: string, total: number): void;
  advance(n: number): void;
  stop(): void;
}

/** A bar with rows/s on a terminal; on a pipe, one line per step so logs stay readable. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  let bar: cliProgress.SingleBar | null = null;
  let label = '';
  let done = 0;
  let total = 0;
  let began = 0;
  const rate = (): string => `${Math.round(done / Math.max((Date.now() - began) / 1000, 0.001))} rows/s`;
  return {
    start(l, t) {
      label = l;
      total = t;
      done = 0;
      began = Date.now();
      if (stream.isTTY) {
        bar = new cliProgress.SingleBar(
          { format: `${label.padEnd(14)} {bar} {percentage}% {value}/{total} {rate}`, stream, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0, { rate: '' });
      }
    },
    advance(n) {
      done += n;
      bar?.update(done, { rate: rate() });
    },
    stop() {
      if (bar) bar.stop();
      else stream.write(`${label}: ${done}/${total} rows, ${rate()}\n`);
      bar = null;
    },
  };
}

export const silentProgress: ProgressReporter = { start() {}, advance() {}, stop() {} };
