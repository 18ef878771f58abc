import { randomBytes } from 'node:crypto';
import { lstat, open, readdir, readlink, realpath, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

// Short and fixed, whatever the target's name: a 255-byte name stays writable (NAME_MAX).
// The pid lets the next write tell a temporary file left by a killed process from a live one.
const TEMP = /^\.par-index-(\d+)-[0-9a-f]{8}\.tmp$/;
const MAX_LINKS = 40;

/**
 * Writes a file so that readers never see half of it, and nothing else is harmed:
 * - a regular file (or a new one) is written to a hidden temporary file in the same folder,
 *   flushed to disk, then renamed over the target; on failure the temporary file is removed,
 *   and temporary files that killed processes left in that folder are removed by the next write;
 * - a symbolic link is written through: its target changes, the link stays;
 * - a device, pipe or socket (`/dev/stdout`, `/dev/null`, a FIFO) is written to directly,
 *   never replaced by a file.
 *
 * @param path - The file to write.
 * @param data - Its whole content.
 * @throws The file system's error (`EISDIR` for a folder, `ELOOP` for a link loop, `ENOENT`
 *   for a missing folder, `EACCES`…).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (info?.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
  if (info !== undefined && !info.isFile()) {
    await writeDirect(path, data);
    return;
  }
  const target = info === undefined ? await danglingTarget(path) : await realpath(path);
  const folder = dirname(target);
  await removeStaleTemps(folder);
  const tmp = join(folder, `.par-index-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(tmp, 'wx', info === undefined ? 0o666 : info.mode & 0o7777);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, target);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

async function writeDirect(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}

/** Where a path that does not exist would be created: through any dangling links it names. */
async function danglingTarget(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    const link = await lstat(current).catch(() => undefined);
    if (link === undefined || !link.isSymbolicLink()) return current;
    current = resolve(dirname(current), await readlink(current));
  }
  throw Object.assign(new Error(`ELOOP: ${path}`), { code: 'ELOOP' });
}

/** Removes temporary files of processes that no longer run (killed mid-write). */
async function removeStaleTemps(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const pid = TEMP.exec(name)?.[1];
    if (pid !== undefined && !alive(Number(pid))) {
      await rm(join(folder, name), { force: true }).catch(() => undefined);
    }
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
