/**
 * Pure helpers for the UI language: which language to show, and how a `_locales`
 * entry becomes text. Kept apart from `i18n.ts` so they can be tested without a browser.
 */
import type { UiLanguage } from '../storage/settings-schema.ts';

/** Languages shipped in `public/_locales`. */
export const UI_LOCALES = ['en', 'es'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Messages = Record<string, MessageEntry>;

/**
 * The language to show: the agent's choice, else the browser's UI language when we
 * ship it (`es-419` → `es`), else English.
 */
export function resolveLanguage(setting: UiLanguage | undefined, browserLanguage: string | undefined): UiLocale {
  if (setting && setting !== 'auto') return setting;
  const base = (browserLanguage ?? '').toLowerCase().split(/[-_]/)[0] as UiLocale;
  return UI_LOCALES.includes(base) ? base : 'en';
}

/**
 * Fills an entry the way `chrome.i18n.getMessage` does: named `$NAME$` placeholders map
 * to `$1`…`$9`, which take the substitutions; `$$` is a literal dollar.
 */
export function formatMessage(entry: MessageEntry, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message
    .split('$$')
    .map((part) => part.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = named.get(name.toLowerCase());
      return content === undefined ? whole : positional(content);
    }))
    .join('$');
}
