/**
 * UI strings from `_locales`. By default the browser picks the language
 * (`i18n.getMessage`); when the agent chose one in the options, that locale's
 * messages are loaded once at start-up and used instead.
 */
import browser from 'webextension-polyfill';
import type { UiLanguage } from '../storage/settings-schema.ts';
import { formatMessage, resolveLanguage, type Messages, type UiLocale } from './locale.ts';

let chosen: { language: UiLocale; messages: Messages } | null = null;

/** A UI string; the key itself when missing, so a gap shows rather than a blank. */
export function t(key: string, substitutions?: string | string[]): string {
  const entry = chosen?.messages[key];
  if (entry) return formatMessage(entry, substitutions);
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

function browserLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}

/** The language the UI shows and built-in phrases are picked in. */
export function uiLanguage(setting?: UiLanguage): UiLocale {
  return chosen?.language ?? resolveLanguage(setting, browserLanguage());
}

/**
 * Applies the agent's language choice before the first render. 'auto', or a choice
 * equal to the browser's language, needs nothing loaded.
 */
export async function applyLanguage(setting: UiLanguage): Promise<UiLocale> {
  const language = resolveLanguage(setting, browserLanguage());
  if (chosen?.language === language) return language; // the worker asks on every picker request
  chosen = null;
  if (setting !== 'auto' && language !== resolveLanguage('auto', browserLanguage())) {
    try {
      const response = await fetch(browser.runtime.getURL(`_locales/${language}/messages.json`));
      chosen = { language, messages: (await response.json()) as Messages };
    } catch (error) {
      console.warn('[olive-branch] could not load the chosen language; using the browser language', error);
    }
  }
  const shown = uiLanguage(setting);
  if (typeof document !== 'undefined') document.documentElement.lang = shown;
  return shown;
}
