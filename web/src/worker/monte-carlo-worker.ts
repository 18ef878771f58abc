import type { MonteCarloOptions, UncertainUnit } from '../../../src/index.js';
import { monteCarloRanks } from '../../../src/whatif/monte-carlo.js';

/** What the page sends: the units and the draws' options (no callback: progress is posted). */
export interface MonteCarloRequest {
  readonly units: readonly UncertainUnit[];
  readonly options: Omit<MonteCarloOptions, 'onProgress'>;
}

// Runs the library's Monte Carlo off the page's thread: the page never freezes, and "Stop"
// ends the worker.
self.onmessage = (event: MessageEvent<MonteCarloRequest>) => {
  const { units, options } = event.data;
  try {
    const result = monteCarloRanks(units, {
      ...options,
      onProgress: (done, total) => self.postMessage({ type: 'progress', done, total }),
    });
    self.postMessage({ type: 'done', result });
  } catch (error) {
    self.postMessage({ type: 'error', message: String(error) });
  }
};
