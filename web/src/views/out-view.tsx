import { useState } from 'preact/hooks';
import { stringify } from 'yaml';
import type { Batch } from '../../../src/cli/batch-from-inputs.js';
import { renderResults } from '../../../src/cli/render-results.js';
import type { ScoredBatch } from '../../../src/cli/score-batch.js';
import type { ScoreResult } from '../../../src/index.js';
import { assessmentToInput } from '../../../src/index.js';
import { type Lang, words } from '../i18n.js';
import { download, mimeOf } from '../platform/download.js';

type Format = 'html' | 'xlsx' | 'csv' | 'md' | 'json';

/**
 * The files the CLI writes, made by the CLI's own writers from the same scored batch: reports
 * (`report --format …`), the results JSON (`score --format json`), the Excel form of a unit
 * (`template`) and its assessment as YAML (`import assessment`).
 */
export function OutView(props: {
  lang: Lang;
  scored: ScoredBatch;
  batch: Batch;
  result: ScoreResult;
}) {
  const { lang, scored, batch, result } = props;
  const w = words(lang);
  const [busy, setBusy] = useState<string | undefined>();
  const run = async (name: string, make: () => Promise<string | Uint8Array>) => {
    setBusy(name);
    try {
      download(name, await make(), mimeOf(name));
    } finally {
      setBusy(undefined);
    }
  };
  const report = (format: Format) =>
    run(`ket-qua.${format}`, () => renderResults(scored, format, lang, [...batch.sets.values()]));
  const set = batch.sets.get(result.criteriaSet.id);
  const item = batch.items.find(
    (i) => i.set.id === result.criteriaSet.id && i.assessment.unit.id === result.unit.id,
  );
  const template = async () => {
    if (set === undefined) return;
    await run(`tu-cham-diem-${result.unit.id}.xlsx`, async () => {
      // exceljs loads only now.
      const { writeAssessmentTemplate } = await import('../../../src/node/excel/template.js');
      return writeAssessmentTemplate(set, { lang, unit: result.unit, period: result.period });
    });
  };
  const filled = async () => {
    if (item === undefined) return;
    await run(`${result.unit.id}.yaml`, async () =>
      stringify(assessmentToInput(item.assessment), { lineWidth: 0 }),
    );
  };
  return (
    <section aria-labelledby="out-h">
      <h2 id="out-h">{w.out}</h2>
      <h3>{w.reports}</h3>
      <p class="buttons">
        {(['html', 'xlsx', 'csv', 'md'] as const).map((f) => (
          <button
            type="button"
            key={f}
            onClick={() => report(f)}
            data-testid={`report-${f}`}
            disabled={busy !== undefined}
          >
            {w.download} .{f}
          </button>
        ))}
      </p>
      <h3>{w.resultsJson}</h3>
      <p class="buttons">
        <button
          type="button"
          onClick={() => report('json')}
          data-testid="report-json"
          disabled={busy !== undefined}
        >
          {w.download} .json
        </button>
      </p>
      <h3>{result.unit.name}</h3>
      <p class="buttons">
        <button
          type="button"
          onClick={template}
          data-testid="template"
          disabled={busy !== undefined || set === undefined}
        >
          {w.template}
        </button>
        <button
          type="button"
          onClick={filled}
          data-testid="filled"
          disabled={busy !== undefined || item === undefined}
        >
          {w.filled}
        </button>
      </p>
      <p aria-live="polite" class="muted">
        {busy !== undefined ? w.preparing : ''}
      </p>
    </section>
  );
}
