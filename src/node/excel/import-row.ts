import type { Row } from 'exceljs';
import type { Issue } from '../../errors.js';
import type { CriteriaNode } from '../../model/criteria-node.js';
import { readDecimal } from '../../parse/decimal-input.js';
import {
  type CellContent,
  contentText,
  numberText,
  readCell,
  uncomputedMessage,
  vietnameseDateToIso,
} from './cells.js';
import { excelIssue } from './excel-issue.js';
import { COL, type ColKey } from './layout.js';

/** Where the reader is: sheet name and file, for issues. */
export interface RowContext {
  readonly sheet: string;
  readonly file?: string | undefined;
}

/** An assessment entry in the input format of `safeParseAssessment` (docs/assessment-format.md). */
export interface EntryInput {
  code: string;
  value?: unknown;
  /** Points given directly (criteria scored `direct`: the self-score cell). */
  points?: string;
  selfScore?: string;
  notApplicable?: string;
  evidence?: Record<string, string>[];
  explanation?: string;
}

const EVIDENCE_FIELDS = [
  ['docNumber', 'number'],
  ['docDate', 'date'],
  ['docIssuer', 'issuer'],
  ['docTitle', 'title'],
  ['docSection', 'section'],
] as const satisfies readonly (readonly [ColKey, string])[];

/**
 * Reads one tree row of the template into an entry (undefined when nothing was entered).
 * Problems in cells (text in a number cell, unreadable survey counts) are pushed to `issues`
 * and the cell is left out, so every problem of the workbook is reported at once.
 */
export function readNodeRow(
  row: Row,
  node: CriteriaNode,
  ctx: RowContext,
  issues: Issue[],
): EntryInput | undefined {
  const entry: EntryInput = { code: node.code };
  const at = (k: ColKey): CellContent => readCell(row.getCell(COL[k]));
  const value = rawValue(at('value'), node, `${COL.value}${row.number}`, ctx, issues);
  if (value !== undefined) entry.value = value;
  const self = at('selfScore');
  // Parent rows carry the template's SUM formula: a display, not a declared score.
  if (!(self.kind === 'formula' && node.children.length > 0)) {
    const points = readPoints(self, `${COL.selfScore}${row.number}`, ctx, issues);
    // A criterion scored directly has no value to compute from: its self-score is the points
    // given, so the result explains them ("Điểm nhập trực tiếp: 0,5").
    const direct =
      node.children.length === 0 && (node.rule ?? { kind: 'direct' }).kind === 'direct';
    if (points !== undefined) {
      if (direct) entry.points = points;
      else entry.selfScore = points;
    }
  }
  const na = contentText(at('notApplicable'));
  if (na !== undefined) entry.notApplicable = na;
  const evidence = readEvidence(row);
  if (evidence.length > 0) entry.evidence = evidence;
  const explanation = contentText(at('explanation'));
  if (explanation !== undefined) entry.explanation = explanation;
  return Object.keys(entry).length === 1 ? undefined : entry;
}

/** Reads a points cell: a number, or text such as `0,75`; anything else is an `invalid_number`. */
export function readPoints(
  c: CellContent,
  cell: string,
  ctx: RowContext,
  issues: Issue[],
): string | undefined {
  if (c.kind === 'formula' && c.uncomputed !== undefined) {
    issues.push(uncomputed(cell, c.uncomputed, ctx));
    return undefined;
  }
  const content = c.kind === 'formula' ? c.result : c;
  if (content.kind === 'empty') return undefined;
  if (content.kind === 'number') return numberText(content.value, content.percent);
  const text = contentText(content) ?? '';
  const read = content.kind === 'text' ? readDecimal(text) : undefined;
  if (read?.ok && !read.percentSign) return read.value;
  issues.push(
    excelIssue(
      'invalid_number',
      `Ô ${cell}: '${text}' không phải là số.`,
      `Cell ${cell}: '${text}' is not a number.`,
      { file: ctx.file, sheet: ctx.sheet, cell },
    ),
  );
  return undefined;
}

function rawValue(
  c: CellContent,
  node: CriteriaNode,
  cell: string,
  ctx: RowContext,
  issues: Issue[],
): unknown {
  if (c.kind === 'formula' && c.uncomputed !== undefined) {
    issues.push(uncomputed(cell, c.uncomputed, ctx));
    return undefined;
  }
  const content = c.kind === 'formula' ? c.result : c;
  switch (content.kind) {
    case 'empty':
      return undefined;
    case 'number':
      return content.percent
        ? `${numberText(content.value, true)}%`
        : Number(numberText(content.value));
    case 'bool':
      return content.value;
    case 'date':
      if (node.rule?.kind !== 'deadline') {
        issues.push(autoDated(cell, content.iso, ctx));
        return undefined;
      }
      return content.iso;
    case 'error':
      issues.push(
        excelIssue(
          'invalid_value',
          `Ô ${cell}: lỗi công thức ${content.text}.`,
          `Cell ${cell}: formula error ${content.text}.`,
          { file: ctx.file, sheet: ctx.sheet, cell },
        ),
      );
      return undefined;
    default:
      break;
  }
  const text = contentText(content) ?? '';
  if (node.rule?.kind === 'survey-options') {
    const counts = surveyCounts(text);
    if (counts !== undefined) return counts;
    issues.push(
      excelIssue(
        'invalid_value',
        `Ô ${cell}: '${text}' không đúng dạng số phiếu theo phương án, ví dụ 'A=120; B=30' (mỗi phương án cách nhau bằng dấu chấm phẩy, dấu phẩy hoặc xuống dòng).`,
        `Cell ${cell}: '${text}' is not answers per option, e.g. 'A=120; B=30' (options separated by a semicolon, a comma or a line break).`,
        { file: ctx.file, sheet: ctx.sheet, cell },
      ),
    );
    return undefined;
  }
  return node.rule?.kind === 'deadline' ? vietnameseDateToIso(text) : text;
}

/**
 * `A=120; B=30`, `A=290, B=10` (or `A: 120` one per line) → `{ A: '120', B: '30' }`. A comma
 * separates options only when a letter follows it, so `A=12,5` stays one (invalid) count.
 */
export function surveyCounts(text: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  const parts = text.split(/[;\n]|,(?=\s*[^\s\d])/).filter((p) => p.trim() !== '');
  for (const part of parts) {
    const m = /^\s*([^=:]+?)\s*[=:]\s*(\S.*?)\s*$/.exec(part);
    if (!m?.[1] || !m[2]) return undefined;
    out[m[1]] = m[2];
  }
  return parts.length > 0 ? out : undefined;
}

/** Evidence documents: one per line, line i of every evidence column is document i. */
function readEvidence(row: Row): Record<string, string>[] {
  const columns = EVIDENCE_FIELDS.map(([k, field]) => {
    const c = readCell(row.getCell(COL[k]));
    const lines = evidenceLines(c, field === 'date');
    return { field, lines };
  });
  const count = Math.max(0, ...columns.map((c) => c.lines.length));
  const docs: Record<string, string>[] = [];
  for (let i = 0; i < count; i++) {
    const doc: Record<string, string> = {};
    for (const { field, lines } of columns) {
      const line = lines[i];
      if (line !== undefined && line !== '') doc[field] = line;
    }
    if (Object.keys(doc).length > 0) docs.push(doc);
  }
  return docs;
}

// Days between Excel's 1900 epoch (with its leap-year bug) and 1970-01-01.
const EXCEL_EPOCH_OFFSET = 25569;

function evidenceLines(c: CellContent, isDate: boolean): string[] {
  const content = c.kind === 'formula' ? c.result : c;
  if (isDate && content.kind === 'number' && content.value > 0 && content.value < 100000) {
    const ms = (Math.floor(content.value) - EXCEL_EPOCH_OFFSET) * 86_400_000;
    return [new Date(ms).toISOString().slice(0, 10)];
  }
  const lines = content.kind === 'text' ? [...content.lines] : [contentText(content)];
  const defined = lines.map((l) => l ?? '');
  return isDate ? defined.map((l) => (l === '' ? l : vietnameseDateToIso(l))) : defined;
}

function uncomputed(cell: string, formula: string, ctx: RowContext): Issue {
  const [vi, en] = uncomputedMessage(cell, formula);
  return excelIssue('invalid_value', vi, en, { file: ctx.file, sheet: ctx.sheet, cell });
}

// Excel turns "9/10" typed in a General cell into a date (9 October, or 10 September).
function autoDated(cell: string, iso: string, ctx: RowContext): Issue {
  const [y, m, d] = iso.split('-').map(Number);
  const dm = `${d}/${m}`;
  const md = `${m}/${d}`;
  return excelIssue(
    'wrong_value_kind',
    `Ô ${cell}: ô chứa ngày ${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}, nhưng tiêu chí này không nhận ngày. Có thể Excel đã tự đổi '${dm}' (hoặc '${md}') thành ngày: hãy định dạng ô là Text (Format Cells > Text) rồi gõ lại, hoặc gõ tỷ lệ dạng phần trăm (90%).`,
    `Cell ${cell}: the cell holds the date ${iso}, but this criterion takes no date. Excel may have turned '${md}' (or '${dm}') into a date: format the cell as Text (Format Cells > Text) and type it again, or type the ratio as a percentage (90%).`,
    { file: ctx.file, sheet: ctx.sheet, cell },
  );
}
