import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

describe('par-index criteria', () => {
  it('list: the 4 bundled sets with their provenance', async () => {
    const r = await cli(['criteria', 'list']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Mã bộ chỉ số\s+Tên\s+Cấp\s+Nguồn$/);
    // Header, rule line, then one row per set.
    const rows = lines.slice(2);
    expect(rows).toHaveLength(4);
    const byId = new Map(rows.map((l) => [l.split(/\s+/)[0], l]));
    expect(byId.get('illustrative-district-2023')).toMatch(/\sdistrict\s+illustrative$/);
    expect(byId.get('illustrative-commune-2023')).toMatch(/\scommune\s+illustrative$/);
    expect(byId.get('illustrative-department-2023')).toMatch(/\sdepartment\s+illustrative$/);
    expect(byId.get('national-province-2017-fields')).toMatch(
      /\sprovince\s+official \(một phần\)$/,
    );
    expect(byId.get('national-province-2017-fields')).toContain('2948/QĐ-BNV');
  });

  it('list --lang en says "partial"; --format json gives the list as data', async () => {
    const en = await cli(['criteria', 'list', '--lang', 'en']);
    expect(en.out).toMatch(/^Id\s+Title\s+Level\s+Provenance/);
    expect(en.out).toContain('official (partial)');
    const json = await cli(['criteria', 'list', '--format', 'json']);
    const sets = JSON.parse(json.out) as { id: string; provenance: string; partial: boolean }[];
    expect(sets.map((s) => [s.id, s.provenance, s.partial])).toEqual([
      ['illustrative-district-2023', 'illustrative', false],
      ['illustrative-commune-2023', 'illustrative', false],
      ['illustrative-department-2023', 'illustrative', false],
      ['national-province-2017-fields', 'official', true],
    ]);
  });

  it('show <id>: the tree with maxima in Vietnamese format and each rule in words', async () => {
    const r = await cli(['criteria', 'show', 'illustrative-district-2023']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(
      'Bộ chỉ số cải cách hành chính cấp huyện năm 2023 (minh họa) [illustrative-district-2023] — illustrative',
    );
    // 1.1.1 is a deadline rule: due 2022-12-31, ≤10 days late 0.5, ≤30 days late 0.25 (max 1).
    const row111 = lines.find((l) => l.startsWith('1.1.1 '));
    expect(row111).toContain('Ban hành kế hoạch CCHC năm đúng thời hạn');
    expect(row111).toContain(
      'Đúng hạn (hạn 31/12/2022): 1 điểm; chậm đến 10 ngày: 0,5 điểm; chậm trên 10 ngày đến 30 ngày: 0,25 điểm; chậm hơn: 0 điểm',
    );
    // 1.1.3 is yes/no with max 0.5.
    expect(lines.find((l) => l.startsWith('1.1.3 '))).toMatch(/0,5\s+Có: 0,5 điểm; Không: 0 điểm$/);
    // Field 3 has a maximum of 16, printed without trailing zeros.
    expect(lines.find((l) => l.startsWith('3 '))).toMatch(/Cải cách thủ tục hành chính\s+16\s*$/);
  });

  it('show <file>: a criteria set file works the same; a bad one exits 1', async () => {
    const r = await cli(['criteria', 'show', 'criteria/illustrative-commune-2023.json']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('[illustrative-commune-2023]');
    const missing = await cli(['criteria', 'show', 'no-such-set.yaml']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no-such-set.yaml');
  });

  it('show --format json: the parsed set', async () => {
    const r = await cli(['criteria', 'show', 'national-province-2017-fields', '--format', 'json']);
    const set = JSON.parse(r.out) as { fields: { max: string }[] };
    // 2948/QĐ-BNV field maxima (docs: 10; 10; 14.5; 11; 16; 7; 16; 15.5).
    expect(set.fields.map((f) => Number(f.max))).toEqual([10, 10, 14.5, 11, 16, 7, 16, 15.5]);
  });
});
