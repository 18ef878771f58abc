import { roundDecimal } from '../../src/format/round.js';
import type { RankInput } from '../../src/model/ranking.js';
import type {
  BandResult,
  NodeRating,
  NodeScore,
  ScoreResult,
} from '../../src/model/score-result.js';
import { ds } from '../support/model.js';

export { ds };

/** A RankInput in block `block` (default "huyện"). */
export function input(unitId: string, unitName: string, value: string, block = 'huyện'): RankInput {
  return { unitId, unitName, block, value: ds(value) };
}

/** A minimal scored node: only code, percent, rating and children matter to ranking. */
export function node(
  code: string,
  percent: string,
  children: readonly NodeScore[] = [],
  rating?: NodeRating,
): NodeScore {
  return {
    code,
    name: `Node ${code}`,
    depth: code.split('.').length,
    method: 'appraisal',
    tags: [],
    applicable: true,
    status: 'scored',
    points: ds(percent),
    max: ds('100'),
    nominalMax: ds('100'),
    percent: ds(percent),
    shown: { points: roundDecimal(percent), max: '100.00', percent: roundDecimal(percent) },
    lost: ds('0'),
    source: 'points',
    selfPoints: ds(percent),
    lostAtAppraisal: ds('0'),
    ...(rating !== undefined ? { rating } : {}),
    warnings: [],
    children,
  };
}

/** Options of {@link result}. */
export interface ResultSpec {
  readonly id: string;
  readonly name?: string;
  readonly block?: string;
  readonly index: string;
  readonly places?: number;
  readonly band?: BandResult;
  readonly fields?: readonly NodeScore[];
  readonly ratings?: readonly NodeScore[];
}

/** A minimal valid ScoreResult: index and tree as given, points = index out of 100. */
export function result(spec: ResultSpec): ScoreResult {
  const index = ds(spec.index);
  return {
    criteriaSet: { id: 'test-set', title: 'Bộ tiêu chí thử', provenance: 'illustrative' },
    unit: { id: spec.id, name: spec.name ?? spec.id, block: spec.block ?? 'huyện' },
    period: '2021',
    stage: 'final',
    points: index,
    basePoints: index,
    bonus: ds('0'),
    penalty: ds('0'),
    max: ds('100'),
    nominalMax: ds('100'),
    index,
    shown: {
      points: roundDecimal(spec.index, spec.places ?? 2),
      max: '100',
      index: roundDecimal(spec.index, spec.places ?? 2),
    },
    places: spec.places ?? 2,
    roundingMode: 'half-up',
    classifyOn: 'published',
    ...(spec.band !== undefined ? { band: spec.band } : {}),
    fields: spec.fields ?? [],
    ratings: spec.ratings ?? [],
    triggers: [],
    lostAtAppraisal: ds('0'),
    warnings: [],
  };
}
