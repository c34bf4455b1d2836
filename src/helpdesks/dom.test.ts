import { describe, expect, it } from 'vitest';
import { isoDate, lineOf, splitNameEmail, textOf, traceReads } from './dom.ts';

const text = (html: string) => textOf(new DOMParser().parseFromString(`<div id="r">${html}</div>`, 'text/html').getElementById('r'));

describe('textOf reads a message as the agent sees it', () => {
  it('keeps paragraphs apart with one blank line', () => {
    expect(text('<p>Hello,</p>\n  <p>It broke.</p><p></p><p>Thanks</p>')).toBe('Hello,\n\nIt broke.\n\nThanks');
  });

  it('puts stacked <div> lines on consecutive lines, as e-mail HTML shows them', () => {
    expect(text('<div>Hello,</div><div>It broke.</div>')).toBe('Hello,\nIt broke.');
  });

  it('reads <div><br></div> and <br><br> as a blank line, a trailing <br> as nothing', () => {
    expect(text('<div>Hello,</div><div><br></div><div>It broke.</div>')).toBe('Hello,\n\nIt broke.');
    expect(text('Hello,<br><br>It broke.<br>')).toBe('Hello,\n\nIt broke.');
    expect(text('<div>Hello,<br></div><div>It broke.</div>')).toBe('Hello,\nIt broke.');
  });

  it('never returns markup, scripts, styles or form controls', () => {
    expect(text('<b>&lt;script&gt;x&lt;/script&gt;</b><script>alert(1)</script><style>p{}</style><textarea>draft</textarea><button>Send</button>'))
      .toBe('<script>x</script>');
  });

  it('reads a page nested 20,000 elements deep without running out of stack', () => {
    const doc = new DOMParser().parseFromString('<div id="r"></div>', 'text/html');
    let el = doc.getElementById('r')!;
    for (let i = 0; i < 20_000; i++) el = el.appendChild(doc.createElement('span'));
    el.textContent = 'deep text';
    expect(textOf(doc.getElementById('r'))).toBe('deep text');
  });

  it('passes over marked parts and stops at a marker, without changing the page', () => {
    const doc = new DOMParser().parseFromString(
      '<div id="r">Hello,<br><br>It broke.<div class="quote">On Monday you wrote: …</div><br><span class="sig"></span>--<br>Ana<br>Tel. 123</div>',
      'text/html',
    );
    const root = doc.getElementById('r')!;
    const before = root.innerHTML;
    expect(textOf(root, { skip: ['.quote'], stopAt: '.sig' })).toBe('Hello,\n\nIt broke.');
    expect(root.innerHTML).toBe(before);
  });

  it('folds runs of spaces and non-breaking spaces', () => {
    expect(text('<span>a  \t b</span>&nbsp;&nbsp;c')).toBe('a b c');
  });
});

describe('small readers', () => {
  it('splits a display name from its address', () => {
    expect(splitNameEmail('Dana Whitfield <dana@example.test>')).toEqual({ name: 'Dana Whitfield', email: 'dana@example.test' });
    expect(splitNameEmail('dana@example.test')).toEqual({ email: 'dana@example.test' });
  });

  it('turns datetime attributes and epoch seconds into ISO 8601, and garbage into nothing', () => {
    expect(isoDate('2026-11-21T16:20:00Z')).toBe('2026-11-21T16:20:00.000Z');
    expect(isoDate('1700000000')).toBe('2023-11-14T22:13:20.000Z');
    expect(isoDate('yesterday-ish')).toBeUndefined();
  });
});

describe('traceReads', () => {
  it('notes each element textOf and lineOf read, and nothing once switched off', () => {
    const doc = new DOMParser().parseFromString('<h1>Refund</h1><p class="body">It broke.</p><time>5 minutes ago</time>', 'text/html');
    const [heading, body, time] = ['h1', '.body', 'time'].map((s) => doc.querySelector(s)!);
    const noted = new WeakSet<Node>();
    traceReads(noted);
    lineOf(heading);
    textOf(body);
    traceReads(null);
    lineOf(time);
    expect([noted.has(heading!), noted.has(body!), noted.has(time!)]).toEqual([true, true, false]);
  });
});
