import type { Dirent } from 'node:fs';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { collectFiles, WALK_LIMITS } from '../../src/cli/collect-files.js';
import { cli } from '../cli/helpers.js';
import { assessmentDoc, setDoc } from './fixtures.js';
import { expectTreeUnchanged, hashTree } from './helpers.js';

// Folders the file system cannot be made to refuse to root: their reading fails on purpose.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const opendir = (async (path: string, options?: unknown) => {
    if (String(path).endsWith('locked-by-mock')) {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    }
    if (String(path).endsWith('huge-by-mock')) {
      const none = () => false;
      return (async function* () {
        for (let i = 0; ; i++) {
          yield {
            name: `n${i}`,
            isFile: none,
            isDirectory: none,
            isSymbolicLink: none,
          } as unknown as Dirent;
        }
      })();
    }
    return real.opendir(path, options as never);
  }) as typeof real.opendir;
  return { ...real, opendir };
});

let dir = '';
const unit = (id: string) => {
  const doc = assessmentDoc() as Record<string, unknown>;
  doc['unit'] = { id, name: id, block: 'xã' };
  return JSON.stringify(doc);
};
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'par-hostile-dir-'));
  await writeFile(join(dir, 'set.json'), JSON.stringify(setDoc()));
  await mkdir(join(dir, 'outside'));
  await writeFile(join(dir, 'outside', 'b.json'), unit('xa-b'));
  await mkdir(join(dir, 'units', 'sub'), { recursive: true });
  await writeFile(join(dir, 'units', 'a.json'), unit('xa-a'));
  await symlink(join(dir, 'outside', 'b.json'), join(dir, 'units', 'b-link.json'));
  // The same file twice, by a link beside it: read once, not a duplicate unit.
  await symlink('a.json', join(dir, 'units', 'a-again.json'));
  await symlink(join(dir, 'outside'), join(dir, 'units', 'sub', 'outside-link'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('symbolic links in folders are followed, within limits', () => {
  it('a linked file and a linked folder are read; one file linked twice is read once', async () => {
    const { files, problems } = await collectFiles(['units'], dir);
    expect(problems).toEqual([]);
    // b.json is reached twice (a file link and a folder link): taken once, by either name.
    const names = files.map((f) => f.slice(dir.length + 1));
    expect(names).toHaveLength(2);
    expect(names).toContain('units/a.json');
    const run = await cli(['rank', 'units', '-c', 'set.json', '--format', 'json'], dir);
    expect(run.err).toBe('');
    const doc = JSON.parse(run.out) as { ranking: { blocks: { units: { unitId: string }[] }[] } };
    expect(doc.ranking.blocks[0]?.units.map((u) => u.unitId).sort()).toEqual(['xa-a', 'xa-b']);
  });

  it('a link back to an enclosing folder is a loop: reported by name, not followed forever', async () => {
    await mkdir(join(dir, 'loop', 'deeper'), { recursive: true });
    await writeFile(join(dir, 'loop', 'a.json'), unit('xa-a'));
    await symlink('..', join(dir, 'loop', 'deeper', 'up'));
    const before = await hashTree(dir);
    const run = await cli(
      ['rank', 'loop', '-c', 'set.json', '--out', 'r.csv', '--format', 'csv'],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/loop\/deeper\/up: .*vòng lặp.*\[file_unreadable\]/);
    expect(existsSync(join(dir, 'r.csv'))).toBe(false);
    await expectTreeUnchanged(dir, before);
  });

  it('a broken link and a link pointing at itself are named problems, not silence', async () => {
    await mkdir(join(dir, 'broken'));
    await writeFile(join(dir, 'broken', 'a.json'), unit('xa-a'));
    await symlink('gone.json', join(dir, 'broken', 'dead.json'));
    await symlink('self.json', join(dir, 'broken', 'self.json'));
    const run = await cli(['validate', 'broken', '-c', 'set.json'], dir);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/broken\/dead\.json: .*"gone\.json".*\[file_not_found\]/);
    expect(run.err).toMatch(/broken\/self\.json: .*\[file_unreadable\]/);
  });

  it('an unreadable subfolder is a named problem, not "Lỗi không mong đợi: EACCES"', async () => {
    await mkdir(join(dir, 'with-locked', 'locked-by-mock'), { recursive: true });
    await writeFile(join(dir, 'with-locked', 'a.json'), unit('xa-a'));
    const run = await cli(['validate', 'with-locked', '-c', 'set.json'], dir);
    expect(run.code).toBe(1);
    expect(run.err).not.toMatch(/Lỗi không mong đợi|Unexpected error/);
    expect(run.err).toMatch(
      /with-locked\/locked-by-mock: Không có quyền đọc thư mục.*\[file_unreadable\]/,
    );
    await rm(join(dir, 'with-locked'), { recursive: true });
  });

  it('a folder the user cannot read (as a normal user) is the same named problem', async () => {
    if (process.getuid?.() === 0) return; // root reads everything; the mock above covers it
    await mkdir(join(dir, 'really-locked', 'inner'), { recursive: true });
    await chmod(join(dir, 'really-locked', 'inner'), 0o000);
    const run = await cli(['validate', 'really-locked', '-c', 'set.json'], dir);
    await chmod(join(dir, 'really-locked', 'inner'), 0o755);
    expect(run.err).toMatch(/really-locked\/inner: .*\[file_unreadable\]/);
  });

  it('walks stop at the limits: too many entries, too deep', async () => {
    await mkdir(join(dir, 'huge-by-mock'));
    const huge = await collectFiles(['huge-by-mock'], dir);
    expect(huge.problems.map((p) => [p.file, p.code])).toEqual([
      ['huge-by-mock', 'file_too_large'],
    ]);
    const deep = join(dir, 'deep', ...Array.from({ length: WALK_LIMITS.maxDepth + 2 }, () => 'd'));
    await mkdir(deep, { recursive: true });
    const r = await collectFiles(['deep'], dir);
    expect(r.problems.map((p) => p.code)).toEqual(['file_too_large']);
    expect(r.problems[0]?.messageEn).toMatch(/nest too deeply/);
  });
});

describe('an empty criteria table is refused at import, nothing written', () => {
  it.each(['xlsx', 'csv'])('a header without criteria (%s)', async (kind) => {
    const name = `empty.${kind}`;
    if (kind === 'csv') await writeFile(join(dir, name), 'STT;Nội dung;Điểm tối đa\n');
    else {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Bảng').addRow(['STT', 'Nội dung', 'Điểm tối đa']);
      await writeFile(join(dir, name), new Uint8Array(await wb.xlsx.writeBuffer()));
    }
    const before = await hashTree(dir);
    const run = await cli(['import', 'criteria', name, '--out', 'set-out.yaml'], dir);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      new RegExp(`${name}: .*không có dòng tiêu chí nào.*\\[missing_field\\]`),
    );
    expect(existsSync(join(dir, 'set-out.yaml'))).toBe(false);
    await expectTreeUnchanged(dir, before);
  });
});
