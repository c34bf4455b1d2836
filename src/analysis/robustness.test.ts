import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeTicket, MAX_REASONS, MAX_THEIR_WORDS } from './index.ts';
import { WANT_IDS, type Analysis } from './types.ts';
import { playbooks } from '../playbooks/index.ts';
import type { Author, Message, Ticket } from '../ticket.ts';

/** What every Analysis must satisfy, whatever the input: small, well-formed, and drawn from the playbook. */
function expectBounded(a: Analysis, stepIds: readonly string[]): void {
  expect([0, 1, 2, 3, null]).toContain(a.heat.level);
  expect(a.heat.reasons.length).toBeLessThanOrEqual(MAX_REASONS);
  for (const r of a.heat.reasons) {
    expect(typeof r.code).toBe('string');
    expect(r.evidence.length).toBeLessThanOrEqual(120);
    expect(r.evidence).not.toMatch(/[\ud800-\udbff]$/); // never a pair cut in half
  }
  expect(a.theirWords.length).toBeLessThanOrEqual(MAX_THEIR_WORDS);
  for (const w of a.theirWords) expect(w.length).toBeLessThanOrEqual(40);
  expect(new Set(a.wants).size).toBe(a.wants.length);
  for (const w of a.wants) expect(WANT_IDS).toContain(w);
  for (const s of [...a.done, ...a.skipped]) expect(stepIds).toContain(s);
  expect([...stepIds, 'complete']).toContain(a.current);
}

const ticketOf = (messages: Message[]): Ticket => ({ helpdesk: 'test', id: '1', url: 'https://help.example/t/1', subject: 's', customer: {}, messages });

// Text that tends to break naive code: emoji and joiners, right-to-left scripts and marks,
// markup, control characters and lone surrogates, mixed with real anger cues.
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('\ud83d', '\ude00', '\udfff', '\u202e', '\u200f', '\u0000', '\u0007', '\u001b', '\r', '\n', '>', '!', '?', '*', 'é'), maxLength: 200 }),
  fc.array(
    fc.constantFrom(
      'I want a refund!!!', 'THIS IS A SCAM', 'f***', 'sh!t', '<script>alert(1)</script>', '<b>sorry</b>', '&amp;', '😡🤬',
      '👨‍👩‍👧', 'مرحبا، أين طلبي؟', 'שלום', '\u202eevil', 'On Mon, 1 Jan 2024 Bob wrote:', '> quoted', "I'm sorry, but",
      'not happy', 'again', 'cancel my account', '\ud800', 'why?', ' ', '\n',
    ),
    { maxLength: 40 },
  ).map((parts) => parts.join(' ')),
);
const author = fc.constantFrom<Author>('customer', 'agent', 'note');

describe('robustness', () => {
  it('never throws and stays bounded on hostile text, for every playbook', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ author, text: nasty }), { maxLength: 12 }), fc.constantFrom(...playbooks), (messages, playbook) => {
        expectBounded(analyzeTicket(ticketOf(messages), playbook), playbook.steps.map((s) => s.id));
      }),
      { numRuns: 300 },
    );
  });

  it('survives tickets that break the contract (missing fields, wrong types)', () => {
    const broken = [
      null,
      {},
      { messages: null },
      { messages: [null, 7, { author: 'customer' }, { author: 'customer', text: 42 }, { author: 'agent', text: { toString: () => 'x' } }] },
    ] as unknown as Ticket[];
    for (const t of broken) expectBounded(analyzeTicket(t), playbooks[0]!.steps.map((s) => s.id));
    expect(analyzeTicket(ticketOf([]), { id: 'x', name: 'x', steps: [] }).current).toBe('complete');
  });

  it('reads a 5 MB message quickly and still finds the complaint at its top', () => {
    const text = `This is RIDICULOUS!!! I want my money back.\n${'log line 0042 ok\n'.repeat(300_000)}`;
    expect(text.length).toBeGreaterThan(5_000_000);
    const started = performance.now();
    const a = analyzeTicket(ticketOf([{ author: 'customer', text }, { author: 'agent', text }]));
    const elapsed = performance.now() - started;
    expectBounded(a, playbooks[0]!.steps.map((s) => s.id));
    expect(a.heat.level).toBeGreaterThanOrEqual(2);
    expect(a.wants).toContain('refund');
    expect(elapsed).toBeLessThan(500);
  });

  it('handles a 10,000-message thread quickly', () => {
    const messages: Message[] = [];
    for (let i = 0; i < 10_000; i++) {
      messages.push(
        i % 2 === 0
          ? { author: 'customer', text: `Message ${i}: still waiting for my order, this is frustrating!! Why is it late?` }
          : { author: i % 10 === 1 ? 'note' : 'agent', text: `Thanks ${i}, we are looking into it. The warehouse says it ships soon.` },
      );
    }
    const started = performance.now();
    const a = analyzeTicket(ticketOf(messages));
    const elapsed = performance.now() - started;
    expectBounded(a, playbooks[0]!.steps.map((s) => s.id));
    expect(a.theirWords).toEqual(['frustrating']);
    expect(a.current).toBe('listen');
    expect(elapsed).toBeLessThan(1_000);
  });
});
