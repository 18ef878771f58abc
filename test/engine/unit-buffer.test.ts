import { describe, expect, it } from 'vitest';
import { UnitBuffer } from '../../src/engine/unit-buffer.js';

describe('UnitBuffer', () => {
  it('gives every array of a unit its own aligned slice of one buffer', () => {
    // 5 nodes, 2 stages: 3 double arrays (maxima + points ×2), 2 count arrays, 2 + 3×2 byte arrays.
    const b = new UnitBuffer(5, 2);
    const arrays: (Float64Array | Uint32Array | Uint8Array | Int8Array)[] = [
      b.f64(),
      b.f64(),
      b.f64(),
      b.u32(),
      b.u32(),
    ];
    for (let k = 0; k < 8; k++) arrays.push(k % 3 === 2 ? b.i8() : b.u8());
    expect(b.buffer.byteLength).toBe(3 * 40 + 2 * 20 + 8 * 5);
    arrays.forEach((a, k) => {
      expect(a.length).toBe(5);
      expect(a.buffer).toBe(b.buffer);
      expect(a.byteOffset % a.BYTES_PER_ELEMENT).toBe(0);
      a.fill(k + 1);
    });
    // Nothing written to one array shows in another.
    arrays.forEach((a, k) => {
      expect([...a]).toEqual([k + 1, k + 1, k + 1, k + 1, k + 1]);
    });
  });
});
