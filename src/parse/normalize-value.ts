import { match } from 'ts-pattern';
import type { RawValue } from '../model/assessment.js';
import type { ScoringRule } from '../model/scoring-rule.js';
import { acceptedValueKinds } from '../rules/value-kinds.js';
import type { Problem } from '../schema/problem.js';
import { codeKey } from './code-key.js';
import { VALUE_KIND_WORDS } from './value-kind-words.js';
import {
  type ReadOutcome,
  readAnswers,
  readCompletionDate,
  readCount,
  readDaysLate,
  readMean,
  readPercent,
  readRatio,
  readYesNo,
} from './value-readers.js';

/** A normalised value or the problems that stopped it. */
export type ValueResult =
  | { readonly ok: true; readonly value: RawValue }
  | { readonly ok: false; readonly problems: readonly Problem[] };

function reader(kind: RawValue['kind'], rule: ScoringRule): (raw: unknown) => ReadOutcome {
  return match(kind)
    .with('yes-no', () => readYesNo)
    .with('percent', () => readPercent)
    .with('ratio', () => readRatio)
    .with('count', () => readCount)
    .with('days-late', () => readDaysLate)
    .with('date', () => readCompletionDate)
    .with('answers', () => {
      const codes = new Set(rule.kind === 'survey-options' ? rule.options.map((o) => o.code) : []);
      return (raw: unknown) => readAnswers(raw, codes, codeKey);
    })
    .with('mean', () => readMean)
    .exhaustive();
}

/**
 * Reads an entry's raw `value` as the kind its rule needs (see `acceptedValueKinds`), taking
 * the forms people type: `Có`, `"95,5 %"`, `"45/50"`, `02/12/2023`, `{ A: 120 }`.
 * Problem paths are relative to the value.
 */
export function normalizeValue(rule: ScoringRule, raw: unknown, code: string): ValueResult {
  const kinds = acceptedValueKinds(rule);
  for (const kind of kinds) {
    const out = reader(kind, rule)(raw);
    if (out === undefined) continue;
    if (Array.isArray(out)) return { ok: false, problems: out };
    return { ok: true, value: out as RawValue };
  }
  const vi = kinds.map((k) => VALUE_KIND_WORDS[k][0]).join(' hoặc ');
  const en = kinds.map((k) => VALUE_KIND_WORDS[k][1]).join(' or ');
  const shown = typeof raw === 'string' ? `'${raw}'` : (JSON.stringify(raw) ?? String(raw));
  return {
    ok: false,
    problems: [
      {
        code: 'wrong_value_kind',
        path: [],
        message: `Giá trị ${shown} của tiêu chí '${code}' không đúng loại: cần ${vi}.`,
        messageEn: `The value ${shown} of '${code}' is not of the right kind: expected ${en}.`,
      },
    ],
  };
}
