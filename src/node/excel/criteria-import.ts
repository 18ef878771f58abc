import type { Workbook, Worksheet } from 'exceljs';
import type { Issue } from '../../errors.js';
import { dec, sum, toDs } from '../../internal/decimal.js';
import { foldText } from '../../internal/fold-text.js';
import { readDecimal } from '../../parse/decimal-input.js';
import { contentText, numberText, readCell } from './cells.js';
import { type CriteriaColumns, findCriteriaColumns } from './criteria-header.js';
import { readNumbering, splitNumbered } from './criteria-numbering.js';
import { type DraftNode, placeNode, toAuthoring } from './criteria-tree.js';
import { excelIssue } from './excel-issue.js';
import type { ExcelLimits } from './excel-limits.js';
import { loadWorkbook } from './limits.js';

/** Options of {@link importCriteriaSheet}. */
export interface ImportCriteriaOptions {
  /** File name put on issues (and used for the placeholder id). */
  readonly file?: string | undefined;
  /** Worksheet to read; by default the first whose header is recognised. */
  readonly sheet?: string | undefined;
  /** Bounds on what is read. */
  readonly limits?: ExcelLimits | undefined;
}

/** What {@link importCriteriaSheet} understood, and what it could not. */
export interface CriteriaImport {
  /** A criteria set in the authoring format (see docs/criteria-format.md), to review and complete; undefined when the file could not be read at all. */
  readonly criteria: unknown;
  /** Everything that could not be understood, each at its cell. */
  readonly problems: Issue[];
}

/**
 * Reads a criteria table as provinces distribute it (columns STT / Nội dung / Điểm tối đa, found by
 * their words; roman numbers for fields, arabic `1`, `1.1`, `1.1.1` and letters `a`, `b` below;
 * merged cells; decimal commas) into a criteria set in the authoring format. `id`, `title` and
 * `level` are placeholders to complete, leaves get `rule: { kind: direct }`. Rows without a maximum,
 * numbering that breaks the hierarchy and parents whose maximum is not the sum of their children's
 * are reported as problems, not failures. Never throws.
 *
 * @param data - The `.xlsx` file's bytes.
 * @param options - File name, sheet name, limits.
 * @example
 * const { criteria, problems } = await importCriteriaSheet(bytes, { file: 'bo-chi-so.xlsx' });
 * await writeFile('bo-chi-so.yaml', stringify(criteria));
 */
export async function importCriteriaSheet(
  data: Uint8Array,
  options: ImportCriteriaOptions = {},
): Promise<CriteriaImport> {
  const { file } = options;
  const loaded = await loadWorkbook(data, file, options.limits);
  if (!loaded.ok) return { criteria: undefined, problems: [...loaded.issues] };
  try {
    return readTable(loaded.workbook, options);
  } catch {
    const issue = excelIssue(
      'file_unreadable',
      'Không đọc được bảng tiêu chí.',
      'Cannot read the criteria table.',
      { file },
    );
    return { criteria: undefined, problems: [issue] };
  }
}

function readTable(wb: Workbook, options: ImportCriteriaOptions): CriteriaImport {
  const { file } = options;
  const found = pickSheet(wb, options.sheet, file);
  if (!found.ok) return { criteria: undefined, problems: [{ ...found.issue }] };
  const { ws, cols } = found;
  const problems: Issue[] = [];
  const at = (cell: string) => ({ file, sheet: ws.name, cell });
  const roots: DraftNode[] = [];
  const stack: DraftNode[] = [];
  const codes = new Set<string>();
  let total: { max: string; cell: string } | undefined;
  for (let r = cols.dataStart; r <= ws.rowCount; r++) {
    const sttCell = ws.getCell(r, cols.stt);
    const contentCell = ws.getCell(r, cols.content);
    if (isContinuation(sttCell, r) && (isContinuation(contentCell, r) || empty(contentCell)))
      continue;
    let stt = contentText(readCell(sttCell));
    let name = contentText(readCell(contentCell));
    if (stt !== undefined && (name === undefined || contentCell.master === sttCell.master)) {
      const split = splitNumbered(stt);
      if (split) ({ number: stt, rest: name } = { number: split.number, rest: split.rest });
    }
    if (stt === undefined && name === undefined) continue;
    const maxCell = ws.getCell(r, cols.max);
    const max = readMax(maxCell, problems, at(maxCell.address));
    const numbering = readNumbering(stt);
    if (numbering.kind === 'none' && name !== undefined && foldText(name).startsWith('tong')) {
      if (max !== undefined) total = { max, cell: maxCell.address };
      continue;
    }
    if (numbering.kind === 'none' || numbering.kind === 'bullet') {
      const last = stack[stack.length - 1];
      if (name !== undefined && last !== undefined) {
        last.notes.push(max === undefined ? name : `${name}: ${max.replace('.', ',')} điểm`);
      }
      if (max !== undefined) {
        problems.push(
          excelIssue(
            'invalid_value',
            `Dòng ${r} không đánh số nhưng có điểm ${max.replace('.', ',')}; đã ghi vào phần mô tả${last ? ` của tiêu chí ${last.code}` : ''}, không tính là tiêu chí.`,
            `Row ${r} has points ${max} but no number; kept in the description${last ? ` of ${last.code}` : ''}, not as a criterion.`,
            at(sttCell.address),
          ),
        );
      }
      continue;
    }
    if (numbering.kind === 'unknown') {
      problems.push(
        excelIssue(
          'invalid_value',
          `Ô ${sttCell.address}: không hiểu số thứ tự '${numbering.text}'; dòng ${r} bị bỏ qua.`,
          `Cell ${sttCell.address}: numbering '${numbering.text}' not understood; row ${r} skipped.`,
          at(sttCell.address),
        ),
      );
      continue;
    }
    const notes = [extra(ws, r, cols.evidence, cols.labels), extra(ws, r, cols.note, cols.labels)];
    const node: DraftNode = {
      code: '',
      name: name ?? '',
      max,
      maxCell: maxCell.address,
      row: r,
      numbering,
      notes: notes.filter((n): n is string => n !== undefined),
      children: [],
      depth: 0,
    };
    if (name === undefined) {
      problems.push(
        excelIssue(
          'missing_field',
          `Dòng ${r}: không có nội dung tiêu chí.`,
          `Row ${r}: no criterion text.`,
          at(contentCell.address),
        ),
      );
    }
    placeNode(node, stack, roots, codes, problems, at(sttCell.address));
  }
  if (roots.length === 0) {
    // A header and no criterion: writing `fields: []` would only be a set that checks nothing.
    problems.push(
      excelIssue(
        'missing_field',
        `Bảng tiêu chí "${ws.name}" không có dòng tiêu chí nào được đánh số (I, 1, 1.1, a…) dưới dòng tiêu đề; không tạo bộ chỉ số.`,
        `The criteria table "${ws.name}" has no numbered criterion row (I, 1, 1.1, a…) below its header; no criteria set was made.`,
        { file, sheet: ws.name },
      ),
    );
    return { criteria: undefined, problems };
  }
  const criteria = toAuthoring(roots, problems, (cell) => at(cell), {
    file,
    sheet: ws.name,
    title: titleAbove(ws, cols),
  });
  if (total !== undefined) {
    const fields = roots.map((f) => f.max).filter((m): m is string => m !== undefined);
    const fieldSum = toDs(sum(fields.map((m) => dec(m))));
    if (fields.length === roots.length && !dec(fieldSum).equals(dec(total.max))) {
      problems.push(
        excelIssue(
          'max_mismatch',
          `Ô ${total.cell}: tổng điểm ${total.max.replace('.', ',')} khác tổng điểm tối đa các lĩnh vực ${fieldSum.replace('.', ',')}.`,
          `Cell ${total.cell}: total ${total.max} differs from the sum of the fields' maxima ${fieldSum}.`,
          at(total.cell),
        ),
      );
    }
  }
  return { criteria, problems };
}

type Picked = { ok: true; ws: Worksheet; cols: CriteriaColumns } | { ok: false; issue: Issue };

function pickSheet(wb: Workbook, name: string | undefined, file: string | undefined): Picked {
  const visible = wb.worksheets.filter((s) => s.state === 'visible');
  const names = visible.map((s) => `"${s.name}"`).join(', ');
  if (name !== undefined) {
    const ws = wb.worksheets.find((s) => foldText(s.name) === foldText(name));
    if (ws === undefined) {
      return {
        ok: false,
        issue: excelIssue(
          'invalid_value',
          `Không có trang tính "${name}". Tệp có: ${names}.`,
          `No worksheet "${name}". The file has: ${names}.`,
          { file },
        ),
      };
    }
    const cols = findCriteriaColumns(ws);
    return cols ? { ok: true, ws, cols } : { ok: false, issue: noHeader(ws.name, file) };
  }
  for (const ws of visible) {
    const cols = findCriteriaColumns(ws);
    if (cols) return { ok: true, ws, cols };
  }
  return { ok: false, issue: noHeader(visible[0]?.name, file) };
}

function noHeader(sheet: string | undefined, file: string | undefined): Issue {
  return excelIssue(
    'invalid_value',
    'Không tìm thấy dòng tiêu đề bảng tiêu chí có các cột "STT", "Nội dung" và "Điểm tối đa".',
    'No criteria table header with the columns "STT", "Nội dung" (content) and "Điểm tối đa" (maximum) was found.',
    sheet === undefined ? { file } : { file, sheet },
  );
}

function readMax(
  cell: ReturnType<Worksheet['getCell']>,
  problems: Issue[],
  where: { file: string | undefined; sheet: string; cell: string },
): string | undefined {
  const c = readCell(cell);
  if (c.kind === 'empty') return undefined;
  if (c.kind === 'number') return numberText(c.value);
  const content = c.kind === 'formula' ? c.result : c;
  if (content.kind === 'number') return numberText(content.value);
  const text = contentText(content) ?? '';
  const read = readDecimal(text.replace(/\s*(điểm|đ)\.?$/iu, ''));
  if (read.ok && !read.percentSign) return read.value;
  problems.push(
    excelIssue(
      'invalid_number',
      `Ô ${where.cell}: '${text}' không phải là số điểm.`,
      `Cell ${where.cell}: '${text}' is not a number of points.`,
      where,
    ),
  );
  return undefined;
}

// An extra column (evidence, notes, scoring guidance) kept as "Header: text" in the description.
function extra(
  ws: Worksheet,
  r: number,
  col: number | undefined,
  labels: ReadonlyMap<number, string>,
): string | undefined {
  if (col === undefined) return undefined;
  const label = labels.get(col) ?? '';
  const cell = ws.getCell(r, col);
  if (isContinuation(cell, r)) return undefined;
  const text = contentText(readCell(cell));
  return text === undefined ? undefined : `${label}: ${text}`;
}

// A cell merged down from a row above: the row continues the item above.
function isContinuation(cell: ReturnType<Worksheet['getCell']>, row: number): boolean {
  return cell.isMerged && cell.master !== cell && Number(cell.master.row) < row;
}

function empty(cell: ReturnType<Worksheet['getCell']>): boolean {
  return contentText(readCell(cell)) === undefined;
}

function titleAbove(ws: Worksheet, cols: CriteriaColumns): string | undefined {
  for (let r = 1; r < cols.headerRow; r++) {
    for (let c = 1; c <= Math.max(cols.stt, cols.content, cols.max); c++) {
      const text = contentText(readCell(ws.getCell(r, c)));
      if (text !== undefined && text.length > 10) return text.replace(/\s+/g, ' ');
    }
  }
  return undefined;
}
