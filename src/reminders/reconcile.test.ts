import { describe, expect, it } from 'vitest';
import { createReminder, type Reminder } from './model.ts';
import { MAX_ALARMS, alarmName, overdue, planAlarms, planNotifications } from './reconcile.ts';

const now = Date.parse('2026-11-23T12:00:00Z');
let n = 0;
function reminder(dueAt: string, status: Reminder['status'] = 'scheduled'): Reminder {
  const r = createReminder({ ticket: { key: 'https://desk.test#1', url: 'https://desk.test/t/1', subject: 'Broken mug' }, dueAt }, `r${++n}`, new Date(now - 86_400_000));
  return { ...r, status };
}

describe('reconciling alarms with the store', () => {
  it('fires waiting reminders whose time passed, and nothing done or already due', () => {
    const late = reminder('2026-11-23T11:00:00Z');
    const snoozedLate = reminder('2026-11-23T11:30:00Z', 'snoozed');
    const list = [late, snoozedLate, reminder('2026-11-23T10:00:00Z', 'done'), reminder('2026-11-23T10:00:00Z', 'due'), reminder('2026-11-24T09:00:00Z')];
    expect(overdue(list, now).map((r) => r.id)).toEqual([late.id, snoozedLate.id]);
  });

  it('recreates a missing alarm, fixes one set for the wrong time and keeps a correct one', () => {
    const missing = reminder('2026-11-24T09:00:00Z');
    const wrong = reminder('2026-11-25T09:00:00Z');
    const right = reminder('2026-11-26T09:00:00Z');
    const plan = planAlarms(
      [missing, wrong, right],
      [
        { name: alarmName(wrong.id), scheduledTime: Date.parse('2026-11-25T10:00:00Z') },
        { name: alarmName(right.id), scheduledTime: Date.parse(right.dueAt) },
      ],
      now,
    );
    expect(plan.create).toEqual([
      { name: alarmName(missing.id), when: Date.parse(missing.dueAt) },
      { name: alarmName(wrong.id), when: Date.parse(wrong.dueAt) },
    ]);
    expect(plan.clear).toEqual([]);
  });

  it('clears alarms of reminders that are done, deleted or overdue, and leaves other alarms alone', () => {
    const done = reminder('2026-11-24T09:00:00Z', 'done');
    const late = reminder('2026-11-23T11:00:00Z');
    const plan = planAlarms(
      [done, late],
      [
        { name: alarmName(done.id), scheduledTime: 1 },
        { name: alarmName('gone'), scheduledTime: 1 },
        { name: alarmName(late.id), scheduledTime: Date.parse(late.dueAt) },
        { name: 'someone-elses-alarm', scheduledTime: 1 },
      ],
      now,
    );
    expect(plan.create).toEqual([]);
    expect(plan.clear.sort()).toEqual([alarmName(done.id), alarmName('gone'), alarmName(late.id)].sort());
  });

  it('shows one notification for one reminder and one summary for several', () => {
    const a = reminder('2026-11-23T11:00:00Z');
    const b = reminder('2026-11-23T10:00:00Z');
    expect(planNotifications([])).toEqual({ kind: 'none' });
    expect(planNotifications([a])).toEqual({ kind: 'single', reminder: a });
    expect(planNotifications([a, b])).toEqual({ kind: 'summary', reminders: [b, a] });
  });

  it("arms only the soonest reminders, within the browser's alarm limit", () => {
    const many = Array.from({ length: MAX_ALARMS + 50 }, (_, i) => reminder(new Date(now + (MAX_ALARMS + 50 - i) * 60_000).toISOString()));
    const plan = planAlarms(many, [], now);
    expect(plan.create).toHaveLength(MAX_ALARMS);
    const latestArmed = Math.max(...plan.create.map((c) => c.when));
    const unarmed = many.filter((r) => !plan.create.some((c) => c.name === alarmName(r.id)));
    expect(unarmed.every((r) => Date.parse(r.dueAt) > latestArmed)).toBe(true);
  });

  it('clears the alarm of a reminder pushed out of the soonest set', () => {
    const soon = Array.from({ length: MAX_ALARMS }, (_, i) => reminder(new Date(now + (i + 1) * 60_000).toISOString()));
    const later = reminder(new Date(now + 86_400_000).toISOString());
    const plan = planAlarms([...soon, later], [{ name: alarmName(later.id), scheduledTime: Date.parse(later.dueAt) }], now);
    expect(plan.clear).toEqual([alarmName(later.id)]);
  });
});
