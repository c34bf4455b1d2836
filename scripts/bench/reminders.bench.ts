/**
 * Reminders with 10,000 stored: time to list the due ones and to schedule one more
 * (fake-indexeddb under Node, so slower than a browser's IndexedDB, not faster), and
 * the size the records take (their structured JSON, which is what IndexedDB stores).
 */
import 'fake-indexeddb/auto';
import { it } from 'vitest';
import { createReminder, type Reminder } from '../../src/reminders/model.ts';
import { openOliveDb } from '../../extension/storage/db.ts';
import { listAll, listDueBefore, putReminder } from '../../extension/storage/reminders-store.ts';
import { record } from './report.ts';

const COUNT = 10_000;

async function medianAsync(fn: () => Promise<unknown>, runs = 25, warmup = 5): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

it('lists due reminders and schedules one more among 10,000', async () => {
  const db = await openOliveDb({ name: `bench-${Date.now()}` });
  const now = Date.parse('2026-11-23T12:00:00Z');
  const statuses: Reminder['status'][] = ['done', 'done', 'done', 'scheduled', 'scheduled', 'scheduled', 'snoozed', 'due'];
  const all: Reminder[] = [];
  for (let i = 0; i < COUNT; i++) {
    // Spread over a year around now: about 1 in 70 waiting reminders is overdue.
    const due = new Date(now + (i % 365) * 86_400_000 - 5 * 86_400_000).toISOString();
    const r = createReminder(
      {
        ticket: { key: `https://desk.example.com#${i}`, url: `https://desk.example.com/tickets/${i}`, subject: `Order ${i} arrived damaged`, customerName: `Customer ${i}` },
        dueAt: due,
        note: 'Check the replacement arrived and offer the discount we agreed.',
        phrase: 'Hi there, I wanted to check back on your order and make sure everything is right now.',
      },
      `bench-${i}`,
      new Date(now - 86_400_000),
    );
    all.push({ ...r, status: statuses[i % statuses.length]! });
  }
  const tx = db.transaction('reminders', 'readwrite');
  await Promise.all(all.map((r) => tx.store.put(r)));
  await tx.done;

  let due = 0;
  const list = await medianAsync(async () => {
    due = (await listDueBefore(db, new Date(now))).length;
  });
  // The reminders view reads (and checks) every record: no target, but worth watching.
  const view = await medianAsync(() => listAll(db), 5, 1);
  let n = 0;
  const schedule = await medianAsync(() =>
    putReminder(db, createReminder({ ticket: { key: 'https://desk.example.com#new', url: 'https://desk.example.com/tickets/new', subject: 'New' }, dueAt: new Date(now + 3_600_000).toISOString() }, `new-${n++}`, new Date(now))),
  );
  const bytes = new TextEncoder().encode(JSON.stringify(all)).length;
  record(
    { group: 'reminders', name: `list due of 10,000 (${due} due, fake-indexeddb)`, value: list, unit: 'ms', target: 20 },
    { group: 'reminders', name: 'schedule one more among 10,000', value: schedule, unit: 'ms', target: 5 },
    { group: 'reminders', name: 'reminders view: read and check all 10,000', value: view, unit: 'ms' },
    { group: 'reminders', name: '10,000 reminders, record size (JSON)', value: bytes / 1024 / 1024, unit: 'MB' },
  );
  db.close();
});
