// Timing helpers for the benchmark: medians after warm-up calls, percentiles of many samples.
import { createRequire } from 'node:module';
import { random } from './corpus.mjs';

/**
 * Tunes V8 as the server and the CLI do when they start (`server/src/runtimeTuning.ts`), so that
 * the benchmark measures the core as they run it; every benchmark process that analyses calls it
 * first. `POLICY_LENS_BENCH_V8_DEFAULTS=1` leaves V8 as it comes, to measure what the tuning does.
 */
export function tuneAsTheServerDoes() {
  if (process.env.POLICY_LENS_BENCH_V8_DEFAULTS !== '1') createRequire(import.meta.url)('../../out/server/src/runtimeTuning.js').tuneV8();
}

export const MB = 1024 * 1024;
/**
 * A smoke run (`POLICY_LENS_BENCH_SMOKE=1`, which `npm test` sets): every measurement on small texts
 * with few calls, to check that the benchmark still runs to its end; its figures mean nothing and
 * it leaves bench/RESULTS.md alone. The benchmark is not run by CI, and it once broke unnoticed.
 */
export const SMOKE = process.env.POLICY_LENS_BENCH_SMOKE === '1';
/** Timed calls per measure: on these machines one run of the same code varies by 2×, so fifteen, not seven. */
export const RUNS = SMOKE ? 2 : 15;
/** Calls before timing starts, for every contender alike: V8 kept optimizing our analysis of 1 MB over its first ten calls. */
export const WARM_UP = SMOKE ? 1 : 10;
/** The document most measurements use: 1 MB (32 KB in a smoke run). */
export const DOC_SIZE = SMOKE ? 32 * 1024 : MB;
/** `count` in a real run, `smoke` in a smoke run. */
export const scaled = (count, smoke) => (SMOKE ? smoke : count);

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

/** The p-th percentile (0..1) of a list of samples. */
export function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

export const mbps = (bytes, ms) => bytes / MB / (ms / 1000);
export const fmt = (n, digits = 1) => n.toFixed(digits);
export const sizeLabel = (bytes) => (bytes >= MB ? `${bytes / MB} MB` : `${bytes / 1024} KB`);

/**
 * Times contenders in alternation: each round calls every one once, in an order drawn afresh, so
 * that the machine's drift (2× between minutes here) falls on all of them alike. Returns each
 * contender's timings, the i-th of every list from the same round. The order is drawn, not rotated:
 * a collection that comes every so many calls can fall on the same contender in every round of a
 * rotation, and one of two builds that differ in nothing that text reads took 1.5–2 times as long
 * as the other on 3,775 short paragraphs (0.99 with the order drawn). (A forced
 * collection before each call, tried to keep one contender's garbage off another's clock, made
 * every contender about two times slower, for a reason not found.)
 */
export async function interleaved(contenders, runs = RUNS) {
  const names = Object.keys(contenders);
  for (let i = 0; i < WARM_UP; i++) for (const name of names) await contenders[name]();
  const times = Object.fromEntries(names.map((name) => [name, []]));
  // a fixed seed: the same draws in every run of the benchmark
  const draw = random(7);
  for (let round = 0; round < runs; round++) {
    const first = Math.floor(draw() * names.length);
    for (let k = 0; k < names.length; k++) {
      const name = names[(first + k) % names.length];
      const start = now();
      await contenders[name]();
      times[name].push(now() - start);
    }
  }
  return times;
}

/** The median over rounds of `a`'s time divided by `b`'s, from `interleaved` timings. */
export const pairedRatio = (a, b) => percentile(a.map((t, i) => t / b[i]), 0.5);

/**
 * A 95 % interval for that median, from the order statistics of the rounds' ratios (no assumption
 * about their distribution): the ratios ranked n/2 ± 0.98·√n. Where it spans 1, the rounds cannot
 * tell the two apart.
 */
export function pairedRatioInterval(a, b) {
  const ratios = a.map((t, i) => t / b[i]).sort((x, y) => x - y);
  const n = ratios.length;
  const reach = Math.ceil(0.98 * Math.sqrt(n));
  return { low: ratios[Math.max(0, Math.floor(n / 2) - reach)], high: ratios[Math.min(n - 1, Math.floor(n / 2) + reach)] };
}
