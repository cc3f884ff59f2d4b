/** @param {number[]} samples */
export function median(samples) {
  if (samples.length === 0) throw new Error("median of no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? /** @type {number} */ (sorted[middle])
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** @param {number} numerator @param {number} denominator */
export function ratio(numerator, denominator) {
  return Math.round((numerator / denominator) * 1000) / 1000;
}
