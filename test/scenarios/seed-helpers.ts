import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { findNode } from '../../src/engine/find-node.js';
import { scoreAssessment } from '../../src/engine/score-assessment.js';
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import type { DecimalString } from '../../src/model/decimal-string.js';
import type { RankedUnit, RankInput, Ranking } from '../../src/model/ranking.js';
import type { NodeScore, ScoreResult, Stage } from '../../src/model/score-result.js';
import { loadAssessmentFile, loadCriteriaSetFile } from '../../src/node/load-files.js';
import { parseDecimal } from '../../src/parse/decimal-input.js';

/** Absolute path of a file under test/fixtures/seeds/<seed>/. */
export function seedPath(seed: string, file: string): string {
  return fileURLToPath(new URL(`../fixtures/seeds/${seed}/${file}`, import.meta.url));
}

/** Loads a seed's criteria set file (YAML or JSON) through the public Node loader. */
export function loadSeedSet(seed: string, file: string): Promise<CriteriaSet> {
  return loadCriteriaSetFile(seedPath(seed, file));
}

/** Loads an assessment file of a seed and scores it at `stage` (default: final). */
export async function scoreSeedFile(
  seed: string,
  set: CriteriaSet,
  file: string,
  stage: Stage = 'final',
): Promise<ScoreResult> {
  const assessment = await loadAssessmentFile(seedPath(seed, file), set);
  return scoreAssessment(set, assessment, { stage });
}

interface PublishedFile {
  readonly units: readonly {
    readonly unitId: string;
    readonly unitName: string;
    readonly block: string;
    readonly value: string;
  }[];
}

/** Reads a JSON list of published (fictional) indices of other units, as ranking inputs. */
export async function readPublished(seed: string, file: string): Promise<RankInput[]> {
  const doc = JSON.parse(await readFile(seedPath(seed, file), 'utf8')) as PublishedFile;
  return doc.units.map((u) => ({
    unitId: u.unitId,
    unitName: u.unitName,
    block: u.block,
    value: decimal(u.value),
  }));
}

/** A decimal string from a literal written in a test (throws on a typo). */
export function decimal(text: string): DecimalString {
  const value = parseDecimal(text);
  if (value === undefined) throw new TypeError(`not a decimal: ${text}`);
  return value;
}

/** A ranking input from a score result. */
export function asRankInput(result: ScoreResult): RankInput {
  return {
    unitId: result.unit.id,
    unitName: result.unit.name,
    block: result.unit.block,
    value: result.index,
  };
}

/** The node with this code, or a thrown error naming it (keeps assertions short). */
export function node(result: ScoreResult, code: string): NodeScore {
  const found = findNode(result, code);
  if (found === undefined) throw new Error(`node ${code} not found in ${result.unit.id}`);
  return found;
}

/** The ranked unit with this id in a ranking (any block). */
export function ranked(ranking: Ranking, unitId: string): RankedUnit {
  for (const block of ranking.blocks) {
    const unit = block.units.find((u) => u.unitId === unitId);
    if (unit !== undefined) return unit;
  }
  throw new Error(`unit ${unitId} not ranked`);
}

/** Codes of the nodes carrying a warning with this code, in tree order. */
export function warnedCodes(result: ScoreResult, code: string): string[] {
  return result.warnings.filter((w) => w.code === code).map((w) => w.nodeCode);
}
