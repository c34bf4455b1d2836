import { describe, expect, it } from 'vitest';
import { createReminder } from './model.ts';
import { parseImport, toJson } from './transfer.ts';

const now = new Date('2026-11-23T12:00:00Z');
const good = (id: string) => createReminder({ ticket: { key: 'https://desk.test#1', url: 'https://desk.test/t/1', subject: 'Refund' }, dueAt: '2026-11-24T09:00:00Z' }, id, now);

describe('JSON import and export', () => {
  it('reads back exactly what it exported', () => {
    const list = [good('a'), { ...good('b'), status: 'done' as const, doneAt: '2026-11-23T13:00:00.000Z' }];
    expect(parseImport(toJson(list, now))).toEqual({ ok: true, reminders: list });
  });

  it('rejects a file that is not JSON, naming the file as the problem', () => {
    const result = parseImport('{"reminders": [');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject({ index: -1, reason: expect.stringMatching(/^not JSON/) });
  });

  it('rejects a file from something else', () => {
    expect(parseImport(JSON.stringify({ format: 'other-app', reminders: [] }))).toMatchObject({ ok: false, problems: [{ index: -1 }] });
    expect(parseImport(JSON.stringify({ hello: 1 }))).toMatchObject({ ok: false, problems: [{ index: -1, reason: 'no "reminders" list' }] });
  });

  it('names each bad entry by position and id, and says which field is wrong', () => {
    const file = JSON.stringify({
      reminders: [good('a'), { ...good('b'), dueAt: 'next week-ish' }, { ...good('c'), status: 'maybe' }, { ...good('d'), ticketUrl: 'javascript:alert(1)' }, 7],
    });
    const result = parseImport(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.index, p.id])).toEqual([[1, 'b'], [2, 'c'], [3, 'd'], [4, undefined]]);
    expect(result.problems[0]!.reason).toMatch(/^dueAt: /);
    expect(result.problems[1]!.reason).toMatch(/^status: /);
    expect(result.problems[2]!.reason).toMatch(/^ticketUrl: /);
  });

  it('refuses the same id twice in one file', () => {
    expect(parseImport(JSON.stringify([good('a'), good('a')]))).toMatchObject({ ok: false, problems: [{ index: 1, id: 'a' }] });
  });
});
