import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jira } from './jira.ts';

const fixtures = join(import.meta.dirname, '../../e2e/fixtures/helpdesks');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const saved = () => parse(readFileSync(join(fixtures, 'jira.html'), 'utf8'));

describe('Jira Service Management adapter', () => {
  it('claims a /browse/ request by its Service Management panels', () => {
    const browse = new URL('https://brightpath.atlassian.net/browse/SUP-2841');
    expect(jira.matches(browse, saved())).toBe(true);
    expect(jira.read(saved(), browse)!.id).toBe('SUP-2841');
  });

  it('leaves a Jira Software issue alone', () => {
    const doc = parse(`<body><div id="jira-frontend"><h1 data-testid="issue.views.issue-base.foundation.summary.heading">Fix export</h1>
      <div data-testid="issue.views.field.rich-text.description"><p>Steps</p></div></div></body>`);
    expect(jira.matches(new URL('https://brightpath.atlassian.net/browse/APP-12'), doc)).toBe(false);
  });

  it('reads no ticket on a queue list', () => {
    const doc = parse('<body><div data-testid="servicedesk-queues-agent-view.layout.table.container"><table></table></div></body>');
    const queue = new URL('https://brightpath.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1');
    expect(jira.matches(queue, doc)).toBe(true);
    expect(jira.read(doc, queue)).toBeNull();
  });

  it('does not run on other Atlassian-looking hosts', () => {
    expect(jira.matches(new URL('https://brightpath.atlassian.net.evil.example/jira/servicedesk/x'), saved())).toBe(false);
  });

  it('treats comments by anyone but the reporter as agent replies, internal ones as notes', () => {
    const ticket = jira.read(saved(), new URL('https://brightpath.atlassian.net/browse/SUP-2841'))!;
    expect(ticket.messages.map((m) => [m.author, m.name])).toEqual([
      ['customer', 'Leah Whitaker'],
      ['agent', 'Omar Haddad'],
      ['note', 'Omar Haddad'],
      ['customer', 'Leah Whitaker'],
    ]);
  });

  it('finds the comment composer rather than the description editor', () => {
    const doc = saved();
    doc.querySelector('[data-testid="issue.views.field.rich-text.description"]')!.insertAdjacentHTML(
      'afterbegin',
      '<div class="ProseMirror" id="ak-editor-textarea" contenteditable="true" data-which="description"></div>',
    );
    expect(jira.editor(doc)?.closest('[data-testid="issue.activity.comment"]')).not.toBeNull();
  });
});
