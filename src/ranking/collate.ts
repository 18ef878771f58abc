const collator = new Intl.Collator('vi');

/** Vietnamese collation, then code units, so that distinct strings never compare equal. */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
