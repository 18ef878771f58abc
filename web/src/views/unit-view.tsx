import type { ScoredBatch } from '../../../src/cli/score-batch.js';
import type { NodeScore, ScoreResult } from '../../../src/index.js';
import { formatNumber, formatPercent } from '../../../src/index.js';
import { fieldsChart, lostChart } from '../../../src/node/reports/html-charts.js';
import { lostByField } from '../../../src/node/reports/lost-by-field.js';
import {
  bandText,
  changeText,
  triggerReasons,
  triggerText,
} from '../../../src/node/reports/report-data.js';
import { type Lang, words } from '../i18n.js';
import { reportView } from './report-view.js';
import { Chart } from './svg.js';
import { UnitSelect } from './unit-select.js';

const nameOf = (n: NodeScore, lang: Lang) => (lang === 'en' ? (n.nameEn ?? n.name) : n.name);

function Leaf(props: { node: NodeScore; lang: Lang }) {
  const { node, lang } = props;
  const w = words(lang);
  const e = node.explanation;
  const entry = node.entry;
  const note = lang === 'en' ? (node.noteEn ?? node.note) : node.note;
  const has =
    e !== undefined ||
    (entry?.evidence.length ?? 0) > 0 ||
    entry?.explanation ||
    note ||
    node.warnings.length > 0;
  if (!has) return null;
  return (
    <details class="leaf">
      <summary>
        {w.rule}, {w.evidence.toLowerCase()}…
      </summary>
      <dl>
        {e && (
          <>
            <dt>{w.rule}</dt>
            <dd>{e.ruleText}</dd>
            <dt>{w.input}</dt>
            <dd>{e.inputText}</dd>
          </>
        )}
        {note && (
          <>
            <dt>{w.notApplicable}</dt>
            <dd>{note}</dd>
          </>
        )}
        <dt>{w.evidence}</dt>
        <dd>
          {(entry?.evidence.length ?? 0) === 0 ? (
            w.noEvidence
          ) : (
            <ul>
              {entry?.evidence.map((d, i) => (
                <li key={i}>
                  {[d.number, d.date, d.issuer, d.title, d.section].filter(Boolean).join(' · ')}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {entry?.explanation && (
          <>
            <dt>{w.explanation}</dt>
            <dd>{entry.explanation}</dd>
          </>
        )}
        {node.warnings.map((x) => (
          <dd key={x.code} class="warn">
            {lang === 'en' ? x.messageEn : x.message}
          </dd>
        ))}
      </dl>
    </details>
  );
}

function rows(nodes: readonly NodeScore[], out: NodeScore[] = []): NodeScore[] {
  for (const n of nodes) {
    out.push(n);
    rows(n.children, out);
  }
  return out;
}

/** One unit: totals, band, rank, triggers, its fields chart and its whole tree with evidence. */
export function UnitView(props: {
  lang: Lang;
  scored: ScoredBatch;
  result: ScoreResult;
  onUnit: (key: string) => void;
}) {
  const { lang, result: r } = props;
  const w = words(lang);
  const view = reportView(props.scored, lang);
  const row = view.rows.find((x) => x.result === r);
  const n = (v: string) => formatNumber(v, { places: r.places, lang });
  const p = (v: string) => formatPercent(v, { places: r.places, lang });
  const block = view.blocks.find((b) => b.rows.some((x) => x.result === r));
  const blockResults = (block?.rows ?? []).flatMap((x) => (x.result ? [x.result] : []));
  return (
    <section aria-labelledby="unit-h">
      <h2 id="unit-h">{r.unit.name}</h2>
      <UnitSelect
        lang={lang}
        scored={props.scored}
        result={r}
        onUnit={props.onUnit}
        id="unit-pick"
      />
      <dl class="summary" data-testid="unit-summary">
        <dt>{w.total}</dt>
        <dd>
          {n(r.shown.points)} / {n(r.shown.max)}
        </dd>
        <dt>{w.index}</dt>
        <dd data-value={r.shown.index}>{p(r.shown.index)}</dd>
        <dt>{w.band}</dt>
        <dd>{bandText(r.band, lang)}</dd>
        {row && (
          <>
            <dt>{w.rank}</dt>
            <dd>
              {row.unit.position} ({w.block} {row.block})
            </dd>
          </>
        )}
        {row?.change && (
          <>
            <dt>{w.change}</dt>
            <dd>{changeText(row.change, lang)}</dd>
          </>
        )}
        {r.lostAtAppraisal !== '0' && (
          <>
            <dt>{w.lost}</dt>
            <dd>{n(r.lostAtAppraisal)}</dd>
          </>
        )}
      </dl>
      {r.triggers.length > 0 && (
        <div class="triggers">
          <h3>{w.triggers}</h3>
          <ul>
            {r.triggers.map((t) => (
              <li key={t.id}>
                <strong>{triggerText(t, lang)}</strong>
                {t.due ? ` (${t.due})` : ''}
                <ul>
                  {triggerReasons(t, lang).map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}
      {row && (
        <>
          <h3>{w.fieldsChart}</h3>
          <Chart svg={fieldsChart(view, row, 'unit-fields')} />
        </>
      )}
      <div class="table-wrap">
        <table class="tree" data-testid="tree">
          <thead>
            <tr>
              <th scope="col">{w.code}</th>
              <th scope="col">{w.name}</th>
              <th scope="col">{w.points}</th>
              <th scope="col">{w.max}</th>
              <th scope="col">{w.percent}</th>
              <th scope="col">{w.rating}</th>
              <th scope="col">{w.lost}</th>
            </tr>
          </thead>
          <tbody>
            {rows(r.fields).map((node) => (
              <tr key={node.code} class={`depth-${node.depth}`} data-code={node.code}>
                <th scope="row">{node.code}</th>
                <td>
                  <span style={{ paddingLeft: `${(node.depth - 1) * 0.8}em` }}>
                    {nameOf(node, lang)}
                  </span>
                  {node.children.length === 0 && <Leaf node={node} lang={lang} />}
                </td>
                <td class="num">{node.applicable ? n(node.shown.points) : w.notApplicable}</td>
                <td class="num">{n(node.shown.max)}</td>
                <td class="num">{node.applicable ? p(node.shown.percent) : ''}</td>
                <td>
                  {node.rating
                    ? lang === 'en'
                      ? (node.rating.labelEn ?? node.rating.label)
                      : node.rating.label
                    : ''}
                </td>
                <td class="num">{node.lostAtAppraisal === '0' ? '' : n(node.lostAtAppraisal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {blockResults.length > 0 && (
        <>
          <h3>{w.lostChart}</h3>
          <Chart svg={lostChart(view, lostByField(view.fields, blockResults), 'unit-lost')} />
        </>
      )}
    </section>
  );
}
