/**
 * One debounced observer for single-page helpdesks: re-reads once the page has been
 * quiet for `delay` ms (typing included, so the draft checker sees the draft), and
 * disconnects while the tab is hidden.
 */
export interface PageWatch {
  stop(): void;
}

export function watchPage(doc: Document, onSettled: () => void, options: { delay: number }): PageWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(onSettled, options.delay);
  };
  const observer = new MutationObserver(schedule);
  const connect = () => observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
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
  if (!doc.hidden) connect();
  return {
    stop() {
      observer.disconnect();
      clearTimeout(timer);
      win.removeEventListener('hashchange', schedule);
      win.removeEventListener('popstate', schedule);
      doc.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
