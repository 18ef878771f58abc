import { describe, expect, it } from 'vitest';
import { evaluateArithmetic } from '../../../src/node/excel/formula-arithmetic.js';

describe('evaluateArithmetic', () => {
  it('works out simple arithmetic exactly', () => {
    expect(evaluateArithmetic('=0.5+0.5')).toBe('1');
    expect(evaluateArithmetic('0.1+0.2')).toBe('0.3'); // a float would give 0.30000000000000004
    expect(evaluateArithmetic('=3*0.25')).toBe('0.75');
    expect(evaluateArithmetic('=(1+2)/4')).toBe('0.75');
    expect(evaluateArithmetic('=2-0.5*3')).toBe('0.5');
    expect(evaluateArithmetic('=-1+2')).toBe('1');
  });

  it('gives up on anything else: references, functions, commas, division by zero', () => {
    for (const f of ['=A1+1', '=SUM(1,2)', '=0,5+0,5', '=1/0', '=(1+2', '=1+', '=', '="x"']) {
      expect(evaluateArithmetic(f), f).toBeUndefined();
    }
  });
});
