/**
 * The picker's look: a small list next to the caret, in a shadow root so the page's
 * styles cannot reach it (nor ours the page). Phrases are set as text, never as HTML.
 * The editor keeps the focus; the list only shows which phrase Enter will insert.
 */
import type { PickerAnswer, PickerPhrase } from '../messaging.ts';

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483647; }
.box { box-sizing: border-box; width: min(360px, calc(100vw - 16px)); font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: #1f2a1c; background: #fff; border: 1px solid #c9d0c0; border-radius: 8px; box-shadow: 0 6px 24px rgb(0 0 0 / 0.2); overflow: hidden; }
.head { display: flex; justify-content: space-between; gap: 8px; padding: 6px 10px; font-size: 11px; color: #4d5747; background: #f3f5ef; }
ul { list-style: none; margin: 0; padding: 4px; }
li { padding: 6px 8px; border-radius: 6px; cursor: pointer; }
li[aria-selected='true'] { background: #4f6b2f; color: #fff; }
.title { display: block; font-weight: 600; }
.text { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; opacity: 0.85; }
.empty { padding: 8px 10px; margin: 0; color: #4d5747; }
.cursor-mark::before { content: attr(data-label); font-size: 11px; padding: 0 4px; margin: 0 1px; border-radius: 4px; border: 1px dashed currentColor; }
@media (prefers-color-scheme: dark) {
  .box { color: #e9eee3; background: #20251d; border-color: #353d30; }
  .head, .empty { color: #b7c0ae; background: #1a1e17; }
  li[aria-selected='true'] { background: #9cc46a; color: #10140d; }
}`;

export interface PickerViewEvents {
  choose(index: number): void;
}

export class PickerView {
  readonly host: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly title: HTMLSpanElement;
  private readonly hint: HTMLSpanElement;
  private readonly empty: HTMLParagraphElement;
  private readonly live: HTMLParagraphElement;

  constructor(doc: Document, events: PickerViewEvents) {
    this.host = doc.createElement('olive-branch-picker');
    this.host.dataset.testid = 'phrase-picker';
    const root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    const box = doc.createElement('div');
    box.className = 'box';
    const head = doc.createElement('div');
    head.className = 'head';
    this.title = doc.createElement('span');
    this.hint = doc.createElement('span');
    head.append(this.title, this.hint);
    this.list = doc.createElement('ul');
    this.list.id = 'olive-picker-list';
    this.list.setAttribute('role', 'listbox');
    this.empty = doc.createElement('p');
    this.empty.className = 'empty';
    // Screen readers hear the highlighted phrase while the caret stays in the editor.
    this.live = doc.createElement('p');
    this.live.setAttribute('aria-live', 'polite');
    this.live.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)';
    box.append(head, this.list, this.empty, this.live);
    root.append(style, box);
    // Clicking a phrase must not take the focus (and the selection) from the editor.
    this.list.addEventListener('mousedown', (event) => event.preventDefault());
    this.list.addEventListener('click', (event) => {
      const item = (event.target as Element).closest('li');
      if (item?.dataset.index) events.choose(Number(item.dataset.index));
    });
  }

  render(answer: PickerAnswer, active: number): void {
    this.title.textContent = answer.labels.title;
    this.hint.textContent = answer.labels.hint;
    this.list.setAttribute('aria-label', answer.labels.title);
    this.list.replaceChildren(...answer.phrases.map((p, i) => this.item(p, i, i === active, answer.labels.cursor)));
    this.list.hidden = answer.phrases.length === 0;
    this.empty.hidden = answer.phrases.length > 0;
    this.empty.textContent = answer.labels.empty;
    const current = answer.phrases[active];
    this.live.textContent = current ? current.title : answer.labels.empty;
  }

  private item(phrase: PickerPhrase, index: number, selected: boolean, cursorLabel: string): HTMLLIElement {
    const doc = this.host.ownerDocument;
    const li = doc.createElement('li');
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', String(selected));
    li.dataset.index = String(index);
    li.dataset.testid = 'picker-option';
    li.dataset.phraseId = phrase.id;
    const title = doc.createElement('span');
    title.className = 'title';
    title.textContent = phrase.title;
    const text = doc.createElement('span');
    text.className = 'text';
    if (phrase.cursor === undefined) text.textContent = phrase.text;
    else {
      // Where the caret lands: a label drawn by CSS, so the text itself stays what is inserted.
      const mark = doc.createElement('span');
      mark.className = 'cursor-mark';
      mark.dataset.label = cursorLabel;
      text.append(phrase.text.slice(0, phrase.cursor), mark, phrase.text.slice(phrase.cursor));
    }
    li.append(title, text);
    return li;
  }

  /** Below the caret, or above it when the caret is near the bottom of the window. */
  place(caret: DOMRect): void {
    const win = this.host.ownerDocument.defaultView!;
    const above = caret.bottom + 4 + 320 > win.innerHeight && caret.top > win.innerHeight / 2;
    this.host.style.top = above ? 'auto' : `${Math.round(caret.bottom + 4)}px`;
    this.host.style.bottom = above ? `${Math.round(win.innerHeight - caret.top + 4)}px` : 'auto';
    this.host.style.left = `${Math.round(Math.max(8, Math.min(caret.left, win.innerWidth - 368)))}px`;
  }
}
