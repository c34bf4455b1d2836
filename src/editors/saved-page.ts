/**
 * Test support for editors that cannot be installed here (Froala is commercial, Redactor
 * is not on npm): open a saved helpdesk page that uses them, and run the page-world
 * insertion in the same window, as the main-world script would. Not a strategy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { insertInPage } from './page-api.ts';
import type { PageWorld } from './types.ts';

export function openSavedPage(name: string): Document {
  const html = readFileSync(join(import.meta.dirname, '../../e2e/fixtures/helpdesks', `${name}.html`), 'utf8');
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  return document;
}

/** The bridge with the page's world being this test's own window. */
export const sameWorld: PageWorld = async (target, request) => insertInPage(target, request);
