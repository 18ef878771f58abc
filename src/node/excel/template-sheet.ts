import type { Cell, Fill, Row, Worksheet } from 'exceljs';
import type { UnitInfo } from '../../model/assessment.js';
import type { CriteriaNode } from '../../model/criteria-node.js';
import type { CriteriaSet } from '../../model/criteria-set.js';
import { describeRule } from '../../rules/describe-rule.js';
import {
  ADJUSTMENTS_LABEL,
  COL,
  type ColKey,
  EVIDENCE_GROUP,
  FIRST_DATA_ROW,
  GROUP_ROW,
  HEADER_LABELS,
  HEADER_ROW,
  HEADER_ROWS,
  HEADERS,
  type TemplateLang,
} from './layout.js';
import { pointsValidation, valueInput } from './rule-input.js';
import { BORDER, COMPUTED_FILL, HEAD_FILL, INPUT_FILL, POINTS_FORMAT } from './sheet-style.js';
import {
  leafPointsFormula,
  needsRatioHelper,
  ratioPercentFormula,
  scoredByParIndex,
  sumFormula,
} from './template-formulas.js';

/** Options of {@link fillMainSheet}. */
export interface MainSheetOptions {
  readonly lang: TemplateLang;
  readonly unit?: UnitInfo | undefined;
  readonly period?: string | undefined;
}

const PARENT_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
const KEYS = Object.keys(COL) as ColKey[];
const EVIDENCE_KEYS: readonly ColKey[] = [
  'docNumber',
  'docDate',
  'docIssuer',
  'docTitle',
  'docSection',
];
const TEXT_KEYS: readonly ColKey[] = ['code', 'notApplicable', ...EVIDENCE_KEYS, 'explanation'];

/** Writes the self-assessment sheet: title, header block, column headers, the tree, totals. */
export function fillMainSheet(ws: Worksheet, set: CriteriaSet, options: MainSheetOptions): void {
  const { lang } = options;
  const vi = lang === 'vi';
  ws.columns = KEYS.map((k) => ({ key: k, width: HEADERS[k].width }));
  for (const k of TEXT_KEYS) ws.getColumn(COL[k]).numFmt = '@';
  title(
    ws,
    1,
    vi ? 'BIỂU TỰ CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH' : 'PAR INDEX SELF-ASSESSMENT FORM',
    14,
  );
  const setTitle =
    (vi ? set.title : (set.titleEn ?? set.title)) + (set.year ? ` (${set.year})` : '');
  title(ws, 2, setTitle, 12);
  headerBlock(ws, set, options);
  ws.mergeCells(`A8:${COL.explanation}8`);
  ws.getCell('A8').value = vi
    ? `Ô nền vàng là ô nhập liệu. Cột "${HEADERS.computed.vi}" tự tính điểm như par-index (điểm tự chấm nếu đã nhập, nếu không thì theo cách chấm); "${scoredByParIndex('vi')}" là chỗ bảng tính không tự tính được: chạy par-index score để xem điểm. Trang tính khóa cấu trúc, không đặt mật khẩu (Review > Unprotect Sheet).`
    : `Yellow cells are inputs. The "${HEADERS.computed.en}" column works out the points as par-index does (the self-score when typed, else the rule); "${scoredByParIndex('en')}" marks what the spreadsheet cannot compute: run par-index score to see it. The sheet structure is protected without a password (Review > Unprotect Sheet).`;
  ws.getCell('A8').font = { italic: true, size: 9 };
  ws.getCell('A8').alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(8).height = 30;
  columnHeaders(ws, lang);
  let row = FIRST_DATA_ROW;
  const writeNode = (node: CriteriaNode, depth: number): number => {
    const at = row++;
    const childRows = node.children.map((c) => writeNode(c, depth + 1));
    nodeRow(ws.getRow(at), node, depth, childRows, lang);
    return at;
  };
  const fieldRows = set.fields.map((f) => writeNode(f, 1));
  totalRow(ws.getRow(row++), set, fieldRows, lang);
  if (set.adjustments.length > 0) row = adjustmentRows(ws, set, row + 1, lang);
  ws.getColumn(COL.helper).hidden = true;
  ws.views = [
    { state: 'frozen', xSplit: 2, ySplit: HEADER_ROW, activeCell: `${COL.value}${FIRST_DATA_ROW}` },
  ];
  // A4 landscape, every column on one page wide, the column headers on every page.
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${GROUP_ROW}:${HEADER_ROW}`,
    printArea: `A1:${COL.explanation}${row}`,
  };
  ws.headerFooter = { oddFooter: '&C&P / &N' };
}

/**
 * A row height (points) that shows every line of wrapped texts: about one line per column width
 * in characters (Vietnamese text in the default font), 15 points a line.
 */
export function fittedHeight(texts: readonly { text: string; width: number }[]): number {
  const lines = texts.map(({ text, width }) =>
    text
      .split('\n')
      .reduce((sum, para) => sum + Math.max(1, Math.ceil(para.length / Math.max(width - 2, 1))), 0),
  );
  return Math.max(1, ...lines) * 15 + 3;
}

function title(ws: Worksheet, row: number, text: string, size: number): void {
  ws.mergeCells(`A${row}:${COL.explanation}${row}`);
  const cell = ws.getCell(`A${row}`);
  cell.value = text;
  // A named font every office has (LibreOffice substitutes a metric twin): its capitals carry
  // the stacked Vietnamese marks (Ể, Ấ) that some default fonts drop.
  cell.font = { bold: true, size, name: 'Arial' };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

function headerBlock(ws: Worksheet, set: CriteriaSet, options: MainSheetOptions): void {
  const values: Record<keyof typeof HEADER_ROWS, string> = {
    unitName: options.unit?.name ?? '',
    unitId: options.unit?.id ?? '',
    block: options.unit?.block ?? '',
    period: options.period ?? (set.year === undefined ? '' : String(set.year)),
    criteriaSet: set.id,
  };
  for (const key of Object.keys(HEADER_ROWS) as (keyof typeof HEADER_ROWS)[]) {
    const r = HEADER_ROWS[key];
    const label = ws.getCell(`B${r}`);
    label.value = HEADER_LABELS[key][options.lang];
    label.font = { bold: true };
    label.alignment = { horizontal: 'right' };
    ws.mergeCells(`C${r}:F${r}`);
    const input = ws.getCell(`C${r}`);
    input.numFmt = '@';
    input.value = values[key];
    input.border = BORDER;
    if (key !== 'criteriaSet') unlock(input);
  }
}

function columnHeaders(ws: Worksheet, lang: TemplateLang): void {
  const first = COL[EVIDENCE_KEYS[0] ?? 'docNumber'];
  const last = COL[EVIDENCE_KEYS[EVIDENCE_KEYS.length - 1] ?? 'docSection'];
  ws.mergeCells(`${first}${GROUP_ROW}:${last}${GROUP_ROW}`);
  ws.getCell(`${first}${GROUP_ROW}`).value = EVIDENCE_GROUP[lang];
  for (const k of KEYS) {
    const isEvidence = EVIDENCE_KEYS.includes(k);
    if (!isEvidence) ws.mergeCells(`${COL[k]}${GROUP_ROW}:${COL[k]}${HEADER_ROW}`);
    ws.getCell(`${COL[k]}${isEvidence ? HEADER_ROW : GROUP_ROW}`).value = HEADERS[k][lang];
  }
  for (const r of [GROUP_ROW, HEADER_ROW]) {
    for (const k of KEYS) {
      const cell = ws.getCell(`${COL[k]}${r}`);
      cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      cell.fill = HEAD_FILL;
      cell.border = BORDER;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  }
  ws.getRow(HEADER_ROW).height = 30;
}

function nodeRow(
  row: Row,
  node: CriteriaNode,
  depth: number,
  childRows: readonly number[],
  lang: TemplateLang,
): void {
  const leaf = node.children.length === 0;
  const cell = (k: ColKey): Cell => row.getCell(COL[k]);
  cell('code').value = node.code;
  cell('name').value = lang === 'en' ? (node.nameEn ?? node.name) : node.name;
  cell('name').alignment = { indent: depth - 1, wrapText: true, vertical: 'top' };
  cell('max').value = Number(node.max);
  cell('max').numFmt = POINTS_FORMAT;
  const rule = node.rule ?? { kind: 'direct' as const };
  cell('rule').value = leaf
    ? describeRule(rule, node.max, lang)
    : lang === 'vi'
      ? 'Tổng điểm các tiêu chí thành phần'
      : 'Sum of the sub-criteria';
  cell('rule').alignment = { wrapText: true, vertical: 'top' };
  cell('selfScore').numFmt = POINTS_FORMAT;
  cell('computed').numFmt = POINTS_FORMAT;
  cell('computed').fill = COMPUTED_FILL;
  cell('computed').alignment = { horizontal: 'right', vertical: 'top', wrapText: true };
  for (const k of KEYS) {
    cell(k).border = BORDER;
    // Every cell of a tall row starts at the top, next to the start of the wrapped texts.
    cell(k).alignment = { vertical: 'top', ...cell(k).alignment };
  }
  if (leaf) {
    const input = valueInput(rule, lang);
    if (input.needed) unlock(cell('value'));
    if (input.validation) cell('value').dataValidation = input.validation;
    // Ratios and survey answers stay text as typed: "9/10" must not become a date.
    if (
      rule.kind === 'ratio-tiers' ||
      rule.kind === 'ratio-linear' ||
      rule.kind === 'survey-options'
    ) {
      cell('value').numFmt = '@';
    }
    unlock(cell('selfScore'));
    cell('selfScore').dataValidation = pointsValidation(node.max, lang);
    cell('computed').value = { formula: leafPointsFormula(node, row.number, lang) };
    if (needsRatioHelper(rule)) {
      cell('helper').value = { formula: ratioPercentFormula(row.number, lang) };
    }
  } else {
    cell('computed').value = { formula: sumFormula(childRows, lang) };
    row.font = { bold: depth === 1 };
    for (const k of ['code', 'name', 'max', 'rule', 'value', 'selfScore'] as const) {
      cell(k).fill = PARENT_FILL;
    }
  }
  row.height = fittedHeight([
    { text: String(cell('name').value ?? ''), width: HEADERS.name.width - 2 * (depth - 1) },
    { text: String(cell('rule').value ?? ''), width: HEADERS.rule.width },
  ]);
  for (const k of TEXT_KEYS) if (k !== 'code') unlock(cell(k));
  if (depth === 1) for (const k of KEYS) cell(k).font = { bold: true };
}

function totalRow(
  row: Row,
  set: CriteriaSet,
  fieldRows: readonly number[],
  lang: TemplateLang,
): void {
  const vi = lang === 'vi';
  row.getCell(COL.name).value =
    set.adjustments.length === 0
      ? vi
        ? 'TỔNG CỘNG'
        : 'TOTAL'
      : vi
        ? 'TỔNG ĐIỂM CÁC LĨNH VỰC (chưa gồm điểm thưởng, điểm trừ)'
        : 'TOTAL OF THE FIELDS (before bonus and penalty points)';
  row.getCell(COL.name).alignment = { wrapText: true };
  row.getCell(COL.max).value = Number(set.max);
  row.getCell(COL.max).numFmt = POINTS_FORMAT;
  row.getCell(COL.computed).value = { formula: sumFormula(fieldRows, lang) };
  row.getCell(COL.computed).numFmt = POINTS_FORMAT;
  row.getCell(COL.computed).fill = COMPUTED_FILL;
  row.getCell(COL.computed).alignment = { horizontal: 'right', wrapText: true };
  row.height = set.adjustments.length === 0 ? 18 : 33;
  row.font = { bold: true };
  for (const k of KEYS) row.getCell(COL[k]).border = BORDER;
}

function adjustmentRows(
  ws: Worksheet,
  set: CriteriaSet,
  start: number,
  lang: TemplateLang,
): number {
  let r = start;
  ws.mergeCells(`A${r}:D${r}`);
  ws.getCell(`A${r}`).value = ADJUSTMENTS_LABEL[lang];
  ws.getCell(`A${r}`).font = { bold: true };
  r++;
  for (const a of set.adjustments) {
    const row = ws.getRow(r++);
    const vi = lang === 'vi';
    row.getCell(COL.code).value = a.id;
    const kind = a.kind === 'bonus' ? (vi ? 'điểm thưởng' : 'bonus') : vi ? 'điểm trừ' : 'penalty';
    row.getCell(COL.name).value = `${vi ? a.name : (a.nameEn ?? a.name)} (${kind})`;
    row.getCell(COL.name).alignment = { wrapText: true };
    row.getCell(COL.max).value = Number(a.cap);
    row.getCell(COL.max).numFmt = POINTS_FORMAT;
    row.getCell(COL.rule).value = vi
      ? `Nhập số điểm (dương), tối đa ${a.cap.replace('.', ',')}`
      : `Enter the points (positive), at most ${a.cap}`;
    const points = row.getCell(COL.selfScore);
    points.numFmt = POINTS_FORMAT;
    points.dataValidation = pointsValidation(a.cap, lang);
    unlock(points);
    unlock(row.getCell(COL.explanation));
    for (const k of KEYS) row.getCell(COL[k]).border = BORDER;
  }
  return r;
}

function unlock(cell: Cell): void {
  cell.protection = { locked: false };
  cell.fill = INPUT_FILL;
}
