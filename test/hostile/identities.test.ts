import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeKey, identityKey } from '../../src/parse/code-key.js';
import { parseAssessment } from '../../src/parse/parse-assessment.js';
import { parseCriteriaSet } from '../../src/parse/parse-criteria-set.js';
import { cli } from '../cli/helpers.js';
import { assessmentDoc, setDoc } from './fixtures.js';
import { expectTreeUnchanged, hashTree } from './helpers.js';

const SET = parseCriteriaSet(setDoc());

// Characters that show nothing (or only move text): zero-width spaces and joiners, direction
// marks, embeddings, overrides and isolates, word joiner, soft hyphen, BOM, variation selector.
const INVISIBLES = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2060',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u00ad',
  '\ufeff',
  '\ufe0f',
];

/** `text` with invisible characters slipped in at the given places. */
function sprinkle(text: string, at: readonly [number, number][]): string {
  let out = text;
  for (const [pos, which] of at) {
    const i = pos % (out.length + 1);
    out = out.slice(0, i) + (INVISIBLES[which % INVISIBLES.length] ?? '') + out.slice(i);
  }
  return out;
}

/** Full-width forms of ASCII letters, digits and '-' (what some Asian keyboards type). */
const fullWidth = (s: string): string =>
  [...s].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');

const unitOf = (unit: Record<string, string>) => {
  const doc = assessmentDoc() as { unit: Record<string, string> };
  doc.unit = unit;
  return parseAssessment(doc, SET).unit;
};

describe('unit ids and block names are normalised like codes', () => {
  it('invisible characters anywhere are removed from ids and blocks; the rest is kept', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
        fc.constantFrom('huyện', 'xã', 'thị xã', 'Sở, ban, ngành'),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
        (id, block, at) => {
          const unit = unitOf({ id: sprinkle(id, at), name: 'A', block: sprinkle(block, at) });
          expect(unit).toEqual({ id, name: 'A', block });
        },
      ),
    );
  });

  it('NFD, case, full-width forms and invisibles compare equal; other letters do not', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
        (id, at) => {
          const key = identityKey(id);
          expect(identityKey(sprinkle(id.toUpperCase(), at))).toBe(key);
          expect(identityKey(fullWidth(id))).toBe(key);
          expect(identityKey(`${id}x`)).not.toBe(key);
        },
      ),
    );
    expect(identityKey('Huye\u0302\u0323n')).toBe(identityKey('huyện'));
    expect(codeKey('huyện\u200b')).toBe('huyện');
  });
});

describe('CLI: one unit written three ways is a duplicate; one block written two ways is one', () => {
  let dir = '';
  const write = async (name: string, unit: Record<string, string>, points = 1) => {
    const doc = assessmentDoc() as { unit: unknown; entries: Record<string, unknown>[] };
    doc.unit = unit;
    (doc.entries[1] as Record<string, unknown>)['points'] = points;
    await writeFile(join(dir, name), JSON.stringify(doc));
  };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'par-hostile-id-'));
    await writeFile(join(dir, 'set.json'), JSON.stringify(setDoc()));
    await write('a.json', { id: 'an-lac', name: 'An Lạc', block: 'huyện' });
    await write('b.json', { id: 'an-lac\u200b', name: 'An Lạc (2)', block: 'huyện' });
    await write('c.json', { id: 'AN-LAC', name: 'AN LẠC', block: 'huye\u0302\u0323n\u200b' });
    await write('d.json', { id: 'binh-an', name: 'Bình An', block: 'Huyện\u2060' }, 0.5);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('an-lac, an-lac + U+200B and AN-LAC: duplicate_entry for b and c, nothing written', async () => {
    const before = await hashTree(dir);
    const run = await cli(
      ['rank', 'a.json', 'b.json', 'c.json', '-c', 'set.json', '--out', 'r.csv', '--format', 'csv'],
      dir,
    );
    expect(run.code).toBe(1);
    const lines = run.err.split('\n').filter((l) => l.includes('[duplicate_entry]'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^ {2}- b\.json: unit\.id: .*\(a\.json\)/);
    expect(lines[1]).toMatch(/^ {2}- c\.json: unit\.id: .*\(a\.json\)/);
    expect(existsSync(join(dir, 'r.csv'))).toBe(false);
    await expectTreeUnchanged(dir, before);
  });

  it('huyện, NFD huyện + U+200B and Huyện + U+2060 are one block, in the first spelling', async () => {
    const run = await cli(['rank', 'a.json', 'd.json', '-c', 'set.json', '--format', 'json'], dir);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.out) as {
      ranking: { blocks: { block: string; units: { unitId: string; rank: number }[] }[] };
    };
    // a (8.64 points) is above d (8.14: half a point less on 1.2), in one block "huyện".
    expect(doc.ranking.blocks).toHaveLength(1);
    expect(doc.ranking.blocks[0]?.block).toBe('huyện');
    expect(doc.ranking.blocks[0]?.units.map((u) => [u.unitId, u.rank])).toEqual([
      ['an-lac', 1],
      ['binh-an', 2],
    ]);
  });
});
