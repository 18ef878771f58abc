import type { Workbook } from 'exceljs';
import { walkScores } from '../../engine/find-node.js';
import { dec, sum, toDs } from '../../internal/decimal.js';
import type { NodeScore } from '../../model/score-result.js';
import { depthName } from './labels.js';
import { localName, type ReportView, triggerReasons, triggerText } from './report-data.js';
import {
  addTableSheet,
  type CellInput,
  type ColumnSpec,
  dateCell,
  numberCell,
} from './workbook-table.js';

const FIELD_FILL = '#deebf7';

/**
 * Adds the sheet "Điểm chi tiết": one line per node of the tree, one column per unit.
 *
 * @param workbook - The workbook.
 * @param view - The report view.
 */
export function addDetailSheet(workbook: Workbook, view: ReportView): void {
  const l = view.labels;
  const scored = view.rows.flatMap((row) => (row.result === undefined ? [] : [row]));
  // Every node code in tree order, first seen wins (units of one set share the tree).
  const nodes = new Map<string, NodeScore>();
  for (const row of scored) {
    for (const n of walkScores(row.result?.fields ?? []))
      if (!nodes.has(n.code)) nodes.set(n.code, n);
  }
  const byUnit = scored.map((row) => {
    const map = new Map<string, NodeScore>();
    for (const n of walkScores(row.result?.fields ?? [])) map.set(n.code, n);
    return { places: row.result?.places ?? view.places, map };
  });
  const columns: ColumnSpec[] = [
    { header: l.code, width: 10 },
    { header: l.name, width: 48, wrap: true },
    { header: l.level, width: 14 },
    { header: l.max, width: 10 },
    ...scored.map((row) => ({ header: row.unit.unitName, width: 14 })),
  ];
  const rows = [...nodes.values()].map((node): CellInput[] => {
    const field = node.depth === 1;
    const style = { bold: field, fill: field ? FIELD_FILL : undefined };
    return [
      { value: node.code, ...style },
      { value: localName(node, view.lang), indent: node.depth - 1, ...style },
      { value: depthName(node.depth, view.lang), ...style },
      { ...numberCell(node.nominalMax, view.places), ...style },
      ...byUnit.map(({ places, map }): CellInput => {
        const own = map.get(node.code);
        if (own === undefined) return null;
        if (!own.applicable) return { value: l.notApplicable, ...style };
        return { ...numberCell(own.points, places), ...style };
      }),
    ];
  });
  addTableSheet(workbook, l.sheets.detail, {
    title: view.title,
    subtitle: view.subtitle,
    columns,
    rows,
    freezeColumns: 2,
  });
}

/**
 * Adds the sheet "Điểm bị trừ": for each unit, every node whose points changed at appraisal
 * (self points minus final points), then the unit's total.
 *
 * @param workbook - The workbook.
 * @param view - The report view.
 */
export function addLostSheet(workbook: Workbook, view: ReportView): void {
  const l = view.labels;
  const columns: ColumnSpec[] = [
    { header: l.block, width: 12 },
    { header: l.unit, width: 28, wrap: true },
    { header: l.code, width: 10 },
    { header: l.name, width: 44, wrap: true },
    { header: l.level, width: 14 },
    { header: l.selfPoints, width: 12 },
    { header: l.finalPoints, width: 12 },
    { header: l.lostAtAppraisal, width: 12 },
  ];
  const rows: CellInput[][] = [];
  for (const row of view.rows) {
    const r = row.result;
    if (r === undefined) continue;
    const line = (
      code: string,
      name: string,
      level: string,
      self: string,
      lost: string,
      bold: boolean,
    ): CellInput[] => [
      row.block,
      row.unit.unitName,
      { value: code, bold },
      { value: name, bold },
      level,
      { ...numberCell(self, r.places), bold },
      { ...numberCell(toDs(dec(self).minus(dec(lost))), r.places), bold },
      { ...numberCell(lost, r.places), bold },
    ];
    for (const n of walkScores(r.fields)) {
      if (dec(n.lostAtAppraisal).isZero()) continue;
      const name = localName(n, view.lang);
      const level = depthName(n.depth, view.lang);
      rows.push(line(n.code, name, level, n.selfPoints, n.lostAtAppraisal, n.depth === 1));
    }
    if (!dec(r.lostAtAppraisal).isZero()) {
      const self = toDs(sum(r.fields.map((f) => dec(f.selfPoints))));
      rows.push(line('', l.total, '', self, r.lostAtAppraisal, true));
    }
  }
  addTableSheet(workbook, l.sheets.lost, {
    title: view.title,
    subtitle: view.subtitle,
    columns,
    rows,
    freezeColumns: 2,
  });
}

/**
 * Adds the sheet "Cảnh báo": triggers fired (reasons, action, due date), then scoring warnings.
 *
 * @param workbook - The workbook.
 * @param view - The report view.
 */
export function addAlertsSheet(workbook: Workbook, view: ReportView): void {
  const l = view.labels;
  const dateFormat = view.lang === 'vi' ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
  const columns: ColumnSpec[] = [
    { header: l.block, width: 12 },
    { header: l.unit, width: 28, wrap: true },
    { header: l.kind, width: 11 },
    { header: l.code, width: 22 },
    { header: l.node, width: 10 },
    { header: l.message, width: 44, wrap: true },
    { header: l.reason, width: 50, wrap: true },
    { header: l.action, width: 36, wrap: true },
    { header: l.due, width: 12 },
  ];
  const rows: CellInput[][] = [];
  for (const row of view.rows) {
    for (const t of row.result?.triggers ?? []) {
      rows.push([
        row.block,
        row.unit.unitName,
        { value: l.trigger, bold: true, fill: '#ffc7ce' },
        t.id,
        '',
        triggerText(t, view.lang),
        triggerReasons(t, view.lang).join('\n'),
        t.action ?? '',
        t.due === undefined ? '' : dateCell(t.due, dateFormat),
      ]);
    }
  }
  for (const row of view.rows) {
    for (const w of row.result?.warnings ?? []) {
      rows.push([
        row.block,
        row.unit.unitName,
        l.warning,
        w.code,
        w.nodeCode,
        view.lang === 'en' ? w.messageEn : w.message,
        '',
        '',
        '',
      ]);
    }
  }
  addTableSheet(workbook, l.sheets.alerts, {
    title: view.title,
    subtitle: view.subtitle,
    columns,
    rows,
    freezeColumns: 2,
  });
}
