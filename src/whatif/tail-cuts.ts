/** A node's drawn values over the draws, in draw units (integers ≥ 0). Internal. */
export type DrawColumn = Int32Array | Float64Array;

/** The k-th smallest value (0-based), by quickselect; reorders `a`. Linear on average. */
export function select(a: DrawColumn, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k] as number;
}

// Counting pays while the value range is at most a few times the draws; wider, quickselect.
const RANGE_PER_DRAW = 4;

/**
 * The `low`-th and `high`-th smallest of a column's values (0-based, `low ≤ high`), as sorting
 * would give them; the column is left as it is. Draws are integers on a grid, usually within a
 * narrow range: then they are counted (two passes and a scan of the range), which is several
 * times cheaper than two quickselects on a copy; otherwise quickselect decides. Both read the
 * same order statistics, so the answer never depends on the path.
 */
export function tailCuts(v: DrawColumn, low: number, high: number): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let d = 0; d < v.length; d++) {
    const x = v[d] as number;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const range = max - min + 1;
  if (!(range <= RANGE_PER_DRAW * v.length + 1) || !Number.isSafeInteger(range)) {
    const copy = v.slice();
    return [select(copy, low), select(copy, high)];
  }
  const counts = new Int32Array(range);
  for (let d = 0; d < v.length; d++) {
    const at = (v[d] as number) - min;
    counts[at] = (counts[at] as number) + 1;
  }
  // The k-th smallest is the first value whose cumulative count exceeds k.
  let cum = 0;
  let b = 0;
  for (; cum + (counts[b] as number) <= low; b++) cum += counts[b] as number;
  const lowCut = b + min;
  for (; cum + (counts[b] as number) <= high; b++) cum += counts[b] as number;
  return [lowCut, b + min];
}
