import { match } from 'ts-pattern';
import type { TriggerCondition, TriggerRule } from '../model/trigger.js';
import type { Problem } from '../schema/problem.js';

type Path = readonly (string | number)[];

/** What a trigger may refer to. */
export interface TriggerTargets {
  readonly codes: ReadonlySet<string>;
  readonly tags: ReadonlySet<string>;
  /** Band codes of `bands`; undefined when the set has none. */
  readonly bands: ReadonlySet<string> | undefined;
  /** Rating codes of `criterionRating`; undefined when the set has none. */
  readonly ratings: ReadonlySet<string> | undefined;
}

function unknownBand(code: string, path: Path, rating: boolean): Problem {
  const [vi, en] = rating
    ? ['mức đánh giá tiêu chí', 'criterion rating']
    : ['mức xếp loại', 'band'];
  return {
    code: 'unknown_band',
    path,
    message: `Không có ${vi} mã '${code}' trong bộ chỉ số.`,
    messageEn: `There is no ${en} '${code}' in the criteria set.`,
  };
}

function checkCondition(c: TriggerCondition, at: Path, t: TriggerTargets): Problem[] {
  return match(c)
    .returnType<Problem[]>()
    .with({ kind: 'band-in' }, (b) =>
      b.bands.flatMap((code, k) =>
        t.bands?.has(code) ? [] : [unknownBand(code, [...at, 'bands', k], false)],
      ),
    )
    .with({ kind: 'index-below' }, () => [])
    .with({ kind: 'node-below' }, ({ node }) => {
      if (node.code !== undefined) {
        return t.codes.has(node.code)
          ? []
          : [
              {
                code: 'unknown_node',
                path: [...at, 'node', 'code'],
                message: `Không có tiêu chí mã '${node.code}' trong bộ chỉ số.`,
                messageEn: `There is no node with code '${node.code}' in the criteria set.`,
              },
            ];
      }
      return t.tags.has(node.tag)
        ? []
        : [
            {
              code: 'unknown_tag',
              path: [...at, 'node', 'tag'],
              message: `Không có tiêu chí nào mang thẻ '${node.tag}'.`,
              messageEn: `No node carries the tag '${node.tag}'.`,
            },
          ];
    })
    .with({ kind: 'criterion-rated' }, (r) => {
      if (t.ratings === undefined) {
        return [
          {
            code: 'unknown_band',
            path: [...at, 'kind'],
            message:
              "Điều kiện 'criterion-rated' cần phần 'criterionRating' (đánh giá từng tiêu chí) trong bộ chỉ số.",
            messageEn:
              "A 'criterion-rated' condition needs a 'criterionRating' section in the set.",
          },
        ];
      }
      const ratings = t.ratings;
      return (r.ratings ?? []).flatMap((code, k) =>
        ratings.has(code) ? [] : [unknownBand(code, [...at, 'ratings', k], true)],
      );
    })
    .with({ kind: 'any' }, { kind: 'all' }, (g) =>
      g.conditions.flatMap((sub, k) => checkCondition(sub, [...at, 'conditions', k], t)),
    )
    .exhaustive();
}

/** References of every trigger's condition; duplicate ids are checked by the caller. */
export function checkTriggers(triggers: readonly TriggerRule[], t: TriggerTargets): Problem[] {
  return triggers.flatMap((tr, i) => checkCondition(tr.when, ['triggers', i, 'when'], t));
}
