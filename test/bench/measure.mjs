// Timing helpers for the benchmark: medians after warm-up calls, percentiles of many samples.

export const MB = 1024 * 1024;
/** Timed calls per measure: on these machines one run of the same code varies by 2×, so fifteen, not seven. */
export const RUNS = 15;
/** Calls before timing starts, for every contender alike: V8 kept optimizing our analysis of 1 MB over its first ten calls. */
export const WARM_UP = 10;

export const now = () => Number(process.hrtime.bigint()) / 1e6;

/** The median of `runs` timings of a synchronous function, after the warm-up calls. */
export function median(fn, runs = RUNS) {
  for (let i = 0; i < WARM_UP; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    fn();
    times.push(now() - start);
  }
  return percentile(times, 0.5);
}

/** The same for an async function. */
export async function medianAsync(fn, runs = RUNS) {
  for (let i = 0; i < WARM_UP; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    await fn();
    times.push(now() - start);
  }
  return percentile(times, 0.5);
}

/** The p-th percentile (0..1) of a list of samples. */
export function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

export const mbps = (bytes, ms) => bytes / MB / (ms / 1000);
export const fmt = (n, digits = 1) => n.toFixed(digits);
export const sizeLabel = (bytes) => (bytes >= MB ? `${bytes / MB} MB` : `${bytes / 1024} KB`);
