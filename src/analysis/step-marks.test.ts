import { describe, expect, it } from 'vitest';
import { withStepMarks } from './step-marks.ts';
import { defaultPlaybook, getPlaybook } from '../playbooks/index.ts';
import type { Analysis } from './types.ts';

const base: Analysis = {
  heat: { level: 2, reasons: [] },
  heatTrail: [{ level: 2 }],
  theirWords: [],
  wants: [],
  done: ['listen'],
  skipped: [],
  current: 'acknowledge',
};

describe('step marks set by hand', () => {
  it('a step marked done moves the current step past it and marks the gap skipped', () => {
    const result = withStepMarks(base, defaultPlaybook, { apologize: 'done' });
    expect(result.done).toEqual(['listen', 'apologize']);
    expect(result.skipped).toEqual(['acknowledge']);
    expect(result.current).toBe('ask');
  });

  it('a step the engine counted but the agent marked undone is not done', () => {
    expect(withStepMarks(base, defaultPlaybook, { listen: 'undone' })).toMatchObject({ done: [], skipped: [], current: 'listen' });
  });

  it('marking the last step done completes the thread', () => {
    expect(withStepMarks(base, defaultPlaybook, { follow_up: 'done' }).current).toBe('complete');
  });

  it('ignores marks for steps another playbook has', () => {
    const last = getPlaybook('last');
    const result = withStepMarks({ ...base, done: [], current: last.steps[0]!.id }, last, { acknowledge: 'done' });
    expect(result.done).toEqual([]);
    expect(result.current).toBe(last.steps[0]!.id);
  });

  it('keeps heat, words and wants untouched', () => {
    const result = withStepMarks({ ...base, theirWords: ['ridiculous'], wants: ['refund'] }, defaultPlaybook, { ask: 'done' });
    expect(result).toMatchObject({ heat: base.heat, theirWords: ['ridiculous'], wants: ['refund'] });
  });
});
