/**
 * storage.sync holds at most 8,192 bytes per item and 102,400 in all, so a synced value
 * is written as its JSON cut into slices, each its own item, plus a small head item
 * naming them. Slices are written under a fresh generation before the head points at
 * them, so a device reading mid-write sees the old value whole, never a mix.
 */

/** Chrome's limits (the same numbers Firefox documents). */
export const QUOTA_BYTES_PER_ITEM = 8_192;
export const QUOTA_BYTES = 102_400;
export const MAX_ITEMS = 512;

/** Room left in every item for Chrome's own accounting; the budget never reaches the edge. */
const ITEM_BUDGET = QUOTA_BYTES_PER_ITEM - 192;

export interface ChunkHead {
  gen: string;
  count: number;
  savedAt: number;
  bytes: number;
}

export class SyncTooLargeError extends Error {
  constructor(
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`This needs ${bytes} bytes of browser sync storage; the browser allows ${limit}.`);
    this.name = 'SyncTooLargeError';
  }
}

const encoder = new TextEncoder();
/** What Chrome counts for an item: the key plus the JSON of the value, in UTF-8 bytes. */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

export const headKey = (key: string) => `${key}.head`;
export const sliceKey = (key: string, gen: string, i: number) => `${key}.${gen}.${i}`;

/** Cut a string into pieces whose JSON forms fit the item budget, never splitting a character. */
export function slices(json: string, keyBytes: number): string[] {
  const out: string[] = [];
  let current = '';
  let size = 2 + keyBytes; // the quotes around a JSON string
  for (const ch of json) {
    const cost = encoder.encode(JSON.stringify(ch)).length - 2;
    if (size + cost > ITEM_BUDGET && current) {
      out.push(current);
      current = '';
      size = 2 + keyBytes;
    }
    current += ch;
    size += cost;
  }
  if (current || out.length === 0) out.push(current);
  return out;
}

/**
 * The items that hold `value` under `key`, head included. `othersBytes` is what other
 * synced keys already use, so the total stays within QUOTA_BYTES.
 */
export function encodeChunks(key: string, value: unknown, savedAt: number, gen: string, othersBytes = 0): Record<string, unknown> {
  const json = JSON.stringify(value);
  const keyBytes = encoder.encode(sliceKey(key, gen, MAX_ITEMS)).length;
  const parts = slices(json, keyBytes);
  const items: Record<string, unknown> = {};
  let bytes = 0;
  parts.forEach((part, i) => {
    const k = sliceKey(key, gen, i);
    items[k] = part;
    bytes += itemBytes(k, part);
  });
  const head: ChunkHead = { gen, count: parts.length, savedAt, bytes };
  items[headKey(key)] = head;
  const total = bytes + itemBytes(headKey(key), head) + othersBytes;
  if (total > QUOTA_BYTES || parts.length + 1 > MAX_ITEMS) throw new SyncTooLargeError(total, QUOTA_BYTES);
  return items;
}

function isHead(value: unknown): value is ChunkHead {
  const h = value as ChunkHead;
  return !!h && typeof h === 'object' && typeof h.gen === 'string' && Number.isInteger(h.count) && h.count > 0 && h.count <= MAX_ITEMS && typeof h.savedAt === 'number';
}

/** The value stored under `key`, or null when there is none or it is incomplete or corrupt. */
export function decodeChunks(key: string, items: Record<string, unknown>): { value: unknown; savedAt: number; head: ChunkHead } | null {
  const head = items[headKey(key)];
  if (!isHead(head)) return null;
  let json = '';
  for (let i = 0; i < head.count; i++) {
    const part = items[sliceKey(key, head.gen, i)];
    if (typeof part !== 'string') return null;
    json += part;
  }
  try {
    return { value: JSON.parse(json), savedAt: head.savedAt, head };
  } catch {
    return null;
  }
}

/** Keys under `key` that the current head does not use: leftovers of earlier writes. */
export function staleKeys(key: string, allKeys: readonly string[], head: ChunkHead | null): string[] {
  const prefix = `${key}.`;
  return allKeys.filter((k) => {
    if (!k.startsWith(prefix) || k === headKey(key)) return false;
    if (!head) return true;
    const rest = k.slice(prefix.length);
    const dot = rest.lastIndexOf('.');
    return rest.slice(0, dot) !== head.gen || Number(rest.slice(dot + 1)) >= head.count;
  });
}
