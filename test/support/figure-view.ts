/** A figure as the report model holds it: 1.680 ha against a plan of 1.998, with last year and last month; tests override what they need. */
import type { FigureView } from '../../src/model.js';

export const figureView = (over: Partial<FigureView> = {}): FigureView => ({
  id: 'x',
  label: 'X',
  unit: 'ha',
  kind: 'amount',
  decimals: 2,
  fixed: false,
  value: 1680,
  ytd: 1680,
  plan: 1998,
  pctPlan: (1680 / 1998) * 100,
  samePeriod: 1600,
  pctSamePeriod: 105,
  prev: 1500,
  change: 180,
  lagging: false,
  pointInTime: false,
  ...over,
});
