import type { Workbook } from 'exceljs';
import { colourOf } from './band-colours.js';
import { blockStatsTable } from './block-stats.js';
import { fillLabel } from './labels.js';
import { bandText, changeText, localName, type ReportView, triggerText } from './report-data.js';
import { addTableSheet, type CellInput, type ColumnSpec, numberCell } from './workbook-table.js';

/**
 * Adds the sheet "Xếp hạng": one line per unit, blocks in order, units by rank.
 *
 * @param workbook - The workbook.
 * @param view - The report view.
 */
export function addRankingSheet(workbook: Workbook, view: ReportView): void {
  const l = view.labels;
  const columns: ColumnSpec[] = [
    { header: l.block, width: 12 },
    { header: l.rank, width: 8 },
    { header: l.position, width: 11 },
    { header: l.unit, width: 28, wrap: true },
    { header: l.points, width: 12 },
    { header: l.max, width: 12 },
    { header: l.indexPercent, width: 12 },
    ...(view.rankedByHeader !== undefined ? [{ header: view.rankedByHeader, width: 16 }] : []),
    { header: l.band, width: 22, wrap: true },
    ...(view.hasPrevious
      ? [
          { header: l.previousRank, width: 12 },
          { header: l.rankChange, width: 14 },
        ]
      : []),
    { header: l.triggers, width: 32, wrap: true },
  ];
  const rows = view.rows.map((row): CellInput[] => {
    const r = row.result;
    const places = r?.places ?? view.places;
    const band = r?.band ?? row.unit.band;
    return [
      row.block,
      row.unit.rank,
      row.unit.position,
      row.unit.unitName,
      r === undefined ? null : numberCell(r.shown.points, places),
      r === undefined ? null : numberCell(r.shown.max, places),
      r === undefined ? null : numberCell(r.shown.index, places),
      ...(view.rankedByHeader !== undefined ? [numberCell(row.unit.shown, view.places)] : []),
      {
        value: bandText(band, view.lang),
        fill: colourOf(view.colours, r?.criteriaSet.id, band?.code).light,
      },
      ...(view.hasPrevious
        ? [row.change?.previousRank ?? null, changeText(row.change, view.lang)]
        : []),
      (r?.triggers ?? []).map((t) => triggerText(t, view.lang)).join('; '),
    ];
  });
  const sheet = addTableSheet(workbook, l.sheets.ranking, {
    title: view.title,
    subtitle: view.subtitle,
    columns,
    rows,
    freezeColumns: 4,
  });
  // One legend per criteria set under the table: every band in order, in its cell colour.
  let at = 3 + rows.length + 2;
  for (const lg of view.colours.legends) {
    const title = view.lang === 'en' ? (lg.setTitleEn ?? lg.setTitle) : lg.setTitle;
    const caption = sheet.getCell(at++, 4);
    caption.value = fillLabel(l.legend, { set: title });
    caption.font = { bold: true };
    for (const item of lg.items) {
      const cell = sheet.getCell(at++, 4);
      cell.value = view.lang === 'en' ? (item.labelEn ?? item.label) : item.label;
      cell.fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: `FF${item.colour.light.slice(1).toUpperCase()}` },
      };
      cell.border = {
        left: { style: 'thick', color: { argb: `FF${item.colour.strong.slice(1).toUpperCase()}` } },
      };
    }
    at++;
  }
}

/**
 * Adds the sheet "Thống kê khối": one line per block with its averages, points lost at
 * appraisal, units per band and each field's average sub-index.
 *
 * @param workbook - The workbook.
 * @param view - The report view.
 */
export function addBlockStatsSheet(workbook: Workbook, view: ReportView): void {
  const { header, rows } = blockStatsTable(view);
  addTableSheet(workbook, view.labels.stats.sheet, {
    title: view.title,
    subtitle: view.subtitle,
    columns: header.map((h, i) => ({ header: h, width: i === 0 ? 14 : 13, wrap: true })),
    rows: rows.map((cells) =>
      cells.map(
        (c): CellInput =>
          c.kind === 'text'
            ? c.text
            : c.kind === 'count'
              ? Number(c.value)
              : numberCell(c.value, c.places),
      ),
    ),
    freezeColumns: 1,
  });
}

/**
 * Adds the sheet "Chỉ số thành phần": each unit's sub-index (%) in every field.
 *
 * @param workbook - The workbook.
 * @param view - The report view.
 */
export function addFieldIndicesSheet(workbook: Workbook, view: ReportView): void {
  const l = view.labels;
  const columns: ColumnSpec[] = [
    { header: l.block, width: 12 },
    { header: l.unit, width: 32, wrap: true },
    { header: l.indexPercent, width: 12 },
    ...view.fields.map((f) => ({
      header: `${f.code}. ${localName(f, view.lang)} (%)`,
      width: 18,
    })),
  ];
  const rows = view.rows.map((row): CellInput[] => {
    const r = row.result;
    if (r === undefined) return [row.block, row.unit.unitName];
    return [
      row.block,
      row.unit.unitName,
      numberCell(r.shown.index, r.places),
      ...view.fields.map((f): CellInput => {
        const node = r.fields.find((n) => n.code === f.code);
        if (node === undefined) return null;
        return node.applicable ? numberCell(node.percent, r.places) : l.notApplicable;
      }),
    ];
  });
  addTableSheet(workbook, l.sheets.fieldIndices, {
    title: view.title,
    subtitle: view.subtitle,
    columns,
    rows,
    freezeColumns: 2,
  });
}
