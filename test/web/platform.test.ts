import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeCp1258 as nodeCp1258 } from '../../src/node/csv/decode-cp1258.js';
import { inflateRawBounded as nodeInflate } from '../../src/node/excel/inflate-raw.js';
import { listZipEntries } from '../../src/node/excel/zip-scan.js';
import { decodeCp1258 as pageCp1258 } from '../../web/src/platform/decode-cp1258.js';
import { inflateRawBounded as pageInflate } from '../../web/src/platform/inflate-raw.js';
import { cli, removeDir, tempDir } from '../cli/helpers.js';

// The page's two adapters (web/src/platform) against the CLI's (Node's zlib and iconv-lite):
// Node has the browser's TextDecoder and DecompressionStream, so both run here.

describe('Windows-1258 in the page and in the CLI', () => {
  it('every byte decodes to the same text (undefined bytes as U+FFFD in both)', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(pageCp1258(all)).toBe(nodeCp1258(all));
    expect(pageCp1258(all)).toContain('\uFFFD');
  });

  it('Vietnamese with separate tone marks is composed (NFC): "Huyện Tứ Kỳ"', () => {
    // H u y e^ (0xEA) + dot below (0xF2) n, T u+ (0xFD) + acute (0xEC), K y + grave (0xCC)
    const bytes = Uint8Array.from([
      0x48, 0x75, 0x79, 0xea, 0xf2, 0x6e, 0x20, 0x54, 0xfd, 0xec, 0x20, 0x4b, 0x79, 0xcc,
    ]);
    expect(pageCp1258(bytes)).toBe('Huyện Tứ Kỳ');
    expect(nodeCp1258(bytes)).toBe('Huyện Tứ Kỳ');
  });
});

describe('inflating a zip part in the page and in the CLI', () => {
  it("every part of a template unpacks to the same bytes, within the part's declared size", async () => {
    const dir = await tempDir('par-inflate-');
    try {
      const r = await cli(
        ['template', '--criteria', 'illustrative-commune-2023', '--out', 'form.xlsx'],
        dir,
      );
      expect(r.code).toBe(0);
      const data = new Uint8Array(readFileSync(join(dir, 'form.xlsx')));
      const listing = listZipEntries(data);
      if (!listing.ok) throw new Error(listing.problem);
      const deflated = listing.entries.filter((e) => e.method === 8);
      expect(deflated.length).toBeGreaterThan(5);
      for (const e of deflated) {
        const raw = data.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
        const a = await pageInflate(raw, e.uncompressedSize);
        const b = await nodeInflate(raw, e.uncompressedSize);
        expect(a?.byteLength, e.name).toBe(e.uncompressedSize);
        expect(Buffer.from(a ?? []).equals(Buffer.from(b ?? [])), e.name).toBe(true);
      }
    } finally {
      await removeDir(dir);
    }
  });

  it('a part growing past its declared size (a zip bomb) and a damaged one give nothing', async () => {
    const bomb = deflateRawSync(new Uint8Array(1024 * 1024));
    expect(await pageInflate(bomb, 1000)).toBeUndefined();
    expect(await nodeInflate(bomb, 1000)).toBeUndefined();
    const damaged = Uint8Array.from([0xff, 0xff, 0xff, 0x00, 0x13]);
    expect(await pageInflate(damaged, 10)).toBeUndefined();
    expect(await nodeInflate(damaged, 10)).toBeUndefined();
  });
});
