import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { SafeParseResult } from '../../src/errors.js';
import type { Assessment } from '../../src/model/assessment.js';
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import { parseAssessment, safeParseAssessment } from '../../src/parse/parse-assessment.js';
import type { criteriaSetSchema } from '../../src/parse/parse-criteria-set.js';
import { parseCriteriaSet, safeParseCriteriaSet } from '../../src/parse/parse-criteria-set.js';
import type { assessmentSchema } from '../parse/shape/zod-assessment-schema.js';

describe('schemas produce the model types', () => {
  it('criteria set', () => {
    expectTypeOf<z.output<typeof criteriaSetSchema>>().toEqualTypeOf<CriteriaSet>();
    expectTypeOf(parseCriteriaSet).returns.toEqualTypeOf<CriteriaSet>();
    expectTypeOf(safeParseCriteriaSet).returns.toEqualTypeOf<SafeParseResult<CriteriaSet>>();
  });

  it('assessment', () => {
    expectTypeOf<z.output<ReturnType<typeof assessmentSchema>>>().toEqualTypeOf<Assessment>();
    expectTypeOf(parseAssessment).returns.toEqualTypeOf<Assessment>();
    expectTypeOf(safeParseAssessment).returns.toEqualTypeOf<SafeParseResult<Assessment>>();
  });
});
