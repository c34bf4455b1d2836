import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDraft, MAX_FINDINGS } from './draft.ts';
import { DRAFT_FINDING_KINDS } from './types.ts';

/** Everything a finding must satisfy, whatever the text. */
function expectWellFormed(text: string): void {
  const { findings } = checkDraft(text);
  expect(findings.length).toBeLessThanOrEqual(MAX_FINDINGS);
  let lastEnd = 0;
  for (const f of findings) {
    expect(DRAFT_FINDING_KINDS).toContain(f.kind);
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(lastEnd);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(typeof f.rewrite).toBe('string');
    lastEnd = f.end;
  }
}

// Fragments that trigger rules, mixed with text a hostile page could put in a draft.
const trigger = fc.constantFrom(
  'sorry, but ', 'you should have ', 'the company ', 'as I said ', 'calm down', "it's only a ", 'they won’t let me ', 'per my last email',
  'I apologize if you feel ', 'the billing department', "that's not our fault", ' ', ',', '.', '\n',
  'because you had ', 'works for me', 'Sorry.', 'simply ', 'they will contact ', 'with respect to ', 'other customers ', 'no, you didn’t',
  'lo siento, pero ', 'no es posible ', 'debe usted ', 'la empresa ', 'cálmese', 'como ya le dije', 'ñ', 'á',
);
const hostile = fc.constantFrom(
  '👩🏽‍💻', '🇪🇸', '\u202e', '\u200f', 'مرحبا بك', 'שלום', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&amp;', '\u0000', '\u0007',
  '\ud800', '\udfff', '\r\n', '\t', 'ǅ', 'İ', 'ß', '’', '{{cursor}}',
);

describe('checkDraft on hostile text', () => {
  it('never throws and always returns well-formed findings (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(trigger, hostile, fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 60 }), (parts) => {
        expectWellFormed(parts.join(''));
      }),
      { numRuns: 400 },
    );
  });

  it('survives a 5 MB draft with a bounded answer', () => {
    const chunk = 'Sorry, but as I said the company 👩🏽‍💻 \u202e<b>x</b> you should have read it. ';
    const text = chunk.repeat(Math.ceil(5_000_000 / chunk.length));
    expect(text.length).toBeGreaterThanOrEqual(5_000_000);
    expectWellFormed(text);
    expect(checkDraft(text).findings).toHaveLength(MAX_FINDINGS);
  });

  it('survives 5 MB of one repeated character', () => {
    expectWellFormed('a'.repeat(5_000_000));
    expectWellFormed(' '.repeat(5_000_000));
    expectWellFormed('sorry '.repeat(800_000));
  });
});
