import { describe, expect, it } from 'vitest';
import { classify } from '../../src/engine/classify.js';
import { SMALL_SET } from './fixtures.js';

const scale = SMALL_SET.bands;

describe('classify', () => {
  it('uses inclusive lower bounds on the unrounded percent', () => {
    if (scale === undefined) throw new Error('fixture has bands');
    expect(classify('80', scale)?.code).toBe('tot');
    expect(classify('79.996', scale)?.code).toBe('kha');
    expect(classify(70, scale)?.code).toBe('kha');
    expect(classify('59.99', scale)?.code).toBe('yeu');
    expect(classify('0', scale)?.code).toBe('yeu');
    expect(classify('100', scale)?.code).toBe('tot');
  });
});
