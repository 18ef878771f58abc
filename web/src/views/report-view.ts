import type { ScoredBatch } from '../../../src/cli/score-batch.js';
import { buildReportView, type ReportView } from '../../../src/node/reports/report-data.js';
import type { Lang } from '../i18n.js';

// The page shows what the reports show, from the reports' own view of the results.
const cache = new WeakMap<ScoredBatch, Map<Lang, ReportView>>();

/** The report view of a scored batch in a language (built once per batch and language). */
export function reportView(scored: ScoredBatch, lang: Lang): ReportView {
  const byLang = cache.get(scored) ?? new Map<Lang, ReportView>();
  cache.set(scored, byLang);
  const known = byLang.get(lang);
  if (known !== undefined) return known;
  const view = buildReportView({
    results: scored.results,
    ranking: scored.ranking,
    ...(scored.previous !== undefined ? { previous: scored.previous } : {}),
    lang,
    criteriaSets: scored.sets,
  });
  byLang.set(lang, view);
  return view;
}
