export interface InsertOptions {
  /** Index in `text` where the caret should end up (from `{{cursor}}`). */
  cursor?: number;
  /** A range of the editor's current plain text to replace (the draft checker's rewrite). */
  replace?: { start: number; end: number };
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
