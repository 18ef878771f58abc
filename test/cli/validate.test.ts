import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from './helpers.js';

// Five problems, each placed on purpose (paths counted by hand from the YAML below).
const BAD_SET = `id: bad-set
title: Bộ chỉ số có lỗi
level: commune
year: 2025
provenance: illustrative
fields:
  - code: "1"
    name: Lĩnh vực 1
    max: 3
    children:
      - code: "1.1"
        name: Tiêu chí 1.1
        max: 1
        rule: { kind: yes-no, yes: 2 }
      - code: "1.1"
        name: Tiêu chí trùng mã
        max: 1
bands:
  levels:
    - { code: tot, label: Tốt, min: 80 }
    - { code: kha, label: Khá, min: 50 }
triggers:
  - id: t1
    label: Cảnh báo
    when: { kind: band-in, bands: [yeu] }
`;

// Two problems against the bundled commune set (1.1.1 has a maximum of 1).
const BAD_ASSESSMENT = `criteriaSet: illustrative-commune-2023
unit: { id: x, name: Xã X, block: xã }
period: "2023"
entries:
  - code: "9.9"
    value: Có
  - code: "1.1.1"
    points: 50
`;

let dir = '';
beforeAll(async () => {
  dir = await tempDir();
  await writeFile(join(dir, 'bad-set.yaml'), BAD_SET);
  await writeFile(join(dir, 'bad-assessment.yaml'), BAD_ASSESSMENT);
  await writeFile(
    join(dir, 'orphan.yaml'),
    BAD_ASSESSMENT.replace('illustrative-commune-2023', 'nope'),
  );
  await writeFile(join(dir, 'broken.yaml'), 'criteriaSet: [unclosed\n');
});
afterAll(() => removeDir(dir));

describe('par-index validate', () => {
  it('the example folder is valid: 24 files for 2023 (12 districts, 8 communes/wards, 4 departments)', async () => {
    const r = await cli(['validate', 'examples/minh-son/2023']);
    expect(r).toEqual({ code: 0, out: 'Hợp lệ: 24 tệp.\n', err: '' });
  });

  it('counts criteria set files and assessments together; --lang en', async () => {
    // 4 bundled set files + the 12 district files of 2022.
    const r = await cli([
      'validate',
      'criteria/illustrative-district-2023.json',
      'criteria/illustrative-commune-2023.json',
      'criteria/illustrative-department-2023.json',
      'criteria/national-province-2017-fields.json',
      'examples/minh-son/2022',
      '--lang',
      'en',
    ]);
    expect(r).toEqual({ code: 0, out: 'Valid: 16 file(s).\n', err: '' });
  });

  it('a glob is expanded', async () => {
    const r = await cli(['validate', 'examples/minh-son/2023/**/*.yaml']);
    expect(r.out).toBe('Hợp lệ: 24 tệp.\n');
  });

  it('bad files: exit 1 and every problem on stderr as "file: path: message [code]"', async () => {
    const r = await cli(['validate', 'bad-set.yaml', 'bad-assessment.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const lines = r.err.trimEnd().split('\n');
    expect(lines[0]).toBe('Phát hiện 7 vấn đề trong dữ liệu đầu vào:');
    const items = lines.slice(1);
    expect(items).toHaveLength(7);
    for (const l of items) expect(l).toMatch(/^ {2}- [a-z-]+\.yaml: [\w.]+: .+ \[[a-z_]+\]$/);
    const where = items.map((l) => {
      const m = /^ {2}- ([^:]+): ([^:]+): .* \[([a-z_]+)\]$/.exec(l);
      return m ? `${m[1]} ${m[2]} ${m[3]}` : l;
    });
    expect(where.sort()).toEqual(
      [
        'bad-set.yaml fields.0.children.1.code duplicate_code',
        'bad-set.yaml fields.0.max max_mismatch', // 3 ≠ 1 + 1
        'bad-set.yaml fields.0.children.0.rule.yes rule_points_above_max', // yes 2 > max 1
        'bad-set.yaml bands.levels.1.min band_gap', // lowest band starts at 50, not 0
        'bad-set.yaml triggers.0.when.bands.0 unknown_band', // no band "yeu"
        'bad-assessment.yaml entries.0.code unknown_criterion',
        'bad-assessment.yaml entries.1.points points_above_max', // 50 > 1
      ].sort(),
    );
    expect(r.err).toContain("Mã '1.1' bị trùng");
  });

  it('English messages with --lang en', async () => {
    const r = await cli(['validate', 'bad-assessment.yaml', '--lang', 'en'], dir);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')[0]).toBe('Found 2 problem(s) in the input:');
  });

  it('an unknown criteria set, a YAML syntax error and a missing file are all reported', async () => {
    const r = await cli(['validate', 'orphan.yaml', 'broken.yaml', 'missing.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Phát hiện 3 vấn đề');
    expect(r.err).toMatch(/orphan\.yaml: criteriaSet: .*"nope".* \[criteria_set_mismatch\]/);
    expect(r.err).toMatch(/broken\.yaml: .*\[[a-z_]+\]/);
    expect(r.err).toContain('missing.yaml: Không tìm thấy tệp. [file_not_found]');
  });

  it('an assessment is checked against a set given in the same call or with --criteria', async () => {
    await writeFile(
      join(dir, 'good-set.json'),
      JSON.stringify({
        id: 'tiny',
        title: 'Nhỏ',
        level: 'commune',
        year: 2025,
        provenance: 'illustrative',
        fields: [{ code: '1', name: 'A', max: 1, rule: { kind: 'yes-no' } }],
      }),
    );
    await writeFile(
      join(dir, 'tiny.yaml'),
      'criteriaSet: tiny\nunit: { id: u, name: U, block: xã }\nperiod: "2025"\nentries:\n  - { code: "1", value: Có }\n',
    );
    expect((await cli(['validate', 'good-set.json', 'tiny.yaml'], dir)).out).toBe(
      'Hợp lệ: 2 tệp.\n',
    );
    expect((await cli(['validate', 'tiny.yaml', '--criteria', 'good-set.json'], dir)).out).toBe(
      'Hợp lệ: 1 tệp.\n',
    );
  });
});
