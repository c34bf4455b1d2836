import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text.ts';

describe('rich text to plain text', () => {
  it('keeps paragraphs and line breaks, drops markup, decodes entities', () => {
    expect(htmlToText('<p>Hi {{ticket.requester.first_name}},</p><p>We&#39;re sorry &amp; <strong>on it</strong>.<br>Ana</p>')).toBe(
      "Hi {{ticket.requester.first_name}},\n\nWe're sorry & on it.\nAna",
    );
  });

  it('never lets a script or its content through', () => {
    expect(htmlToText('<p>ok</p><script>alert(1)</script><img src=x onerror=alert(2)>')).toBe('ok');
  });

  it('turns list items into dashes', () => {
    expect(htmlToText('<ul><li>one</li><li>two</li></ul>')).toBe('- one\n- two');
  });
});
