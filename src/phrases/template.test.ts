import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../ticket.ts';
import { contextFor, fillTemplate, placeholderNames, validateTemplate, wordForPhrases, type TemplateContext } from './template.ts';

const dana: TemplateContext = {
  customer: { firstName: 'Dana', name: 'Dana Whitlock' },
  theirWord: 'ridiculous',
  agentName: 'Sam',
  company: 'Acme Prints',
  ticket: { id: '4821', subject: 'Wrong name tags' },
};

describe('fillTemplate', () => {
  it('fills every placeholder from the context', () => {
    const { text } = fillTemplate(
      'Hi {{customer.first_name}} ({{customer.name}}), sorry it was so {{their_word}}. {{agent.name}} at {{company}}, ticket {{ticket.id}}: {{ticket.subject}}',
      dana,
    );
    expect(text).toBe('Hi Dana (Dana Whitlock), sorry it was so ridiculous. Sam at Acme Prints, ticket 4821: Wrong name tags');
  });

  it('tolerates spaces inside the braces and any letter case', () => {
    expect(fillTemplate('Hi {{ customer.first_name | there }}!', dana).text).toBe('Hi Dana!');
    expect(fillTemplate('Hi {{ Customer.First_Name }}!', dana).text).toBe('Hi Dana!');
  });

  it('uses the written fallback when a value is missing or blank', () => {
    expect(fillTemplate('Hi {{customer.first_name|friend}},', {}).text).toBe('Hi friend,');
    expect(fillTemplate('Hi {{customer.first_name|friend}},', { customer: { firstName: '   ' } }).text).toBe('Hi friend,');
  });

  it('uses a sensible built-in fallback when none is written', () => {
    expect(fillTemplate('Hi {{customer.first_name}},', {}).text).toBe('Hi there,');
    expect(fillTemplate("I'm sorry it was so {{their_word}}.", {}).text).toBe("I'm sorry it was so frustrating.");
    expect(fillTemplate('Thanks for choosing {{company}}.', {}).text).toBe('Thanks for choosing our team.');
    expect(fillTemplate('About {{ticket.subject}}.', {}).text).toBe('About your request.');
  });

  it('drops a missing agent name cleanly, without leaving gaps or stray commas', () => {
    expect(fillTemplate('Thanks, {{agent.name}}', {}).text).toBe('Thanks,');
    expect(fillTemplate('Best wishes,\n{{agent.name}}', {}).text).toBe('Best wishes,\n');
    expect(fillTemplate("I'm sorry, {{customer.first_name|}}. We let you down.", {}).text).toBe("I'm sorry. We let you down.");
    expect(fillTemplate('Sent by {{agent.name}} from {{company}}', { company: 'Acme' }).text).not.toMatch(/ {2}/);
  });

  it('removes unknown placeholders, or uses their fallback, and never shows raw braces', () => {
    expect(fillTemplate('Hello {{order.total}}!', dana).text).toBe('Hello!');
    expect(fillTemplate('Hello {{order.total|friend}}!', dana).text).toBe('Hello friend!');
    expect(fillTemplate('Broken {{customer.first_name and more', dana).text).toBe('Broken customer.first_name and more');
    expect(fillTemplate('{{{customer.first_name}}}', dana).text).toBe('Dana');
    expect(fillTemplate('a {{{agent.name}}{ b', {}).text).not.toMatch(/\{\{/);
  });

  it('removes {{cursor}} and returns where it stood', () => {
    const result = fillTemplate("Hi {{customer.first_name}}, I've already {{cursor}}. Talk soon.", dana);
    expect(result.text).toBe("Hi Dana, I've already . Talk soon.");
    expect(result.cursor).toBe("Hi Dana, I've already ".length);
    expect(fillTemplate('No caret here.', dana).cursor).toBeUndefined();
  });

  it('keeps the caret inside the text when a dropped value next to it closes a gap', () => {
    const result = fillTemplate('Done {{cursor}} {{agent.name}}.', {});
    expect(result.text).toBe('Done.');
    expect(result.cursor).toBe(4);
  });

  it('inserts values as plain text, never as markup or more placeholders', () => {
    const hostile: TemplateContext = { customer: { firstName: '<img src=x onerror=alert(1)>' }, company: '{{agent.name}}' };
    const { text } = fillTemplate('Hi {{customer.first_name}} from {{company}}', { ...hostile, agentName: 'Sam' });
    expect(text).toBe('Hi <img src=x onerror=alert(1)> from {{agent.name}}');
  });

  it('keeps a value on one line', () => {
    expect(fillTemplate('Hi {{customer.first_name}}!', { customer: { firstName: 'Ana\n\u0007Maria' } }).text).toBe('Hi Ana Maria!');
  });

  it('never leaves a raw placeholder, whatever the template and context (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom(...placeholderNames.map((n) => `{{${n}}}`), '{{ customer.first_name | friend }}', '{{nope}}', '{{', '}}', '{', '}', '|', ' ', ', ', '.', '\n'),
      fc.string({ maxLength: 6 }),
    );
    const value = fc.option(fc.string({ maxLength: 12 }).filter((s) => !s.includes('{') && !s.includes('}')), { nil: undefined });
    const context = fc.record({
      customer: fc.record({ firstName: value, name: value }),
      theirWord: value,
      agentName: value,
      company: value,
      ticket: fc.record({ id: value, subject: value }),
    });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), context, (pieces, ctx) => {
        const { text, cursor } = fillTemplate(pieces.join(''), ctx);
        expect(text).not.toMatch(/\{\{|\}\}/);
        if (cursor !== undefined) {
          expect(cursor).toBeGreaterThanOrEqual(0);
          expect(cursor).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('fillTemplate and validateTemplate on hostile text', () => {
  it('never throw, whatever the template (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (template) => {
        const { text, cursor } = fillTemplate(template, dana);
        expect(typeof text).toBe('string');
        expect(cursor === undefined || (cursor >= 0 && cursor <= text.length)).toBe(true);
        expect(Array.isArray(validateTemplate(template))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('copes with a 5 MB template full of placeholders, RTL marks and markup', () => {
    const chunk = '\u202eHi {{customer.first_name}} <b>{{their_word}}</b> 👩🏽‍💻 {{nope}} {{ ';
    const template = chunk.repeat(Math.ceil(5_000_000 / chunk.length));
    const { text } = fillTemplate(template, dana);
    expect(text).toContain('Hi Dana <b>ridiculous</b>');
    expect(text).not.toMatch(/\{\{/);
    expect(validateTemplate(template).length).toBeGreaterThan(0);
  });
});

describe('validateTemplate', () => {
  it('accepts a template using only known placeholders', () => {
    expect(validateTemplate('Hi {{customer.first_name|there}}, {{cursor}}')).toEqual([]);
  });

  it('reports an empty template', () => {
    expect(validateTemplate('   ')).toEqual([{ code: 'empty', detail: '' }]);
  });

  it('names an unknown placeholder', () => {
    expect(validateTemplate('Hi {{customer.firstname}}')).toEqual([{ code: 'unknown_placeholder', detail: 'customer.firstname' }]);
  });

  it('reports an unclosed or stray brace pair with the text around it', () => {
    expect(validateTemplate('Hi {{customer.first_name, thanks')).toEqual([{ code: 'unclosed', detail: '{{customer.first_name, t' }]);
    expect(validateTemplate('Hi customer.first_name}} thanks')[0]?.code).toBe('unclosed');
  });

  it('lists the placeholders the UI should offer', () => {
    expect(placeholderNames).toEqual(
      expect.arrayContaining(['customer.first_name', 'customer.name', 'their_word', 'agent.name', 'company', 'ticket.id', 'ticket.subject', 'cursor']),
    );
  });
});

describe('contextFor', () => {
  const ticket: Ticket = {
    helpdesk: 'demo',
    id: '77',
    url: 'https://help.example.test/tickets/77',
    subject: '  Late delivery  ',
    customer: { name: 'Mr. Arthur Jones', email: 'arthur@example.test' },
    messages: [],
  };

  it('gathers the customer, their word, the agent and the ticket', () => {
    expect(contextFor(ticket, { theirWords: ['ridiculous', 'slow'] }, { agentName: 'Sam', company: 'Acme' })).toEqual({
      customer: { firstName: 'Arthur', name: 'Mr. Arthur Jones' },
      theirWord: 'ridiculous',
      agentName: 'Sam',
      company: 'Acme',
      ticket: { id: '77', subject: 'Late delivery' },
    });
  });

  it('prefers a first name the helpdesk gave and leaves blanks to the fallbacks', () => {
    const ctx = contextFor({ ...ticket, customer: { firstName: 'Art' } }, { theirWords: [] }, { agentName: ' ' });
    expect(ctx.customer?.firstName).toBe('Art');
    expect(fillTemplate('Hi {{customer.first_name}}, so {{their_word}}. {{agent.name}}', ctx).text).toBe('Hi Art, so frustrating.');
  });
});

describe('their word in a sentence', () => {
  it('takes the first of their words that reads after "so", not a verdict phrase or a noun', () => {
    expect(wordForPhrases(['extremely poor customer service', 'fraud', 'unacceptable', 'slow'])).toBe('unacceptable');
    expect(wordForPhrases(['una vergüenza', 'pésimo'])).toBe('pésimo');
    expect(wordForPhrases(['a scam', 'fraud'])).toBeUndefined();
  });
});
