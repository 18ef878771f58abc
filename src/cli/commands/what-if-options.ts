import type { ExtraOptions } from '../options.js';

/** Flags of `what-if` (apart from the command, so that it loads only when run). */
export const WHAT_IF_OPTIONS: ExtraOptions = {
  unit: { type: 'string', short: 'u' },
  rank: { type: 'string' },
  band: { type: 'string' },
  'no-weak': { type: 'boolean' },
  plan: { type: 'boolean' },
  cost: { type: 'string' },
  simulate: { type: 'string' },
  'monte-carlo': { type: 'string' },
  seed: { type: 'string' },
  peers: { type: 'string', multiple: true },
  'unlock-survey': { type: 'boolean' },
};
