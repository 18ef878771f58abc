import type { Worksheet } from 'exceljs';
import { foldText } from '../../internal/fold-text.js';
import { contentText, readCell } from './cells.js';

/** Columns found in a criteria table's header. */
export interface CriteriaColumns {
  readonly stt: number;
  readonly content: number;
  readonly max: number;
  readonly evidence?: number | undefined;
  readonly note?: number | undefined;
  /** Header text of each column found, by column number. */
  readonly labels: ReadonlyMap<number, string>;
  /** First row after the header. */
  readonly dataStart: number;
  /** Row of the header (for the title search above it). */
  readonly headerRow: number;
}

type Role = 'stt' | 'content' | 'max' | 'evidence' | 'note';

function roleOf(header: string): Role | undefined {
  const h = foldText(header);
  if (/^(stt|tt|so tt|so thu tu|thu tu)\.?$/.test(h)) return 'stt';
  if (h.includes('tai lieu kiem chung')) return 'evidence';
  if (/diem (toi da|chuan)|thang diem|^diem$|^max/.test(h)) return 'max';
  if (/noi dung|tieu chi|linh vuc|^ten /.test(h)) return 'content';
  if (/ghi chu|huong dan|cach cham/.test(h)) return 'note';
  return undefined;
}

const SCAN_ROWS = 40;
const SCAN_COLUMNS = 30;

/**
 * Finds the header row of a criteria table by its words (STT / Nội dung / Điểm tối đa), tolerant
 * of case, diacritics and extra columns. A header may span two rows (merged group headers).
 */
export function findCriteriaColumns(ws: Worksheet): CriteriaColumns | undefined {
  const last = Math.min(SCAN_ROWS, ws.rowCount);
  for (let r = 1; r <= last; r++) {
    for (const span of [1, 2]) {
      const roles = new Map<Role, number>();
      const labels = new Map<number, string>();
      for (let c = 1; c <= Math.min(SCAN_COLUMNS, Math.max(ws.columnCount, 1)); c++) {
        for (let k = 0; k < span; k++) {
          const text = contentText(readCell(ws.getCell(r + k, c)));
          const role = text === undefined ? undefined : roleOf(text);
          if (role === undefined || roles.has(role) || text === undefined) continue;
          // A header starts on its first row: a blank row above it does not count.
          if (k === 1 && roles.size === 0) continue;
          roles.set(role, c);
          labels.set(c, text);
        }
      }
      const stt = roles.get('stt');
      const content = roles.get('content');
      const max = roles.get('max');
      if (stt !== undefined && content !== undefined && max !== undefined) {
        const below = r + span;
        return {
          stt,
          content,
          max,
          evidence: roles.get('evidence'),
          note: roles.get('note'),
          labels,
          // The usual "(1) (2) (3) …" row numbering the columns is part of the header.
          dataStart: isColumnNumbers(ws, below) ? below + 1 : below,
          headerRow: r,
        };
      }
    }
  }
  return undefined;
}

/**
 * A row that only numbers the columns, as decision tables often have under their header:
 * "(1) (2) (3) (4)" or "1 2 3 4", at least three cells counting up by one.
 */
function isColumnNumbers(ws: Worksheet, row: number): boolean {
  const numbers: number[] = [];
  for (let c = 1; c <= Math.min(SCAN_COLUMNS, Math.max(ws.columnCount, 1)); c++) {
    const text = contentText(readCell(ws.getCell(row, c)));
    if (text === undefined) continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(text);
    if (m === null) return false;
    numbers.push(Number(m[1]));
  }
  return numbers.length >= 3 && numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? 0) + 1);
}
