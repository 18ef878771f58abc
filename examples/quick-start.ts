// The README's library quick start, kept runnable: `npx tsx examples/quick-start.ts`.
// (Inside this repository it imports the sources; an application imports from 'par-index'.)
import {
  formatPercent,
  getCriteriaSet,
  parseAssessment,
  rankResults,
  scoreAssessment,
} from '../src/index.js';

const set = getCriteriaSet('illustrative-district-2023'); // or parseCriteriaSet(yourData)
if (set === undefined) throw new Error('bundled set missing');

const assessment = parseAssessment(
  {
    criteriaSet: set.id,
    unit: { id: 'an-lac', name: 'Huyện An Lạc (hư cấu)', block: 'huyện' },
    period: '2023',
    entries: [
      { code: '1.5.1', value: 'Có', evidence: [{ number: '12/QĐ-UBND', date: '2023-03-10' }] },
      { code: '1.1.3', value: 'Không', explanation: 'Chưa bố trí kinh phí' },
    ],
  },
  set,
); // throws ParIndexError listing every problem; or use safeParseAssessment

const result = scoreAssessment(set, assessment, { stage: 'final' });
console.log(result.points); // '1': exact decimal string (only 1.5.1 scored, 1 point)
console.log(result.shown.index); // '1.00': rounded only for display, half-up
console.log(formatPercent(result.index)); // '1,00 %'
console.log(rankResults([result]).blocks[0]?.units[0]?.position); // '1/1'
