/**
 * One capture `input` listener per document for every part of the content script that
 * hears typing (the page watch, the picker). Each listener the browser calls on a key is
 * one entry into the content script's world, which costs more than what either part does
 * with most keys; with one listener a key enters once.
 */
type Listener = (event: Event) => void;

interface Hub {
  listeners: Set<Listener>;
  dispatch(event: Event): void;
}

const hubs = new WeakMap<Document, Hub>();

/** Calls `listener` with every `input` event in `doc` (capture phase); returns the cleanup. */
export function onTyping(doc: Document, listener: Listener): () => void {
  let hub = hubs.get(doc);
  if (!hub) {
    const listeners = new Set<Listener>();
    hub = {
      listeners,
      dispatch(event) {
        for (const l of listeners) {
          // One part failing must not deafen the other, as with listeners of their own.
          try {
            l(event);
          } catch (error) {
            console.error(error);
          }
        }
      },
    };
    hubs.set(doc, hub);
  }
  hub.listeners.add(listener);
  // Added again on every call (a no-op when it is there): document.open() in a frame's editor drops it.
  doc.addEventListener('input', hub.dispatch, true);
  const { listeners, dispatch } = hub;
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) doc.removeEventListener('input', dispatch, true);
  };
}
