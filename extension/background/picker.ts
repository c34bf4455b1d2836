/**
 * The background's side of the in-page picker and the "insert top phrase" shortcut:
 * phrases for a tab's reading, ranked, searched and filled here so the content script
 * never bundles the engine.
 */
import browser from 'webextension-polyfill';
import { acceptContentToBackground, type PickerAnswer, type PickerPhrase, type Reading } from '../messaging.ts';
import { analyzeTicket } from '../../src/analysis/index.ts';
import { getPlaybook } from '../../src/playbooks/index.ts';
import { loadActivePhrases } from '../storage/phrases-library.ts';
import { loadSettings, type Settings } from '../storage/settings.ts';
import { rankedPhrases } from '../ui/ranked-phrases.ts';
import { phraseSearch, type FilledPhrase } from '../ui/phrase-search.ts';
import { applyLanguage, t } from '../ui/i18n.ts';

/** Rows the picker shows: it sits next to the caret and must stay small. */
export const PICKER_ROWS = 6;
const FAVOURITES_KEY = 'favouritePhrases';

async function favourites(): Promise<Set<string>> {
  const stored = (await browser.storage.local.get(FAVOURITES_KEY))[FAVOURITES_KEY];
  return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
}

/** Every phrase for what the tab reads, best first; none when the agent switched this helpdesk off. */
export async function phrasesForReading(reading: Reading, settings?: Settings): Promise<FilledPhrase[]> {
  const s = settings ?? (await loadSettings());
  if (s.disabledHelpdesks.includes(reading.adapter)) return [];
  const language = await applyLanguage(s.language);
  const playbook = getPlaybook(s.playbook);
  const analysis = reading.ticket ? analyzeTicket(reading.ticket, playbook) : null;
  return rankedPhrases(await loadActivePhrases(language), reading.ticket, analysis, playbook, s, await favourites());
}

function toPicker(entry: FilledPhrase): PickerPhrase {
  return { id: entry.phrase.id, step: entry.phrase.step, title: entry.title, text: entry.text, ...(entry.cursor !== undefined ? { cursor: entry.cursor } : {}) };
}

export async function pickerAnswer(query: string, reading: Reading): Promise<PickerAnswer> {
  const settings = await loadSettings();
  const ranked = await phrasesForReading(reading, settings);
  return {
    enabled: !settings.disabledHelpdesks.includes(reading.adapter),
    phrases: phraseSearch(ranked).search(query, PICKER_ROWS).map(toPicker),
    labels: { title: t('picker_label'), hint: t('picker_hint'), empty: t('picker_empty'), cursor: t('phrase_cursor_mark') },
  };
}

/** Answers only our content script's picker requests; anything else is left to other listeners. */
export function onPickerMessage(message: unknown, sender: browser.Runtime.MessageSender): Promise<PickerAnswer> | undefined {
  const request = acceptContentToBackground(message, sender, { id: browser.runtime.id, origin: browser.runtime.getURL('') });
  return request ? pickerAnswer(request.query, request.reading) : undefined;
}
