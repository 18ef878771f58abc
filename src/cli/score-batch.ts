import { scoreAssessment } from '../engine/score-assessment.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { RankBy, RankChange, Ranking } from '../model/ranking.js';
import type { ScoreResult, Stage } from '../model/score-result.js';
import { compareRanks } from '../ranking/rank-change.js';
import { rankResults } from '../ranking/rank-results.js';
import type { Batch } from './load-batch.js';

/** Scored and ranked results of a batch, with rank changes against a previous batch. */
export interface ScoredBatch {
  /** The criteria sets the results were scored under. */
  readonly sets: readonly CriteriaSet[];
  readonly results: readonly ScoreResult[];
  readonly ranking: Ranking;
  readonly previous?: Ranking | undefined;
  readonly changes: readonly RankChange[];
}

/** Scores every assessment of a batch at `stage` and ranks them (and the previous period's). */
export function scoreBatch(
  batch: Batch,
  stage: Stage,
  by: RankBy,
  previousBatch?: Batch | undefined,
): ScoredBatch {
  const results = batch.items.map((i) => scoreAssessment(i.set, i.assessment, { stage }));
  const sets = [...new Set(batch.items.map((i) => i.set))];
  const ranking = rankResults(results, { by });
  if (previousBatch === undefined || previousBatch.items.length === 0) {
    return { sets, results, ranking, changes: [] };
  }
  const prevResults = previousBatch.items.map((i) =>
    scoreAssessment(i.set, i.assessment, { stage }),
  );
  const previous = rankResults(prevResults, { by });
  return { sets, results, ranking, previous, changes: compareRanks(ranking, previous) };
}
