/** Repeated timing and its summary: the median, with the spread of the middle half. */

export interface Timing {
  /** Milliseconds, sorted. */
  samples: number[];
  median: number;
  /** First and third quartiles. */
  q1: number;
  q3: number;
}

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  const above = Math.ceil(at);
  return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
}

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { samples: sorted, median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75) };
}

export interface RepeatOptions {
  /** Untimed runs first, so the code is compiled and optimised as it is in a long-running server. */
  warmup?: number;
  minRuns?: number;
  /** Keep going until both this many milliseconds and `minRuns` are spent. */
  minTotalMs?: number;
  maxRuns?: number;
}

/** Times `run` repeatedly in this process. */
export function repeat(run: () => unknown, options: RepeatOptions = {}): Timing {
  const { warmup = 3, minRuns = 10, minTotalMs = 500, maxRuns = 500 } = options;
  for (let i = 0; i < warmup; i++) run();
  const samples: number[] = [];
  let total = 0;
  while (samples.length < maxRuns && (samples.length < minRuns || total < minTotalMs)) {
    const start = performance.now();
    run();
    const elapsed = performance.now() - start;
    samples.push(elapsed);
    total += elapsed;
  }
  return summarise(samples);
}

/**
 * Times several runs in alternation, one of each per round, so that all
 * meet the same load on the machine: a drift in load between two separate
 * series moved their ratio by half. Rounds continue until both `minRuns`
 * rounds and `minTotalMs` of the first run's time are spent. Returns each
 * run's timing and, per round, each run's time over the first's.
 */
export function interleave<K extends string>(
  runs: Record<K, () => unknown>,
  options: RepeatOptions = {},
): { timings: Record<K, Timing>; ratiosToFirst: Record<K, Timing> } {
  const { warmup = 3, minRuns = 10, minTotalMs = 500, maxRuns = 500 } = options;
  const names = Object.keys(runs) as K[];
  for (let i = 0; i < warmup; i++) for (const name of names) runs[name]();
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  const ratios = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  let total = 0;
  for (let round = 0; round < maxRuns && (round < minRuns || total < minTotalMs); round++) {
    for (const name of names) {
      const start = performance.now();
      runs[name]();
      samples[name].push(performance.now() - start);
    }
    const first = samples[names[0]][round];
    total += first;
    for (const name of names) ratios[name].push(first / samples[name][round]);
  }
  const summariseEach = (of: Record<K, number[]>) =>
    Object.fromEntries(names.map((name) => [name, summarise(of[name])])) as Record<K, Timing>;
  return { timings: summariseEach(samples), ratiosToFirst: summariseEach(ratios) };
}

/** `1.23 ms (1.20–1.31, 40 runs)`: median, then the middle half of the runs. */
export function formatTiming(timing: Timing): string {
  return `${formatMs(timing.median)} (${formatMs(timing.q1, false)}–${formatMs(timing.q3, false)}, ${timing.samples.length} runs)`;
}

export function formatMs(ms: number, unit = true): string {
  const digits = ms < 1 ? 3 : ms < 10 ? 2 : ms < 100 ? 1 : 0;
  return ms.toFixed(digits) + (unit ? ' ms' : '');
}
