/**
 * The benchmark workload: the generated country as JSON texts (what files hold), parsed criteria
 * sets, and the assessments to score, each with its set.
 */
import type { Assessment } from '../src/model/assessment.js';
import type { CriteriaSet } from '../src/model/criteria-set.js';
import { parseAssessment } from '../src/parse/parse-assessment.js';
import { parseCriteriaSet } from '../src/parse/parse-criteria-set.js';
import { type AssessmentDoc, type CriteriaSetDoc, generateNation } from './generate.js';

/**
 * One assessment of the workload: its file text and its parsed set. The generated object is
 * not kept (only for the timed sample), so that the benchmark's own heap stays small: every
 * timing runs with the garbage collector marking what is live.
 */
export interface Item {
  readonly id: string;
  readonly set: CriteriaSet;
  /** The file text: `JSON.stringify` of the generated assessment. */
  readonly text: string;
  readonly block: 'xã' | 'sở';
}

/** An item of the timed sample, with its generated object and its assessment parsed ahead. */
export interface TimedItem extends Item {
  readonly doc: AssessmentDoc;
  readonly assessment: Assessment;
}

/** Everything the benchmarks run on. */
export interface Workload {
  readonly setDocs: readonly CriteriaSetDoc[];
  readonly setTexts: readonly string[];
  readonly items: readonly Item[];
  /** Every `step`-th item, parsed: a sample spread over every province and both levels. */
  readonly timed: readonly TimedItem[];
  readonly leavesPerSet: number;
  readonly bytes: number;
  readonly generateMs: number;
}

/** Generates the country and parses it once (the parse is also a correctness check of the data). */
export function buildWorkload(seed: number, step: number): Workload {
  const t0 = performance.now();
  const nation = generateNation({ seed });
  const generateMs = performance.now() - t0;
  const setDocs: CriteriaSetDoc[] = [];
  const items: Item[] = [];
  const timed: TimedItem[] = [];
  let bytes = 0;
  for (const p of nation) {
    for (const [setDoc, docs, block] of [
      [p.communeSet, p.communes, 'xã'],
      [p.departmentSet, p.departments, 'sở'],
    ] as const) {
      setDocs.push(setDoc);
      const set = parseCriteriaSet(setDoc);
      for (const doc of docs) {
        const text = JSON.stringify(doc);
        bytes += text.length;
        const item = { id: doc.unit.id, set, text, block };
        // Only the sample is kept parsed, so the workload itself does not dominate memory.
        if (items.length % step === 0) {
          timed.push({ ...item, doc, assessment: parseAssessment(doc, set) });
        }
        items.push(item);
      }
    }
  }
  const first = setDocs[0];
  const leavesPerSet = first === undefined ? 0 : countLeaves(first.fields);
  const setTexts = setDocs.map((s) => JSON.stringify(s));
  return { setDocs, setTexts, items, timed, leavesPerSet, bytes, generateMs };
}

function countLeaves(nodes: CriteriaSetDoc['fields']): number {
  return nodes.reduce(
    (n, c) => n + (c.children && c.children.length > 0 ? countLeaves(c.children) : 1),
    0,
  );
}
