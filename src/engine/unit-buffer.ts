/**
 * The arrays a scored unit keeps, carved from one buffer: the unit's own (maxima, not-applicable
 * flags, rule warnings) and, for each of its `stages` distinct stages, points, exactness,
 * sources, statuses and ratings, `n` nodes each. A typed array of more than a few dozen bytes
 * gets its own off-heap buffer, whose allocation and collection cost more than evaluating the
 * unit; views of one buffer cost one. Taken in any order, at most as many of each kind as sized.
 */
export class UnitBuffer {
  /** The one buffer every view shares. */
  readonly buffer: ArrayBuffer;
  #f64 = 0;
  #u32: number;
  #u8: number;
  /**
   * @param n - Nodes per array.
   * @param stages - Distinct stages of the unit (1 to 3).
   */
  constructor(
    readonly n: number,
    stages: number,
  ) {
    // Doubles first, then 32-bit, then bytes: every view starts aligned.
    this.#u32 = 8 * n * (1 + stages);
    this.#u8 = this.#u32 + 4 * n * stages;
    this.buffer = new ArrayBuffer(this.#u8 + n * (2 + 3 * stages));
  }
  /** The next `n` doubles. */
  f64(): Float64Array {
    const a = new Float64Array(this.buffer, this.#f64, this.n);
    this.#f64 += 8 * this.n;
    return a;
  }
  /** The next `n` 32-bit counts. */
  u32(): Uint32Array {
    const a = new Uint32Array(this.buffer, this.#u32, this.n);
    this.#u32 += 4 * this.n;
    return a;
  }
  /** The next `n` bytes. */
  u8(): Uint8Array {
    const a = new Uint8Array(this.buffer, this.#u8, this.n);
    this.#u8 += this.n;
    return a;
  }
  /** The next `n` bytes, signed. */
  i8(): Int8Array {
    const a = new Int8Array(this.buffer, this.#u8, this.n);
    this.#u8 += this.n;
    return a;
  }
}
