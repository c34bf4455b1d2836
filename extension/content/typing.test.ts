import { describe, expect, it, vi } from 'vitest';
import { onTyping } from './typing.ts';

const type = (doc: Document) => doc.body.dispatchEvent(new Event('input', { bubbles: true }));

describe('onTyping', () => {
  it('gives every part the key through one listener on the document', () => {
    const add = vi.spyOn(document, 'addEventListener');
    const watch = vi.fn();
    const picker = vi.fn();
    const stopWatch = onTyping(document, watch);
    const stopPicker = onTyping(document, picker);
    type(document);
    expect(watch).toHaveBeenCalledTimes(1);
    expect(picker).toHaveBeenCalledTimes(1);
    expect(new Set(add.mock.calls.filter(([name]) => name === 'input').map(([, fn]) => fn)).size).toBe(1);
    stopWatch();
    type(document);
    expect(watch).toHaveBeenCalledTimes(1);
    expect(picker).toHaveBeenCalledTimes(2);
    stopPicker();
    add.mockRestore();
  });

  it('keeps the picker hearing keys when the page watch throws', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const picker = vi.fn();
    const stops = [onTyping(document, () => { throw new Error('watch broke'); }), onTyping(document, picker)];
    type(document);
    expect(picker).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalled();
    stops.forEach((stop) => stop());
    error.mockRestore();
  });

  it('hears nothing once every part stopped, and hears again after a new start', () => {
    const remove = vi.spyOn(document, 'removeEventListener');
    const first = vi.fn();
    onTyping(document, first)();
    expect(remove.mock.calls.some(([name]) => name === 'input')).toBe(true);
    type(document);
    expect(first).not.toHaveBeenCalled();
    const second = vi.fn();
    const stop = onTyping(document, second);
    type(document);
    expect(second).toHaveBeenCalledTimes(1);
    stop();
    remove.mockRestore();
  });
});
