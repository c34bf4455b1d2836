/**
 * Measures the coach against a labelled half of the corpus: heat, wants, their words,
 * steps and the draft checker, the figures issue 11 asks for. Pure: the eval test, the
 * report and nothing else call it.
 */
import { analyzeTicket, checkDraft } from '../../src/analysis/index.ts';
import { DRAFT_FINDING_KINDS, WANT_IDS, type Analysis } from '../../src/analysis/types.ts';
import { DEFAULT_STEP_IDS, type DefaultStepId } from '../../src/playbooks/types.ts';
import type { Message, Ticket } from '../../src/ticket.ts';
import type { Corpus, Lang, MessageItem, ThreadItem } from './corpus.ts';

export interface Count {
  label: string;
  n: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface Figures {
  messages: number;
  realMessages: number;
  heatExact: number;
  heatExactReal: number;
  heatWithinOne: number;
  /** confusion[truth][found]; found index 4 is "null" (language not read). */
  confusion: number[][];
  heatLevels: Count[];
  wantsF1: number;
  wants: Count[];
  theirWordsRecall: number;
  theirWordsLabelled: number;
  threads: number;
  currentStep: number;
  stepsJaccard: number;
  steps: Count[];
  drafts: number;
  draftRecall: number;
  draftLabels: number;
  falseAlarms: number;
  cleanDrafts: number;
  draftKinds: Count[];
}

const ticket = (messages: Message[]): Ticket => ({ helpdesk: 'eval', id: '1', url: 'https://help.example/t/1', subject: 'eval', customer: {}, messages });

function tally(labels: readonly string[], pairs: { truth: readonly string[]; found: readonly string[] }[]): Count[] {
  return labels.map((label) => {
    const c: Count = { label, n: 0, tp: 0, fp: 0, fn: 0 };
    for (const { truth, found } of pairs) {
      const t = truth.includes(label);
      const f = found.includes(label);
      if (t) c.n++;
      if (t && f) c.tp++;
      else if (f) c.fp++;
      else if (t) c.fn++;
    }
    return c;
  });
}

const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
export const precision = (c: Count) => share(c.tp, c.tp + c.fp);
export const recall = (c: Count) => share(c.tp, c.tp + c.fn);

function microF1(counts: readonly Count[]): number {
  const tp = counts.reduce((s, c) => s + c.tp, 0);
  const fp = counts.reduce((s, c) => s + c.fp, 0);
  const fn = counts.reduce((s, c) => s + c.fn, 0);
  return tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A labelled word is found when the engine offers it, or a phrase that holds it or that it holds. */
export function wordFound(label: string, offered: readonly string[]): boolean {
  const l = norm(label);
  return offered.some((o) => {
    const w = norm(o);
    return w === l || (w.length >= 3 && l.includes(w)) || (l.length >= 3 && w.includes(l));
  });
}

/** The steps a thread's labels say are done, and the current step by METHOD.md's rule. */
export function labelledProgress(thread: ThreadItem): { done: DefaultStepId[]; current: DefaultStepId | 'complete' } {
  const done = new Set(thread.messages.flatMap((m) => (m.author === 'agent' ? (m.steps ?? []) : [])));
  let furthest = -1;
  DEFAULT_STEP_IDS.forEach((s, i) => {
    if (done.has(s)) furthest = i;
  });
  return { done: DEFAULT_STEP_IDS.filter((s) => done.has(s)), current: DEFAULT_STEP_IDS[furthest + 1] ?? 'complete' };
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const union = new Set([...a, ...b]);
  if (union.size === 0) return 1;
  return a.filter((x) => b.includes(x)).length / union.size;
}

export interface MessageResult {
  item: MessageItem;
  analysis: Analysis;
}

export function readMessages(items: readonly MessageItem[]): MessageResult[] {
  return items.map((item) => ({ item, analysis: analyzeTicket(ticket([{ author: 'customer', text: item.text }])) }));
}

export function evaluate(corpus: Corpus, lang: Lang): Figures {
  const messages = readMessages(corpus.messages.filter((m) => m.lang === lang));
  const real = messages.filter((m) => m.item.origin === 'real');
  const confusion = [0, 1, 2, 3].map(() => [0, 0, 0, 0, 0]);
  for (const { item, analysis } of messages) {
    const row = confusion[item.heat];
    if (row) row[analysis.heat.level ?? 4]! += 1;
  }
  const exact = (list: MessageResult[]) => share(list.filter((m) => m.analysis.heat.level === m.item.heat).length, list.length);
  const wants = tally(WANT_IDS, messages.map((m) => ({ truth: m.item.wants, found: m.analysis.wants })));
  const labelledWords = messages.flatMap((m) => m.item.theirWords.map((w) => wordFound(w, m.analysis.theirWords)));

  const threads = corpus.threads.filter((t) => t.lang === lang);
  const threadResults = threads.map((thread) => {
    const found = analyzeTicket(ticket(thread.messages.map((m) => ({ author: m.author, text: m.text }))));
    return { truth: labelledProgress(thread), found };
  });
  const drafts = corpus.drafts.filter((d) => d.lang === lang);
  const draftResults = drafts.map((d) => ({ d, found: [...new Set(checkDraft(d.text).findings.map((f) => f.kind))] }));
  const clean = draftResults.filter((r) => r.d.kinds.length === 0);
  const draftKinds = tally(DRAFT_FINDING_KINDS, draftResults.map((r) => ({ truth: r.d.kinds, found: r.found })));
  const draftLabels = draftKinds.reduce((s, c) => s + c.n, 0);

  return {
    messages: messages.length,
    realMessages: real.length,
    heatExact: exact(messages),
    heatExactReal: exact(real),
    heatWithinOne: share(messages.filter((m) => m.analysis.heat.level !== null && Math.abs(m.analysis.heat.level - m.item.heat) <= 1).length, messages.length),
    confusion,
    heatLevels: tally(['0', '1', '2', '3'], messages.map((m) => ({ truth: [String(m.item.heat)], found: [String(m.analysis.heat.level)] }))),
    wantsF1: microF1(wants),
    wants,
    theirWordsRecall: share(labelledWords.filter(Boolean).length, labelledWords.length),
    theirWordsLabelled: labelledWords.length,
    threads: threads.length,
    currentStep: share(threadResults.filter((r) => r.found.current === r.truth.current).length, threadResults.length),
    stepsJaccard: threadResults.length === 0 ? 1 : threadResults.reduce((s, r) => s + jaccard(r.truth.done, r.found.done), 0) / threadResults.length,
    steps: tally(DEFAULT_STEP_IDS, threadResults.map((r) => ({ truth: r.truth.done, found: r.found.done }))),
    drafts: drafts.length,
    draftRecall: share(draftKinds.reduce((s, c) => s + c.tp, 0), draftLabels),
    draftLabels,
    falseAlarms: clean.length === 0 ? 0 : clean.filter((r) => r.found.length > 0).length / clean.length,
    cleanDrafts: clean.length,
    draftKinds,
  };
}
