import { match } from 'ts-pattern';
import type { Lang } from '../format/number-format.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import { jsonSafe } from '../node/control-chars.js';
import type { ReportInput } from '../node/reports/report-input.js';
import { writeResultsCsv } from '../node/reports/results-csv.js';
import { writeResultsHtml } from '../node/reports/results-html.js';
import { writeResultsMarkdown } from '../node/reports/results-markdown.js';
import { identityKey } from '../parse/code-key.js';
import { summariseBlock } from '../ranking/block-summary.js';
import { criteriaSetOutline } from '../serialize/criteria-set-outline.js';
import { UsageError } from './cli-io.js';
import type { OutputFormat } from './options.js';
import { renderRankingTables } from './ranking-table.js';
import type { ScoredBatch } from './score-batch.js';

/** Identifies the JSON output document; bump `version` on any breaking change. */
export const RESULTS_JSON_FORMAT = { format: 'par-index.results', version: 2 } as const;

/**
 * Renders scored results in the requested format. JSON is the stable machine format
 * (documented in docs/cli.md); other formats are for people.
 */
export async function renderResults(
  scored: ScoredBatch,
  format: OutputFormat,
  lang: Lang,
  sets: readonly CriteriaSet[] = scored.sets,
): Promise<string | Uint8Array> {
  const input: ReportInput = {
    results: scored.results,
    ranking: scored.ranking,
    ...(scored.previous !== undefined ? { previous: scored.previous } : {}),
    lang,
    criteriaSets: sets,
  };
  return (
    match(format)
      .with('table', () => renderRankingTables(scored, lang))
      .with(
        'json',
        () =>
          // Compact: the document is for programs, and the sets' nodes are listed once.
          `${jsonSafe(
            JSON.stringify({
              ...RESULTS_JSON_FORMAT,
              stage: scored.results[0]?.stage ?? 'final',
              criteriaSets: scored.sets.map(criteriaSetOutline),
              results: scored.results,
              ranking: scored.ranking,
              changes: scored.changes,
              // Per block (criteria set and block name), in ranking order.
              blockSummaries: scored.ranking.blocks.map((b) => ({
                ...summariseBlock(
                  scored.results.filter(
                    (r) =>
                      r.criteriaSet.id === b.criteriaSetId &&
                      identityKey(r.unit.block) === identityKey(b.block),
                  ),
                ),
                block: b.block,
                ...(b.criteriaSetId !== undefined ? { criteriaSetId: b.criteriaSetId } : {}),
              })),
            }),
          )}\n`,
      )
      .with('csv', () => writeResultsCsv(input))
      .with('md', () => writeResultsMarkdown(input))
      .with('html', () => writeResultsHtml(input))
      // exceljs is heavy: load it only when a workbook is asked for, to keep start-up quick.
      .with('xlsx', async () =>
        (await import('../node/reports/results-workbook.js')).writeResultsWorkbook(input),
      )
      // Never reached: the commands that render results do not list docx (checkFormat refuses it).
      .with('docx', () => {
        throw new UsageError(
          'Dạng docx chỉ dành cho par-index annex và appraisal losses. / The docx format is for par-index annex and appraisal losses.',
        );
      })
      .exhaustive()
  );
}
