/**
 * Runs in the page's own world (manifest `world: "MAIN"`), because CKEditor 4, Quill 1,
 * Summernote, Froala and Redactor only take text reliably through their JavaScript API,
 * which the isolated content script cannot see.
 *
 * Why this bridge cannot be abused: it has no extension privileges at all (no `chrome.*`,
 * nothing sent to the extension). It accepts one exact handshake that carries a fresh
 * MessagePort, reads one request from that port, checks its shape and bounds, calls the
 * page's own editor API on the element the content script marked, answers `{ ok }` and
 * closes the port. A page that posts the handshake itself can only make its own editor
 * do what it could already do; the content script trusts nothing from here but that
 * boolean, and only on the port it created for that one insert.
 */
import { checkPageRequest, findMarked, insertInPage, PAGE_HANDSHAKE } from '../../src/editors/page-api.ts';

const INSTALLED = Symbol.for('olive-branch.main-world');
const scope = window as unknown as Record<symbol, boolean>;

if (!scope[INSTALLED]) {
  scope[INSTALLED] = true;
  window.addEventListener('message', (event) => {
    if (event.source !== window || event.ports.length !== 1) return;
    const data = event.data as Record<string, unknown> | null;
    if (!data || typeof data !== 'object' || data.type !== PAGE_HANDSHAKE || Object.keys(data).length !== 1) return;
    const port = event.ports[0]!;
    port.onmessage = (message) => {
      port.onmessage = null; // one request per port
      let ok: boolean;
      try {
        const request = checkPageRequest(message.data);
        const target = request ? findMarked(document, request.mark) : null;
        ok = !!request && !!target && insertInPage(target, request);
      } catch {
        ok = false; // an editor that throws has not taken the text; the panel will copy it
      }
      port.postMessage({ ok });
      port.close();
    };
  });
}
