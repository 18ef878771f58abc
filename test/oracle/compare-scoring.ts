// Scoring comparisons: every node (points, applicable maximum, percent, status, rating,
// empty_denominator) and every unit (points, index, published values, band, triggers, ratings).
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import { type Collector, type Scored, text, unitWhere } from './compare-common.js';
import { publishedText } from './decimal-text.js';
import * as E from './engine-adapter.js';
import type { Batch, DecodedSet, DecodedUnit } from './generators.js';
import { add, cmp, parseQ } from './rational.js';
import { type OUnit, scoreUnit } from './score.js';
import { STEP } from './what-if.js';

function compareUnit(c: Collector, o: OUnit, e: E.UnitView): void {
  const w = unitWhere(o);
  const { places, mode } = o.options;
  for (const n of o.nodes) {
    const en = e.nodes.get(n.code);
    const nw = `${w}/${n.code} (${o.stage})`;
    if (en === undefined) {
      c.add('node.missing', nw, 'present', 'absent');
      continue;
    }
    c.check('node.points', nw, text(n.points), en.points);
    c.check('node.max', nw, text(n.max), en.max);
    c.check('node.percent', nw, text(n.percent), en.percent);
    c.check('node.status', nw, n.status, en.status ?? 'undefined');
    c.check('node.rating', nw, n.rating?.code ?? 'none', en.rating ?? 'none');
    // Compared only where the docs decide it: a rule met 0/0 (or no answers) and gave the score.
    if (n.status !== 'not-applicable' && n.ownSource === 'rule') {
      c.check(
        'node.warning.empty_denominator',
        nw,
        n.emptyDenominator,
        en.warnings.includes('empty_denominator'),
      );
    }
  }
  const sw = `${w} (${o.stage})`;
  c.check('unit.basePoints', sw, text(o.base), e.basePoints);
  c.check('unit.bonus', sw, text(o.bonus), e.bonus);
  c.check('unit.penalty', sw, text(o.penalty), e.penalty);
  c.check('unit.points', sw, text(o.total), e.points);
  c.check('unit.max', sw, text(o.max), e.max);
  c.check('unit.index', sw, text(o.index), e.index);
  c.check('unit.shown.index', sw, publishedText(o.index, places, mode), e.shown.index);
  c.check('unit.shown.points', sw, publishedText(o.total, places, mode), e.shown.points);
  c.check('unit.shown.max', sw, publishedText(o.max, places, mode), e.shown.max);
  c.check('unit.band', sw, o.band?.code ?? 'none', e.band ?? 'none');
  c.check('unit.triggers', sw, o.triggers.join(','), e.triggers.join(','));
  c.check(
    'unit.ratings',
    sw,
    o.ratings.map((n) => `${n.code}:${n.rating?.code}`).join(','),
    e.ratings.map((r) => `${r.code}:${r.rating}`).join(','),
  );
  c.check(
    'unit.warning.no_applicable_maximum',
    sw,
    o.noApplicableMaximum,
    e.warnings.some((x) => x.code === 'no_applicable_maximum'),
  );
}

/**
 * Own points above a node's applicable maximum are an input problem (`points_above_max`), also on
 * a parent whose children are partly not applicable: take a scored parent with such children and
 * give it its applicable maximum + 0,01 (still within its nominal maximum).
 */
function checkAboveApplicableMax(c: Collector, doc: DecodedUnit, set: CriteriaSet, o: OUnit): void {
  const target = o.nodes.find(
    (n) =>
      n.children.length > 0 &&
      (n.status === 'scored' || n.status === 'empty') &&
      cmp(add(n.max, STEP), parseQ(n.def.max)) <= 0,
  );
  if (target === undefined) return;
  const points = text(add(target.max, STEP));
  const entries = (doc.json['entries'] as Record<string, unknown>[]).filter(
    (e) => e['code'] !== target.code,
  );
  const json = { ...doc.json, entries: [...entries, { code: target.code, points }] };
  const p = E.parseUnit(json, set);
  const where = `${o.setId}/${o.unit.id}/${target.code} points ${points} > applicable max ${text(target.max)}`;
  if (p.ok) c.add('parse.points_above_max', where, 'refused (points_above_max)', 'accepted');
  else if (!p.issues.includes('points_above_max'))
    c.add('parse.points_above_max', where, 'points_above_max', p.issues);
}

/** Parses and scores every unit of the batch (at `stage`), comparing as it goes. */
export function scoreAll(
  c: Collector,
  batch: Batch,
  docs: readonly DecodedUnit[],
  stage: Batch['stage'],
  compare: boolean,
): Scored[] | undefined {
  const sets = new Map<string, { set: CriteriaSet; decoded: DecodedSet }>();
  for (const d of batch.sets) {
    const p = E.parseSet(d.json);
    if (!p.ok) {
      c.add('parse.set', d.id, 'accepted', p.issues);
      return undefined;
    }
    for (const key of ['classifyOn', 'totalCap'] as const) {
      const given = d.json[key];
      const parsed = (p.value as CriteriaSet & Record<string, unknown>)[key];
      if (given !== undefined && compare)
        c.check(`parse.set.${key}`, d.id, given, parsed ?? 'absent');
    }
    sets.set(d.id, { set: p.value, decoded: d });
  }
  const out: Scored[] = [];
  for (const doc of docs) {
    const s = sets.get(doc.setId);
    if (s === undefined) throw new RangeError('oracle: unit of an unknown set');
    const unitId = (doc.json['unit'] as { id: string }).id;
    const p = E.parseUnit(doc.json, s.set);
    if (!p.ok) {
      if (compare) c.add('parse.assessment', `${doc.setId}/${unitId}`, 'accepted', p.issues);
      continue;
    }
    const oracle = scoreUnit(s.set, p.value, { stage });
    const engine = c.call('score', `${doc.setId}/${unitId}`, () => E.score(s.set, p.value, stage));
    if (engine !== undefined && compare) compareUnit(c, oracle, engine);
    if (compare && docs.indexOf(doc) === 0) checkAboveApplicableMax(c, doc, s.set, oracle);
    out.push({ doc, set: s.set, decoded: s.decoded, assessment: p.value, oracle, engine });
  }
  return out;
}
