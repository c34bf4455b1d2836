/** Per-ticket state in IndexedDB: the agent's step marks, note and agreed remedy. The background is the only writer. */
import type { IDBPDatabase } from 'idb';
import type { OliveDB, TicketState } from './db-schema.ts';
import type { StepMarks } from '../../src/analysis/step-marks.ts';
import type { HeatLevel } from '../../src/analysis/types.ts';

type Db = IDBPDatabase<OliveDB>;

/** `heatMark: null` gives the heat back to the engine's reading. */
export type TicketStatePatch = Partial<Pick<TicketState, 'stepMarks' | 'note' | 'remedy'>> & { heatMark?: HeatLevel | null };

export function emptyState(ticketKey: string): TicketState {
  return { ticketKey, stepMarks: {}, updatedAt: new Date(0).toISOString() };
}

export async function getTicketState(db: Db, ticketKey: string): Promise<TicketState> {
  return (await db.get('ticketState', ticketKey)) ?? emptyState(ticketKey);
}

/** Read-modify-write in one transaction, so two panels editing the same ticket lose nothing. */
export async function patchTicketState(db: Db, ticketKey: string, patch: TicketStatePatch, now = new Date()): Promise<TicketState> {
  const tx = db.transaction('ticketState', 'readwrite');
  const current = (await tx.store.get(ticketKey)) ?? emptyState(ticketKey);
  const stepMarks: StepMarks = patch.stepMarks ? { ...current.stepMarks, ...patch.stepMarks } : current.stepMarks;
  const { heatMark, ...rest } = patch;
  const next: TicketState = { ...current, ...rest, stepMarks, ticketKey, updatedAt: now.toISOString() };
  if (heatMark === null) delete next.heatMark;
  else if (heatMark !== undefined) next.heatMark = heatMark;
  for (const key of ['note', 'remedy'] as const) if (next[key] === '') delete next[key];
  await tx.store.put(next);
  await tx.done;
  return next;
}

/** Customer data is kept no longer than needed: drops state untouched since `cutoff`. */
export async function purgeTicketState(db: Db, cutoff: Date): Promise<number> {
  const tx = db.transaction('ticketState', 'readwrite');
  let removed = 0;
  for (let cursor = await tx.store.index('by-updated').openCursor(IDBKeyRange.upperBound(cutoff.toISOString(), true)); cursor; cursor = await cursor.continue()) {
    await cursor.delete();
    removed++;
  }
  await tx.done;
  return removed;
}
