import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishRules } from './draft.ts';
import { spanishRules } from './draft-es.ts';
import { runRules } from './draft-engine.ts';
import { drafts } from './corpus/drafts.ts';
import { customers } from './corpus/customers.ts';
import { replies } from './corpus/replies.ts';

// The word index tries a rule only where its pattern can start a match (read off the
// pattern's source). Whatever it reads wrong would drop findings without a sound: every
// result must equal what a scan of the whole text by every rule finds.
const same = (text: string) => {
  for (const rules of [englishRules, spanishRules]) expect(runRules(rules, text)).toEqual(runRules(rules, text, true));
};

const texts = [...drafts, ...customers, ...replies].map((item) => item.text);

describe('the draft checker finds what a whole-text scan finds', () => {
  it('on every text of the corpus, as written, in capitals and with its apostrophes and quotes changed', () => {
    for (const text of texts) {
      same(text);
      same(text.toUpperCase());
      same(text.replace(/'/g, '’').replace(/ (\w)/g, " '$1"));
    }
  });

  it('on drafts pieced together from the corpus, glued and cut anywhere', () => {
    const piece = fc.record({ text: fc.constantFrom(...texts), from: fc.nat(), length: fc.nat({ max: 160 }) }).map(({ text, from, length }) => {
      const start = from % Math.max(1, text.length);
      return text.slice(start, start + length);
    });
    const glue = fc.constantFrom('', ' ', "'", '"', '-', '&', 'é', '\n', '. ', ', ', '(', ')', '’');
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, glue), { maxLength: 12 }), (parts) => same(parts.map(([p, g]) => p + g).join(''))),
      { numRuns: 400 },
    );
  });
});
