/**
 * `par-index what-if` end to end through runCli with a fake io: seed fixtures (numbers worked
 * out by hand in test/fixtures/seeds/00N/README.md, "What-if") and the example province.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const S000 = 'test/fixtures/seeds/000';
const S001 = 'test/fixtures/seeds/001';
const S004 = 'test/fixtures/seeds/004';

// One place runs the CLI in-process for tests: test/cli/helpers.ts.
const run = (args: string[], cwd = ROOT) => cli(args, cwd);

const TU_KY = [
  'what-if',
  `${S000}/tu-ky-2022.yaml`,
  '-c',
  `${S000}/criteria-set.yaml`,
  '--peers',
  `${S000}/published-others-2022.json`,
  '--unit',
  'tu-ky',
];
const DUC_CO = ['what-if', `${S001}/2021`, '-c', `${S001}/criteria-set.yaml`];

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'par-index-what-if-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('what-if: seed 000 Tứ Kỳ 2022 (exact sentences)', () => {
  it('answers rank 6/12, "Hoàn thành tốt nhiệm vụ" and the cheapest plan', async () => {
    const r = await run([
      ...TU_KY,
      '--rank',
      '6',
      '--band',
      'htt',
      '--cost',
      `${S000}/what-if-costs.yaml`,
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // 24,4 = points lost on non-survey items (26,4) with field 4's 3 lost points capped at 1
    // by the cost file: winnable points are what a plan can use; 9,15 = 77,295 − 68,15 rounded up to 0,01;
    // 11,85 = 80 − 68,15; plan: 1.2, 1.1, 2.2 all at once, 3.1 in full, 0,45 of 2.1.
    expect(r.out).toBe(
      [
        'Huyện Tứ Kỳ',
        'Hiện tại: 68,15/100 điểm, chỉ số 68,15 %, hạng 10/12, xếp loại Hoàn thành nhiệm vụ; còn có thể giành thêm 24,4 điểm.',
        'Hạng: Cần thêm 9,15 điểm để đạt hạng 6/12 (ngang Huyện Hư Cấu 06 77,30 %).',
        'Xếp loại: Cần thêm 11,85 điểm để đạt loại Hoàn thành tốt nhiệm vụ (từ 80 %).',
        'Phương án: Cho 11,85 điểm (loại Hoàn thành tốt nhiệm vụ): Phương án rẻ nhất: ' +
          '1.2 Đăng ký ít nhất một sáng kiến trong thực hiện nhiệm vụ CCHC +2 điểm (chi phí 1); ' +
          '1.1 Ban hành kế hoạch CCHC năm đúng hạn +1 điểm (chi phí 1); ' +
          '2.2 Tỷ lệ số hóa kết quả giải quyết TTHC (đầu ra) +2 điểm (chi phí 2); ' +
          '3.1 Tỷ lệ hồ sơ dịch vụ công trực tuyến mức độ 3, 4 +6,4 điểm (chi phí 7,68); ' +
          '2.1 Tỷ lệ số hóa hồ sơ đầu vào +0,45 điểm (chi phí 0,68). ' +
          'Tổng: +11,85 điểm, chi phí 12,36.',
        '',
      ].join('\n'),
    );
  });

  it('says the same in English', async () => {
    const r = await run([...TU_KY, '--rank', '6', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'Rank: 9.15 more points needed for rank 6/12 (tying with Huyện Hư Cấu 06 77.30%).',
    );
    expect(r.out).toContain('26.4 points can still be won');
  });

  it('counts survey points as winnable with --unlock-survey (31,85 = 100 − 68,15)', async () => {
    const r = await run([...TU_KY, '--band', 'htt', '--unlock-survey']);
    expect(r.out).toContain('còn có thể giành thêm 31,85 điểm');
  });
});

describe('what-if: JSON document', () => {
  it('has the stable header and exact decimal strings', async () => {
    const out = join(tmp, 'duc-co.json');
    const r = await run([
      ...DUC_CO,
      '--unit',
      'duc-co',
      '--rank',
      '6',
      '--cost',
      `${S001}/what-if-costs.yaml`,
      '--format',
      'json',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const doc = JSON.parse(await readFile(out, 'utf8'));
    expect(doc.format).toBe('par-index.what-if');
    expect(doc.version).toBe(1);
    expect(doc.stage).toBe('final');
    expect(doc.unit).toBe('duc-co');
    expect(doc.answers).toHaveLength(1);
    const a = doc.answers[0];
    expect(a.criteriaSet.id).toBe('gia-lai-district-fields-illustrative');
    expect(a.unit).toEqual({ id: 'duc-co', name: 'Huyện Đức Cơ', block: 'huyện' });
    expect(a.current).toEqual({
      points: '74.42',
      max: '100',
      index: '74.42',
      shown: '74.42',
      rank: 11,
      of: 17,
      // The cost file's caps: 1 + 1 + 1,5 + 1 + 2 + 1,5 + 3 = 11 points a plan can use.
      available: '11',
    });
    expect([a.rank.pointsNeeded, a.rank.newRank, a.rank.reachable]).toEqual(['5.58', 6, true]);
    expect(a.rank.unitToPass).toEqual({
      id: 'd06',
      name: 'Huyện Hư Cấu 06',
      index: '80',
      shown: '80.00',
    });
    expect(a.plan.feasible).toBe(true);
    expect(a.plan.phases).toHaveLength(1);
    expect(a.plan.phases[0].purpose).toBe('rank');
    expect(a.plan.phases[0].plan.steps.map((s: { code: string; gain: string }) => s.gain)).toEqual([
      '1.5',
      '1.5',
      '2.58',
    ]);
    expect([a.plan.totalGain, a.plan.totalCost]).toEqual(['5.58', '6.87']);
    expect(a.band).toBeUndefined();
    expect(doc.simulation).toBeUndefined();
    expect(doc.monteCarlo).toBeUndefined();
  });
});

describe('what-if: seed 001 Đức Cơ', () => {
  it('rank 9/17 needs 2,08 points', async () => {
    const r = await run([...DUC_CO, '--unit', 'duc-co', '--rank', '9']);
    expect(r.out).toContain(
      'Hạng: Cần thêm 2,08 điểm để đạt hạng 9/17 (ngang Huyện Hư Cấu 09 76,50 %).',
    );
  });

  it('rank 1/17: not reachable within the caps, and the plan says the same', async () => {
    const r = await run([
      ...DUC_CO,
      '--unit',
      'duc-co',
      '--rank',
      '1',
      '--cost',
      `${S001}/what-if-costs.yaml`,
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'Hạng: Không thể đạt hạng 1/17: cần 13,68 điểm nhưng chỉ còn 11 điểm có thể giành thêm.',
    );
    // Seven steps: listed one per line under the head.
    expect(r.out).toContain(
      'Phương án: Cho 13,68 điểm (hạng mục tiêu): không đủ, các tiêu chí có thể cải thiện chỉ cho thêm tối đa 11 điểm:\n      3 Cải cách thủ tục hành chính +1,5 điểm (chi phí 1,5)\n',
    );
    expect(r.out).toContain('      Tổng: +11 điểm, chi phí 17,5.\n');
  });

  it('simulates 2,58 + 3 more points: Đức Cơ ties 6th, four districts drop one place', async () => {
    const r = await run([...DUC_CO, '--simulate', `${S001}/what-if-scenario.yaml`]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      '* Huyện Đức Cơ: chỉ số 74,42 % → 80,00 %; hạng 11/17 → 6/17 (tăng 5 bậc)',
    );
    expect(r.out).toContain(
      '  Huyện Hư Cấu 07: chỉ số 79,05 % → 79,05 %; hạng 7/17 → 8/17 (giảm 1 bậc)',
    );
    const json = await run([
      ...DUC_CO,
      '--simulate',
      `${S001}/what-if-scenario.yaml`,
      '--format',
      'json',
    ]);
    const doc = JSON.parse(json.out);
    const units = doc.simulation[0].units as { unitId: string; rankChange: number }[];
    expect(units.filter((u) => u.rankChange !== 0).map((u) => [u.unitId, u.rankChange])).toEqual([
      ['d07', -1],
      ['d08', -1],
      ['d09', -1],
      ['d10', -1],
      ['duc-co', 5],
    ]);
  });

  it('says clearly when no assessment carries uncertainty', async () => {
    const r = await run([...DUC_CO, '--unit', 'duc-co', '--monte-carlo', '200']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Không hồ sơ nào khai báo độ bất định (uncertainty)');
    const j = await run([...DUC_CO, '--monte-carlo', '200', '--format', 'json']);
    expect(JSON.parse(j.out).monteCarlo).toEqual({
      draws: 200,
      seed: 1,
      uncertain: false,
      runs: [],
    });
  });

  it('draws ranks when the survey field is uncertain (9,5–11,5: ranks 10 or 11)', async () => {
    // Field 8 uniform on [9,5; 11,5] → total on [74,42; 76,42]: above d10 (75,01) once the
    // total reaches 75,005, never up to d09 (76,50). So rank 10 or 11, mostly 10:
    // P(rank ≤ 10) = (11,5 − 10,085) / 2 ≈ 0,71; 5th percentile 10, 95th 11.
    const dir = join(tmp, 'uncertain');
    const files = ['d09', 'd10', 'd12', 'duc-co'];
    const { mkdir } = await import('node:fs/promises');
    await mkdir(dir, { recursive: true });
    for (const f of files) {
      const doc = JSON.parse(await readFile(join(ROOT, S001, '2021', `${f}.json`), 'utf8'));
      if (f === 'duc-co') {
        for (const e of doc.entries) if (e.code === '8') e.uncertainty = { low: 9.5, high: 11.5 };
      }
      await writeFile(join(dir, `${f}.json`), JSON.stringify(doc));
    }
    const args = [
      'what-if',
      dir,
      '-c',
      join(ROOT, S001, 'criteria-set.yaml'),
      '--unit',
      'duc-co',
      '--rank',
      '2',
      '--monte-carlo',
      '2000',
      '--seed',
      '7',
      '--format',
      'json',
    ];
    const r = await run(args);
    expect(r.err).toBe('');
    const mc = JSON.parse(r.out).monteCarlo;
    expect([mc.draws, mc.seed, mc.uncertain]).toEqual([2000, 7, true]);
    const u = mc.runs[0].units[0];
    expect(u.unitId).toBe('duc-co');
    expect([u.currentRank, u.of, u.rankP5, u.rankP95, u.target]).toEqual([3, 4, 2, 3, 2]);
    expect(u.ranks.map((x: { rank: number }) => x.rank)).toEqual([2, 3]);
    const p = Number(u.targetProbability);
    expect(p).toBeGreaterThan(0.65);
    expect(p).toBeLessThan(0.77);
    // Same seed, same answer.
    expect((await run(args)).out).toBe(r.out);
    const table = await run(args.slice(0, -2));
    expect(table.out).toContain('Mô phỏng Monte Carlo (2000 lần rút, hạt giống 7');
    expect(table.out).toContain('Huyện Đức Cơ: hạng hiện tại 3/4');
  });
});

describe('what-if: seed 004 communes, one answer per index', () => {
  const args = (unit: string) => [
    'what-if',
    `${S004}/communes/${unit}`,
    ...['cds', 'papi', 'par-index', 'sipas'].flatMap((k) => ['-c', `${S004}/sets/${k}.json`]),
    '--unit',
    unit,
    '--band',
    'kha',
    '--no-weak',
    '--plan',
  ];

  it('Xã Hư Cấu Hai: 1 point lifts the weak criterion 2.1 of the digital index', async () => {
    const r = await run(args('xa-hai'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('Xã Hư Cấu Hai — Chỉ số chuyển đổi số (DTI)');
    expect(r.out).toContain('Tiêu chí yếu: 1 tiêu chí yếu; cần thêm tổng 1 điểm: 2.1 +1 điểm.');
    expect(r.out).toContain(
      'Phương án: Nâng tiêu chí 2.1 (+1 điểm): Phương án rẻ nhất: 2.1 Kinh tế số +1 điểm (chi phí 1). Tổng: +1 điểm, chi phí 1.',
    );
    expect(r.out.match(/Xã Hư Cấu Hai — /g)).toHaveLength(4);
  });

  it('Xã Hư Cấu Ba: PAPI needs 4 points for Khá, which only the survey can give', async () => {
    const r = await run([...args('xa-ba'), '--lang', 'en']);
    expect(r.out).toContain(
      'Band: Cannot reach band Fair (from 65%): 4 points needed but only 0 points can still be won.',
    );
    const open = await run([...args('xa-ba'), '--unlock-survey', '--format', 'json']);
    const papi = JSON.parse(open.out).answers.find(
      (a: { criteriaSet: { id: string } }) => a.criteriaSet.id === 'hung-yen-papi-illustrative',
    );
    expect([papi.band.pointsNeeded, papi.band.reachable, papi.plan.feasible]).toEqual([
      '4',
      true,
      true,
    ]);
  });
});

describe('what-if: the example province Minh Sơn', () => {
  it('answers for the last district and lists a long plan one step per line', async () => {
    const r = await run([
      'what-if',
      'examples/minh-son/2023/districts',
      '--unit',
      'cat-trang',
      '--rank',
      '6',
      '--band',
      'htt',
      '--plan',
    ]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Thị xã Cát Trắng');
    expect(lines[1]).toContain('hạng 12/12, xếp loại Không hoàn thành nhiệm vụ');
    expect(lines[2]).toMatch(/^Hạng: Cần thêm [\d,]+ điểm để đạt hạng 6\/12 \(/);
    expect(lines[4]).toMatch(/^Phương án: Cho [\d,]+ điểm \(hạng mục tiêu\): phương án rẻ nhất:$/);
    expect(lines.filter((l) => l.startsWith('      ')).length).toBeGreaterThan(5);
  });

  it('a rank already held needs nothing', async () => {
    const r = await run([
      'what-if',
      'examples/minh-son/2023/districts',
      '--unit',
      'cat-trang',
      '--rank',
      '12',
      '--plan',
      '--format',
      'json',
    ]);
    const a = JSON.parse(r.out).answers[0];
    expect([a.rank.alreadyMet, a.rank.pointsNeeded, a.plan.phases]).toEqual([true, '0', []]);
  });
});

describe('what-if: exit codes', () => {
  it('2 for usage errors', async () => {
    const cases: string[][] = [
      ['what-if'],
      [...DUC_CO],
      [...DUC_CO, '--rank', '6'],
      [...DUC_CO, '--unit', 'nowhere', '--rank', '6'],
      [...DUC_CO, '--unit', 'duc-co', '--rank', '0'],
      [...DUC_CO, '--unit', 'duc-co', '--rank', 'abc'],
      [...DUC_CO, '--unit', 'duc-co', '--plan'],
      [...DUC_CO, '--unit', 'duc-co', '--monte-carlo', '-5'],
      [...DUC_CO, '--unit', 'duc-co', '--band', 'tot'],
      [...DUC_CO, '--unit', 'duc-co', '--no-weak'],
      [...DUC_CO, '--unit', 'duc-co', '--rank', '6', '--format', 'csv'],
      [...DUC_CO, '--unit', 'duc-co', '--rank', '6', '--bogus'],
    ];
    for (const c of cases) {
      const r = await run(c);
      expect([c.join(' '), r.code]).toEqual([c.join(' '), 2]);
      expect(r.err).toContain('par-index what-if --help');
    }
    const unknown = await run([...DUC_CO, '--unit', 'nowhere', '--rank', '6']);
    expect(unknown.err).toContain('--unit nowhere: không có hồ sơ của đơn vị này (có: d01,');
  });

  it('1 for input problems: missing files, bad cost or scenario files', async () => {
    const missing = await run(['what-if', 'no/such/dir', '--unit', 'x', '--rank', '1']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('[file_not_found]');

    const cost = join(tmp, 'bad-cost.yaml');
    await writeFile(cost, 'costs: { "9": 1 }\ncaps: { "3": -1 }\n');
    const badCost = await run([...DUC_CO, '--unit', 'duc-co', '--rank', '6', '--cost', cost]);
    expect(badCost.code).toBe(1);
    expect(badCost.err).toContain('caps.3');

    const unknownCode = join(tmp, 'unknown-code.yaml');
    await writeFile(unknownCode, 'costs: { "9": 1 }\n');
    const r = await run([...DUC_CO, '--unit', 'duc-co', '--rank', '6', '--cost', unknownCode]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('không có mã "9"');

    const scenario = join(tmp, 'bad-scenario.yaml');
    await writeFile(
      scenario,
      'changes:\n  - { unit: duc-co, code: "99", add: 1 }\n  - { unit: ghost, code: "3", add: 1 }\n  - { code: "3", add: 1 }\n  - { unit: duc-co, code: "3", value: 5 }\n',
    );
    const sim = await run([...DUC_CO, '--simulate', scenario]);
    expect(sim.code).toBe(1);
    expect(sim.err).toContain('Phát hiện 4 vấn đề');
    expect(sim.err).toContain('changes.0.code');
    expect(sim.err).toContain('changes.1.unit');
    expect(sim.err).toContain('Thiếu "unit"');
    expect(sim.err).toContain('dùng "points" hoặc "add"');

    const twoKinds = join(tmp, 'two-kinds.yaml');
    await writeFile(twoKinds, 'changes:\n  - { unit: duc-co, code: "3", add: 1, points: 2 }\n');
    expect((await run([...DUC_CO, '--simulate', twoKinds])).code).toBe(1);
  });

  it('reads a raw value through the rule, and asks for "set" when a unit has several', async () => {
    const file = join(tmp, 'value.yaml');
    await writeFile(file, 'changes:\n  - { code: "1.2", value: Có }\n');
    const r = await run([...TU_KY, '--simulate', file]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('* Huyện Tứ Kỳ: chỉ số 68,15 % → 70,15 %'); // yes-no: +2 points
    const bad = join(tmp, 'bad-value.yaml');
    await writeFile(bad, 'changes:\n  - { code: "2.1", value: nhiều }\n');
    expect((await run([...TU_KY, '--simulate', bad])).code).toBe(1);
    const multi = join(tmp, 'multi.yaml');
    await writeFile(multi, 'changes:\n  - { unit: xa-hai, code: "2.1", points: 10 }\n');
    const m = await run([
      'what-if',
      `${S004}/communes/xa-hai`,
      ...['cds', 'papi', 'par-index', 'sipas'].flatMap((k) => ['-c', `${S004}/sets/${k}.json`]),
      '--simulate',
      multi,
    ]);
    expect(m.code).toBe(1);
    expect(m.err).toContain('ghi thêm "set"');
    await writeFile(
      multi,
      'changes:\n  - { unit: xa-hai, set: hung-yen-cds-illustrative, code: "2.1", points: 10 }\n',
    );
    const ok = await run([
      'what-if',
      `${S004}/communes/xa-hai`,
      ...['cds', 'papi', 'par-index', 'sipas'].flatMap((k) => ['-c', `${S004}/sets/${k}.json`]),
      '--simulate',
      multi,
      '--lang',
      'en',
    ]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('Simulation (set hung-yen-cds-illustrative):');
    expect(ok.out).toContain('cleared');
  });

  it('prints its help with examples', async () => {
    const r = await run(['what-if', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('par-index what-if minh-son/2023/districts --unit cat-trang');
    const en = await run(['what-if', '--help', '--lang', 'en']);
    expect(en.out).toContain('points needed for rank K or better');
  });
});

describe('what-if: Monte Carlo work is bounded (issue 10, class 8)', () => {
  it('refuses more than 100 000 draws as a usage error, and shows progress on a terminal', async () => {
    const tooMany = await run([...DUC_CO, '--unit', 'duc-co', '--monte-carlo', '100001']);
    expect(tooMany.code).toBe(2);
    // Two units, the survey field of one still uncertain.
    const dir = await tempDir();
    const set = {
      id: 'mc',
      title: 'MC',
      level: 'district',
      provenance: 'illustrative',
      fields: [
        { code: '1', name: 'Một', max: 50 },
        { code: '2', name: 'Khảo sát', max: 50, method: 'survey' },
      ],
    };
    const unit = (id: string, p2: number, uncertainty?: unknown) => ({
      criteriaSet: 'mc',
      unit: { id, name: `Huyện ${id}`, block: 'huyện' },
      period: '2023',
      entries: [
        { code: '1', points: 40, explanation: 'x' },
        { code: '2', points: p2, ...(uncertainty ? { uncertainty } : {}) },
      ],
    });
    await writeFile(join(dir, 'set.json'), JSON.stringify(set));
    await writeFile(join(dir, 'a.json'), JSON.stringify(unit('a', 40, { low: 30, high: 45 })));
    await writeFile(join(dir, 'b.json'), JSON.stringify(unit('b', 41)));
    const r = await cli(
      [
        'what-if',
        join(dir, 'a.json'),
        join(dir, 'b.json'),
        '-c',
        join(dir, 'set.json'),
        '--unit',
        'a',
        '--rank',
        '1',
        '--monte-carlo',
        '2000',
      ],
      ROOT,
      { interactive: true },
    );
    await removeDir(dir);
    expect(r.code).toBe(0);
    expect(r.err).toContain('Đang mô phỏng 2000/2000');
    expect(r.out).toContain('Huyện a');
  });
});
