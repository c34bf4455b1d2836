/**
 * Hostile ticket texts. Each one sets `window.__olivePwned` if anything ever turns it into
 * markup or runs it, in the page (content script) or in the panel; none must.
 */
export const PWNED = '__olivePwned';

export const HOSTILE_TEXTS: { name: string; text: string }[] = [
  { name: 'script tag', text: `<script>window.${PWNED}='script'</script> where is my order` },
  { name: 'event handler', text: `<img src=x onerror="window.${PWNED}='img'"> this is RIDICULOUS` },
  { name: 'javascript: link', text: `<a href="javascript:window.${PWNED}='link'">see my receipt</a>` },
  { name: 'svg', text: `<svg onload="window.${PWNED}='svg'"><script>window.${PWNED}='svg-script'</script></svg> refund now` },
  {
    name: 'css injection',
    text: `</style><style>*{display:none!important}</style><div style="position:fixed;inset:0;background:url(javascript:window.${PWNED}='css')">unacceptable</div>`,
  },
  { name: 'iframe srcdoc', text: `<iframe srcdoc="<script>parent.${PWNED}='iframe'</script>"></iframe> third time writing` },
  { name: 'template syntax', text: '{{customer.name}} ${constructor.constructor("window.__olivePwned=1")()} <%= 7*7 %> #{7*7}' },
  { name: 'unicode tricks', text: 'I want a refund\u202e\u0000\u2028\u2029\ufeff now 🤬🤬🤬' },
];

/** About 5 MB of a furious customer repeating themselves, in lines. */
export function hugeText(bytes = 5 * 1024 * 1024): string {
  const line = 'This is the THIRD time I am writing and I still have no refund, this is unacceptable!!! ';
  return line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A page of some unknown helpdesk (read in basic mode), with the hostile texts as the
 * customer's message, plus structural attacks the page builds itself: a 5 MB body and a
 * DOM nested 20,000 elements deep (deeper than the HTML parser would build).
 */
export function hostilePage(kind: 'texts' | 'huge' | 'deep'): string {
  const body =
    kind === 'texts'
      ? HOSTILE_TEXTS.map((h) => `<p>${escapeHtml(h.text)}</p>`).join('\n')
      : kind === 'huge'
        ? `<p id="huge"></p><script>document.getElementById('huge').textContent = ${JSON.stringify(hugeText().slice(0, 1000))}.repeat(${Math.ceil((5 * 1024 * 1024) / 1000)});</script>`
        : // Not laid out (display: none): Chromium's own layout crashes on a DOM this deep, with or
          // without Olive Branch; a reader that walks the DOM still meets every level.
          `<p>My order never arrived.</p><div id="deep" style="display:none"></div><script>let el = document.getElementById('deep'); for (let i = 0; i < 20000; i++) { const d = document.createElement('div'); el.appendChild(d); el = d; } el.textContent = 'Deep down: my order never arrived';</script>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Hostile ticket: ${kind}</title></head>
<body><main>${body}</main><textarea id="reply" rows="6" cols="60"></textarea></body></html>`;
}
