/** A seeded source of uniform and normal draws. Internal. */
export interface Random {
  /** Uniform in [0, 1). */
  uniform(): number;
  /** Standard normal. */
  normal(): number;
}

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator) with Marsaglia's polar normals (no
 * trigonometry: a logarithm and a square root per pair). The uniform stream is integer
 * arithmetic, identical everywhere; normals go through `Math.log`, which engines may round
 * differently in the last bit, so a simulation is reproducible for a seed on one engine (and,
 * but for such a last bit, on all). Not for cryptography.
 */
export function seededRandom(seed: number): Random {
  // State and spare normal live in typed arrays: a uint32 above 2³¹ or a double kept in a
  // closure variable would be boxed anew on every draw, which cost more than the draw itself.
  const state = new Uint32Array([seed >>> 0]);
  const spare = new Float64Array(1);
  let hasSpare = false;
  const uniform = (): number => {
    const s = ((state[0] as number) + 0x6d2b79f5) >>> 0;
    state[0] = s;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    if (hasSpare) {
      hasSpare = false;
      return spare[0] as number;
    }
    let x: number;
    let y: number;
    let s: number;
    // A point uniform in the unit disc (about 21 % of pairs are drawn again).
    do {
      x = 2 * uniform() - 1;
      y = 2 * uniform() - 1;
      s = x * x + y * y;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    spare[0] = y * f;
    hasSpare = true;
    return x * f;
  };
  return { uniform, normal };
}
