import { describe, expect, it } from 'vitest';
import { triggerQuery, typedPastTrigger } from './picker-trigger.ts';

describe('triggerQuery', () => {
  it('opens on the trigger and follows the query typed after it', () => {
    expect(triggerQuery('Hi Maria, ;;', ';;')).toEqual({ query: '', length: 2 });
    expect(triggerQuery('Hi Maria, ;;sorr', ';;')).toEqual({ query: 'sorr', length: 6 });
    expect(triggerQuery(';;what would', ';;')).toEqual({ query: 'what would', length: 12 });
  });

  it('works with an accented query and another trigger', () => {
    expect(triggerQuery('//disculpá', '//')).toEqual({ query: 'disculpá', length: 10 });
  });

  it('stays closed in ordinary writing', () => {
    expect(triggerQuery('Hi Maria, sorry', ';;')).toBeNull();
    expect(triggerQuery('see ;; then. Also', ';;')).toBeNull();
    expect(triggerQuery(';; sorry', ';;')).toBeNull();
    expect(triggerQuery(';;sorry\nnext line', ';;')).toBeNull();
    expect(triggerQuery(';;' + 'a'.repeat(41), ';;')).toBeNull();
  });

  it('an empty trigger never matches', () => {
    expect(triggerQuery('anything', '')).toBeNull();
  });
});

describe('typedPastTrigger', () => {
  const typed = (data: string | null, inputType = 'insertText') => ({ inputType, data });

  it('skips plain typing that cannot end a trigger', () => {
    expect(typedPastTrigger(typed('a'), ';;')).toBe(true);
    expect(typedPastTrigger(typed(' '), ';;')).toBe(true);
    expect(typedPastTrigger(typed('hello'), ';;')).toBe(true);
    expect(typedPastTrigger(typed('x'), '')).toBe(true);
  });

  it('reads the caret when the trigger may have been completed', () => {
    expect(typedPastTrigger(typed(';'), ';;')).toBe(false);
    expect(typedPastTrigger(typed('a;'), ';;')).toBe(false);
    expect(typedPastTrigger(typed('/'), '//')).toBe(false);
    expect(typedPastTrigger(typed('b'), 'ab')).toBe(false);
  });

  it('reads the caret for anything but typed text', () => {
    expect(typedPastTrigger(typed(null), ';;')).toBe(false);
    expect(typedPastTrigger(typed(''), ';;')).toBe(false);
    expect(typedPastTrigger(typed('a', 'insertFromPaste'), ';;')).toBe(false);
    expect(typedPastTrigger(typed(null, 'deleteContentBackward'), ';;')).toBe(false);
    expect(typedPastTrigger(typed('a', 'insertCompositionText'), ';;')).toBe(false);
    expect(typedPastTrigger(typed('a', 'historyUndo'), ';;')).toBe(false);
    expect(typedPastTrigger({} as { inputType: string; data: string | null }, ';;')).toBe(false);
  });
});
