/**
 * The recovery engine's speed: analyzeTicket on threads of 10, 100 and 1,000 messages
 * (cost must grow linearly), checkDraft on a 2,000-word draft, and the size of the
 * analysis code the side panel ships.
 */
import { it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { build } from 'vite';
import { analyzeTicket, checkDraft } from '../../src/analysis/index.ts';
import { customers } from '../../src/analysis/corpus/customers.ts';
import { replies } from '../../src/analysis/corpus/replies.ts';
import { drafts } from '../../src/analysis/corpus/drafts.ts';
import type { Message, Ticket } from '../../src/ticket.ts';
import { medianMs, record } from './report.ts';

// Worst case: agent replies that do no recovery step, so progress is scanned to the end.
const neutralReplies = replies.filter((r) => r.steps.length === 0).map((r) => r.text);
const NEUTRAL = neutralReplies.length > 0 ? neutralReplies : ['Thanks, I have passed this to the team.'];

/** A thread alternating corpus customer messages and step-less agent replies, oldest first. */
function thread(size: number): Ticket {
  const messages: Message[] = [];
  for (let i = 0; i < size; i++) {
    messages.push(
      i % 2 === 0
        ? { author: 'customer', text: customers[i % customers.length]!.text }
        : { author: 'agent', text: NEUTRAL[i % NEUTRAL.length]! },
    );
  }
  return { helpdesk: 'bench', id: String(size), url: 'https://bench.example/t', subject: 'Bench', customer: { name: 'Ana Perez' }, messages };
}

it('records analyzeTicket and checkDraft timings', () => {
  const perMessage: number[] = [];
  for (const size of [10, 100, 1_000]) {
    const ticket = thread(size);
    const ms = medianMs(() => analyzeTicket(ticket), size >= 1_000 ? 15 : 25);
    perMessage.push(ms / size);
    record({ group: 'engine', name: `analyzeTicket, ${size} messages (median)`, value: ms, unit: 'ms', ...(size === 1_000 ? { target: 20 } : {}) });
  }
  // Linear growth: per-message cost at 1,000 stays within 3x of the cost at 100.
  record({ group: 'engine', name: 'analyzeTicket cost per message, 1,000 vs 100', value: perMessage[2]! / perMessage[1]!, unit: 'x', target: 3 });

  const words: string[] = [];
  for (let i = 0; words.length < 2_000; i++) words.push(...drafts[i % drafts.length]!.text.split(/\s+/));
  const draft = words.slice(0, 2_000).join(' ');
  record({ group: 'engine', name: 'checkDraft, 2,000-word draft (median)', value: medianMs(() => checkDraft(draft)), unit: 'ms', target: 2 });
});

it('records the analysis bundle size', async () => {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    // Library mode keeps whitespace in ES output; the panel's own build strips it, so force the same minification.
    build: { write: false, minify: true, rolldownOptions: { output: { minify: true } }, lib: { entry: resolve(import.meta.dirname, '../../src/analysis/index.ts'), formats: ['es'] } },
  });
  const chunks = (Array.isArray(output) ? output[0] : output) as { output: { code?: string }[] };
  const bytes = chunks.output.reduce((sum, chunk) => sum + (chunk.code ? gzipSync(chunk.code).length : 0), 0);
  // Issue 11's budget: the side panel's analysis code, lexicons and heat weights included.
  record({ group: 'size', name: 'analysis engine with heat weights (gzip, in the side panel)', value: bytes / 1024, unit: 'KB', target: 60, gate: true });
});
