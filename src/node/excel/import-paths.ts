import type { Issue } from '../../errors.js';
import { COL, type ColKey, HEADER_ROWS } from './layout.js';

/** Where each part of the assessment input came from in the workbook. */
export interface CellMap {
  readonly sheet: string;
  readonly file?: string | undefined;
  /** Row of each entry, by index in `entries`. */
  readonly entryRows: readonly number[];
  /** Row of each adjustment, by index in `adjustments`. */
  readonly adjustmentRows: readonly number[];
}

const ENTRY_COLUMNS: Readonly<Record<string, ColKey>> = {
  code: 'code',
  value: 'value',
  selfScore: 'selfScore',
  points: 'selfScore',
  notApplicable: 'notApplicable',
  explanation: 'explanation',
};
const EVIDENCE_COLUMNS: Readonly<Record<string, ColKey>> = {
  number: 'docNumber',
  date: 'docDate',
  issuer: 'docIssuer',
  title: 'docTitle',
  section: 'docSection',
};
const UNIT_ROWS: Readonly<Record<string, number>> = {
  name: HEADER_ROWS.unitName,
  id: HEADER_ROWS.unitId,
  block: HEADER_ROWS.block,
};

/**
 * Moves an issue of the parsed assessment onto the cell it came from: the path becomes
 * `[sheet, 'F12']` and the messages start with "Ô F12:" / "Cell F12:".
 */
export function toCellIssue(issue: Issue, map: CellMap): Issue {
  const cell = cellOf(issue.path, map);
  const base = { ...issue, ...(map.file === undefined ? {} : { file: map.file }) };
  if (cell === undefined) return { ...base, path: [map.sheet, ...issue.path] };
  return {
    ...base,
    path: [map.sheet, cell],
    message: `Ô ${cell}: ${issue.message}`,
    messageEn: `Cell ${cell}: ${issue.messageEn}`,
  };
}

function cellOf(path: readonly (string | number)[], map: CellMap): string | undefined {
  const [head, second, third, , fifth] = path;
  if (head === 'criteriaSet') return `C${HEADER_ROWS.criteriaSet}`;
  if (head === 'period') return `C${HEADER_ROWS.period}`;
  if (head === 'unit') {
    return `C${typeof second === 'string' ? (UNIT_ROWS[second] ?? HEADER_ROWS.unitName) : HEADER_ROWS.unitName}`;
  }
  if (head === 'entries' && typeof second === 'number') {
    const row = map.entryRows[second];
    if (row === undefined) return undefined;
    if (third === 'evidence') {
      const key = typeof fifth === 'string' ? EVIDENCE_COLUMNS[fifth] : undefined;
      return `${COL[key ?? 'docNumber']}${row}`;
    }
    const key = typeof third === 'string' ? ENTRY_COLUMNS[third] : undefined;
    return `${COL[key ?? 'code']}${row}`;
  }
  if (head === 'adjustments' && typeof second === 'number') {
    const row = map.adjustmentRows[second];
    if (row === undefined) return undefined;
    const col =
      third === 'points' ? COL.selfScore : third === 'reason' ? COL.explanation : COL.code;
    return `${col}${row}`;
  }
  return undefined;
}
