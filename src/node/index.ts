/**
 * par-index/node: files, Excel workbooks and reports, for Node. Builds on the pure core
 * (`par-index`), which it does not re-export.
 * @packageDocumentation
 */

export type {
  Annex,
  AnnexBlock,
  AnnexNumbers,
  AnnexOptions,
  AnnexRow,
} from './annex/annex-data.js';
export { buildAnnex } from './annex/annex-data.js';
export type { AnnexWriteOptions } from './annex/annex-writers.js';
export { writeAnnexDocx, writeAnnexMarkdown, writeAnnexWorkbook } from './annex/annex-writers.js';
export type { AppraisalSide } from './appraisal/appraisal-side.js';
export { declaredFingerprint } from './appraisal/appraisal-side.js';
export type { AppraisedFile, AssessmentText } from './appraisal/import.js';
export { importAppraisal } from './appraisal/import.js';
export type { AppraisalLang } from './appraisal/layout.js';
export type { FieldLossTotals, LossRow, StageTotals, UnitLosses } from './appraisal/losses.js';
export { appraisalLosses } from './appraisal/losses.js';
export type { LossesReportOptions } from './appraisal/losses-writers.js';
export {
  writeLossesDocx,
  writeLossesMarkdown,
  writeLossesWorkbook,
} from './appraisal/losses-writers.js';
export type { MergedAppraisal } from './appraisal/merge.js';
export { mergeAppraisal } from './appraisal/merge.js';
export type {
  AppraisalSheet,
  AppraisalWorkbook,
  ReadAppraisalOptions,
} from './appraisal/read-workbook.js';
export { readAppraisalWorkbook } from './appraisal/read-workbook.js';
export type { AppraisalWorkbookOptions } from './appraisal/write-workbook.js';
export { writeAppraisalWorkbook } from './appraisal/write-workbook.js';
export type { CsvEncoding, DecodedCsv } from './csv/decode-csv.js';
export { CSV_ENCODINGS, decodeCsv } from './csv/decode-csv.js';
export type { CsvRows } from './csv/parse-csv.js';
export { detectSeparator, parseCsv } from './csv/parse-csv.js';
export type { CsvAssessment } from './csv/read-assessment-csv.js';
export {
  checkCsvAssessment,
  csvToAssessmentInput,
  MAX_CSV_ROWS,
} from './csv/read-assessment-csv.js';
export type { CriteriaImport, ImportCriteriaOptions } from './excel/criteria-import.js';
export { importCriteriaSheet } from './excel/criteria-import.js';
export type { ExcelLimits } from './excel/excel-limits.js';
export { EXCEL_LIMITS } from './excel/excel-limits.js';
export type { ReadAssessmentOptions } from './excel/import.js';
export { readAssessmentWorkbook } from './excel/import.js';
export type { TemplateLang } from './excel/layout.js';
export type { AssessmentTemplateOptions } from './excel/template.js';
export { writeAssessmentTemplate } from './excel/template.js';
export {
  criteriaSetIdOf,
  loadAssessmentFile,
  loadCriteriaSetFile,
  safeLoadAssessmentFile,
  safeLoadCriteriaSetFile,
} from './load-files.js';
export { parseDataText } from './parse-data-text.js';
export { decodeText, MAX_DATA_FILE_BYTES, parseDataBytes, readDataFile } from './read-data-file.js';
export type { ReportLabels } from './reports/labels.js';
export { REPORT_LABELS, reportLabels } from './reports/labels.js';
export { neutraliseCell } from './reports/neutralise.js';
export type { ReportInput } from './reports/report-input.js';
export { writeResultsCsv } from './reports/results-csv.js';
export { writeResultsHtml } from './reports/results-html.js';
export { writeResultsMarkdown } from './reports/results-markdown.js';
export { writeResultsWorkbook } from './reports/results-workbook.js';
export { writeFileAtomic } from './write-file-atomic.js';
