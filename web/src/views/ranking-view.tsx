import type { ScoredBatch } from '../../../src/cli/score-batch.js';
import { formatNumber, formatPercent } from '../../../src/index.js';
import { colourOf } from '../../../src/node/reports/band-colours.js';
import { statLines, statText } from '../../../src/node/reports/block-stats.js';
import { rankingChart } from '../../../src/node/reports/html-charts.js';
import {
  bandText,
  changeText,
  type RankingRow,
  type ReportView,
  triggerText,
} from '../../../src/node/reports/report-data.js';
import { unitKey } from '../app.js';
import { type Lang, words } from '../i18n.js';
import { reportView } from './report-view.js';
import { Chart } from './svg.js';

function BandCell(props: { view: ReportView; row: RankingRow }) {
  const band = props.row.result?.band ?? props.row.unit.band;
  const c = colourOf(props.view.colours, props.row.result?.criteriaSet.id, band?.code);
  return (
    <td class="band" style={{ background: c.light, borderLeftColor: c.strong }}>
      {bandText(band, props.view.lang)}
    </td>
  );
}

/** The ranking per block, as in the report: chart, table with bands, changes and triggers, statistics. */
export function RankingView(props: {
  lang: Lang;
  scored: ScoredBatch;
  onUnit: (key: string) => void;
}) {
  const { lang } = props;
  const w = words(lang);
  const view = reportView(props.scored, lang);
  const l = view.labels;
  return (
    <section aria-labelledby="ranking-h">
      <h2 id="ranking-h">{l.headings.ranking}</h2>
      {view.subtitle !== '' && <p class="muted">{view.subtitle}</p>}
      {view.colours.legends.map((lg) => (
        <div class="legend-box" key={lg.setId}>
          <p class="legend-title">{lang === 'en' ? (lg.setTitleEn ?? lg.setTitle) : lg.setTitle}</p>
          <ul class="legend">
            {lg.items.map((it) => (
              <li key={it.code}>
                <span class="swatch" style={{ borderColor: it.colour.strong }} />
                {lang === 'en' ? (it.labelEn ?? it.label) : it.label}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {view.blocks.map((b, bi) => (
        <section class="block" key={`${bi}-${b.block}`} data-block={b.block}>
          <h3>
            {l.block} {b.block} ({w.units(b.rows.length)})
          </h3>
          <Chart svg={rankingChart(view, b.block, b.rows, `rank-chart-${bi}`)} />
          <div class="table-wrap">
            <table class="ranking">
              <thead>
                <tr>
                  <th scope="col">{l.position}</th>
                  <th scope="col">{l.unit}</th>
                  <th scope="col">{l.points}</th>
                  <th scope="col">{l.indexPercent}</th>
                  <th scope="col">{l.band}</th>
                  {view.hasPrevious && <th scope="col">{l.rankChange}</th>}
                  <th scope="col">{l.triggers}</th>
                </tr>
              </thead>
              <tbody>
                {b.rows.map((row) => {
                  const r = row.result;
                  const places = r?.places ?? view.places;
                  return (
                    <tr key={row.unit.unitId} data-unit={row.unit.unitId}>
                      <td class="num" data-col="rank">
                        {row.unit.position}
                      </td>
                      <td>
                        {r === undefined ? (
                          row.unit.unitName
                        ) : (
                          <button
                            type="button"
                            class="link"
                            aria-label={w.showUnit(row.unit.unitName)}
                            onClick={() => props.onUnit(unitKey(r))}
                          >
                            {row.unit.unitName}
                          </button>
                        )}
                      </td>
                      <td class="num">
                        {r && formatNumber(r.shown.points, { places, lang })}/
                        {r && formatNumber(r.shown.max, { places, lang })}
                      </td>
                      <td class="num" data-col="index" data-value={r?.shown.index}>
                        {r && formatPercent(r.shown.index, { places, lang })}
                      </td>
                      <BandCell view={view} row={row} />
                      {view.hasPrevious && (
                        <td data-col="change">{changeText(row.change, lang)}</td>
                      )}
                      <td>{(r?.triggers ?? []).map((t) => triggerText(t, lang)).join('; ')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <details class="stats">
            <summary>{w.stats}</summary>
            <table class="stats">
              <tbody>
                {statLines(view, b.summary).map((line) => (
                  <tr key={line.label}>
                    <th scope="row">{line.label}</th>
                    <td class="num">{statText(view, b.summary, line)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </section>
      ))}
    </section>
  );
}
