import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zammad } from './zammad.ts';

const fixtures = join(import.meta.dirname, '../../e2e/fixtures/helpdesks');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const saved = () => parse(readFileSync(join(fixtures, 'zammad.html'), 'utf8'));
const url = new URL('https://support.brewline.example/#ticket/zoom/4711');

describe('Zammad adapter', () => {
  it('recognises the dashboard by its route and reads no ticket there', () => {
    const doc = parse('<body><div id="app"><div class="dashboard"><h1>Dashboard</h1></div></div></body>');
    const dashboard = new URL('https://support.brewline.example/#dashboard');
    expect(zammad.matches(dashboard, doc)).toBe(true);
    expect(zammad.read(doc, dashboard)).toBeNull();
  });

  it('does not claim a page of another helpdesk', () => {
    const doc = parse(readFileSync(join(fixtures, 'osticket.html'), 'utf8'));
    expect(zammad.matches(new URL('https://support.acme.example/scp/tickets.php?id=1207'), doc)).toBe(false);
  });

  it('reads the ticket of the task on screen, not another open task', () => {
    const doc = saved();
    doc.querySelector('#content_permanent_Ticket-4711')!.classList.remove('active');
    doc.querySelector('#content_permanent_Ticket-4702')!.classList.add('active');
    const ticket = zammad.read(doc, new URL('https://support.brewline.example/#ticket/zoom/4702'))!;
    expect(ticket.subject).toBe('Invoice address');
    expect(ticket.status).toBe('new');
    expect(zammad.editor(doc)?.closest('#content_permanent_Ticket-4702')).not.toBeNull();
  });

  it('drops signatures Zammad marked, keeps the text before them', () => {
    const ticket = zammad.read(saved(), url)!;
    const texts = ticket.messages.map((m) => m.text).join('\n');
    expect(texts).not.toContain('Maier Architekten');
    expect(texts).not.toContain('Kind regards');
    expect(texts).toContain('water all over the counter');
  });

  it('takes the ticket id from the route when the number is not shown', () => {
    const doc = saved();
    for (const n of Array.from(doc.querySelectorAll('.ticket-number'))) n.remove();
    expect(zammad.read(doc, url)!.id).toBe('4711');
  });
});
