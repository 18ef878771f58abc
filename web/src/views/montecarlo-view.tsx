import { Decimal } from 'decimal.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import type {
  Assessment,
  MonteCarloResult,
  ScoreResult,
  UncertainUnit,
} from '../../../src/index.js';
import {
  formatNumber,
  formatPercent,
  parseDecimal,
  uncertainUnitsFromResults,
} from '../../../src/index.js';
import { type Lang, words } from '../i18n.js';
import type { MonteCarloRequest } from '../worker/monte-carlo-worker.js';

type Run =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly done: number; readonly total: number }
  | { readonly state: 'done'; readonly result: MonteCarloResult }
  | { readonly state: 'error'; readonly message: string };

/**
 * The units of the block for the draws: the uncertainty the assessments declare, or, when none
 * does, one field of every unit with a standard error (the library's own input type; points
 * and maxima are the engine's exact values).
 */
function unitsFor(
  results: readonly ScoreResult[],
  assessments: readonly Assessment[],
  field: string,
  standardError: string,
  target: number | undefined,
  unitId: string,
): UncertainUnit[] {
  const targets = target === undefined ? {} : { [unitId]: target };
  const declared = uncertainUnitsFromResults(results, assessments, { targets });
  if (field === '') return declared;
  const error = parseDecimal(standardError);
  return declared.map((u, i) => {
    const node = results[i]?.fields.find((f) => f.code === field);
    return {
      ...u,
      nodes:
        node === undefined || node.status !== 'scored' || error === undefined
          ? []
          : [
              {
                code: node.code,
                name: node.name,
                points: node.points,
                max: node.max,
                uncertainty: { kind: 'standard-error', standardError: error },
              },
            ],
    };
  });
}

/** Monte Carlo rank bands for the unit's block, drawn in a Web Worker, with progress and Stop. */
export function MonteCarloView(props: {
  lang: Lang;
  results: readonly ScoreResult[];
  assessments: readonly Assessment[];
  result: ScoreResult;
  target: number | undefined;
}) {
  const { lang, result } = props;
  const w = words(lang);
  const declared = uncertainUnitsFromResults(props.results, props.assessments).some(
    (u) => u.nodes.length > 0,
  );
  const [field, setField] = useState(
    declared ? '' : (result.fields[result.fields.length - 1]?.code ?? ''),
  );
  const [se, setSe] = useState('2');
  const [draws, setDraws] = useState(10_000);
  const [seed, setSeed] = useState(1);
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const worker = useRef<Worker | undefined>(undefined);
  useEffect(() => () => worker.current?.terminate(), []);
  const stop = () => {
    worker.current?.terminate();
    worker.current = undefined;
    setRun({ state: 'idle' });
  };
  const start = () => {
    stop();
    const units = unitsFor(
      props.results,
      props.assessments,
      field,
      se,
      props.target,
      result.unit.id,
    );
    const w2 = new Worker(new URL('../worker/monte-carlo-worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.current = w2;
    setRun({ state: 'running', done: 0, total: draws });
    w2.onmessage = (e: MessageEvent) => {
      const m = e.data as
        | { type: 'progress'; done: number; total: number }
        | { type: 'done'; result: MonteCarloResult }
        | { type: 'error'; message: string };
      if (m.type === 'progress') setRun({ state: 'running', done: m.done, total: m.total });
      else if (m.type === 'done') {
        setRun({ state: 'done', result: m.result });
        w2.terminate();
      } else setRun({ state: 'error', message: m.message });
    };
    const request: MonteCarloRequest = {
      units,
      options: { draws, seed, places: result.places, rounding: result.roundingMode },
    };
    w2.postMessage(request);
  };
  return (
    <section class="mc" aria-labelledby="mc-h">
      <h3 id="mc-h">{w.montecarlo}</h3>
      <div class="form-row">
        <label class="inline">
          {w.mcSource}{' '}
          <select value={field} onChange={(e) => setField(e.currentTarget.value)}>
            {declared && <option value="">{w.mcDeclared}</option>}
            {result.fields.map((f) => (
              <option value={f.code} key={f.code}>
                {f.code}. {lang === 'en' ? (f.nameEn ?? f.name) : f.name}
              </option>
            ))}
          </select>
        </label>
        {field !== '' && (
          <label class="inline">
            {w.mcField(field)}{' '}
            <input
              type="number"
              min="0"
              step="0.5"
              value={se}
              inputMode="decimal"
              onInput={(e) => setSe(e.currentTarget.value)}
              class="short"
            />
          </label>
        )}
        <label class="inline">
          {w.draws}{' '}
          <input
            type="number"
            min="100"
            max="100000"
            step="100"
            value={draws}
            onInput={(e) =>
              setDraws(Math.min(100_000, Math.max(1, Number(e.currentTarget.value) || 1)))
            }
            class="short"
          />
        </label>
        <label class="inline">
          {w.seed}{' '}
          <input
            type="number"
            step="1"
            value={seed}
            onInput={(e) => setSeed(Math.trunc(Number(e.currentTarget.value) || 1))}
            class="short"
          />
        </label>
        {run.state === 'running' ? (
          <button type="button" onClick={stop}>
            {w.cancel}
          </button>
        ) : (
          <button type="button" class="primary" onClick={start} data-testid="mc-run">
            {w.run}
          </button>
        )}
      </div>
      {!declared && field === '' && <p class="muted">{w.mcNone}</p>}
      <div aria-live="polite">
        {run.state === 'running' && (
          <p>
            <progress max={run.total} value={run.done} /> {w.mcProgress(run.done, run.total)}
          </p>
        )}
        {run.state === 'error' && <p class="problems">{run.message}</p>}
      </div>
      {run.state === 'done' && (
        <div class="table-wrap">
          <table data-testid="mc-result">
            <thead>
              <tr>
                <th scope="col">{w.unit}</th>
                <th scope="col">{w.rank}</th>
                <th scope="col">{w.expected}</th>
                <th scope="col">{w.range90}</th>
                {props.target !== undefined && <th scope="col">{w.pTarget}</th>}
              </tr>
            </thead>
            <tbody>
              {run.result.units.map((u) => (
                <tr key={u.unitId} class={u.unitId === result.unit.id ? 'me' : ''}>
                  <td>{u.unitName}</td>
                  <td class="num">
                    {u.currentRank}/{u.of}
                  </td>
                  <td class="num">{formatNumber(u.expectedRank, { places: 2, lang })}</td>
                  <td class="num">
                    {u.rankP5}–{u.rankP95}
                  </td>
                  {props.target !== undefined && (
                    <td class="num">
                      {u.targetProbability === undefined
                        ? ''
                        : formatPercent(new Decimal(u.targetProbability).times(100).toFixed(), {
                            places: 1,
                            lang,
                          })}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
