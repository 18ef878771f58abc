/**
 * Seed 003 (Vân Canh, Bình Định, 2021): departments and communes self-score with evidence by
 * 30/11, the province's team appraises (round 1, round 2 after the unit's explanation), the survey
 * is summarised by 20/12, results are approved by 31/12, then the heads of units are classified.
 * Fictional units; the arithmetic is in test/fixtures/seeds/003/README.md.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { roundDecimal } from '../../src/format/round.js';
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import type { NodeScore, ScoreResult, Stage } from '../../src/model/score-result.js';
import { rankResults } from '../../src/ranking/rank-results.js';
import { loadSeedSet, node, ranked, scoreSeedFile, seedPath, warnedCodes } from './seed-helpers.js';

const SEED = '003';
const UNITS = ['phong-vhtt', 'phong-tckh', 'phong-noi-vu', 'xa-mot', 'xa-hai', 'xa-ba'] as const;
type UnitId = (typeof UNITS)[number];
let set: CriteriaSet;
let headsByBand: Record<string, string>;
const scored = new Map<string, ScoreResult>();

function get(id: UnitId, stage: Stage = 'final'): ScoreResult {
  const r = scored.get(`${id}@${stage}`);
  if (r === undefined) throw new Error(`${id}@${stage} not scored`);
  return r;
}

function collectEvidenceDates(result: ScoreResult): string[] {
  const out: string[] = [];
  const visit = (nodes: readonly NodeScore[]): void => {
    for (const n of nodes) {
      for (const e of n.entry?.evidence ?? []) if (e.date !== undefined) out.push(e.date);
      visit(n.children);
    }
  };
  visit(result.fields);
  return out;
}

beforeAll(async () => {
  set = await loadSeedSet(SEED, 'criteria-set.yaml');
  for (const id of UNITS) {
    for (const stage of ['self', 'appraisal', 'final'] as const) {
      scored.set(`${id}@${stage}`, await scoreSeedFile(SEED, set, `units/${id}.yaml`, stage));
    }
  }
  const heads = parseYaml(await readFile(seedPath(SEED, 'heads-classification.yaml'), 'utf8')) as {
    byBand: Record<string, string>;
  };
  headsByBand = heads.byBand;
});

describe('seed 003 Vân Canh: a department (Phòng VH&TT, hư cấu)', () => {
  it('shrinks its maximum by the tasks that do not apply (100 → 74)', () => {
    const r = get('phong-vhtt');
    expect(r.nominalMax).toBe('100');
    expect(r.max).toBe('74');
    expect(node(r, '2').max).toBe('10');
    expect(node(r, '2').nominalMax).toBe('30');
    expect(node(r, '2.2').applicable).toBe(false);
    expect(node(r, '2.2').max).toBe('0');
    expect(node(r, '3').max).toBe('24');
  });

  it('self 59,1 → appraisal round 1 52,6 → final (round 2) 55,6 points', () => {
    const rows = (['self', 'appraisal', 'final'] as const).map((s) => {
      const r = get('phong-vhtt', s);
      return [s, r.points, r.shown.index, r.band?.code];
    });
    expect(rows).toEqual([
      ['self', '59.1', '79.86', 'kha'], // 59,1/74 = 79,8648…%
      ['appraisal', '52.6', '71.08', 'kha'], // 52,6/74 = 71,0810…%
      ['final', '55.6', '75.14', 'kha'], // 55,6/74 = 75,1351…%
    ]);
    expect(roundDecimal(get('phong-vhtt').index, 6)).toBe('75.135135');
  });

  it('scores the seed metrics by their rules', () => {
    const self = get('phong-vhtt', 'self');
    expect(node(self, '1.2').points).toBe('5.5'); // 1 late report: 6 − 0,5
    expect(node(self, '2.1').points).toBe('10'); // declared self-score (rule gives 7 for 90 %)
    expect(node(self, '2.1').source).toBe('self-score');
    expect(node(self, '3.1').points).toBe('4.8'); // 8 × 30/50
    expect(node(self, '3.4').points).toBe('4.8'); // 8 × (80 − 50)/(100 − 50)
    expect(node(self, '4.1').points).toBe('6'); // published 5 days after 31/1 → ≤ 10 days tier
    expect(node(self, '5.1').points).toBe('16'); // 20 × 4000/5000
  });

  it('takes round 2 where there is one, round 1 otherwise', () => {
    const fin = get('phong-vhtt');
    expect([node(fin, '3.3').points, node(fin, '3.3').source]).toEqual(['8', 'appraisal-2']);
    expect([node(fin, '2.1').points, node(fin, '2.1').source]).toEqual(['7', 'appraisal-1']);
    expect(node(get('phong-vhtt', 'appraisal'), '3.3').points).toBe('5');
    expect(node(fin, '3.3').entry?.explanation).toContain('Idesk');
  });

  it('reports the points lost at appraisal per node', () => {
    const fin = get('phong-vhtt');
    expect(fin.lostAtAppraisal).toBe('3.5');
    const lost = ['1', '1.2', '2', '2.1', '3', '3.3', '4', '5'].map(
      (c) => node(fin, c).lostAtAppraisal,
    );
    expect(lost).toEqual(['0.5', '0.5', '3', '3', '0', '0', '0', '0']);
  });

  it('warns about missing evidence and about self-scores the rule does not support', () => {
    const fin = get('phong-vhtt');
    expect(warnedCodes(fin, 'missing_evidence')).toEqual(['3.4']);
    expect(warnedCodes(fin, 'self_score_mismatch')).toEqual(['2.1', '3.3']);
  });
});

describe('seed 003 Vân Canh: a commune (Xã Hư Cấu Một)', () => {
  it('self 60,77 → appraisal 50,77 → final 53,77 (survey 15,0666… points)', () => {
    const rows = (['self', 'appraisal', 'final'] as const).map((s) => {
      const r = get('xa-mot', s);
      return [s, roundDecimal(r.points, 6), r.shown.index, r.band?.code];
    });
    expect(rows).toEqual([
      ['self', '60.766667', '60.77', 'trung-binh'],
      ['appraisal', '50.766667', '50.77', 'trung-binh'],
      ['final', '53.766667', '53.77', 'trung-binh'],
    ]);
    expect(get('xa-mot').max).toBe('100');
    expect(roundDecimal(node(get('xa-mot'), '5.1').points, 6)).toBe('15.066667');
  });

  it('scores the seed metrics by their rules', () => {
    const self = get('xa-mot', 'self');
    const rule = (code: string): string | undefined => node(self, code).explanation?.points;
    expect(rule('2.1')).toBe('4'); // 180/240 = 75 % → tier 70 %
    expect(rule('2.2')).toBe('2'); // land: 6/120 = 5 % late → tier ≤ 10 %
    expect(rule('2.3')).toBe('6'); // social affairs: 1/50 = 2 % late → tier ≤ 3 %
    expect(rule('3.1')).toBe('2.4'); // online level 3–4: 8 × 15/50
    expect(rule('3.2')).toBe('2.4'); // e-certified copies: 6 × 40 %
    expect(rule('3.3')).toBe('8'); // digital signatures 100 %
    expect(rule('3.4')).toBe('2.4'); // official e-mail: 8 × (65 − 50)/50
    expect(rule('4.1')).toBe('0'); // budget disclosed 12/03/2021: 40 days late > 30
    expect(rule('1.2')).toBe('4.5'); // 3 late reports
  });

  it('reports the points lost at appraisal per node and the warnings', () => {
    const fin = get('xa-mot');
    expect(fin.lostAtAppraisal).toBe('7');
    const lost = ['2', '2.1', '2.3', '4', '4.1'].map((c) => node(fin, c).lostAtAppraisal);
    expect(lost).toEqual(['4', '0', '4', '3', '3']);
    expect(warnedCodes(fin, 'missing_evidence')).toEqual(['3.2']);
    expect(warnedCodes(fin, 'self_score_mismatch')).toEqual(['2.1', '2.3', '4.1']);
  });
});

describe('seed 003 Vân Canh: the timeline', () => {
  it('every evidence document of the self-assessments is dated by 30/11/2021', () => {
    for (const id of ['phong-vhtt', 'xa-mot'] as const) {
      const dates = collectEvidenceDates(get(id, 'self'));
      expect(dates.length).toBeGreaterThan(0);
      expect(dates.filter((d) => d > '2021-11-30')).toEqual([]);
    }
  });

  it('keeps the evidence and the explanation with the scored node', () => {
    const n = node(get('phong-vhtt'), '4.1');
    expect(n.entry?.evidence[0]?.number).toBe('02/QĐ-VHTT');
    const w = get('xa-mot').warnings.find((x) => x.code === 'missing_evidence');
    expect(w?.nodeCode).toBe('3.2');
    expect(w?.message.length).toBeGreaterThan(0);
    expect(w?.messageEn.length).toBeGreaterThan(0);
  });
});

describe('seed 003 Vân Canh: ranks per block and the heads of units', () => {
  it('ranks departments and communes separately, on final results', () => {
    const ranking = rankResults(UNITS.map((id) => get(id)));
    expect(
      ranking.blocks.map((b) => [b.block, b.units.map((u) => `${u.unitId} ${u.shown}`)]),
    ).toEqual([
      ['phòng', ['phong-tckh 87.00', 'phong-vhtt 75.14', 'phong-noi-vu 68.00']],
      ['xã', ['xa-hai 80.00', 'xa-mot 53.77', 'xa-ba 48.00']],
    ]);
    expect(ranked(ranking, 'phong-vhtt').position).toBe('2/3');
    expect(ranked(ranking, 'xa-mot').position).toBe('2/3');
  });

  it('classifies each head from the final band (80 % exactly is Tốt)', () => {
    const rows = UNITS.map((id) => {
      const band = get(id).band?.code ?? '';
      return [id, band, headsByBand[band]];
    });
    expect(rows).toEqual([
      ['phong-vhtt', 'kha', 'Hoàn thành nhiệm vụ'],
      ['phong-tckh', 'tot', 'Hoàn thành tốt nhiệm vụ'],
      ['phong-noi-vu', 'trung-binh', 'Hoàn thành nhiệm vụ'],
      ['xa-mot', 'trung-binh', 'Hoàn thành nhiệm vụ'],
      ['xa-hai', 'tot', 'Hoàn thành tốt nhiệm vụ'],
      ['xa-ba', 'yeu', 'Không hoàn thành nhiệm vụ'],
    ]);
  });
});

// describe('what-if') (points needed for a rank or band, cheapest plan) is left to the what-if helper.
