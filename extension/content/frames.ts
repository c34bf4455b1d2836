/**
 * Editors in same-origin frames (CKEditor 4, TinyMCE, RT's reply box) live in documents
 * the top content script does not run in (no all_frames), so it follows focus into them.
 */

/** A same-origin frame's document; null for other elements and across origins. */
export function frameDocument(el: Element | null | undefined): Document | null {
  if (el?.tagName !== 'IFRAME' && el?.tagName !== 'FRAME') return null;
  try {
    return (el as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

/**
 * Calls `enter` with each same-origin frame document focus moves into, nested ones too,
 * and the cleanup it returns when following stops. A parent sees no focusin when focus
 * goes into a frame, only a blur of its own window, with the frame as its active element.
 */
export function followFocusIntoFrames(top: Document, enter: (doc: Document) => () => void): () => void {
  let entered: { doc: WeakRef<Document>; leave: () => void }[] = [];
  const windows: WeakRef<Window>[] = [];
  const onBlur = (event: Event) => {
    const inner = frameDocument((event.currentTarget as Window).document.activeElement);
    if (!inner?.defaultView) return;
    // Entering again re-adds the listeners (a no-op, or a repair after the editor rewrote its document).
    entered = entered.filter((e) => {
      const doc = e.doc.deref();
      return doc && doc !== inner;
    });
    entered.push({ doc: new WeakRef(inner), leave: enter(inner) });
    follow(inner.defaultView);
  };
  const follow = (win: Window) => {
    win.addEventListener('blur', onBlur);
    windows.push(new WeakRef(win));
  };
  follow(top.defaultView!);
  return () => {
    for (const ref of windows) ref.deref()?.removeEventListener('blur', onBlur);
    for (const e of entered) if (e.doc.deref()) e.leave();
    entered = [];
  };
}
