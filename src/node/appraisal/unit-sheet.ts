import type { Cell, DataValidation, Fill, Worksheet } from 'exceljs';
import { formatNumber } from '../../format/number-format.js';
import type { Assessment, AssessmentEntry, EvidenceDocument } from '../../model/assessment.js';
import type { CriteriaNode } from '../../model/criteria-node.js';
import type { CriteriaSet } from '../../model/criteria-set.js';
import type { NodeScore, ScoreResult } from '../../model/score-result.js';
import { describeInput } from '../../rules/input-text.js';
import {
  BORDER,
  COMPUTED_FILL,
  HEAD_FILL,
  INPUT_FILL,
  POINTS_FORMAT,
} from '../excel/sheet-style.js';
import { formatDate } from '../reports/labels.js';
import { neutraliseCell } from '../reports/neutralise.js';
import { type AppraisalSide, entrySide } from './appraisal-side.js';
import {
  ACOL,
  type AColKey,
  AFIRST_ROW,
  AGROUP_ROW,
  AGROUPS,
  AHEADER_LABELS,
  AHEADER_ROW,
  AHEADER_ROWS,
  AHEADERS,
  type AppraisalLang,
  ATOTAL,
} from './layout.js';

const LOCKED_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const KEYS = Object.keys(ACOL) as AColKey[];
const INPUTS: readonly AColKey[] = ['round1', 'note1', 'answer', 'round2', 'note2'];
const TEXTS: readonly AColKey[] = [
  'code',
  'declared',
  'evidence',
  'explanation',
  'note1',
  'answer',
  'note2',
];
const LAST = ACOL.lost;

/** What one unit's sheet is written from. */
export interface UnitSheetInput {
  readonly set: CriteriaSet;
  readonly assessment: Assessment;
  /** The unit scored at the self stage (what it declared, in points). */
  readonly self: ScoreResult;
  readonly lang: AppraisalLang;
}

/**
 * Writes one unit's appraisal sheet: title, the unit, the column headers, one row per node of
 * the tree (what the unit declared locked; round 1 points and reason, the unit's answer, round
 * 2 points and reason as inputs, pre-filled with what the assessment already holds), the
 * computed points after appraisal, and the total.
 */
export function fillUnitSheet(ws: Worksheet, input: UnitSheetInput): void {
  const { set, assessment, self, lang } = input;
  const vi = lang === 'vi';
  ws.columns = KEYS.map((k) => ({ key: k, width: AHEADERS[k].width }));
  for (const k of TEXTS) ws.getColumn(ACOL[k]).numFmt = '@';
  title(ws, 1, vi ? 'BẢNG THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH' : 'PAR INDEX APPRAISAL SHEET', 14);
  title(
    ws,
    2,
    `${vi ? set.title : (set.titleEn ?? set.title)}${set.year ? ` (${set.year})` : ''}`,
    11,
  );
  const unit = assessment.unit;
  const values = {
    unitName: unit.name,
    unitId: unit.id,
    block: unit.block,
    period: assessment.period,
  };
  for (const key of Object.keys(AHEADER_ROWS) as (keyof typeof AHEADER_ROWS)[]) {
    const r = AHEADER_ROWS[key];
    const label = ws.getCell(`B${r}`);
    label.value = AHEADER_LABELS[key][lang];
    label.font = { bold: true };
    label.alignment = { horizontal: 'right' };
    ws.mergeCells(`C${r}:F${r}`);
    const cell = ws.getCell(`C${r}`);
    cell.numFmt = '@';
    cell.value = neutraliseCell(values[key]);
    cell.border = BORDER;
  }
  ws.mergeCells(`H3:${LAST}6`);
  const note = ws.getCell('H3');
  note.value = vi
    ? 'Chỉ nhập vào ô nền vàng: điểm và lý do thẩm định lần 1; ý kiến giải trình của đơn vị; điểm và lý do lần 2. Để trống điểm là giữ điểm tự chấm. Có thể chấm thẳng tổng điểm một lĩnh vực (dòng lĩnh vực), khi đó không chấm các tiêu chí con của nó. Cột "Điểm sau thẩm định" tự tính. Trang tính khóa cấu trúc, không đặt mật khẩu.'
    : 'Type only in the yellow cells: round 1 points and reason; the unit\'s answer; round 2 points and reason. An empty points cell keeps the self-score. A field total may be appraised directly (on the field\'s row), leaving its criteria alone. "Points after appraisal" is computed. The sheet is protected without a password.';
  note.font = { italic: true, size: 9 };
  note.alignment = { wrapText: true, vertical: 'top' };
  columnHeaders(ws, lang);
  const scores = new Map<string, NodeScore>();
  const index = (nodes: readonly NodeScore[]): void => {
    for (const n of nodes) {
      scores.set(n.code, n);
      index(n.children);
    }
  };
  index(self.fields);
  const entries = new Map(assessment.entries.map((e) => [e.code, e]));
  let row = AFIRST_ROW;
  const write = (node: CriteriaNode, depth: number): number => {
    const at = row++;
    const children = node.children.map((c) => write(c, depth + 1));
    const score = scores.get(node.code);
    if (score !== undefined) {
      nodeRow(ws, at, { node, score, entry: entries.get(node.code), depth, children, lang });
    }
    return at;
  };
  const fieldRows = set.fields.map((f) => write(f, 1));
  totalRow(ws, row, self, fieldRows, lang);
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: AHEADER_ROW, activeCell: `H${AFIRST_ROW}` }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.3, right: 0.3, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${AGROUP_ROW}:${AHEADER_ROW}`,
    printArea: `A1:${LAST}${row}`,
  };
  ws.headerFooter = { oddFooter: `&L${neutraliseCell(unit.name)}&C&P / &N` };
}

function title(ws: Worksheet, row: number, text: string, size: number): void {
  ws.mergeCells(`A${row}:${LAST}${row}`);
  const cell = ws.getCell(`A${row}`);
  cell.value = neutraliseCell(text);
  // A font every office has: its capitals carry the stacked Vietnamese marks (Ể, Ấ).
  cell.font = { bold: true, size, name: 'Arial' };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

function columnHeaders(ws: Worksheet, lang: AppraisalLang): void {
  for (const g of AGROUPS) {
    if (g.from !== g.to) ws.mergeCells(`${ACOL[g.from]}${AGROUP_ROW}:${ACOL[g.to]}${AGROUP_ROW}`);
    ws.getCell(`${ACOL[g.from]}${AGROUP_ROW}`).value = g[lang];
  }
  for (const k of KEYS) ws.getCell(`${ACOL[k]}${AHEADER_ROW}`).value = AHEADERS[k][lang];
  for (const r of [AGROUP_ROW, AHEADER_ROW]) {
    for (const k of KEYS) {
      const cell = ws.getCell(`${ACOL[k]}${r}`);
      cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      cell.fill = INPUTS.includes(k)
        ? { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF7F6000' } }
        : HEAD_FILL;
      cell.border = BORDER;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  }
  ws.getRow(AHEADER_ROW).height = 45;
}

interface NodeRowInput {
  readonly node: CriteriaNode;
  readonly score: NodeScore;
  readonly entry: AssessmentEntry | undefined;
  readonly depth: number;
  readonly children: readonly number[];
  readonly lang: AppraisalLang;
}

function nodeRow(ws: Worksheet, r: number, input: NodeRowInput): void {
  const { node, score, entry, depth, children, lang } = input;
  const vi = lang === 'vi';
  const row = ws.getRow(r);
  const cell = (k: AColKey): Cell => row.getCell(ACOL[k]);
  const leaf = node.children.length === 0;
  const applicable = score.status !== 'not-applicable';
  cell('code').value = node.code;
  cell('name').value = neutraliseCell(vi ? node.name : (node.nameEn ?? node.name));
  cell('name').alignment = { indent: depth - 1, wrapText: true, vertical: 'top' };
  cell('max').value = Number(node.max);
  cell('max').numFmt = POINTS_FORMAT;
  cell('declared').value = neutraliseCell(declaredText(node, score, entry, lang));
  if (applicable) {
    cell('self').value = Number(score.selfPoints);
    cell('self').numFmt = POINTS_FORMAT;
  }
  cell('evidence').value = neutraliseCell(
    (entry?.evidence ?? []).map((d) => evidenceText(d, lang)).join('\n'),
  );
  cell('explanation').value = neutraliseCell(entry?.explanation ?? '');
  const side = entry === undefined ? undefined : entrySide(entry);
  if (applicable) {
    for (const k of INPUTS) {
      cell(k).protection = { locked: false };
      cell(k).fill = INPUT_FILL;
    }
    prefill(row, side);
    for (const k of ['round1', 'round2'] as const) {
      cell(k).dataValidation = roundValidation(node, lang, `${ACOL[k]}${r}`);
      cell(k).numFmt = POINTS_FORMAT;
    }
  } else {
    for (const k of INPUTS) cell(k).fill = LOCKED_FILL;
  }
  // Round 2, else round 1, else what the unit declared (own points, or the children's sum).
  const own = (fallback: string) =>
    `IF(ISNUMBER(${ACOL.round2}${r}),${ACOL.round2}${r},IF(ISNUMBER(${ACOL.round1}${r}),${ACOL.round1}${r},${fallback}))`;
  const sum =
    children.length === 0 ? '0' : `SUM(${children.map((c) => `${ACOL.after}${c}`).join(',')})`;
  const fromChildren = !leaf && score.source === 'children';
  cell('after').value = applicable ? { formula: own(fromChildren ? sum : `${ACOL.self}${r}`) } : 0;
  cell('lost').value = applicable ? { formula: `${ACOL.self}${r}-${ACOL.after}${r}` } : 0;
  for (const k of ['after', 'lost'] as const) {
    cell(k).numFmt = POINTS_FORMAT;
    cell(k).fill = COMPUTED_FILL;
  }
  for (const k of KEYS) {
    cell(k).border = BORDER;
    cell(k).alignment = {
      vertical: 'top',
      wrapText: TEXTS.includes(k) || k === 'name',
      ...cell(k).alignment,
    };
  }
  if (!leaf) for (const k of KEYS) cell(k).font = { bold: depth === 1 };
  row.height = fittedHeight([
    [String(cell('name').value ?? ''), AHEADERS.name.width - 2 * (depth - 1)],
    [String(cell('declared').value ?? ''), AHEADERS.declared.width],
    [String(cell('evidence').value ?? ''), AHEADERS.evidence.width],
    [String(cell('explanation').value ?? ''), AHEADERS.explanation.width],
    ...(['note1', 'answer', 'note2'] as const).map((k): [string, number] => [
      String(cell(k).value ?? ''),
      AHEADERS[k].width,
    ]),
  ]);
}

function prefill(row: ReturnType<Worksheet['getRow']>, side: AppraisalSide | undefined): void {
  if (side === undefined) return;
  const set = (k: AColKey, v: string | null | undefined, points = false) => {
    if (v === undefined || v === null) return;
    row.getCell(ACOL[k]).value = points ? Number(v) : neutraliseCell(v);
  };
  set('round1', side.rounds[0], true);
  set('round2', side.rounds[1], true);
  set('note1', side.notes[0]);
  set('note2', side.notes[1]);
  set('answer', side.answer);
}

function declaredText(
  node: CriteriaNode,
  score: NodeScore,
  entry: AssessmentEntry | undefined,
  lang: AppraisalLang,
): string {
  const vi = lang === 'vi';
  if (entry?.notApplicable !== undefined) {
    return `${vi ? 'Không áp dụng' : 'Not applicable'}: ${entry.notApplicable.reason}`;
  }
  if (score.status === 'not-applicable') return vi ? 'Không áp dụng' : 'Not applicable';
  if (entry?.value !== undefined && node.rule !== undefined) {
    return describeInput(node.rule, entry.value, lang);
  }
  if (entry?.points !== undefined) {
    return `${vi ? 'Điểm' : 'Points'}: ${formatNumber(entry.points, { places: 20, trimZeros: true, lang })}`;
  }
  return '';
}

function evidenceText(d: EvidenceDocument, lang: AppraisalLang): string {
  const vi = lang === 'vi';
  const head = [
    d.number,
    d.date === undefined ? undefined : `${vi ? 'ngày' : 'of'} ${formatDate(d.date, lang)}`,
    d.issuer === undefined ? undefined : `${vi ? 'của' : 'by'} ${d.issuer}`,
  ]
    .filter((p) => p !== undefined)
    .join(' ');
  const title = d.title === undefined ? '' : `${head === '' ? '' : ': '}${d.title}`;
  const section = d.section === undefined ? '' : ` (${d.section})`;
  const url = d.url === undefined ? '' : ` ${d.url}`;
  return `${head}${title}${section}${url}`;
}

/**
 * Points from 0 to the node's maximum; on a criterion scored directly with a step, a multiple
 * of the step, as the importer checks.
 */
function roundValidation(node: CriteriaNode, lang: AppraisalLang, at: string): DataValidation {
  const vi = lang === 'vi';
  const max = node.max;
  const shownMax = vi ? max.replace('.', ',') : max;
  const step =
    node.children.length === 0 && node.rule?.kind === 'direct' ? node.rule.step : undefined;
  const base = {
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: vi ? 'Điểm không hợp lệ' : 'Invalid points',
  };
  if (step === undefined) {
    return {
      ...base,
      type: 'decimal',
      operator: 'between',
      formulae: [0, Number(max)],
      error: vi
        ? `Điểm phải là số từ 0 đến ${shownMax}.`
        : `Points must be a number from 0 to ${shownMax}.`,
    };
  }
  const shownStep = vi ? step.replace('.', ',') : step;
  return {
    ...base,
    type: 'custom',
    formulae: [
      `AND(ISNUMBER(${at}),${at}>=0,${at}<=${max},ABS(${at}/${step}-ROUND(${at}/${step},0))<0.000001)`,
    ],
    error: vi
      ? `Điểm phải là số từ 0 đến ${shownMax}, là bội số của ${shownStep}.`
      : `Points must be a number from 0 to ${shownMax}, a multiple of ${shownStep}.`,
  };
}

function totalRow(
  ws: Worksheet,
  r: number,
  self: ScoreResult,
  fieldRows: readonly number[],
  lang: AppraisalLang,
): void {
  const row = ws.getRow(r);
  row.getCell(ACOL.name).value = ATOTAL[lang];
  row.getCell(ACOL.max).value = Number(self.max);
  row.getCell(ACOL.self).value = Number(self.basePoints);
  row.getCell(ACOL.after).value = {
    formula: `SUM(${fieldRows.map((f) => `${ACOL.after}${f}`).join(',')})`,
  };
  row.getCell(ACOL.lost).value = { formula: `${ACOL.self}${r}-${ACOL.after}${r}` };
  for (const k of KEYS) {
    const cell = row.getCell(ACOL[k]);
    cell.border = BORDER;
    cell.font = { bold: true };
    if (k === 'max' || k === 'self' || k === 'after' || k === 'lost') cell.numFmt = POINTS_FORMAT;
  }
}

/** A row height (points) showing every line of wrapped texts, about 15 points a line. */
function fittedHeight(texts: readonly (readonly [string, number])[]): number {
  const lines = texts.map(([text, width]) =>
    text
      .split('\n')
      .reduce((n, para) => n + Math.max(1, Math.ceil(para.length / Math.max(width - 2, 1))), 0),
  );
  return Math.min(400, Math.max(1, ...lines) * 13 + 4);
}
