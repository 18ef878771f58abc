import { dec } from '../../internal/decimal.js';
import type { ScoreResult } from '../../model/score-result.js';

/** Colours of one band: `strong` for chart bars, `light` for table cell fills (dark text on it). */
export interface BandColour {
  /** Hex colour `#rrggbb` for bars. */
  readonly strong: string;
  /** Hex colour `#rrggbb` for cell backgrounds. */
  readonly light: string;
}

// Best to worst: green, light green, amber, orange, red.
const STRONG = ['#1b7837', '#5aae61', '#d9a21b', '#e0663a', '#b2182b'] as const;
const LIGHT = ['#c6efce', '#e2f0d9', '#ffeb9c', '#fcd5b4', '#ffc7ce'] as const;

/** Colour of units with no band. */
export const NO_BAND_COLOUR: BandColour = { strong: '#8c8c8c', light: '#ededed' };

/**
 * Assigns a colour to every band present in the results, best band green, worst red.
 *
 * Results carry band codes, not the scale, so bands are ordered by the best index among the
 * units holding each: a higher band always holds higher indices on one scale.
 *
 * @param results - The scored units.
 * @returns Colour by band code.
 * @example
 * bandColours(results).get('tot')?.strong; // '#1b7837'
 */
export function bandColours(results: readonly ScoreResult[]): ReadonlyMap<string, BandColour> {
  const best = new Map<string, ScoreResult['index']>();
  for (const r of results) {
    if (r.band === undefined) continue;
    const seen = best.get(r.band.code);
    if (seen === undefined || dec(r.index).greaterThan(dec(seen))) best.set(r.band.code, r.index);
  }
  const codes = [...best.entries()]
    .sort((a, b) => dec(b[1]).comparedTo(dec(a[1])) || (a[0] < b[0] ? -1 : 1))
    .map(([code]) => code);
  const colours = new Map<string, BandColour>();
  codes.forEach((code, i) => {
    // Best band green, intermediate bands in palette order, the worst band present red.
    const at = i > 0 && i === codes.length - 1 ? 4 : Math.min(i, 3);
    colours.set(code, { strong: STRONG[at] ?? STRONG[4], light: LIGHT[at] ?? LIGHT[4] });
  });
  return colours;
}

/**
 * The colour of a band code, grey when absent or unknown.
 *
 * @example
 * colourOf(bandColours(results), undefined); // NO_BAND_COLOUR
 */
export function colourOf(
  colours: ReadonlyMap<string, BandColour>,
  code: string | undefined,
): BandColour {
  return (code === undefined ? undefined : colours.get(code)) ?? NO_BAND_COLOUR;
}
