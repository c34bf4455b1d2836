export interface InsertOptions {
  /** Index in `text` where the caret should end up (from `{{cursor}}`). */
  cursor?: number;
  /** A range of the editor's current plain text to replace (the draft checker's rewrite). */
  replace?: { start: number; end: number };
  /**
   * Runs an insertion in the page's own JavaScript world, where the editor's API lives
   * (CKEditor 4, Quill 1, Summernote, Froala, Redactor). Supplied by the content script;
   * absent in unit tests and wherever no main-world bridge is installed.
   */
  page?: PageWorld;
}

export interface InsertResult {
  ok: boolean;
  /** Id of the strategy that handled it, or 'none'. */
  via: string;
}

/**
 * One editor family. `detect` says whether this strategy owns the element; `insert`
 * tries and reports whether the editor's own model took the text.
 */
export interface EditorStrategy {
  id: string;
  detect(target: Element): boolean;
  insert(target: Element, text: string, options: InsertOptions): Promise<boolean> | boolean;
}

/** Editor families whose API the main-world script knows how to call. */
export const PAGE_FAMILIES = ['ckeditor4', 'tinymce', 'quill', 'summernote', 'froala', 'redactor'] as const;
export type PageFamily = (typeof PAGE_FAMILIES)[number];

/** What crosses into the page's world: plain data only, checked again on arrival. */
export interface PageInsertRequest {
  family: PageFamily;
  text: string;
  /** The same text as escaped paragraphs, for APIs that take HTML. */
  html: string;
  cursor?: number;
  replace?: { start: number; end: number };
}

/** Asks the page's world to insert into `target`; resolves whether the editor's API took it. */
export type PageWorld = (target: HTMLElement, request: PageInsertRequest) => Promise<boolean>;
