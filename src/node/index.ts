/**
 * par-index/node: files, Excel workbooks and reports, for Node. Builds on the pure core
 * (`par-index`), which it does not re-export.
 * @packageDocumentation
 */

export {
  criteriaSetIdOf,
  loadAssessmentFile,
  loadCriteriaSetFile,
  safeLoadAssessmentFile,
  safeLoadCriteriaSetFile,
} from './load-files.js';
export { parseDataText } from './parse-data-text.js';
export { decodeText, MAX_DATA_FILE_BYTES, parseDataBytes, readDataFile } from './read-data-file.js';
export type { ReportInput } from './reports/report-input.js';
export { writeResultsWorkbook } from './reports/results-workbook.js';
export { writeResultsCsv } from './reports/results-csv.js';
export { writeResultsMarkdown } from './reports/results-markdown.js';
export { writeResultsHtml } from './reports/results-html.js';
export { neutraliseCell } from './reports/neutralise.js';
export { REPORT_LABELS, reportLabels } from './reports/labels.js';
export type { ReportLabels } from './reports/labels.js';
export { writeFileAtomic } from './write-file-atomic.js';
