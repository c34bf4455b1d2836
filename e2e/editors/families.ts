/** The harness pages (e2e/editors/pages) and what the spec and the bench expect of each. */
export interface Family {
  /** Harness page name, also the row name in the bench table. */
  page: string;
  label: string;
  /** The strategy id in src/editors that must report the insert. */
  via: string;
  /** Where the text shows: a selector, inside `frame` when the editor is in an iframe. */
  editor: string;
  frame?: string;
}

export const FAMILIES: readonly Family[] = [
  { page: 'textarea', label: 'textarea', via: 'textarea', editor: '#editor' },
  { page: 'contenteditable', label: 'plain contenteditable', via: 'contenteditable', editor: '#editor' },
  { page: 'prosemirror', label: 'TipTap/ProseMirror in a shadow root', via: 'prosemirror', editor: '.ProseMirror' },
  { page: 'quill2', label: 'Quill 2', via: 'quill', editor: '.ql-editor' },
  { page: 'quill1', label: 'Quill 1', via: 'quill', editor: '.ql-editor' },
  { page: 'iframe', label: 'Quill 2 in a same-origin iframe', via: 'quill', editor: '.ql-editor', frame: '#frame' },
  { page: 'ckeditor5', label: 'CKEditor 5', via: 'ckeditor5', editor: '.ck-editor__editable' },
  { page: 'ckeditor4', label: 'CKEditor 4 (iframe)', via: 'ckeditor4', editor: 'body', frame: 'iframe.cke_wysiwyg_frame' },
  { page: 'tinymce', label: 'TinyMCE (iframe)', via: 'tinymce', editor: 'body', frame: 'iframe#editor_ifr' },
  { page: 'summernote', label: 'Summernote', via: 'summernote', editor: '.note-editable' },
  { page: 'draftjs', label: 'Draft.js', via: 'draftjs', editor: '.public-DraftEditor-content' },
  { page: 'lexical', label: 'Lexical', via: 'lexical', editor: '#editor' },
  { page: 'slate', label: 'Slate', via: 'slate', editor: '[data-slate-editor="true"]' },
  { page: 'trix', label: 'Trix', via: 'trix', editor: 'trix-editor' },
];
