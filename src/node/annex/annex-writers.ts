import ExcelJS from 'exceljs';
import { formatNumber, type Lang } from '../../format/number-format.js';
import type { BandResult } from '../../model/score-result.js';
import { DocxKit, loadDocx } from '../docx/docx-kit.js';
import { markdownTable, markdownText } from '../markdown/markdown-table.js';
import { addTableSheet, type CellInput, numberFormat } from '../reports/workbook-table.js';
import type { Annex, AnnexBlock, AnnexNumbers, AnnexRow } from './annex-data.js';

/** Options of the annex writers. */
export interface AnnexWriteOptions {
  /** Language of labels and numbers: `vi` (default: `84,58`) or `en`. */
  readonly lang?: Lang | undefined;
  /** Title; "Kết quả Chỉ số cải cách hành chính năm …" by default. */
  readonly title?: string | undefined;
  /** The line under the title, e.g. "(Kèm theo Quyết định số 123/QĐ-UBND ngày …)". */
  readonly subtitle?: string | undefined;
}

const LABELS = {
  vi: {
    annex: 'PHỤ LỤC',
    title: (p: string) => `KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH${p === '' ? '' : ` NĂM ${p}`}`,
    subtitle:
      '(Kèm theo Quyết định số        /QĐ-UBND ngày      /      /         của Ủy ban nhân dân tỉnh)',
    block: (n: number, name: string, units: number) =>
      `${roman(n)}. KHỐI ${name.toLocaleUpperCase('vi')} (${units} đơn vị)`,
    stt: 'STT',
    unit: 'Đơn vị',
    self: 'Điểm tự đánh giá',
    appraised: 'Điểm thẩm định',
    survey: 'Điểm điều tra xã hội học',
    adjustments: 'Điểm thưởng, điểm trừ',
    total: 'Tổng điểm đạt được',
    index: 'Chỉ số CCHC (%)',
    rank: 'Xếp hạng',
    band: 'Xếp loại',
    average: 'Bình quân của khối',
    bands: 'Số đơn vị theo xếp loại',
    rounding: (unit: string) =>
      `Các cột điểm được làm tròn riêng nên cộng lại có thể lệch ${unit.replace('.', ',')} so với tổng điểm.`,
    none: 'Không có đơn vị nào.',
    sheet: (n: number, name: string) => `${roman(n)}. ${name}`,
  },
  en: {
    annex: 'ANNEX',
    title: (p: string) => `PAR INDEX RESULTS${p === '' ? '' : ` ${p}`}`,
    subtitle: "(Attached to Decision No.        of the Provincial People's Committee)",
    block: (n: number, name: string, units: number) =>
      `${roman(n)}. BLOCK ${name.toLocaleUpperCase('vi')} (${units} units)`,
    stt: 'No.',
    unit: 'Unit',
    self: 'Self-assessed points',
    appraised: 'Appraised points',
    survey: 'Survey points',
    adjustments: 'Bonus / penalty',
    total: 'Total points',
    index: 'PAR Index (%)',
    rank: 'Rank',
    band: 'Band',
    average: 'Block average',
    bands: 'Units per band',
    rounding: (unit: string) =>
      `Each column is rounded on its own, so the parts may add up to ${unit} off the total.`,
    none: 'No unit.',
    sheet: (n: number, name: string) => `${roman(n)}. ${name}`,
  },
} as const;

function roman(n: number): string {
  const table: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let left = n;
  for (const [v, s] of table) {
    while (left >= v) {
      out += s;
      left -= v;
    }
  }
  return n > 39 ? String(n) : out;
}

type Column =
  | 'stt'
  | 'unit'
  | 'self'
  | 'appraised'
  | 'survey'
  | 'adjustments'
  | 'total'
  | 'index'
  | 'rank'
  | 'band';

function columns(b: AnnexBlock): Column[] {
  return [
    'stt',
    'unit',
    'self',
    'appraised',
    'survey',
    ...(b.hasAdjustments ? (['adjustments'] as const) : []),
    'total',
    'index',
    'rank',
    'band',
  ];
}

const NUMERIC: readonly Column[] = ['self', 'appraised', 'survey', 'adjustments', 'total', 'index'];

function bandText(band: BandResult | undefined, lang: Lang): string {
  if (band === undefined) return '';
  return lang === 'en' ? (band.labelEn ?? band.label) : band.label;
}

/** One cell's text, numbers formatted in the language from their published value. */
function text(
  block: AnnexBlock,
  row: AnnexRow | undefined,
  n: AnnexNumbers,
  c: Column,
  lang: Lang,
): string {
  const num = (v: string) =>
    formatNumber(v, { places: block.places, mode: block.roundingMode, lang });
  switch (c) {
    case 'stt':
      return row === undefined ? '' : String(row.stt);
    case 'unit':
      return row === undefined ? LABELS[lang].average : row.unit.name;
    case 'rank':
      return row?.rank === undefined
        ? row?.note === undefined
          ? ''
          : row.note[lang === 'en' ? 'en' : 'vi']
        : String(row.rank);
    case 'band':
      return bandText(row?.band, lang);
    default:
      return num(n.shown[c]);
  }
}

function defaultTitle(annex: Annex, lang: Lang): string {
  return LABELS[lang].title(annex.periods.join(', '));
}

function bandLine(b: AnnexBlock, lang: Lang): string {
  const counts = b.bands.map(
    (x) => `${lang === 'en' ? (x.labelEn ?? x.label) : x.label}: ${x.count}`,
  );
  // Parts published rounded one by one need not add up to the published total: say so.
  const unit = b.places > 0 ? `0.${'0'.repeat(b.places - 1)}1` : '1';
  return `${LABELS[lang].bands}: ${counts.join('; ')}. ${LABELS[lang].rounding(unit)}`;
}

/**
 * The annex as Markdown: per block, the table (STT, unit, self-assessed, appraised, survey,
 * bonus/penalty when any, total, index, rank, band), the block's averages and its units per band.
 *
 * @param annex - From {@link buildAnnex}.
 * @param options - Language, title.
 * @returns Markdown text ending with a newline.
 */
export function writeAnnexMarkdown(annex: Annex, options: AnnexWriteOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const l = LABELS[lang];
  const parts = [
    `# ${markdownText(l.annex)}: ${markdownText(options.title ?? defaultTitle(annex, lang))}`,
    `_${markdownText(options.subtitle ?? l.subtitle)}_`,
  ];
  annex.blocks.forEach((b, i) => {
    const cols = columns(b);
    const align = `|${cols.map((c) => (c === 'unit' || c === 'band' ? '---' : '---:')).join('|')}|`;
    const rows = [
      ...b.rows.map((r) => cols.map((c) => text(b, r, r, c, lang))),
      cols.map((c) => text(b, undefined, b.averages, c, lang)),
    ];
    parts.push(
      `## ${markdownText(l.block(i + 1, b.block, b.rows.length))}`,
      `_${markdownText(lang === 'en' ? (b.criteriaSet.titleEn ?? b.criteriaSet.title) : b.criteriaSet.title)}_`,
      markdownTable(
        cols.map((c) => l[c]),
        align,
        rows,
        [rows.length - 1],
      ),
      markdownText(bandLine(b, lang)),
    );
  });
  if (annex.blocks.length === 0) parts.push(l.none);
  return `${parts.join('\n\n')}\n`;
}

const WIDTHS: Readonly<Record<Column, number>> = {
  stt: 6,
  unit: 28,
  self: 12,
  appraised: 12,
  survey: 12,
  adjustments: 11,
  total: 12,
  index: 11,
  rank: 9,
  band: 30,
};

/**
 * The annex as an `.xlsx` workbook: one sheet per block, A4 landscape on one page wide, numbers
 * stored as their published values (with the set's places), the averages and band counts below.
 *
 * @param annex - From {@link buildAnnex}.
 * @param options - Language, title.
 * @returns The `.xlsx` file's bytes.
 */
export async function writeAnnexWorkbook(
  annex: Annex,
  options: AnnexWriteOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? 'vi';
  const l = LABELS[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'par-index';
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = wb.created;
  const title = `${l.annex}: ${options.title ?? defaultTitle(annex, lang)}`;
  const taken = new Set<string>();
  annex.blocks.forEach((b, i) => {
    const cols = columns(b);
    const cell = (r: AnnexRow | undefined, n: AnnexNumbers, c: Column, bold = false): CellInput => {
      if (NUMERIC.includes(c)) {
        const key = c as Exclude<Column, 'stt' | 'unit' | 'rank' | 'band'>;
        return { value: Number(n.shown[key]), numFmt: numberFormat(b.places), bold };
      }
      if (c === 'stt' && r !== undefined) return r.stt;
      if (c === 'rank' && r?.rank !== undefined) return r.rank;
      return { value: text(b, r, n, c, lang), bold };
    };
    let name = l
      .sheet(i + 1, b.block)
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31);
    while (taken.has(name)) name = `${name.slice(0, 28)} ${taken.size}`;
    taken.add(name);
    const sheet = addTableSheet(wb, name, {
      title: `${title} — ${l.block(i + 1, b.block, b.rows.length)}`,
      subtitle: `${options.subtitle ?? l.subtitle} · ${lang === 'en' ? (b.criteriaSet.titleEn ?? b.criteriaSet.title) : b.criteriaSet.title}`,
      freezeColumns: 2,
      columns: cols.map((c) => ({
        header: l[c],
        width: WIDTHS[c],
        wrap: c === 'unit' || c === 'band',
      })),
      rows: [
        ...b.rows.map((r) => cols.map((c) => cell(r, r, c))),
        cols.map((c) => cell(undefined, b.averages, c, true)),
      ],
    });
    const after = sheet.rowCount + 2;
    sheet.getCell(after, 2).value = bandLine(b, lang);
    sheet.getCell(after, 2).font = { italic: true };
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * The annex as a Word document (.docx) to attach to the decision: A4 landscape, Times New Roman,
 * "PHỤ LỤC" and the title centred, then per block its heading, the table (header repeated on
 * each page, rows never split), the averages in bold and the units per band. Decimal commas in
 * Vietnamese. The `docx` package is loaded only when called.
 *
 * @param annex - From {@link buildAnnex}.
 * @param options - Language, title, the line under it.
 * @returns The `.docx` file's bytes.
 */
export async function writeAnnexDocx(
  annex: Annex,
  options: AnnexWriteOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? 'vi';
  const l = LABELS[lang];
  const kit = new DocxKit(await loadDocx());
  const title = options.title ?? defaultTitle(annex, lang);
  const children = [
    kit.text(l.annex, { bold: true, size: 'title', align: 'center', after: 0 }),
    kit.text(title, { bold: true, size: 'title', align: 'center', after: 0 }),
    kit.text(options.subtitle ?? l.subtitle, { italic: true, align: 'center', after: 240 }),
    ...annex.blocks.flatMap((b, i) => {
      const cols = columns(b);
      const total = cols.reduce((s, c) => s + WIDTHS[c], 0);
      return [
        kit.text(l.block(i + 1, b.block, b.rows.length), {
          bold: true,
          pageBreakBefore: i > 0,
          after: 0,
        }),
        kit.text(
          lang === 'en' ? (b.criteriaSet.titleEn ?? b.criteriaSet.title) : b.criteriaSet.title,
          {
            italic: true,
          },
        ),
        kit.table({
          columns: cols.map((c) => ({
            header: l[c],
            width: (WIDTHS[c] / total) * 100,
            align:
              c === 'unit' || c === 'band'
                ? 'left'
                : c === 'stt' || c === 'rank'
                  ? 'center'
                  : 'right',
          })),
          rows: [
            ...b.rows.map((r) => cols.map((c) => text(b, r, r, c, lang))),
            cols.map((c) => ({
              text: text(b, undefined, b.averages, c, lang),
              bold: true,
              shade: 'F2F2F2',
            })),
          ],
        }),
        kit.text(bandLine(b, lang), { italic: true, size: 'table' }),
      ];
    }),
  ];
  if (annex.blocks.length === 0) children.push(kit.text(l.none));
  return kit.document(title, children);
}
