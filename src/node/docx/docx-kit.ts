import type { FileChild, Paragraph, Table } from 'docx';
import { neutraliseControls } from '../control-chars.js';

/** The `docx` package, loaded when a Word document is first written (it is large). */
export type DocxModule = typeof import('docx');

let loaded: Promise<DocxModule> | undefined;

/** Loads the `docx` package once. */
export function loadDocx(): Promise<DocxModule> {
  loaded ??= import('docx');
  return loaded;
}

/** Vietnamese administrative documents are set in Times New Roman (Nghị định 30/2020/NĐ-CP). */
export const FONT = 'Times New Roman';
/** Body text size, in half-points (12 pt; 10 pt in tables). */
const SIZE = { body: 24, table: 20, small: 18 } as const;

/** A table column: header, width in percent of the text width, alignment of its cells. */
export interface DocxColumn {
  readonly header: string;
  readonly width: number;
  readonly align?: 'left' | 'right' | 'center' | undefined;
}

/** A table cell: text (lines split on `\n`), optionally bold or shaded. */
export type DocxCell =
  | string
  | {
      readonly text: string;
      readonly bold?: boolean | undefined;
      readonly shade?: string | undefined;
      /** Columns this cell spans. */
      readonly span?: number | undefined;
    };

/** A table: columns and rows; the header row repeats on every page, rows never split. */
export interface DocxTableSpec {
  readonly columns: readonly DocxColumn[];
  readonly rows: readonly (readonly DocxCell[])[];
}

/** Paragraph options of the kit. */
export interface TextOptions {
  readonly bold?: boolean | undefined;
  readonly italic?: boolean | undefined;
  readonly size?: 'body' | 'table' | 'small' | 'title' | undefined;
  readonly align?: 'left' | 'right' | 'center' | undefined;
  readonly after?: number | undefined;
  readonly pageBreakBefore?: boolean | undefined;
}

/** Builds paragraphs and tables with the `docx` module: one style for every document. */
export class DocxKit {
  constructor(private readonly d: DocxModule) {}

  /** A paragraph of text; control characters are shown, not obeyed. */
  text(text: string, o: TextOptions = {}): Paragraph {
    const d = this.d;
    const size = o.size === 'title' ? 28 : SIZE[o.size ?? 'body'];
    const lines = neutraliseControls(text).split('\n');
    return new d.Paragraph({
      alignment: align(d, o.align),
      spacing: { after: o.after ?? 120 },
      ...(o.pageBreakBefore === true ? { pageBreakBefore: true } : {}),
      children: lines.map(
        (line, i) =>
          new d.TextRun({
            text: line,
            bold: o.bold === true,
            italics: o.italic === true,
            font: FONT,
            size,
            ...(i > 0 ? { break: 1 } : {}),
          }),
      ),
    });
  }

  /** A table over the whole text width, the header row repeated on each page. */
  table(spec: DocxTableSpec): Table {
    const d = this.d;
    const border = { style: d.BorderStyle.SINGLE, size: 4, color: '808080' };
    const borders = { top: border, bottom: border, left: border, right: border };
    const cell = (c: DocxCell, column: DocxColumn | undefined, header: boolean) => {
      const o = typeof c === 'string' ? { text: c } : c;
      return new d.TableCell({
        borders,
        ...(o.span !== undefined && o.span > 1 ? { columnSpan: o.span } : {}),
        ...(header
          ? { shading: { type: d.ShadingType.CLEAR, fill: 'D9E2F3', color: 'auto' } }
          : o.shade !== undefined
            ? { shading: { type: d.ShadingType.CLEAR, fill: o.shade, color: 'auto' } }
            : {}),
        verticalAlign: d.VerticalAlignTable.CENTER,
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        children: [
          this.text(o.text, {
            bold: header || o.bold === true,
            size: 'table',
            align: header ? 'center' : column?.align,
            after: 0,
          }),
        ],
      });
    };
    const head = new d.TableRow({
      tableHeader: true,
      cantSplit: true,
      children: spec.columns.map((c) => cell(c.header, c, true)),
    });
    const rows = spec.rows.map((r) => {
      let at = 0;
      return new d.TableRow({
        cantSplit: true,
        children: r.map((c) => {
          const column = spec.columns[at];
          at += typeof c === 'string' ? 1 : (c.span ?? 1);
          return cell(c, column, false);
        }),
      });
    });
    return new d.Table({
      width: { size: 100, type: d.WidthType.PERCENTAGE },
      columnWidths: spec.columns.map((c) => Math.round((c.width / 100) * TEXT_WIDTH)),
      layout: d.TableLayoutType.FIXED,
      rows: [head, ...rows],
    });
  }

  /**
   * The document: A4 landscape, 2 cm margins, page numbers centred in the footer, Times New Roman.
   *
   * @returns The `.docx` file's bytes.
   */
  async document(title: string, children: readonly FileChild[]): Promise<Uint8Array> {
    const d = this.d;
    const doc = new d.Document({
      creator: 'par-index',
      title: neutraliseControls(title),
      styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
      sections: [
        {
          properties: {
            page: {
              size: { width: A4_SHORT, height: A4_LONG, orientation: d.PageOrientation.LANDSCAPE },
              margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
            },
          },
          footers: {
            default: new d.Footer({
              children: [
                new d.Paragraph({
                  alignment: d.AlignmentType.CENTER,
                  children: [
                    new d.TextRun({
                      children: [d.PageNumber.CURRENT],
                      font: FONT,
                      size: SIZE.small,
                    }),
                    new d.TextRun({ text: ' / ', font: FONT, size: SIZE.small }),
                    new d.TextRun({
                      children: [d.PageNumber.TOTAL_PAGES],
                      font: FONT,
                      size: SIZE.small,
                    }),
                  ],
                }),
              ],
            }),
          },
          children: [...children],
        },
      ],
    });
    return new Uint8Array(await d.Packer.toArrayBuffer(doc));
  }
}

// A4 in twentieths of a point (210 × 297 mm), 2 cm margins; landscape text width 297 − 40 mm.
const A4_SHORT = 11906;
const A4_LONG = 16838;
const MARGIN = 1134;
const TEXT_WIDTH = A4_LONG - 2 * MARGIN;

function align(d: DocxModule, a: TextOptions['align']) {
  return a === 'right'
    ? d.AlignmentType.RIGHT
    : a === 'center'
      ? d.AlignmentType.CENTER
      : d.AlignmentType.LEFT;
}
