import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zohodesk } from './zohodesk.ts';

const fixtures = join(import.meta.dirname, '../../e2e/fixtures/helpdesks');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const saved = () => parse(readFileSync(join(fixtures, 'zohodesk.html'), 'utf8'));
const url = new URL('https://desk.zoho.eu/agent/greenleaf/support/tickets/details/903000001170');

describe('Zoho Desk adapter', () => {
  it('runs on every Zoho data centre and lists each in its match patterns', () => {
    for (const host of ['desk.zoho.com', 'desk.zoho.com.au', 'desk.zoho.jp', 'desk.zoho.com.cn', 'desk.zohocloud.ca']) {
      expect(zohodesk.matches(new URL(`https://${host}/agent/x/y/tickets/details/1`), saved())).toBe(true);
      expect(zohodesk.hostPatterns).toContain(`https://${host}/*`);
    }
    expect(zohodesk.matches(new URL('https://desk.zoho.com.evil.example/agent/'), saved())).toBe(false);
  });

  it('reads no ticket on the ticket list', () => {
    const list = new URL('https://desk.zoho.eu/agent/greenleaf/support/tickets/list/all-tickets');
    expect(zohodesk.read(saved(), list)).toBeNull();
  });

  it('drops quoted mail and signatures Zoho marks', () => {
    const texts = zohodesk.read(saved(), url)!.messages.map((m) => m.text).join('\n');
    expect(texts).not.toContain('On 16 Sep 2025');
    expect(texts).not.toContain('| Greenleaf Support');
  });

  it('falls back to the record id from the URL when no number is shown', () => {
    const doc = saved();
    doc.querySelector('[data-id="ticketNumber"]')!.remove();
    expect(zohodesk.read(doc, url)!.id).toBe('903000001170');
  });

  it('leaves the name out for a contact known only by address', () => {
    const doc = saved();
    doc.querySelector('[data-id="contactName"]')!.remove();
    expect(zohodesk.read(doc, url)!.customer).toEqual({ email: 'rafael.ortega@example.com' });
  });
});
