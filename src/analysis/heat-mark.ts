import type { Analysis, HeatLevel } from './types.ts';

/** A stored value the panel may trust as a heat level (records can be corrupt or from another version). */
export function isHeatLevel(value: unknown): value is HeatLevel {
  return value === 0 || value === 1 || value === 2 || value === 3;
}

/**
 * The agent's own call on how heated the customer is wins over the engine's reading for
 * this ticket, so phrases rank for the customer the agent sees; the reasons stay, as the
 * evidence the engine found.
 */
export function withHeatMark(analysis: Analysis, mark: unknown): Analysis {
  return isHeatLevel(mark) ? { ...analysis, heat: { ...analysis.heat, level: mark } } : analysis;
}
