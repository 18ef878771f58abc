import ExcelJS from 'exceljs';
import type { Lang } from '../../format/number-format.js';
import { roundDecimal } from '../../format/round.js';
import { neutraliseControls } from '../control-chars.js';
import { DocxKit, loadDocx } from '../docx/docx-kit.js';
import { markdownTable, markdownText } from '../markdown/markdown-table.js';
import { addTableSheet, type CellInput, numberFormat } from '../reports/workbook-table.js';
import type { UnitLosses } from './losses.js';
import { LOSSES_LABELS, LossesFormat } from './losses-text.js';

/** Options of the "where the points went" writers. */
export interface LossesReportOptions {
  /** Language of labels and numbers: `vi` (default: `1,50`) or `en`. */
  readonly lang?: Lang | undefined;
}

const heading = (f: LossesFormat) => `${LOSSES_LABELS[f.lang].title} — ${f.losses.unit.name}`;

/**
 * "Where the points went" as Markdown, one section per unit: the summary (totals and index before
 * and after), every criterion appraised differently with both values, the reasons and the unit's
 * answer, and the totals by field. Numbers rounded by the set's rule, in the language's format.
 *
 * @param units - From {@link appraisalLosses}, one per unit.
 * @param options - Language.
 * @returns Markdown text ending with a newline.
 * @example
 * console.log(writeLossesMarkdown([appraisalLosses(set, assessment)]));
 */
export function writeLossesMarkdown(
  units: readonly UnitLosses[],
  options: LossesReportOptions = {},
): string {
  const lang = options.lang ?? 'vi';
  const l = LOSSES_LABELS[lang];
  const parts = units.map((u) => {
    const f = new LossesFormat(u, lang);
    const rows = u.rows.map((r) => [
      r.code,
      f.name(r),
      f.num(r.max),
      f.num(r.self),
      f.num(r.round1),
      f.num(r.round2),
      f.num(r.lost),
      r.note1 ?? '',
      r.answer ?? '',
      r.note2 ?? '',
    ]);
    const fields = u.fields.map((x) => [
      x.code,
      f.name(x),
      f.num(x.max),
      f.num(x.self),
      f.num(x.round1),
      f.num(x.final),
      f.num(x.lost),
    ]);
    const t = u.totals;
    fields.push([
      '',
      l.total,
      f.num(u.max),
      f.num(t.self.basePoints),
      f.num(t.round1.basePoints),
      f.num(t.final.basePoints),
      f.num(u.lost),
    ]);
    return [
      `# ${markdownText(heading(f))}`,
      `_${markdownText(f.subtitle())}_`,
      markdownText(f.summary()),
      `## ${markdownText(l.rowsHeading)}`,
      u.rows.length === 0
        ? markdownText(l.none)
        : markdownTable(
            [
              l.code,
              l.criterion,
              l.max,
              l.self,
              l.round1,
              l.round2,
              l.lost,
              l.reason1,
              l.answer,
              l.reason2,
            ],
            '|---|---|---:|---:|---:|---:|---:|---|---|---|',
            rows,
          ),
      `## ${markdownText(l.fieldsHeading)}`,
      markdownTable(
        [l.code, l.field, l.max, l.self, l.afterRound1, l.afterRound2, l.lost],
        '|---|---|---:|---:|---:|---:|---:|',
        fields,
        [fields.length - 1],
      ),
    ].join('\n\n');
  });
  return `${parts.join('\n\n')}\n`;
}

/**
 * "Where the points went" as an `.xlsx` workbook, A4 landscape: sheets "Tiêu chí bị trừ" (every
 * criterion appraised differently, all units), "Theo lĩnh vực" (each unit's field totals through
 * the rounds) and "Tổng hợp" (each unit's totals and index before and after). Numbers are stored
 * as the published (rounded) values.
 *
 * @param units - From {@link appraisalLosses}.
 * @param options - Language.
 * @returns The `.xlsx` file's bytes.
 */
export async function writeLossesWorkbook(
  units: readonly UnitLosses[],
  options: LossesReportOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? 'vi';
  const l = LOSSES_LABELS[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'par-index';
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = wb.created;
  const first = units[0];
  const subtitle = first === undefined ? '' : new LossesFormat(first, lang).subtitle();
  const n = (u: UnitLosses, v: string | undefined): CellInput =>
    v === undefined
      ? null
      : {
          value: Number(roundDecimal(v, u.places, u.roundingMode)),
          numFmt: numberFormat(u.places),
        };
  const pct = (u: UnitLosses, shown: string): CellInput => ({
    value: Number(shown),
    numFmt: numberFormat(u.places),
  });
  addTableSheet(wb, l.sheets.rows, {
    title: l.title,
    subtitle,
    freezeColumns: 2,
    columns: [
      { header: l.unit, width: 18, wrap: true },
      { header: l.code, width: 8 },
      { header: l.criterion, width: 36, wrap: true },
      { header: l.max, width: 8 },
      { header: l.self, width: 8 },
      { header: l.round1, width: 9 },
      { header: l.round2, width: 9 },
      { header: l.lost, width: 8 },
      { header: l.reason1, width: 28, wrap: true },
      { header: l.answer, width: 28, wrap: true },
      { header: l.reason2, width: 28, wrap: true },
    ],
    rows: units.flatMap((u) => {
      const f = new LossesFormat(u, lang);
      return u.rows.map((r) => [
        u.unit.name,
        r.code,
        { value: f.name(r), indent: r.depth - 1 },
        n(u, r.max),
        n(u, r.self),
        n(u, r.round1),
        n(u, r.round2),
        n(u, r.lost),
        r.note1 ?? '',
        r.answer ?? '',
        r.note2 ?? '',
      ]);
    }),
  });
  addTableSheet(wb, l.sheets.fields, {
    title: `${l.title} — ${l.fieldsHeading}`,
    subtitle,
    freezeColumns: 2,
    columns: [
      { header: l.unit, width: 22, wrap: true },
      { header: l.code, width: 8 },
      { header: l.field, width: 48, wrap: true },
      { header: l.max, width: 10 },
      { header: l.self, width: 10 },
      { header: l.afterRound1, width: 10 },
      { header: l.afterRound2, width: 12 },
      { header: l.lost, width: 10 },
    ],
    rows: units.flatMap((u) => {
      const f = new LossesFormat(u, lang);
      const t = u.totals;
      return [
        ...u.fields.map((x) => [
          u.unit.name,
          x.code,
          f.name(x),
          n(u, x.max),
          n(u, x.self),
          n(u, x.round1),
          n(u, x.final),
          n(u, x.lost),
        ]),
        [
          { value: u.unit.name, bold: true },
          '',
          { value: l.total, bold: true },
          n(u, u.max),
          n(u, t.self.basePoints),
          n(u, t.round1.basePoints),
          n(u, t.final.basePoints),
          n(u, u.lost),
        ],
      ];
    }),
  });
  addTableSheet(wb, l.sheets.totals, {
    title: `${l.title} — ${l.sheets.totals}`,
    subtitle,
    freezeColumns: 1,
    columns: [
      { header: l.unit, width: 26, wrap: true },
      { header: l.block, width: 14 },
      { header: `${l.totalPoints} (${l.self})`, width: 12 },
      { header: l.selfIndex, width: 12 },
      { header: `${l.totalPoints} (${l.afterRound1})`, width: 12 },
      { header: `${l.totalPoints} (${l.afterRound2})`, width: 12 },
      { header: l.finalIndex, width: 12 },
      { header: l.lost, width: 10 },
      { header: l.band, width: 24, wrap: true },
    ],
    rows: units.map((u) => {
      const t = u.totals;
      const band = t.final.band;
      return [
        u.unit.name,
        u.unit.block,
        n(u, t.self.points),
        pct(u, t.self.shown.index),
        n(u, t.round1.points),
        n(u, t.final.points),
        pct(u, t.final.shown.index),
        n(u, u.lost),
        band === undefined ? '' : lang === 'en' ? (band.labelEn ?? band.label) : band.label,
      ];
    }),
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * "Where the points went" as a Word document (.docx) the office can send to the unit with its
 * letter: A4 landscape, Times New Roman, one part per unit (each on a new page) with the summary,
 * the criteria appraised differently (both values, reasons, the unit's answer) and the totals by
 * field; decimal commas in Vietnamese. The `docx` package is loaded only when called.
 *
 * @param units - From {@link appraisalLosses}.
 * @param options - Language.
 * @returns The `.docx` file's bytes.
 */
export async function writeLossesDocx(
  units: readonly UnitLosses[],
  options: LossesReportOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? 'vi';
  const l = LOSSES_LABELS[lang];
  const kit = new DocxKit(await loadDocx());
  const children = units.flatMap((u, i) => {
    const f = new LossesFormat(u, lang);
    const t = u.totals;
    return [
      kit.text(heading(f), { bold: true, size: 'title', align: 'center', pageBreakBefore: i > 0 }),
      kit.text(f.subtitle(), { italic: true, align: 'center' }),
      kit.text(f.summary()),
      kit.text(l.rowsHeading, { bold: true }),
      u.rows.length === 0
        ? kit.text(l.none, { italic: true })
        : kit.table({
            columns: [
              { header: l.code, width: 6 },
              { header: l.criterion, width: 22 },
              { header: l.max, width: 6, align: 'right' },
              { header: l.self, width: 6, align: 'right' },
              { header: l.round1, width: 7, align: 'right' },
              { header: l.round2, width: 7, align: 'right' },
              { header: l.lost, width: 6, align: 'right' },
              { header: l.reason1, width: 14 },
              { header: l.answer, width: 13 },
              { header: l.reason2, width: 13 },
            ],
            rows: u.rows.map((r) => [
              r.code,
              f.name(r),
              f.num(r.max),
              f.num(r.self),
              f.num(r.round1),
              f.num(r.round2),
              f.num(r.lost),
              r.note1 ?? '',
              r.answer ?? '',
              r.note2 ?? '',
            ]),
          }),
      kit.text(''),
      kit.text(l.fieldsHeading, { bold: true }),
      kit.table({
        columns: [
          { header: l.code, width: 6 },
          { header: l.field, width: 46 },
          { header: l.max, width: 9, align: 'right' },
          { header: l.self, width: 9, align: 'right' },
          { header: l.afterRound1, width: 10, align: 'right' },
          { header: l.afterRound2, width: 11, align: 'right' },
          { header: l.lost, width: 9, align: 'right' },
        ],
        rows: [
          ...u.fields.map((x) => [
            x.code,
            f.name(x),
            f.num(x.max),
            f.num(x.self),
            f.num(x.round1),
            f.num(x.final),
            f.num(x.lost),
          ]),
          [
            '',
            { text: l.total, bold: true },
            { text: f.num(u.max), bold: true },
            { text: f.num(t.self.basePoints), bold: true },
            { text: f.num(t.round1.basePoints), bold: true },
            { text: f.num(t.final.basePoints), bold: true },
            { text: f.num(u.lost), bold: true },
          ],
        ],
      }),
    ];
  });
  const title =
    units.length === 1 && units[0] !== undefined ? `${l.title} — ${units[0].unit.name}` : l.title;
  return kit.document(neutraliseControls(title), children);
}
