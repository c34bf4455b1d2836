/**
 * One debounced observer for single-page helpdesks: re-reads once the page has been
 * quiet for about `delay` ms (typing included, so the draft checker sees the draft), and
 * disconnects while the tab is hidden. Typing is heard as `input` too: a textarea's
 * value changes no DOM, and an editor in a frame changes none of the top document's.
 *
 * Changes inside the reply box only change the draft, so they ask for the cheap
 * `draft` read; a change elsewhere asks for the whole `page` when it `matters` (on a
 * 300-message thread that read is most of what the extension costs while a panel is
 * open), and for nothing when it cannot change what the panel shows.
 */
import { followFocusIntoFrames } from './frames.ts';
import { onTyping } from './typing.ts';

export interface PageWatch {
  stop(): void;
}

export interface WatchEvents {
  /** Something outside the reply box changed (or may have): read the whole page. */
  page(): void;
  /** Only the reply box changed: read the draft. */
  draft(): void;
}

export interface WatchOptions {
  delay: number;
  /** Whether a node belongs to the reply box the last reading found. */
  inDraft(node: Node): boolean;
  /** Whether a change outside the reply box can change the reading (all can, by default). */
  matters?(record: MutationRecord): boolean;
}

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export function watchPage(doc: Document, events: WatchEvents, options: WatchOptions): PageWatch {
  let pageDirty = false;
  let draftDirty = false;
  let busy = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A busy page sends a callback per task and typing one per key: each only says "busy",
  // and one timer ticks every half delay until a whole tick has passed without a change
  // (the read comes a half to a whole delay after the last one). No clock is read per
  // change: performance.now() costs a content script microseconds every call.
  const tick = options.delay / 2;
  const fire = () => {
    if (busy) {
      busy = false;
      timer = setTimeout(fire, tick);
      return;
    }
    timer = undefined;
    const page = pageDirty;
    const draft = draftDirty;
    pageDirty = draftDirty = false;
    if (page) events.page();
    else if (draft) events.draft();
  };
  const touch = (page: boolean) => {
    if (page) pageDirty = true;
    else draftDirty = true;
    busy = true;
    timer ??= setTimeout(fire, tick);
  };
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    pageDirty = draftDirty = busy = false;
  };
  const onPage = () => touch(true);
  // A node already gone again (an editor swapping the text node the browser typed into)
  // says nothing: its removal is recorded on a parent that is still in the page.
  const inPage = (node: Node) => node.isConnected && !options.inDraft(node);
  const matters = options.matters ?? (() => true);
  const onMutations = (records: MutationRecord[]) => {
    if (pageDirty) return touch(true); // a read is due anyway: only its deadline moves
    let draft = false;
    for (const record of records) {
      if (!inPage(record.target)) draft = true;
      else if (matters(record)) return touch(true);
    }
    if (draft) touch(false);
  };
  // The event's target is the host of a shadow root the editor may sit in: only then is
  // the real element looked up (composedPath builds the whole path, on every key).
  const onInput = (event: Event) => touch(!options.inDraft(event.target as Node) && !options.inDraft((event.composedPath()[0] ?? event.target) as Node));

  const observer = new MutationObserver(onMutations);
  const connect = () => observer.observe(doc.body ?? doc.documentElement, OBSERVED);
  const onVisibility = () => {
    if (doc.hidden) {
      observer.disconnect();
      cancel();
    } else {
      connect();
      onPage();
    }
  };
  const win = doc.defaultView!;
  win.addEventListener('hashchange', onPage);
  win.addEventListener('popstate', onPage);
  doc.addEventListener('visibilitychange', onVisibility);
  const unhear = onTyping(doc, onInput);
  // An editor in a frame: its typing, and what the panel inserts there (no input event).
  const leaveFrames = followFocusIntoFrames(doc, (frame) => {
    if (!doc.hidden && frame.body) observer.observe(frame.body, OBSERVED);
    return onTyping(frame, onInput);
  });
  if (!doc.hidden) connect();
  return {
    stop() {
      observer.disconnect();
      cancel();
      win.removeEventListener('hashchange', onPage);
      win.removeEventListener('popstate', onPage);
      doc.removeEventListener('visibilitychange', onVisibility);
      unhear();
      leaveFrames();
    },
  };
}
