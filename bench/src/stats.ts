// The medians and ratios the bench reports.
export function median(samples: number[]) {
  if (samples.length === 0) throw new Error("median of no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? /* in range: samples is not empty */ (sorted[middle] as number)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function ratio(numerator: number, denominator: number) {
  return Math.round((numerator / denominator) * 1000) / 1000;
}
