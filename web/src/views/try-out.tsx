import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type {
  Assessment,
  CriteriaSet,
  PlanItem,
  ScenarioChange,
  ScenarioResult,
  ScoreResult,
  Stage,
} from '../../../src/index.js';
import {
  assessmentToInput,
  findNode,
  formatNumber,
  formatPercent,
  parseDecimal,
  safeParseAssessment,
  simulateScenario,
} from '../../../src/index.js';
import { parseDataText } from '../../../src/node/parse-data-text.js';
import { bandText } from '../../../src/node/reports/report-data.js';
import { type Lang, words } from '../i18n.js';

/** What the user typed per node code: a raw value or points (points win when both are given). */
export type Edits = ReadonlyMap<string, { readonly value: string; readonly points: string }>;

declare global {
  interface Window {
    /** Milliseconds from each edit to the re-scored, re-ranked table on screen (tests, bench). */
    __parIndexTimings?: number[];
  }
}

// When the last edit was made, to time the re-scored table until it is on screen.
let editedAt: number | undefined;

/** Marks an edit of the try-out table made elsewhere (the plan put into it). */
export function markEdit(): void {
  editedAt = performance.now();
}

/** A value as it is written in an assessment file, for the input's hint. */
function valueText(v: unknown, lang: Lang): string {
  if (v === undefined) return '';
  if (v === true) return lang === 'vi' ? 'Có' : 'Có (yes)';
  if (v === false) return lang === 'vi' ? 'Không' : 'Không (no)';
  if (typeof v !== 'object' || v === null) return String(v);
  // As a YAML flow mapping, the way it can be typed back: {numerator: 45, denominator: 50}.
  return `{${Object.entries(v)
    .map(([k, x]) => `${k}: ${String(x)}`)
    .join(', ')}}`;
}

/** Reads a typed value as the assessment file would, against the node's rule. */
function readValue(
  text: string,
  code: string,
  result: ScoreResult,
  set: CriteriaSet,
  lang: Lang,
): { ok: true; change: ScenarioChange } | { ok: false; message: string } {
  const data = parseDataText(text, 'value');
  const raw = data.success ? data.data : text;
  const parsed = safeParseAssessment(
    {
      criteriaSet: set.id,
      unit: { ...result.unit },
      period: result.period,
      entries: [{ code, value: raw }],
    },
    set,
  );
  if (!parsed.success)
    return {
      ok: false,
      message: parsed.issues.map((i) => (lang === 'vi' ? i.message : i.messageEn)).join(' '),
    };
  const value = parsed.data.entries[0]?.value;
  if (value === undefined) return { ok: false, message: words(lang).invalid };
  return { ok: true, change: { unitId: result.unit.id, code, value } };
}

/**
 * The try-out table: each item the unit can still win points on, with its value and points;
 * an edit re-scores every unit of the set and re-ranks them (`simulateScenario`), at once.
 */
export function TryOut(props: {
  lang: Lang;
  result: ScoreResult;
  set: CriteriaSet | undefined;
  sets: readonly CriteriaSet[];
  assessments: readonly Assessment[];
  stage: Stage;
  items: readonly PlanItem[];
  edits: Edits;
  onEdits: (e: Edits) => void;
}) {
  const { lang, result, set, edits } = props;
  const w = words(lang);
  const [ms, setMs] = useState<number | undefined>();
  const current = useMemo(() => {
    const a = props.assessments.find((x) => x.unit.id === result.unit.id);
    const entries = (a === undefined ? [] : assessmentToInput(a)['entries']) as {
      code: string;
      value?: unknown;
    }[];
    return new Map(entries.map((e) => [e.code, e.value]));
  }, [props.assessments, result]);
  const run = useMemo(() => {
    const problems = new Map<string, string>();
    const changes: ScenarioChange[] = [];
    if (set === undefined) return { problems, scenario: undefined };
    for (const [code, e] of edits) {
      if (e.points.trim() !== '') {
        // A plain decimal (a plan's exact points) as it is; anything typed as people type it.
        const t = e.points.trim();
        const points = /^\d+(\.\d+)?$/.test(t) ? t : parseDecimal(t);
        if (points === undefined) problems.set(code, w.invalid);
        else changes.push({ unitId: result.unit.id, code, points });
      } else if (e.value.trim() !== '') {
        const r = readValue(e.value.trim(), code, result, set, lang);
        if (r.ok) changes.push(r.change);
        else problems.set(code, r.message);
      }
    }
    let scenario: ScenarioResult | undefined;
    if (changes.length > 0 && problems.size === 0) {
      try {
        scenario = simulateScenario({
          set: props.sets,
          assessments: props.assessments,
          changes,
          stage: props.stage,
        });
      } catch (error) {
        problems.set('', error instanceof Error ? error.message : String(error));
      }
    }
    return { problems, scenario };
  }, [edits, set, result, props.sets, props.assessments, props.stage, lang, w.invalid]);
  useLayoutEffect(() => {
    if (editedAt === undefined) return;
    const took = performance.now() - editedAt;
    editedAt = undefined;
    window.__parIndexTimings = [...(window.__parIndexTimings ?? []), took];
    setMs(took);
  }, [run]);
  const edit = (code: string, key: 'value' | 'points', text: string) => {
    markEdit();
    const next = new Map(edits);
    const old = next.get(code) ?? { value: '', points: '' };
    next.set(code, { ...old, [key]: text });
    props.onEdits(next);
  };
  const after = run.scenario?.results.find((r) => r.unit.id === result.unit.id);
  const diff = run.scenario?.units.find((u) => u.unitId === result.unit.id);
  const block = run.scenario?.after.blocks.find(
    (b) =>
      b.criteriaSetId === result.criteriaSet.id && b.units.some((u) => u.unitId === result.unit.id),
  );
  const n = (v: string) => formatNumber(v, { places: result.places, lang });
  return (
    <section class="tryout" aria-labelledby="tryout-h">
      <h3 id="tryout-h">{w.table}</h3>
      <p class="muted">{w.tableHint}</p>
      <div aria-live="polite" data-testid="after">
        {diff && after && (
          <p>
            <strong>{w.after}:</strong> {lang === 'vi' ? diff.text : diff.textEn}
          </p>
        )}
        {ms !== undefined && run.scenario && (
          <p class="muted" data-testid="timing">
            {w.rescored(lang === 'vi' ? ms.toFixed(1).replace('.', ',') : ms.toFixed(1))}
          </p>
        )}
        {run.problems.get('') && <p class="problems">{run.problems.get('')}</p>}
      </div>
      {edits.size > 0 && (
        <button
          type="button"
          onClick={() => {
            markEdit();
            props.onEdits(new Map());
          }}
          data-testid="reset"
        >
          {w.reset}
        </button>
      )}
      <div class="table-wrap">
        <table class="tryout-table" data-testid="tryout">
          <thead>
            <tr>
              <th scope="col">{w.code}</th>
              <th scope="col">{w.name}</th>
              <th scope="col">{w.max}</th>
              <th scope="col">{w.points}</th>
              <th scope="col">{w.value}</th>
              <th scope="col">{w.newPoints}</th>
              <th scope="col">{w.after}</th>
            </tr>
          </thead>
          <tbody>
            {props.items.map((item) => {
              const node = findNode(result, item.code);
              const rule = node?.explanation?.rule;
              const valued =
                node !== undefined &&
                node.children.length === 0 &&
                rule !== undefined &&
                rule !== 'direct';
              const e = edits.get(item.code) ?? { value: '', points: '' };
              const problem = run.problems.get(item.code);
              const now = after === undefined ? undefined : findNode(after, item.code);
              const name = lang === 'en' ? (node?.nameEn ?? item.name) : item.name;
              return (
                <tr key={item.code} data-code={item.code} class={problem ? 'bad' : ''}>
                  <th scope="row">{item.code}</th>
                  <td>{name}</td>
                  <td class="num">{n(String(item.max))}</td>
                  <td class="num">{n(String(item.current))}</td>
                  <td>
                    {valued && (
                      <input
                        type="text"
                        aria-label={`${w.value} ${item.code}`}
                        placeholder={valueText(current.get(item.code), lang)}
                        value={e.value}
                        onInput={(ev) => edit(item.code, 'value', ev.currentTarget.value)}
                        data-testid={`value-${item.code}`}
                      />
                    )}
                  </td>
                  <td>
                    <input
                      type="text"
                      inputMode="decimal"
                      class="short"
                      aria-label={`${w.newPoints} ${item.code}`}
                      value={e.points}
                      onInput={(ev) => edit(item.code, 'points', ev.currentTarget.value)}
                      data-testid={`points-${item.code}`}
                    />
                    {problem && (
                      <span class="problems" role="alert">
                        {problem}
                      </span>
                    )}
                  </td>
                  <td class="num">{now && edits.has(item.code) ? n(now.points) : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {block && (
        <div class="table-wrap">
          <table data-testid="block-after">
            <caption>{w.blockAfter}</caption>
            <thead>
              <tr>
                <th scope="col">{w.rank}</th>
                <th scope="col">{w.unit}</th>
                <th scope="col">{w.index}</th>
                <th scope="col">{w.band}</th>
              </tr>
            </thead>
            <tbody>
              {block.units.map((u) => {
                const d = run.scenario?.units.find((x) => x.unitId === u.unitId);
                return (
                  <tr
                    key={u.unitId}
                    data-unit={u.unitId}
                    data-rank={u.rank}
                    data-value={u.shown}
                    class={u.unitId === result.unit.id ? 'me' : ''}
                  >
                    <td class="num">{u.position}</td>
                    <td>
                      {u.unitName}
                      {d?.changed ? ` (${w.changed})` : ''}
                    </td>
                    <td class="num">{formatPercent(u.shown, { places: result.places, lang })}</td>
                    <td>{bandText(d?.after.band, lang)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
