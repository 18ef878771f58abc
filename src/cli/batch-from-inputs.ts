import type { Issue } from '../errors.js';
import type { Assessment } from '../model/assessment.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { LoadedOne } from '../node/assessment-from-bytes.js';
import { batchChecks } from './batch-checks.js';
import { type Spellings, withSpelling } from './batch-identity.js';
import type { FileWarning } from './messages.js';

// Pure (no files): the CLI's folders and the page's dropped files become a batch the same way.

/** Assessments loaded from files, with the sets they use and every problem found. */
export interface Batch {
  readonly sets: ReadonlyMap<string, CriteriaSet>;
  readonly items: readonly {
    readonly file: string;
    readonly set: CriteriaSet;
    readonly assessment: Assessment;
  }[];
  readonly issues: readonly Issue[];
  /** Values read and used that look like typing slips (far-off periods and dates). */
  readonly warnings: readonly FileWarning[];
}

/** One assessment input: its name on issues, and how to read it against the sets known so far. */
export interface BatchInput {
  readonly file: string;
  readonly load: (sets: ReadonlyMap<string, CriteriaSet>) => Promise<LoadedOne>;
}

/**
 * Reads every input in order against `sets` (each set an input names is added for the next
 * ones), gives unit ids and blocks their first-seen spelling, and adds the batch checks
 * (periods mixed in a block, sets mixed in a block) to `issues`.
 */
export async function batchFromInputs(
  inputs: readonly BatchInput[],
  sets: Map<string, CriteriaSet>,
  issues: readonly Issue[],
  spellings: Spellings,
  onProgress?: (done: number, total: number) => void,
): Promise<Batch> {
  const found = [...issues];
  const items: { file: string; set: CriteriaSet; assessment: Assessment }[] = [];
  const warnings: FileWarning[] = [];
  for (const [n, { file, load }] of inputs.entries()) {
    onProgress?.(n + 1, inputs.length);
    const loaded = await load(sets);
    if (!loaded.ok) {
      found.push(...loaded.issues);
      continue;
    }
    sets.set(loaded.set.id, loaded.set);
    items.push({ file, set: loaded.set, assessment: withSpelling(loaded.assessment, spellings) });
    warnings.push(...loaded.warnings.map((warning) => ({ file, warning })));
  }
  const checked = batchChecks(items);
  return {
    sets,
    items,
    issues: [...found, ...checked.issues],
    warnings: [...warnings, ...checked.warnings],
  };
}
