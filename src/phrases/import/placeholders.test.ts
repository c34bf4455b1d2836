import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../template.ts';
import { mapPlaceholders } from './placeholders.ts';

describe('foreign placeholders', () => {
  it('turns Zendesk requester and agent placeholders into ours, spaces and all', () => {
    const { text, unknown } = mapPlaceholders('Hi {{ ticket.requester.first_name }}, I am {{current_user.name}} from {{ticket.brand.name}}. Ref {{ticket.id}}: {{ticket.title}}');
    expect(text).toBe('Hi {{customer.first_name}}, I am {{agent.name}} from {{company}}. Ref {{ticket.id}}: {{ticket.subject}}');
    expect(unknown).toEqual([]);
  });

  it('keeps a Liquid default as our fallback and drops formatting filters', () => {
    expect(mapPlaceholders(`Hi {{ticket.requester.first_name | default: 'there'}} {{ticket.requester.name | capitalize}}`).text).toBe(
      'Hi {{customer.first_name|there}} {{customer.name}}',
    );
  });

  it('reads Help Scout variables with their fallback', () => {
    const { text } = mapPlaceholders('Hey {%customer.firstName,fallback=friend%}, {%user.firstName%} here about #{%conversation.number%}.');
    expect(text).toBe('Hey {{customer.first_name|friend}}, {{agent.name}} here about #{{ticket.id}}.');
    expect(fillTemplate(text, { agentName: 'Ana', ticket: { id: '42' } }).text).toBe('Hey friend, Ana here about #42.');
  });

  it('reads Freshdesk requester and helpdesk names', () => {
    expect(mapPlaceholders('Dear {{ticket.requester.name}}, thanks for contacting {{helpdesk_name}}.').text).toBe(
      'Dear {{customer.name}}, thanks for contacting {{company}}.',
    );
  });

  it('leaves our own placeholders and fallbacks as they are', () => {
    const ours = 'Hi {{customer.first_name|there}}, {{cursor}} {{their_word}}';
    expect(mapPlaceholders(ours)).toEqual({ text: ours, unknown: [] });
  });

  it('reports placeholders and template logic it cannot fill', () => {
    const { unknown } = mapPlaceholders('{% if ticket.requester.first_name %}Hi{% endif %} {{ticket.organization.custom_fields.tier}}');
    expect(unknown).toContain('{{ticket.organization.custom_fields.tier}}');
    expect(unknown).toContain('{% if ticket.requester.first_name %}');
  });
});
