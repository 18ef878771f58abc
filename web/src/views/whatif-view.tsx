import { useMemo, useRef, useState } from 'preact/hooks';
import type { Batch } from '../../../src/cli/batch-from-inputs.js';
import type { ScoredBatch } from '../../../src/cli/score-batch.js';
import { planLines } from '../../../src/cli/what-if-plan.js';
import type { ScoreResult, Stage } from '../../../src/index.js';
import {
  formatNumber,
  formatPercent,
  planForTargets,
  planItemsFromResult,
  pointsNeededForBandInResult,
  pointsNeededForNoWeakCriterionInResult,
  pointsNeededForRankInResults,
  winnablePoints,
} from '../../../src/index.js';
import { bandText } from '../../../src/node/reports/report-data.js';
import { type Lang, words } from '../i18n.js';
import { MonteCarloView } from './montecarlo-view.js';
import { type Edits, markEdit, TryOut } from './try-out.js';
import { UnitSelect } from './unit-select.js';

/**
 * What-if for one unit, on the library's answers: points needed for a rank, a band, no weak
 * criterion; the cheapest plan; a try-out table re-scoring and re-ranking the block at each
 * edit; Monte Carlo rank bands in a worker.
 */
export function WhatIfView(props: {
  lang: Lang;
  scored: ScoredBatch;
  batch: Batch;
  stage: Stage;
  result: ScoreResult;
  onUnit: (key: string) => void;
}) {
  const { lang, result, scored } = props;
  const w = words(lang);
  const set = scored.sets.find((s) => s.id === result.criteriaSet.id);
  const [rankText, setRankText] = useState('');
  const [band, setBand] = useState('');
  const [noWeak, setNoWeak] = useState(false);
  const [unlockSurvey, setUnlockSurvey] = useState(false);
  const [edits, setEdits] = useState<Edits>(new Map());
  const unitOf = useRef(result);
  if (unitOf.current !== result) {
    // Another unit: its own targets and edits.
    unitOf.current = result;
    if (edits.size > 0) setEdits(new Map());
  }
  const k = /^\d+$/.test(rankText.trim()) && Number(rankText) >= 1 ? Number(rankText) : undefined;
  const answers = useMemo(() => {
    const items = planItemsFromResult(result, { unlockSurvey });
    const rank =
      k === undefined
        ? undefined
        : pointsNeededForRankInResults(scored.results, result.unit.id, k, { items });
    const bandGap =
      band === '' || set?.bands === undefined
        ? undefined
        : pointsNeededForBandInResult(result, set.bands, band, { items });
    const weak =
      noWeak && set?.criterionRating !== undefined
        ? pointsNeededForNoWeakCriterionInResult(result, set.criterionRating.scale, { items })
        : undefined;
    const plan =
      rank !== undefined || bandGap !== undefined || weak !== undefined
        ? planForTargets(items, result, { rank, band: bandGap, noWeak: weak })
        : undefined;
    return { items, available: winnablePoints(items), rank, band: bandGap, noWeak: weak, plan };
  }, [result, scored, k, band, noWeak, unlockSurvey, set]);
  const n = (v: string) => formatNumber(v, { lang, trimZeros: true });
  const text = (x: { text: string; textEn: string }) => (lang === 'vi' ? x.text : x.textEn);
  const applyPlan = () => {
    const next: Map<string, { value: string; points: string }> = new Map();
    for (const phase of answers.plan?.phases ?? [])
      for (const step of phase.plan.steps) next.set(step.code, { value: '', points: step.to });
    markEdit();
    setEdits(next);
  };
  const mates = scored.results.filter((r) => r.criteriaSet.id === result.criteriaSet.id);
  const assessments = props.batch.items
    .filter((i) => i.set.id === result.criteriaSet.id)
    .map((i) => i.assessment);
  return (
    <section aria-labelledby="whatif-h">
      <h2 id="whatif-h">{w.tabs.whatif}</h2>
      <UnitSelect
        lang={lang}
        scored={scored}
        result={result}
        onUnit={props.onUnit}
        id="whatif-unit"
      />
      <p data-testid="now">
        <strong>{w.now}:</strong>{' '}
        {formatPercent(result.shown.index, { places: result.places, lang })},{' '}
        {bandText(result.band, lang)}. {w.available(n(answers.available))}
      </p>
      <fieldset class="targets">
        <legend>{w.target}</legend>
        <label class="inline">
          {w.targetRank}{' '}
          <input
            type="text"
            inputMode="numeric"
            class="short"
            value={rankText}
            onInput={(e) => setRankText(e.currentTarget.value)}
            data-testid="target-rank"
          />
        </label>
        {set?.bands !== undefined && (
          <label class="inline">
            {w.targetBand}{' '}
            <select
              value={band}
              onChange={(e) => setBand(e.currentTarget.value)}
              data-testid="target-band"
            >
              <option value="">{w.noTarget}</option>
              {set.bands.levels.map((l) => (
                <option value={l.code} key={l.code}>
                  {lang === 'en' ? (l.labelEn ?? l.label) : l.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {set?.criterionRating !== undefined && (
          <label class="inline">
            <input
              type="checkbox"
              checked={noWeak}
              onChange={(e) => setNoWeak(e.currentTarget.checked)}
            />{' '}
            {w.noWeak}
          </label>
        )}
        <label class="inline">
          <input
            type="checkbox"
            checked={unlockSurvey}
            onChange={(e) => setUnlockSurvey(e.currentTarget.checked)}
          />{' '}
          {w.unlockSurvey}
        </label>
      </fieldset>
      <div aria-live="polite" class="answers" data-testid="answers">
        {answers.rank && (
          <p data-testid="rank-gap" data-points={answers.rank.pointsNeeded}>
            {text(answers.rank)}
          </p>
        )}
        {answers.band && (
          <p data-testid="band-gap" data-points={answers.band.pointsNeeded}>
            {text(answers.band)}
          </p>
        )}
        {answers.noWeak && <p data-testid="noweak-gap">{text(answers.noWeak)}</p>}
        {answers.plan && (
          <div class="plan" data-testid="plan">
            <h3>{w.plan}</h3>
            <pre>{planLines(answers.plan, { band: answers.band }, lang).join('\n')}</pre>
            <button type="button" onClick={applyPlan} data-testid="apply-plan">
              {w.applyPlan}
            </button>
          </div>
        )}
      </div>
      <TryOut
        lang={lang}
        result={result}
        set={set}
        sets={scored.sets}
        assessments={assessments}
        stage={props.stage}
        items={answers.items}
        edits={edits}
        onEdits={setEdits}
      />
      <MonteCarloView
        lang={lang}
        results={mates}
        assessments={assessments}
        result={result}
        target={k}
      />
    </section>
  );
}
