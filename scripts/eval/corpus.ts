/**
 * The coach's evaluation corpus (LABELS.md): real customer text with labels written
 * before tuning, split once by source into `dev/` (tune and train on it) and `test/`
 * (frozen; only reported). Read by the eval test, `npm run eval` and `npm run train`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DraftFindingKind, HeatLevel, WantId } from '../../src/analysis/types.ts';
import type { DefaultStepId } from '../../src/playbooks/types.ts';

/** `validation` holds items collected after the split, kept out of training and tuning: a check on dev's choices that leaves `test` untouched. */
export type Half = 'dev' | 'validation' | 'test';
export type Lang = 'en' | 'es';
export type Origin = 'real' | 'published' | 'constructed';

interface Base {
  id: string;
  lang: Lang;
  origin: Origin;
  source: string;
  note?: string;
}

export interface MessageItem extends Base {
  kind: 'message';
  text: string;
  heat: HeatLevel;
  wants: WantId[];
  theirWords: string[];
}

export interface ThreadTurn {
  author: 'customer' | 'agent';
  text: string;
  heat?: HeatLevel;
  steps?: DefaultStepId[];
}

export interface ThreadItem extends Base {
  kind: 'thread';
  messages: ThreadTurn[];
}

export interface DraftItem extends Base {
  kind: 'draft';
  text: string;
  kinds: DraftFindingKind[];
  spans: { kind: DraftFindingKind; quote: string }[];
}

export type Item = MessageItem | ThreadItem | DraftItem;

export interface Corpus {
  messages: MessageItem[];
  threads: ThreadItem[];
  drafts: DraftItem[];
}

export const EVAL_DIR = import.meta.dirname;

/** Each half holds `<lang>-<file>` per kind of item. */
export const KIND_FILES: Record<Item['kind'], string> = { message: 'messages.json', thread: 'threads.json', draft: 'drafts.json' };

/** The files of one half, in name order (the checksum test reads the same list). */
export function halfFiles(half: Half): string[] {
  const dir = join(EVAL_DIR, half);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    // `incoming-*.json` is a collector's file still being written: not part of the half until merged.
    .filter((f) => f.endsWith('.json') && !f.startsWith('incoming-'))
    .sort()
    .map((f) => join(dir, f));
}

export function group(items: readonly Item[]): Corpus {
  return {
    messages: items.filter((i): i is MessageItem => i.kind === 'message'),
    threads: items.filter((i): i is ThreadItem => i.kind === 'thread'),
    drafts: items.filter((i): i is DraftItem => i.kind === 'draft'),
  };
}

export function loadHalf(half: Half): Corpus {
  return group(halfFiles(half).flatMap((file) => JSON.parse(readFileSync(file, 'utf8')) as Item[]));
}

/**
 * What makes two items "the same source" for the split: the page or thread they were
 * quoted from, so no page ever has items in both halves.
 */
export function sourceKey(source: string): string {
  try {
    const url = new URL(source);
    const host = url.hostname.replace(/^www\./, '').toLowerCase();
    // GitHub issue comments (#issuecomment-…) and pull-request tabs belong to their thread.
    const path = url.pathname.replace(/\/+$/, '').replace(/^(\/[^/]+\/[^/]+\/(issues|pull|discussions)\/\d+).*$/, '$1').toLowerCase();
    return `${host}${path}`;
  } catch {
    return source.trim().toLowerCase();
  }
}
