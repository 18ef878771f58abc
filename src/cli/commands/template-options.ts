import type { ExtraOptions } from '../options.js';

/** Flags of `template` (apart from the command, so that it loads only when run). */
export const TEMPLATE_OPTIONS: ExtraOptions = {
  'unit-id': { type: 'string' },
  'unit-name': { type: 'string' },
  block: { type: 'string' },
  period: { type: 'string' },
};
