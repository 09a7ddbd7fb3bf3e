// Timing and memory helpers shared by the bench parts.

export interface Timing {
  median: number;
  p95: number;
  n: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  // Nearest-rank: an observed value, never an interpolation between two runs.
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

export function summarize(samplesMs: number[]): Timing {
  const s = [...samplesMs].sort((a, b) => a - b);
  return { median: percentile(s, 0.5), p95: percentile(s, 0.95), n: s.length };
}

/** Runs `fn(i)` `warmup` times untimed (JIT, caches), then `reps` times timed. */
export function timeRepeated(reps: number, warmup: number, fn: (i: number) => void): Timing {
  for (let i = 0; i < warmup; i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn(warmup + i);
    samples.push(performance.now() - t0);
    memory.sample();
  }
  return summarize(samples);
}

export function timeOnce<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  memory.sample();
  return { ms, value };
}

/** High-water marks of process.memoryUsage(), sampled after each timed operation. */
export const memory = {
  rss: 0,
  heapUsed: 0,
  sample(): void {
    const m = process.memoryUsage();
    if (m.rss > this.rss) this.rss = m.rss;
    if (m.heapUsed > this.heapUsed) this.heapUsed = m.heapUsed;
  },
};

export const fmtMs = (ms: number): string =>
  Number.isNaN(ms)
    ? "-"
    : ms >= 1000
      ? `${(ms / 1000).toFixed(2)} s`
      : ms >= 10
        ? `${ms.toFixed(0)} ms`
        : `${ms.toFixed(2)} ms`;

export const fmtMb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
