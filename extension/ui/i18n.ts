import browser from 'webextension-polyfill';

/** A UI string from _locales; the key itself when missing, so a gap shows rather than a blank. */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}
