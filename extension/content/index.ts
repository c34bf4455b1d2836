/**
 * Content script: reads the open ticket, tells the panel when it changes, and inserts
 * text on the panel's request. Thin on purpose: no analysis here.
 */
import browser from 'webextension-polyfill';
import { acceptPanelConnection, acceptPanelToContent, type ContentToPanel, type PanelToContent, type Reading } from '../messaging.ts';
import { changeFilter, draftOf, fingerprint, pagePicker, readPage, safeEditor } from './reader.ts';
import { watchPage, type PageWatch } from './observer.ts';
import { findEditable, insertText, type InsertResult } from '../../src/editors/index.ts';
import { mainWorld } from './main-world-bridge.ts';
import { mountPicker } from './picker.ts';
import { followFocusIntoFrames } from './frames.ts';

const LOADED = Symbol.for('olive-branch.content');
const globalScope = globalThis as typeof globalThis & { [LOADED]?: boolean };

if (!globalScope[LOADED]) {
  globalScope[LOADED] = true;
  start();
}

function start(): void {
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('') };
  let lastFocusedEditable: Element | null = null;

  const alive = () => {
    try {
      return !!browser.runtime.id;
    } catch {
      return false; // "Extension context invalidated": this copy belongs to an unloaded version.
    }
  };

  // What the panel was last sent: the reading without its draft (a fingerprint), and the draft.
  let lastPage = -1;
  let lastDraft = '';
  let draftRoot: HTMLElement | null = null;
  // Which changes can alter the last read; until a read, every change can.
  let matters: (record: MutationRecord) => boolean = () => true;

  const current = (): Reading => {
    const read = readPage(document, location.href);
    draftRoot = read.draftRoot;
    matters = changeFilter(read.textFrom);
    return read.reading;
  };

  /** Records the reading as the panel's; says whether the page part of it changed. */
  const note = (reading: Reading): boolean => {
    const { draft, ...page } = reading;
    const print = fingerprint(JSON.stringify(page));
    const changed = print !== lastPage;
    lastPage = print;
    lastDraft = draft;
    return changed;
  };

  // The page is watched only while a side panel shows this tab (a port each): with none
  // open, a busy helpdesk pays nothing for mutations (readings are still answered on request).
  const panels = new Set<browser.Runtime.Port>();
  let watch: PageWatch | null = null;
  const leave = (port: browser.Runtime.Port) => {
    panels.delete(port);
    if (panels.size === 0) {
      watch?.stop();
      watch = null;
    }
  };
  // Changes go down the connected panels' ports: only the panels bound to this tab hear
  // them, and the background's worker is not woken for news that is not its own.
  const send = (message: ContentToPanel) => {
    for (const port of panels) {
      try {
        port.postMessage(message);
      } catch {
        leave(port); // its panel closed before the disconnect arrived
      }
    }
  };

  const publish = () => {
    if (!alive()) return stop();
    const previousDraft = lastDraft;
    const reading = current();
    if (note(reading)) send({ type: 'contentToPanel.readingChanged', reading });
    else if (reading.draft !== previousDraft) send({ type: 'contentToPanel.draftChanged', draft: reading.draft });
  };

  // Typing changes the draft alone: read just the reply box, and send just the draft.
  const publishDraft = () => {
    if (!alive()) return stop();
    if (!draftRoot?.isConnected) return publish();
    const draft = draftOf(draftRoot);
    if (draft === lastDraft) return;
    lastDraft = draft;
    send({ type: 'contentToPanel.draftChanged', draft });
  };
  const inDraft = (node: Node) => !!draftRoot && draftRoot.contains(node);

  const editorOf = () => safeEditor(pagePicker(new URL(location.href), document), document);

  const onConnect = (port: browser.Runtime.Port) => {
    if (!acceptPanelConnection(port.name, port.sender, self)) return;
    panels.add(port);
    watch ??= watchPage(document, { page: publish, draft: publishDraft }, { delay: 250, inDraft, matters: (record) => matters(record) });
    port.onDisconnect.addListener(() => leave(port));
  };
  browser.runtime.onConnect.addListener(onConnect);

  const remember = (target: HTMLElement | null) => {
    if (target && (target.isContentEditable || target.tagName === 'TEXTAREA')) lastFocusedEditable = target;
  };
  // composedPath()[0]: the real element inside an open shadow root, not its host.
  const onFocusIn = (event: Event) => remember((event.composedPath()[0] ?? event.target) as HTMLElement | null);
  document.addEventListener('focusin', onFocusIn, true);
  // Typing in an editor inside a same-origin frame (CKEditor 4, TinyMCE) counts too.
  const leaveFrames = followFocusIntoFrames(document, (frame) => {
    remember(frame.activeElement as HTMLElement | null);
    frame.addEventListener('focusin', onFocusIn, true);
    return () => frame.removeEventListener('focusin', onFocusIn, true);
  });

  const handle = async (request: PanelToContent): Promise<Reading | InsertResult> => {
    if (request.type === 'panelToContent.getReading') {
      const reading = current();
      note(reading);
      return reading;
    }
    // The adapter's reply box, else where the agent last typed, else the editor an agent
    // would mean (focused or largest, looking into same-origin frames and shadow roots).
    const target = editorOf() ?? (lastFocusedEditable?.isConnected ? lastFocusedEditable : null) ?? findEditable(document);
    if (!target) return { ok: false, via: 'none' };
    return insertText(target, request.text, {
      page: mainWorld,
      ...(request.cursor !== undefined ? { cursor: request.cursor } : {}),
      ...(request.replace ? { replace: request.replace } : {}),
    });
  };

  // The in-page phrase picker (trigger typed in a reply box, or the context menu).
  const picker = mountPicker(document, {
    self,
    reading: current,
    insert: (target, text, options) => insertText(target, text, { page: mainWorld, ...options }),
  });

  const onMessage = (message: unknown, sender: browser.Runtime.MessageSender) => {
    if (!alive()) {
      stop();
      return undefined;
    }
    const opened = picker.onMessage(message, sender);
    if (opened) return opened;
    const request = acceptPanelToContent(message, sender, self);
    return request ? handle(request) : undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  function stop(): void {
    watch?.stop();
    watch = null;
    picker.stop();
    document.removeEventListener('focusin', onFocusIn, true);
    leaveFrames();
    try {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.runtime.onConnect.removeListener(onConnect);
    } catch {
      // Already gone with the old extension context.
    }
  }

  // A panel already bound to this tab (the page reloaded, basic mode was just injected)
  // asks for the reading; with no panel open the page is not read at all. It is not
  // connected to this new script yet, so this one notice goes by broadcast.
  if (alive()) {
    browser.runtime.sendMessage({ type: 'contentToPanel.started' } satisfies ContentToPanel).catch(() => {
      // No panel open: nothing listens, which is normal.
    });
  }
}
