/**
 * The reply box's editor: the real TipTap (ProseMirror) editor from npm, because the
 * extension must prove it can insert text into an editor that keeps its own model.
 * Its editable element carries `class="reply-editor"` (part of the DOM contract).
 */
import { Editor, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

export interface ReplyEditorOptions {
  mount: HTMLElement;
  toolbar: HTMLElement;
  /** A saved draft to start from, or nothing for an empty reply. */
  content?: JSONContent;
  placeholder: string;
  /** Ctrl/Cmd+Enter, the shortcut agents expect from their helpdesk. */
  onSubmit: () => void;
}

type ToolCommand = 'bold' | 'italic' | 'bulletList';

function run(editor: Editor, command: ToolCommand): void {
  const chain = editor.chain().focus();
  if (command === 'bold') chain.toggleBold().run();
  else if (command === 'italic') chain.toggleItalic().run();
  else chain.toggleBulletList().run();
}

function isToolCommand(value: string | undefined): value is ToolCommand {
  return value === 'bold' || value === 'italic' || value === 'bulletList';
}

export function createReplyEditor(options: ReplyEditorOptions): Editor {
  const { mount, toolbar } = options;
  const editor = new Editor({
    element: mount,
    extensions: [StarterKit],
    content: options.content ?? '',
    editorProps: {
      attributes: {
        class: 'reply-editor',
        'aria-label': 'Reply',
        'aria-multiline': 'true',
        role: 'textbox',
      },
      handleKeyDown: (_view, event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          options.onSubmit();
          return true;
        }
        return false;
      },
    },
  });

  // The placeholder lives outside the editable element so no reader mistakes it for draft text.
  const placeholder = document.createElement('span');
  placeholder.className = 'editor-placeholder';
  placeholder.setAttribute('aria-hidden', 'true');
  placeholder.textContent = options.placeholder;
  mount.append(placeholder);

  const sync = () => {
    mount.toggleAttribute('data-empty', editor.isEmpty);
    for (const button of toolbar.querySelectorAll<HTMLButtonElement>('[data-command]')) {
      const command = button.dataset.command;
      if (isToolCommand(command)) button.setAttribute('aria-pressed', String(editor.isActive(command)));
    }
  };
  editor.on('transaction', sync);
  sync();

  const onToolbarClick = (event: MouseEvent) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-command]');
    const command = button?.dataset.command;
    if (isToolCommand(command)) run(editor, command);
  };
  // Keep the editor's selection when a tool button is pressed.
  const keepFocus = (event: MouseEvent) => event.preventDefault();
  toolbar.addEventListener('click', onToolbarClick);
  toolbar.addEventListener('mousedown', keepFocus);
  editor.on('destroy', () => {
    toolbar.removeEventListener('click', onToolbarClick);
    toolbar.removeEventListener('mousedown', keepFocus);
    placeholder.remove();
  });
  return editor;
}

/** The draft as plain text, read from the editor's own model (never from its DOM). */
export function draftText(editor: Editor): string {
  return editor.getText({ blockSeparator: '\n\n' }).trim();
}
