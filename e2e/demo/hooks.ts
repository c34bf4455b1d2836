/**
 * Test hooks the demo puts on `window.demo`, for Playwright specs and manual poking in
 * the console. Import the type in a spec: `import type { DemoHooks } from './demo/hooks.ts'`.
 */
import type { Editor } from '@tiptap/core';

export interface DemoHooks {
  /** The live TipTap editor of the open ticket; null on the inbox route. */
  readonly editor: Editor | null;
  /** Texts of the agent replies sent in this browser session, oldest first (survives reloads). */
  readonly sent: string[];
  /** Appends a customer message to the open ticket, as if the customer wrote again. Throws on the inbox route. */
  receive(text: string): void;
}

declare global {
  interface Window {
    demo: DemoHooks;
  }
}
