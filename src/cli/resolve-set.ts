import { resolve } from 'node:path';
import { getCriteriaSet } from '../criteria-sets/registry.js';
import { ParIndexError } from '../errors.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import { safeLoadCriteriaSetFile } from '../node/load-files.js';
import { type CliIo, UsageError } from './cli-io.js';

/** The one criteria set a command needs: `--criteria` as a bundled id or a file. */
export async function resolveOneSet(
  specs: readonly string[],
  io: CliIo,
  command: string,
): Promise<CriteriaSet> {
  const [spec] = specs;
  if (spec === undefined || specs.length > 1) {
    throw new UsageError(
      `${command}: cần đúng một --criteria <tệp|mã>. / ${command}: give exactly one --criteria <file|id>.`,
    );
  }
  const bundled = getCriteriaSet(spec);
  if (bundled !== undefined) return bundled;
  const r = await safeLoadCriteriaSetFile(resolve(io.cwd, spec));
  if (!r.success) throw new ParIndexError(r.issues, 'criteria set');
  return r.data;
}
