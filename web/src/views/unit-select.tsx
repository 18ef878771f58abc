import type { ScoredBatch } from '../../../src/cli/score-batch.js';
import type { ScoreResult } from '../../../src/index.js';
import { unitKey } from '../app.js';
import { type Lang, words } from '../i18n.js';

/** Picks one unit of the batch (by block, then name). */
export function UnitSelect(props: {
  lang: Lang;
  scored: ScoredBatch;
  result: ScoreResult;
  onUnit: (key: string) => void;
  id: string;
}) {
  const w = words(props.lang);
  return (
    <label class="inline" for={props.id}>
      {w.unitPick}{' '}
      <select
        id={props.id}
        value={unitKey(props.result)}
        onChange={(e) => props.onUnit(e.currentTarget.value)}
      >
        {props.scored.ranking.blocks.map((b) => (
          <optgroup label={`${w.block} ${b.block}`} key={`${b.criteriaSetId}-${b.block}`}>
            {b.units.map((u) => {
              const r = props.scored.results.find(
                (x) => x.unit.id === u.unitId && x.criteriaSet.id === b.criteriaSetId,
              );
              return r === undefined ? null : (
                <option value={unitKey(r)} key={unitKey(r)}>
                  {u.unitName}
                </option>
              );
            })}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
