/**
 * JSON export and import. Import is all or nothing: the whole file is checked first and
 * any bad entry rejects it, naming the entry and the reason, so a broken file changes
 * nothing. A good file merges without duplicates: an id already stored keeps the newer
 * of the two copies.
 */
import { reminderProblem, toReminder, type Reminder } from './model.ts';

export const EXPORT_FORMAT = 'olive-branch.reminders';
export const EXPORT_VERSION = 1;
/** Bigger files are refused before parsing: nobody has that many follow-ups. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function toJson(reminders: readonly Reminder[], now: Date): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), reminders }, null, 2);
}

export interface ImportProblem {
  /** Position in the file's `reminders` list; -1 for the file as a whole. */
  index: number;
  id?: string;
  reason: string;
}

export type ImportResult = { ok: true; reminders: Reminder[] } | { ok: false; problems: ImportProblem[] };

/** Checks a whole file. At most the first 20 problems are named, enough to fix the file. */
export function parseImport(text: string): ImportResult {
  const whole = (reason: string): ImportResult => ({ ok: false, problems: [{ index: -1, reason }] });
  if (text.length > MAX_IMPORT_BYTES) return whole('the file is too large');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return whole(`not JSON (${(error as Error).message})`);
  }
  // A bare list is accepted too: that is what a hand-made file most often looks like.
  const list = Array.isArray(data) ? data : (data as { reminders?: unknown } | null)?.reminders;
  if (!Array.isArray(list)) return whole('no "reminders" list');
  if (!Array.isArray(data) && (data as { format?: unknown }).format !== undefined && (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return whole('not an Olive Branch reminders file');
  }
  const problems: ImportProblem[] = [];
  const reminders: Reminder[] = [];
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    const id = typeof (entry as { id?: unknown } | null)?.id === 'string' ? (entry as { id: string }).id : undefined;
    const problem = reminderProblem(entry);
    if (problem) problems.push({ index, ...(id ? { id } : {}), reason: problem });
    else if (seen.has(id!)) problems.push({ index, id, reason: 'the same id appears twice in the file' });
    else {
      seen.add(id!);
      reminders.push(toReminder(entry)!);
    }
  });
  return problems.length > 0 ? { ok: false, problems: problems.slice(0, 20) } : { ok: true, reminders };
}

const stamp = (r: Reminder) => r.updatedAt ?? r.createdAt ?? '';

/** Which incoming reminders to write: new ids, and stored ids where the file's copy is newer. */
export function mergePlan(stored: ReadonlyMap<string, Reminder>, incoming: readonly Reminder[]): { write: Reminder[]; unchanged: number } {
  const write: Reminder[] = [];
  let unchanged = 0;
  for (const r of incoming) {
    const existing = stored.get(r.id);
    if (!existing || stamp(r) > stamp(existing)) write.push(r);
    else unchanged++;
  }
  return { write, unchanged };
}
