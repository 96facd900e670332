/** Small statistics for benchmark figures: exact percentiles over sorted samples. */

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest-rank: the smallest sample at or above p% of the samples.
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

/** A figure measured once per run: its median across runs and the spread (min to max). */
export interface Figure {
  section: string;
  name: string;
  unit: string;
  runs: number[];
  median: number;
  min: number;
  max: number;
  /** The target, and whether more or less is better. Absent for context figures (sizes, ratios' parts). */
  target?: { value: number; better: 'higher' | 'lower' };
  met?: boolean;
  note?: string;
}

export function figure(
  section: string,
  name: string,
  unit: string,
  runs: number[],
  target?: Figure['target'],
  note?: string,
): Figure {
  const clean = runs.filter((r) => Number.isFinite(r));
  const m = median(clean);
  const f: Figure = { section, name, unit, runs, median: m, min: Math.min(...clean), max: Math.max(...clean), note };
  if (target) {
    f.target = target;
    f.met = clean.length > 0 && (target.better === 'higher' ? m >= target.value : m <= target.value);
  }
  return f;
}

/** Milliseconds since an arbitrary origin, sub-microsecond resolution. */
export const now = (): number => performance.now();
