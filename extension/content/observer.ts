/**
 * One debounced observer for single-page helpdesks: re-reads once the page has been
 * quiet for `delay` ms (typing included, so the draft checker sees the draft), and
 * disconnects while the tab is hidden. Typing is heard as `input` too: a textarea's
 * value changes no DOM, and an editor in a frame changes none of the top document's.
 */
import { followFocusIntoFrames } from './frames.ts';

export interface PageWatch {
  stop(): void;
}

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export function watchPage(doc: Document, onSettled: () => void, options: { delay: number }): PageWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(onSettled, options.delay);
  };
  const observer = new MutationObserver(schedule);
  const connect = () => observer.observe(doc.body ?? doc.documentElement, OBSERVED);
  const onVisibility = () => {
    if (doc.hidden) {
      observer.disconnect();
      clearTimeout(timer);
    } else {
      connect();
      schedule();
    }
  };
  const win = doc.defaultView!;
  win.addEventListener('hashchange', schedule);
  win.addEventListener('popstate', schedule);
  doc.addEventListener('visibilitychange', onVisibility);
  doc.addEventListener('input', schedule, true);
  // An editor in a frame: its typing, and what the panel inserts there (no input event).
  const leaveFrames = followFocusIntoFrames(doc, (frame) => {
    frame.addEventListener('input', schedule, true);
    if (!doc.hidden && frame.body) observer.observe(frame.body, OBSERVED);
    return () => frame.removeEventListener('input', schedule, true);
  });
  if (!doc.hidden) connect();
  return {
    stop() {
      observer.disconnect();
      clearTimeout(timer);
      win.removeEventListener('hashchange', schedule);
      win.removeEventListener('popstate', schedule);
      doc.removeEventListener('visibilitychange', onVisibility);
      doc.removeEventListener('input', schedule, true);
      leaveFrames();
    },
  };
}
