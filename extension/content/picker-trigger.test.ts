import { describe, expect, it } from 'vitest';
import { triggerQuery } from './picker-trigger.ts';

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
