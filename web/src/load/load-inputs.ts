import { type Batch, batchFromInputs } from '../../../src/cli/batch-from-inputs.js';
import type { Spellings } from '../../../src/cli/batch-identity.js';
import { duplicateUnits } from '../../../src/cli/duplicate-units.js';
import type { FileWarning } from '../../../src/cli/messages.js';
import type { CriteriaSet, Issue } from '../../../src/index.js';
import {
  assessmentByteLimit,
  assessmentFileKind,
  assessmentFromBytes,
} from '../../../src/node/assessment-from-bytes.js';
import type { CsvEncoding } from '../../../src/node/csv/decode-csv.js';
import { unsupportedSpreadsheet } from '../../../src/node/excel/unsupported-format.js';
import { type PageFile, readCapped } from '../platform/read-file.js';
import { loadCriteria } from './load-criteria.js';

/** What the user gave: criteria sets, this period's assessments, the previous period's. */
export interface PageInputs {
  readonly criteria: readonly PageFile[];
  readonly assessments: readonly PageFile[];
  readonly previous: readonly PageFile[];
  readonly encoding: CsvEncoding;
}

/** Everything read, or every problem: nothing half-loaded is scored. */
export type Loaded =
  | {
      readonly ok: true;
      readonly batch: Batch;
      readonly previous: Batch | undefined;
      readonly warnings: readonly FileWarning[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

// Files in the order the CLI reads a folder (its paths sorted), so results and reports match.
const byName = (files: readonly PageFile[]): PageFile[] =>
  [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

function batchInput(f: PageFile, encoding: CsvEncoding) {
  return {
    file: f.file,
    load: async (sets: ReadonlyMap<string, CriteriaSet>) => {
      const kind = assessmentFileKind(f.file);
      if (kind === 'unsupported')
        return { ok: false as const, issues: [unsupportedSpreadsheet(f.file)] };
      const read = await readCapped(f, assessmentByteLimit(kind));
      if (!read.ok) return read;
      return assessmentFromBytes(read.bytes, f.file, f.file, sets, encoding);
    },
  };
}

/**
 * Reads the inputs as `par-index score <files> --criteria … --previous …` does: criteria sets
 * first, then each assessment against them (the CLI's own reader, on the bytes), the batch
 * checks, and units given twice. Progress is reported per file.
 */
export async function loadInputs(
  inputs: PageInputs,
  onProgress?: (done: number, total: number) => void,
): Promise<Loaded> {
  const { sets, issues } = await loadCriteria(byName(inputs.criteria), inputs.encoding);
  const spellings: Spellings = new Map();
  const batch = await batchFromInputs(
    byName(inputs.assessments).map((f) => batchInput(f, inputs.encoding)),
    sets,
    issues,
    spellings,
    onProgress,
  );
  const previous =
    inputs.previous.length > 0
      ? await batchFromInputs(
          byName(inputs.previous).map((f) => batchInput(f, inputs.encoding)),
          new Map(sets),
          [],
          spellings,
        )
      : undefined;
  const all = [
    ...batch.issues,
    ...(previous?.issues ?? []),
    ...duplicateUnits(batch),
    ...(previous !== undefined ? duplicateUnits(previous) : []),
  ];
  if (all.length > 0) return { ok: false, issues: all };
  return {
    ok: true,
    batch,
    previous,
    warnings: [...batch.warnings, ...(previous?.warnings ?? [])],
  };
}
