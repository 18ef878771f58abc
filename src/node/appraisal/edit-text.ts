import { isMap, isScalar, isSeq, Pair, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Assessment, AssessmentEntry } from '../../model/assessment.js';
import type { CriteriaSet } from '../../model/criteria-set.js';
import { codeKey } from '../../parse/code-key.js';
import { parseDataText } from '../parse-data-text.js';
import { treeOrder } from './merge.js';

/** The keys of an entry that the appraisal writes; everything else is the unit's. */
const SIDE_KEYS = ['appraisal', 'appraisalNotes', 'unitAnswer'] as const;
/** Keys after which the appraisal keys go when an entry has none yet. */
const BEFORE = ['code', 'value', 'points', 'selfScore'];

/** The text of an assessment file, or why it could not be edited. */
export type EditedText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: readonly [vi: string, en: string] };

/**
 * Writes the appraisal of `codes` (rounds, reasons, the unit's answer, as `merged` holds them)
 * into the text of the assessment file, in its own format, leaving everything else as written:
 * YAML keeps its comments, order, quoting and layout (only those keys of those entries change;
 * a new entry, for a node the unit did not score itself such as a field total, goes in tree
 * order); JSON is written back with its indentation. The caller checks the result by reading it
 * again.
 *
 * @param text - The file's text as read.
 * @param format - `yaml` or `json` (by the file's extension).
 * @param merged - The assessment with the merged appraisal.
 * @param codes - The codes whose appraisal changed.
 * @param set - The criteria set (for the tree order of new entries).
 */
export function writeAppraisalIntoText(
  text: string,
  format: 'yaml' | 'json',
  merged: Assessment,
  codes: readonly string[],
  set: CriteriaSet,
): EditedText {
  if (codes.length === 0) return { ok: true, text };
  const entries = new Map(merged.entries.map((e) => [e.code, e]));
  return format === 'json'
    ? editJson(text, entries, codes, set)
    : editYaml(text, entries, codes, set);
}

/** The authoring form of an entry's appraisal keys (absent keys: undefined). */
function sideInput(
  entry: AssessmentEntry | undefined,
): Record<(typeof SIDE_KEYS)[number], unknown> {
  const rounds = entry?.appraisal ?? [];
  return {
    // A number when it reads back as the same decimal, else the exact decimal as text.
    appraisal:
      rounds.length === 0
        ? undefined
        : rounds.map((r) => (String(Number(r)) === r ? Number(r) : r)),
    appraisalNotes: entry?.appraisalNotes === undefined ? undefined : [...entry.appraisalNotes],
    unitAnswer: entry?.unitAnswer,
  };
}

function editYaml(
  text: string,
  entries: ReadonlyMap<string, AssessmentEntry>,
  codes: readonly string[],
  set: CriteriaSet,
): EditedText {
  const doc = parseDocument(text);
  let seq = doc.get('entries', true);
  if (seq === undefined || seq === null) {
    doc.set('entries', doc.createNode([]));
    seq = doc.get('entries', true);
  }
  if (!isSeq(seq)) return notPlain();
  const list = seq as YAMLSeq;
  const order = treeOrder(set);
  const codeOf = (item: unknown): string | undefined => {
    if (!isMap(item)) return undefined;
    const c = item.get('code', true);
    return isScalar(c) && typeof c.value === 'string' ? codeKey(c.value) : undefined;
  };
  for (const code of codes) {
    const side = sideInput(entries.get(code));
    const at = list.items.findIndex((item) => codeOf(item) === code);
    if (at < 0) {
      if (side.appraisal === undefined && side.unitAnswer === undefined) continue;
      const node = doc.createNode({ code, ...defined(side) }) as YAMLMap;
      flowRounds(node);
      const next = list.items.findIndex(
        (item) => (order.get(codeOf(item) ?? '') ?? -1) > (order.get(code) ?? 0),
      );
      list.items.splice(next < 0 ? list.items.length : next, 0, node);
      continue;
    }
    const item = list.items[at];
    if (!isMap(item)) return notPlain();
    for (const key of SIDE_KEYS) {
      const value = side[key];
      if (value === undefined) {
        item.delete(key);
        continue;
      }
      const node = doc.createNode(value);
      if (key === 'appraisal' && isSeq(node)) node.flow = true;
      const pair = item.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (pair !== undefined) {
        pair.value = node;
        continue;
      }
      const last = item.items.reduce(
        (found, p, i) =>
          isScalar(p.key) && [...BEFORE, ...SIDE_KEYS].includes(String(p.key.value)) ? i : found,
        -1,
      );
      item.items.splice(last + 1, 0, new Pair(doc.createNode(key), node));
    }
    // An entry that only held the appraisal (a field total) goes with it.
    if (item.items.length === 1) list.items.splice(at, 1);
  }
  return { ok: true, text: doc.toString({ lineWidth: 0 }) };
}

function flowRounds(map: YAMLMap): void {
  const rounds = map.get('appraisal', true);
  if (isSeq(rounds)) rounds.flow = true;
}

function defined(side: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(side).filter(([, v]) => v !== undefined));
}

function notPlain(): EditedText {
  return {
    ok: false,
    reason: [
      "Không sửa được tệp: 'entries' phải là một danh sách các mục ghi trực tiếp (không dùng tham chiếu YAML &/*).",
      "Cannot edit the file: 'entries' must be a list of entries written out (no YAML anchors or aliases).",
    ],
  };
}

function editJson(
  text: string,
  entries: ReadonlyMap<string, AssessmentEntry>,
  codes: readonly string[],
  set: CriteriaSet,
): EditedText {
  // Read as the loader reads it: numbers a JS number cannot hold stay as their digits.
  const read = parseDataText(text, '');
  if (!read.success || typeof read.data !== 'object' || read.data === null) return notPlain();
  const data = read.data as Record<string, unknown>;
  const list = Array.isArray(data['entries']) ? (data['entries'] as unknown[]) : [];
  data['entries'] = list;
  const order = treeOrder(set);
  const codeOf = (item: unknown): string | undefined =>
    typeof item === 'object' &&
    item !== null &&
    typeof (item as { code?: unknown }).code === 'string'
      ? codeKey((item as { code: string }).code)
      : undefined;
  for (const code of codes) {
    const side = defined(sideInput(entries.get(code)));
    const at = list.findIndex((item) => codeOf(item) === code);
    if (at < 0) {
      if (Object.keys(side).length === 0) continue;
      const next = list.findIndex(
        (item) => (order.get(codeOf(item) ?? '') ?? -1) > (order.get(code) ?? 0),
      );
      list.splice(next < 0 ? list.length : next, 0, { code, ...side });
      continue;
    }
    const item = list[at] as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    let placed = false;
    const place = () => {
      if (!placed) Object.assign(out, side);
      placed = true;
    };
    for (const [k, v] of Object.entries(item)) {
      if ((SIDE_KEYS as readonly string[]).includes(k)) {
        place();
        continue;
      }
      if (!BEFORE.includes(k)) place();
      out[k] = v;
    }
    place();
    if (Object.keys(out).length === 1) list.splice(at, 1);
    else list[at] = out;
  }
  const indent = /^( +|\t)"/m.exec(text)?.[1] ?? '  ';
  return {
    ok: true,
    text: `${JSON.stringify(data, null, indent)}${text.endsWith('\n') ? '\n' : ''}`,
  };
}
