import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../template.ts';
import { importZendeskMacros } from './zendesk.ts';

const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../e2e/fixtures/imports/zendesk-macros.json'), 'utf8'));

describe('Zendesk macros import', () => {
  it('turns reply macros into phrases with our placeholders, and lists what it left out', () => {
    const result = importZendeskMacros(fixture);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.library.phrases.map((p) => p.title)).toEqual(['Apologies › Late delivery', 'Refunds › Full refund issued', 'What would make this right?']);
    const [late, refund, fair] = result.library.phrases;
    expect(late?.text).toBe("Hi {{customer.first_name}},\n\nI'm really sorry your parcel is so late – waiting without news is no fun. I've asked the courier for an update and I'll write again by tomorrow.\n\n{{agent.name}}");
    expect(refund?.text).toContain('Dear {{customer.name}},');
    expect(refund?.text).toContain('{{agent.name}}\n{{company}}');
    expect(fair?.text).toMatch(/^\{\{customer\.first_name\|Hello\}\}, what would feel fair/);
    expect(result.skipped.map((s) => [s.title, s.code])).toEqual([
      ['Escalate to tier 2', 'no_reply_text'],
      ['Internal: chargeback warning', 'internal_note'],
      ['Old: holiday closure', 'inactive'],
    ]);
  });

  it('guesses each reply’s step from what it says', () => {
    const result = importZendeskMacros(fixture);
    if (!result.ok) throw new Error('import failed');
    expect(result.library.phrases.map((p) => p.step)).toEqual(['act', 'act', 'ask']);
  });

  it('gives ids from the macro ids, so importing twice replaces instead of doubling', () => {
    const a = importZendeskMacros(fixture);
    const b = importZendeskMacros(fixture);
    if (!a.ok || !b.ok) throw new Error('import failed');
    expect(a.library.phrases.map((p) => p.id)).toEqual(['zendesk.360012345601', 'zendesk.360012345602', 'zendesk.360012345603']);
    expect(b.library.phrases.map((p) => p.id)).toEqual(a.library.phrases.map((p) => p.id));
  });

  it('fills an imported phrase for a real customer with no raw placeholder left', () => {
    const result = importZendeskMacros(fixture);
    if (!result.ok) throw new Error('import failed');
    const filled = fillTemplate(result.library.phrases[1]!.text, { customer: { name: 'Dana Ortiz' }, agentName: 'Sam', company: 'Acme' });
    expect(filled.text).toContain('Dear Dana Ortiz,');
    expect(filled.text).toMatch(/Sam\nAcme$/);
  });

  it('refuses the whole file when one macro uses a placeholder we cannot fill, naming macro and field', () => {
    const broken = structuredClone(fixture);
    broken.macros[1].actions[0].value = 'Hi {{ticket.organization.custom_fields.tier}}, refunded.';
    const result = importZendeskMacros(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { entry: 1, title: 'Refunds › Full refund issued', field: 'comment_value', code: 'unknown_placeholder', detail: '{{ticket.organization.custom_fields.tier}}' },
    ]);
  });

  it('names a macro with no title or a malformed comment', () => {
    const result = importZendeskMacros({ macros: [{ id: 1, actions: [] }, { id: 2, title: 'X', actions: [{ field: 'comment_value', value: 42 }] }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { entry: 0, field: 'title', code: 'missing' },
      { entry: 1, title: 'X', field: 'comment_value', code: 'invalid', detail: '42' },
    ]);
  });

  it('says so when no macro holds a reply', () => {
    const result = importZendeskMacros({ macros: [fixture.macros[3]] });
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'nothing_to_import' }] });
  });

  it('accepts the single-macro shape', () => {
    const result = importZendeskMacros({ macro: fixture.macros[2] });
    expect(result.ok && result.library.phrases.length).toBe(1);
  });
});
