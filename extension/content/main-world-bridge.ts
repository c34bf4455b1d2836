/**
 * The content script's side of the main-world bridge (see main-world.iife.ts): one fresh
 * MessageChannel per insert, the target marked with a one-time random value, and only a
 * `{ ok: true }` on that channel counts. No answer in time (the main-world script is not
 * there, e.g. after basic-mode injection) reads as "not taken", so the next way is tried.
 */
import { PAGE_HANDSHAKE, PAGE_MARK } from '../../src/editors/page-api.ts';
import type { PageWorld } from '../../src/editors/types.ts';

const ANSWER_WITHIN_MS = 400;

export const mainWorld: PageWorld = (target, request) =>
  new Promise<boolean>((resolve) => {
    const mark = crypto.randomUUID();
    const { port1, port2 } = new MessageChannel();
    let settled = false;
    const finish = (ok: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      port1.close();
      target.removeAttribute(PAGE_MARK);
      resolve(ok);
    };
    const timer = setTimeout(() => finish(false), ANSWER_WITHIN_MS);
    port1.onmessage = (event) => {
      const answer = event.data as { ok?: unknown } | null;
      finish(!!answer && typeof answer === 'object' && answer.ok === true);
    };
    target.setAttribute(PAGE_MARK, mark);
    window.postMessage({ type: PAGE_HANDSHAKE }, '*', [port2]);
    port1.postMessage({ ...request, mark });
  });
