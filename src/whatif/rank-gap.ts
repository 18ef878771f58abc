import { formatPercent } from '../format/number-format.js';
import { roundDecimal } from '../format/round.js';
import { D, type Dec, HUNDRED, percentOf, toDs } from '../internal/decimal.js';
import type { PeerShown, RankGap, RankGapInput } from '../model/whatif-gaps.js';
import {
  ceilToStep,
  pts,
  readAvailable,
  readNum,
  readPlaces,
  readStep,
  stepPlaces,
} from './grid.js';

const FN = 'pointsNeededForRank';
const collator = new Intl.Collator('vi');

interface Peer {
  readonly shown: PeerShown;
  readonly rounded: Dec;
}

/** Rounded half-up to `places`, as {@link rankValues} compares. */
function published(value: Dec, places: number): Dec {
  return new D(roundDecimal(value.toFixed(), places));
}

/**
 * The fewest additional points that lift a unit to rank ≤ `k` in its block, the other units
 * held fixed.
 *
 * Ranks follow {@link rankValues}: units are compared on the index rounded half-up to `places`,
 * and ties share a rank (1, 2, 2, 4). So the unit needs a *published* index at least equal to
 * that of the k-th best other unit: a tie with it counts as reaching rank k. With `T` that
 * published value, the index must be ≥ `T − ½·10^−places`, i.e. the points must reach
 * `(T − ½·10^−places) × max ÷ 100`; the additional points are then rounded up to the grid
 * `step` (0.01 by default). All exact.
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
  const points = readNum(input.points, 'points', FN);
  const max = readNum(input.max, 'max', FN);
  if (!max.greaterThan(0)) throw new RangeError(`${FN}: max must be positive`);
  const { k } = input;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`${FN}: k must be a positive integer`);
  const places = readPlaces(input.places, FN);
  const step = readStep(input.step, FN);
  const available = readAvailable(input.available, max, points, FN);
  const peers = input.others
    .map((o): Peer => {
      const index = readNum(o.index, 'index', FN);
      const shown = roundDecimal(index.toFixed(), places);
      return {
        shown: {
          ...(o.id !== undefined ? { id: o.id } : {}),
          name: o.name,
          index: toDs(index),
          shown,
        },
        rounded: new D(shown),
      };
    })
    .sort(
      (a, b) => b.rounded.comparedTo(a.rounded) || collator.compare(a.shown.name, b.shown.name),
    );
  const of = peers.length + 1;
  const rankOf = (index: Dec): number => {
    const r = published(index, places);
    return 1 + peers.filter((p) => p.rounded.greaterThan(r)).length;
  };
  const currentIndex = percentOf(points, max);
  const currentRank = rankOf(currentIndex);
  const kth = peers[k - 1];
  // Rank ≤ k ⟺ published index ≥ the k-th best other's published index (or fewer than k others).
  const needed =
    kth === undefined
      ? new D(0)
      : ceilToStep(
          kth.rounded.minus(new D(10).pow(-places).div(2)).times(max).div(HUNDRED).minus(points),
          step,
        );
  const newPoints = points.plus(needed);
  const newIndex = percentOf(newPoints, max);
  const newRank = rankOf(newIndex);
  const alreadyMet = currentRank <= k;
  const reachable = needed.lessThanOrEqualTo(available);
  const texts = describe({ alreadyMet, reachable, needed, available, step, currentRank, newRank });
  const { text, textEn } = texts(of, k, kth, published(newIndex, places), places);
  const who = input.name !== undefined ? `${input.name}: ` : '';
  return {
    reachable,
    alreadyMet,
    pointsNeeded: toDs(needed),
    available: toDs(available),
    currentIndex: toDs(currentIndex),
    currentRank,
    newPoints: toDs(newPoints),
    newIndex: toDs(newIndex),
    newIndexShown: roundDecimal(newIndex.toFixed(), places),
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
  readonly needed: Dec;
  readonly available: Dec;
  readonly step: Dec;
  readonly currentRank: number;
  readonly newRank: number;
}

function describe(f: Facts) {
  const sp = stepPlaces(f.step);
  return (of: number, k: number, kth: Peer | undefined, newShown: Dec, places: number) => {
    const goal = `${k}/${of}`;
    if (f.alreadyMet) {
      return {
        text: `Đã đạt: hạng ${f.currentRank}/${of}, mục tiêu ${goal} trở lên`,
        textEn: `Already met: rank ${f.currentRank}/${of}, target ${goal} or better`,
      };
    }
    if (!f.reachable) {
      return {
        text: `Không thể đạt hạng ${goal}: cần ${pts(f.needed, 'vi', sp)} điểm nhưng chỉ còn ${pts(f.available, 'vi', sp)} điểm có thể giành thêm`,
        textEn: `Cannot reach rank ${goal}: ${pts(f.needed, 'en', sp)} points needed but only ${pts(f.available, 'en', sp)} points can still be won`,
      };
    }
    // kth is defined here: without a k-th other unit the target is always met.
    const peer = kth as Peer;
    const passes = newShown.greaterThan(peer.rounded);
    const pv = formatPercent(peer.shown.shown, { places });
    const pe = formatPercent(peer.shown.shown, { places, lang: 'en' });
    return {
      text: `Cần thêm ${pts(f.needed, 'vi', sp)} điểm để đạt hạng ${f.newRank}/${of} (${passes ? 'vượt' : 'ngang'} ${peer.shown.name} ${pv})`,
      textEn: `${pts(f.needed, 'en', sp)} more points needed for rank ${f.newRank}/${of} (${passes ? 'passing' : 'tying with'} ${peer.shown.name} ${pe})`,
    };
  };
}
