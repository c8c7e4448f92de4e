/** Percentiles of a sample of durations, for the benchmark reports. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Count, p50, p95, p99 and maximum of a sample of durations (ms). */
export function summary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, p50ms: +percentile(sorted, 50).toFixed(1), p95ms: +percentile(sorted, 95).toFixed(1), p99ms: +percentile(sorted, 99).toFixed(1), maxMs: +(sorted[sorted.length - 1] ?? NaN).toFixed(1) };
}
