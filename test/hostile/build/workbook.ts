import { buildZip, type ZipLayout, type ZipPart } from './zip.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Column letters of a 1-based column number (1 → A, 16 384 → XFD). */
export function columnName(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) {
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  }
  return s;
}

/** What goes into a worksheet besides its rows. */
export interface SheetExtras {
  /** `<cols>` entries: [min, max]. */
  readonly cols?: readonly (readonly [number, number])[] | undefined;
  /** `<mergeCell ref>` values. */
  readonly merges?: readonly string[] | undefined;
  /** `<dataValidation sqref>` values. */
  readonly validations?: readonly string[] | undefined;
}

/** A worksheet of `rows` rows of `cols` numeric cells (built as one string, for size). */
export function sheetXml(rows: number, cols: number, extras: SheetExtras = {}): string {
  const names = Array.from({ length: cols }, (_, i) => columnName(i + 1));
  const out: string[] = [`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}">`];
  if (extras.cols?.length) {
    out.push(
      `<cols>${extras.cols.map(([a, b]) => `<col min="${a}" max="${b}" width="9"/>`).join('')}</cols>`,
    );
  }
  out.push('<sheetData>');
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (const c of names) row += `<c r="${c}${r}"><v>1</v></c>`;
    out.push(`${row}</row>`);
  }
  out.push('</sheetData>');
  if (extras.merges?.length) {
    out.push(
      `<mergeCells count="${extras.merges.length}">${extras.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`,
    );
  }
  if (extras.validations?.length) {
    out.push(
      `<dataValidations count="${extras.validations.length}">${extras.validations
        .map(
          (s) =>
            `<dataValidation type="list" sqref="${s}"><formula1>"a,b"</formula1></dataValidation>`,
        )
        .join('')}</dataValidations>`,
    );
  }
  out.push('</worksheet>');
  return out.join('');
}

/** `xl/sharedStrings.xml` with `count` one-letter strings. */
export function sharedStringsXml(count: number): string {
  return `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${count}">${'<si><t>x</t></si>'.repeat(count)}</sst>`;
}

/** `xl/styles.xml` with `count` cell formats. */
export function stylesXml(count: number): string {
  return `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellXfs count="${count}">${'<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'.repeat(count)}</cellXfs></styleSheet>`;
}

/** Options of {@link workbookBytes}. */
export interface WorkbookOptions {
  /** The worksheet part's XML. */
  readonly sheet: string;
  /** The name the worksheet part is stored under (default `xl/worksheets/sheet1.xml`). */
  readonly sheetEntry?: string | undefined;
  /** Named ranges: `<definedName>` texts, e.g. `S!$A$1:$B$2`. */
  readonly names?: readonly string[] | undefined;
  /** More parts (shared strings, styles, …). */
  readonly extra?: readonly ZipPart[] | undefined;
  /** Changes to the sheet part's zip record. */
  readonly sheetPart?: Partial<ZipPart> | undefined;
  /** Archive-wide tricks. */
  readonly layout?: ZipLayout | undefined;
}

/** A minimal `.xlsx` (one sheet "S") that exceljs loads, with hostile variations. */
export function workbookBytes(options: WorkbookOptions): Uint8Array {
  const names = options.names?.length
    ? `<definedNames>${options.names.map((n, i) => `<definedName name="n${i}">${n}</definedName>`).join('')}</definedNames>`
    : '';
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets>${names}</workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    {
      name: options.sheetEntry ?? 'xl/worksheets/sheet1.xml',
      data: options.sheet,
      ...options.sheetPart,
    },
    ...(options.extra ?? []),
  ];
  return buildZip(parts, options.layout);
}
