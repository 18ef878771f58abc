import { relative, resolve } from 'node:path';
import * as z from 'zod/mini';
import type { Issue } from '../errors.js';
import type { DecimalString } from '../model/decimal-string.js';
import { readDataFile } from '../node/read-data-file.js';
import { safeRun } from '../parse/safe-run.js';
import { decimalSchema, pointsSchema } from '../schema/decimal.js';
import { rawIssue } from '../schema/problem.js';
import { codeSchema, textSchema } from '../schema/text.js';
import type { CliIo } from './cli-io.js';

/** `--cost FILE`: what one point costs per criterion, what is locked, how far each may go. */
export interface CostFile {
  /** Cost of one point per node code; a node without one takes its nearest ancestor's (else 1). */
  readonly costs: Readonly<Record<string, DecimalString>>;
  /** Codes of nodes the plan must not touch (their whole subtree). */
  readonly locked: readonly string[];
  /** Most additional points per plan item code. */
  readonly caps: Readonly<Record<string, DecimalString>>;
  /** Codes of plan items that give all their missing points at once (e.g. a tier jump). */
  readonly allOrNothing: readonly string[];
  /** Plan on nodes at this depth (2 = criteria) instead of on leaves. */
  readonly depth?: number | undefined;
}

/** One change of `--simulate FILE`. */
export interface ScenarioFileChange {
  /** Unit id (default: `--unit`). */
  readonly unit?: string | undefined;
  /** Criteria set id, needed only when the unit has assessments under several sets. */
  readonly set?: string | undefined;
  /** Node code. */
  readonly code: string;
  /** New points of the node. */
  readonly points?: DecimalString | undefined;
  /** Points to add (negative to remove). */
  readonly add?: DecimalString | undefined;
  /** New raw value, read by the node's rule as in an assessment file. */
  readonly value?: unknown;
}

/** A published index of a unit outside the batch (`--peers FILE`). */
export interface PeerFileUnit {
  readonly unitId: string;
  readonly unitName: string;
  readonly block: string;
  readonly value: DecimalString;
}

/**
 * A code → value table without a prototype: looking up a criterion coded `constructor` or
 * `toString` finds nothing instead of Object.prototype's members.
 */
function codeTable<T>(value: z.core.$ZodType<T>) {
  return z.pipe(
    z._default(z.record(codeSchema, value), {}),
    z.transform(
      (r): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, r),
    ),
  );
}

const costFileSchema = z.strictObject({
  costs: codeTable(pointsSchema),
  locked: z._default(z.array(codeSchema), []),
  caps: codeTable(pointsSchema),
  allOrNothing: z._default(z.array(codeSchema), []),
  depth: z.optional(z.int().check(z.minimum(1))),
});

const changeSchema = z
  .strictObject({
    unit: z.optional(textSchema),
    set: z.optional(textSchema),
    code: z.union([
      codeSchema,
      z.pipe(
        z.number(),
        z.transform((n) => String(n)),
      ),
    ]),
    points: z.optional(pointsSchema),
    add: z.optional(decimalSchema),
    value: z.optional(z.unknown()),
  })
  .check((ctx) => {
    const given = [ctx.value.points, ctx.value.add, ctx.value.value].filter((v) => v !== undefined);
    if (given.length !== 1) {
      ctx.issues.push(
        rawIssue(
          {
            code: 'invalid_value',
            message: 'mỗi thay đổi cần đúng một trong points, add, value',
            messageEn: 'each change needs exactly one of points, add, value',
          },
          ctx.value,
        ),
      );
    }
  });

const scenarioFileSchema = z.strictObject({
  changes: z.array(changeSchema).check(z.minLength(1)),
});

const peerFileSchema = z.looseObject({
  units: z.array(
    z.looseObject({
      unitId: textSchema,
      unitName: textSchema,
      block: z._default(z.string(), ''),
      value: decimalSchema,
    }),
  ),
});

async function readWith<T>(
  file: string,
  schema: z.ZodMiniType<T, unknown>,
  io: CliIo,
): Promise<{ data?: T | undefined; issues: Issue[] }> {
  const abs = resolve(io.cwd, file);
  const shown = relative(io.cwd, abs) || abs;
  const raw = await readDataFile(abs);
  const parsed = raw.success ? safeRun(schema, raw.data) : raw;
  if (parsed.success) return { data: parsed.data, issues: [] };
  return { issues: parsed.issues.map((i) => ({ ...i, file: shown })) };
}

/** Reads and checks a `--cost` file (YAML or JSON). */
export function readCostFile(file: string, io: CliIo) {
  return readWith<CostFile>(file, costFileSchema as z.ZodMiniType<CostFile, unknown>, io);
}

/** Reads and checks a `--simulate` file (YAML or JSON). */
export async function readScenarioFile(file: string, io: CliIo) {
  return readWith<{ changes: ScenarioFileChange[] }>(
    file,
    scenarioFileSchema as z.ZodMiniType<{ changes: ScenarioFileChange[] }, unknown>,
    io,
  );
}

/** Reads `--peers` files: published indices of units not in the batch. */
export async function readPeerFiles(
  files: readonly string[],
  io: CliIo,
): Promise<{ peers: PeerFileUnit[]; issues: Issue[] }> {
  const peers: PeerFileUnit[] = [];
  const issues: Issue[] = [];
  for (const file of files) {
    const r = await readWith<{ units: PeerFileUnit[] }>(
      file,
      peerFileSchema as z.ZodMiniType<{ units: PeerFileUnit[] }, unknown>,
      io,
    );
    peers.push(...(r.data?.units ?? []));
    issues.push(...r.issues);
  }
  return { peers, issues };
}
