// Runs one generated batch through the oracle and through the engine (via engine-adapter.ts)
// and lists every disagreement. The oracle's own answers are also checked against each other
// (re-scoring a plan, 0,01 less); an inconsistency there throws: it is a bug of the oracle.
import { Collector, type Diff } from './compare-common.js';
import { runPlan } from './compare-plan.js';
import { runRanking } from './compare-ranking.js';
import { scoreAll } from './compare-scoring.js';
import { runWhatIf } from './compare-what-if.js';
import type { Batch } from './generators.js';

export type { Diff } from './compare-common.js';

export type Focus = 'scoring' | 'ranking' | 'whatif' | 'plan';

/** Runs a batch and returns every disagreement. */
export function runBatch(batch: Batch, focus: Focus): Diff[] {
  const c = new Collector();
  if (focus === 'plan') {
    runPlan(c, batch);
    return c.diffs;
  }
  const scored = scoreAll(c, batch, batch.units, batch.stage, true);
  if (scored === undefined) return c.diffs;
  if (focus === 'ranking') runRanking(c, batch, scored);
  if (focus === 'whatif') runWhatIf(c, batch, scored);
  return c.diffs;
}
