import { dec } from '../internal/decimal.js';
import type { BandLevelDraft } from '../schema/band.js';
import type { Problem } from '../schema/problem.js';
import { duplicates } from './check-rule.js';
import { showEn, showVi } from './show.js';

type Path = readonly (string | number)[];

function bandProblem(code: 'band_gap' | 'band_overlap', path: Path, vi: string, en: string) {
  return { code, path, message: vi, messageEn: en } satisfies Problem;
}

function checkLevel(levels: readonly BandLevelDraft[], i: number, at: Path): Problem[] {
  const level = levels[i];
  if (level === undefined) return [];
  const above = levels[i - 1];
  const out: Problem[] = [];
  if (above && dec(level.min).greaterThanOrEqualTo(dec(above.min))) {
    out.push(
      bandProblem(
        'band_overlap',
        [...at, 'min'],
        `Mức '${level.code}' có ngưỡng dưới ${showVi(level.min)} không thấp hơn mức trên nó '${above.code}' (${showVi(above.min)}); các mức phải xếp từ cao xuống thấp.`,
        `Band '${level.code}' starts at ${showEn(level.min)}, not below the band above it '${above.code}' (${showEn(above.min)}); list bands best first.`,
      ),
    );
  }
  if (level.below === undefined) return out;
  if (above === undefined) {
    out.push(
      bandProblem(
        'band_gap',
        [...at, 'below'],
        `Mức cao nhất '${level.code}' không được có cận trên 'below'.`,
        `The top band '${level.code}' must not have an upper bound 'below'.`,
      ),
    );
  } else if (!dec(level.below).equals(dec(above.min))) {
    const gap = dec(level.below).lessThan(dec(above.min));
    out.push(
      bandProblem(
        gap ? 'band_gap' : 'band_overlap',
        [...at, 'below'],
        `Mức '${level.code}' kết thúc ở ${showVi(level.below)} nhưng mức trên '${above.code}' bắt đầu từ ${showVi(above.min)}: ${gap ? 'có khoảng trống' : 'hai mức chồng lên nhau'}.`,
        `Band '${level.code}' ends at ${showEn(level.below)} but '${above.code}' starts at ${showEn(above.min)}: ${gap ? 'a gap' : 'an overlap'}.`,
      ),
    );
  }
  return out;
}

/** Gaps, overlaps, order and duplicate codes of a band scale; `at` points at its `levels`. */
export function checkBands(levels: readonly BandLevelDraft[], at: Path): Problem[] {
  const out = levels.flatMap((_, i) => checkLevel(levels, i, [...at, i]));
  const last = levels[levels.length - 1];
  if (last && !dec(last.min).isZero()) {
    out.push(
      bandProblem(
        'band_gap',
        [...at, levels.length - 1, 'min'],
        `Mức thấp nhất '${last.code}' phải bắt đầu từ 0 (đang là ${showVi(last.min)}), nếu không kết quả dưới ${showVi(last.min)} % sẽ không được xếp loại.`,
        `The lowest band '${last.code}' must start at 0 (it starts at ${showEn(last.min)}), or results below it get no band.`,
      ),
    );
  }
  out.push(
    ...duplicates(
      levels.map((l) => l.code),
      (i) => [...at, i, 'code'],
      ['mức xếp loại', 'band'],
    ),
  );
  return out;
}
