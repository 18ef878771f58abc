import { formatPercent } from '../format/number-format.js';
import {
  type Q,
  Q0,
  Q100,
  qCmp,
  qDiv,
  qMul,
  qSub,
  qToFixed,
  type Rounding,
} from '../internal/rational.js';
import type { PeerShown, RankGap, RankGapInput } from '../model/whatif-gaps.js';
import { compareVi } from '../ranking/collate.js';
import { dsQ, ptsQ, readPlaces, readQ, readStepQ, stepPlacesQ } from './grid.js';
import { type GainBase, gainToMeet, pointsAfter, published } from './threshold.js';

const FN = 'pointsNeededForRank';

interface Peer {
  readonly shown: PeerShown;
  readonly published: Q;
}

/**
 * The fewest additional points that lift a unit to rank ≤ `k` in its block, the other units
 * held fixed (docs/what-if.md).
 *
 * Ranks follow {@link rankValues}: units are compared on the published index (rounded once, by
 * the set's rule) and ties share a rank (1, 2, 2, 4). So the unit needs a published index at
 * least equal to that of the k-th best other unit: a tie with it counts as reaching rank k. The
 * answer is the smallest multiple of `step` (0.01 by default) that gets there — adding it meets
 * the target, one step less does not — computed exactly on the unit's total (bonus, penalty, the
 * floor at 0 and the cap included when `raw` and `cap` are given).
 *
 * @param input - The unit's points and maximum, the others' indices, `k`, and options.
 * @returns The points needed, whether they are within reach, the new index and rank, the unit
 *   to catch up with or pass, and a sentence in Vietnamese and English.
 * @throws RangeError when `max` is not positive, `k` is not a positive integer, or a number
 *   cannot be read.
 * @example
 * const gap = pointsNeededForRank({
 *   points: '80', max: '100', k: 1,
 *   others: [{ name: 'Huyện X', index: '86.45' }],
 * });
 * gap.pointsNeeded; // '6.45' (86.445 would already show 86.45 and tie, but the grid is 0.01)
 */
export function pointsNeededForRank(input: RankGapInput): RankGap {
  const points = readQ(input.points, 'points', FN);
  const max = readQ(input.max, 'max', FN);
  if (qCmp(max, Q0) <= 0) throw new RangeError(`${FN}: max must be positive`);
  if (!Number.isInteger(input.k) || input.k < 1) {
    throw new RangeError(`${FN}: k must be a positive integer`);
  }
  const rest = qSub(max, points);
  return rankGapExact({
    points,
    raw: input.raw === undefined ? points : readQ(input.raw, 'raw', FN),
    ...(input.cap !== undefined ? { cap: readQ(input.cap, 'cap', FN) } : {}),
    max,
    others: input.others.map((o) => ({
      ...(o.id !== undefined ? { id: o.id } : {}),
      name: o.name,
      index: readQ(o.index, 'index', FN),
    })),
    k: input.k,
    places: readPlaces(input.places, FN),
    mode: input.rounding ?? 'half-up',
    step: readStepQ(input.step, FN),
    available:
      input.available === undefined
        ? qCmp(rest, Q0) < 0
          ? Q0
          : rest
        : readQ(input.available, 'available', FN),
    ...(input.name !== undefined ? { name: input.name } : {}),
  });
}

/** {@link pointsNeededForRank} on exact numbers, already read. Internal. */
export interface RankGapExactInput {
  readonly points: Q;
  readonly raw: Q;
  readonly cap?: Q | undefined;
  readonly max: Q;
  readonly others: readonly { readonly id?: string; readonly name: string; readonly index: Q }[];
  readonly k: number;
  readonly places: number;
  readonly mode: Rounding;
  readonly step: Q;
  readonly available: Q;
  readonly name?: string | undefined;
}

/** The rank gap on exact numbers (see {@link pointsNeededForRank}). Internal. */
export function rankGapExact(input: RankGapExactInput): RankGap {
  const { points, max, k, places, mode, step, available } = input;
  const base: GainBase = {
    raw: input.raw,
    max,
    ...(input.cap !== undefined ? { cap: input.cap } : {}),
  };
  const pub = (index: Q): Q => published(index, places, mode);
  const peers = input.others
    .map((o): Peer => {
      const shown = qToFixed(o.index, places, mode);
      return {
        shown: {
          ...(o.id !== undefined ? { id: o.id } : {}),
          name: o.name,
          index: dsQ(o.index),
          shown,
        },
        published: pub(o.index),
      };
    })
    .sort((a, b) => qCmp(b.published, a.published) || compareVi(a.shown.name, b.shown.name));
  const of = peers.length + 1;
  const rankOf = (index: Q): number => {
    const r = pub(index);
    return 1 + peers.filter((p) => qCmp(p.published, r) > 0).length;
  };
  const indexOf = (p: Q): Q => qDiv(qMul(p, Q100), max);
  const currentIndex = indexOf(points);
  const currentRank = rankOf(currentIndex);
  const kth = peers[k - 1];
  const judged = { on: 'published', places, mode } as const;
  const needed = kth === undefined ? Q0 : gainToMeet(base, kth.published, judged, step);
  const newPoints = pointsAfter(base, needed);
  const newIndex = indexOf(newPoints);
  const newRank = rankOf(newIndex);
  const alreadyMet = currentRank <= k;
  const reachable = alreadyMet || (qCmp(needed, available) <= 0 && newRank <= k);
  const facts = { alreadyMet, reachable, needed, available, step, currentRank, newRank };
  const { text, textEn } = describe(facts, of, k, kth, pub(newIndex), places);
  const who = input.name !== undefined ? `${input.name}: ` : '';
  return {
    reachable,
    alreadyMet,
    pointsNeeded: dsQ(needed),
    available: dsQ(available),
    currentIndex: dsQ(currentIndex),
    currentRank,
    newPoints: dsQ(newPoints),
    newIndex: dsQ(newIndex),
    newIndexShown: qToFixed(newIndex, places, mode),
    newRank,
    of,
    k,
    ...(alreadyMet || kth === undefined ? {} : { unitToPass: kth.shown }),
    text: who + text,
    textEn: who + textEn,
  };
}

interface Facts {
  readonly alreadyMet: boolean;
  readonly reachable: boolean;
  readonly needed: Q;
  readonly available: Q;
  readonly step: Q;
  readonly currentRank: number;
  readonly newRank: number;
}

function describe(
  f: Facts,
  of: number,
  k: number,
  kth: Peer | undefined,
  newShown: Q,
  places: number,
): { text: string; textEn: string } {
  const sp = stepPlacesQ(f.step);
  const goal = `${k}/${of}`;
  if (f.alreadyMet) {
    return {
      text: `Đã đạt: hạng ${f.currentRank}/${of}, mục tiêu ${goal} trở lên`,
      textEn: `Already met: rank ${f.currentRank}/${of}, target ${goal} or better`,
    };
  }
  if (!f.reachable || kth === undefined) {
    return {
      text: `Không thể đạt hạng ${goal}: cần ${ptsQ(f.needed, 'vi', sp)} điểm nhưng chỉ còn ${ptsQ(f.available, 'vi', sp)} điểm có thể giành thêm`,
      textEn: `Cannot reach rank ${goal}: ${ptsQ(f.needed, 'en', sp)} points needed but only ${ptsQ(f.available, 'en', sp)} points can still be won`,
    };
  }
  const passes = qCmp(newShown, kth.published) > 0;
  const pv = formatPercent(kth.shown.shown, { places });
  const pe = formatPercent(kth.shown.shown, { places, lang: 'en' });
  return {
    text: `Cần thêm ${ptsQ(f.needed, 'vi', sp)} điểm để đạt hạng ${f.newRank}/${of} (${passes ? 'vượt' : 'ngang'} ${kth.shown.name} ${pv})`,
    textEn: `${ptsQ(f.needed, 'en', sp)} more points needed for rank ${f.newRank}/${of} (${passes ? 'passing' : 'tying with'} ${kth.shown.name} ${pe})`,
  };
}
