// Differential tests: generated criteria sets and assessments scored, ranked and asked what-if
// questions by the engine and by the independent oracle (test/oracle/), compared everywhere.
// A fixed-seed run of 640 cases runs in `npm test`; `npm run oracle` runs 20 000 (see harness.ts
// for ORACLE_FOCUS, ORACLE_RUNS, ORACLE_SEED, ORACLE_PATH, ORACLE_KIND, ORACLE_SHRINK).
import { describe, it } from 'vitest';
import { ALL_FOCUSES, runFocus, settings } from './harness.js';

const s = settings();
// Generous: the 20 000-case run takes minutes; the default run a few seconds per focus.
const timeout = Math.max(
  60_000,
  400 * (s.runs.ranking + 1) + 40 * (s.runs.scoring + s.runs.whatif + s.runs.plan),
);

describe('engine agrees with the oracle', () => {
  for (const focus of ALL_FOCUSES) {
    it.skipIf(s.runs[focus] === 0)(
      `${focus}: ${s.runs[focus]} generated cases, seed ${s.seed}`,
      () => {
        const failure = runFocus(focus, s);
        if (failure !== undefined) throw new Error(failure);
      },
      timeout,
    );
  }
});
