import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Ticket } from '../../src/ticket.ts';
import type { Analysis } from '../../src/analysis/types.ts';
import type { Playbook } from '../../src/playbooks/types.ts';
import type { Phrase } from '../../src/phrases/index.ts';
import type { Settings } from '../storage/settings.ts';
import { rankedPhrases } from '../ui/ranked-phrases.ts';
import { phraseSearch, type FilledPhrase } from '../ui/phrase-search.ts';
import { insertIntoTab, type InsertOutcome } from './insert.ts';
import { PhraseCard } from './PhraseCard.tsx';
import { useFavourites } from './use-favourites.ts';
import { t } from '../ui/i18n.ts';

/** Suggestions shown at once: enough to choose from, few enough to scan. */
export const SUGGESTED = 5;
const SEARCH_RESULTS = 20;

type View = 'suggested' | 'favourites';
type Status = InsertOutcome | 'copied-on-request' | null;

interface Props {
  tabId: number | undefined;
  ticket: Ticket | null;
  analysis: Analysis | null;
  playbook: Playbook;
  settings: Settings;
  phrases: readonly Phrase[];
}

/**
 * Ranked phrases for the ticket, favourites, and a fuzzy search across every phrase.
 * Keyboard: arrows move between phrases (from the search box too), Enter inserts.
 */
export function PhraseList({ tabId, ticket, analysis, playbook, settings, phrases }: Props) {
  const { favourites, toggle } = useFavourites();
  const [view, setView] = useState<View>('suggested');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState<Status>(null);
  const list = useRef<HTMLUListElement>(null);

  const all = useMemo(
    () => rankedPhrases(phrases, ticket, analysis, playbook, settings, favourites),
    [phrases, ticket, analysis, playbook, settings.agentName, settings.company, favourites],
  );
  const index = useMemo(() => phraseSearch(all), [all]);
  const searching = query.trim() !== '';
  const shown: FilledPhrase[] = searching
    ? index.search(query, SEARCH_RESULTS)
    : view === 'favourites'
      ? all.filter((e) => favourites.has(e.phrase.id))
      : all.slice(0, SUGGESTED);
  const current = Math.min(active, Math.max(shown.length - 1, 0));
  useEffect(() => setActive(0), [query, view]);

  const stepTitle = (step: string) => playbook.steps.find((s) => s.kind === step)?.title ?? step;

  const insert = async (entry: FilledPhrase | undefined) => {
    if (!entry) return;
    setStatus(await insertIntoTab(tabId, entry.text, entry.cursor === undefined ? {} : { cursor: entry.cursor }));
  };
  const copy = async (entry: FilledPhrase) => {
    try {
      await navigator.clipboard.writeText(entry.text);
      setStatus('copied-on-request');
    } catch {
      setStatus('failed');
    }
  };

  const focusCard = (i: number) => {
    const next = Math.max(0, Math.min(i, shown.length - 1));
    setActive(next);
    list.current?.querySelectorAll<HTMLButtonElement>('[data-testid="phrase-insert"]')[next]?.focus();
  };
  const onListKey = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: shown.length - 1 };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    focusCard(to);
  };
  const onSearchKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && shown.length > 0) {
      event.preventDefault();
      focusCard(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void insert(shown[current]);
    } else if (event.key === 'Escape' && query) {
      setQuery('');
    }
  };

  const statusText: Record<Exclude<Status, null>, string> = {
    inserted: t('insert_done'),
    copied: t('insert_copied'),
    'copied-on-request': t('copy_done'),
    failed: t('insert_failed'),
  };

  return (
    <section class="phrases" aria-labelledby="phrases-title">
      <h2 id="phrases-title">{t(searching ? 'phrases_search_title' : view === 'favourites' ? 'phrases_favourites_title' : 'phrases_title')}</h2>
      <div class="phrase-tools">
        <input
          type="search"
          data-testid="phrase-search"
          aria-label={t('phrases_search')}
          placeholder={t('phrases_search')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={onSearchKey}
        />
        <div class="view-switch" role="group" aria-label={t('phrases_view')}>
          {(['suggested', 'favourites'] as const).map((v) => (
            <button key={v} type="button" data-testid={`phrases-view-${v}`} aria-pressed={view === v && !searching} onClick={() => (setQuery(''), setView(v))}>
              {t(`phrases_view_${v}`)}
            </button>
          ))}
        </div>
      </div>
      {shown.length === 0 ? (
        <p class="phrases-empty" data-testid="phrases-empty">{t(searching ? 'phrases_no_match' : 'phrases_no_favourites')}</p>
      ) : (
        <ul ref={list} onKeyDown={onListKey} aria-label={t('phrases_list')}>
          {shown.map((entry, i) => (
            <PhraseCard
              key={entry.phrase.id}
              entry={entry}
              active={i === current}
              favourite={favourites.has(entry.phrase.id)}
              stepLabel={searching || view === 'favourites' ? stepTitle(entry.phrase.step) : undefined}
              onInsert={() => void insert(entry)}
              onCopy={() => void copy(entry)}
              onToggleFavourite={() => toggle(entry.phrase.id)}
              onFocus={() => setActive(i)}
            />
          ))}
        </ul>
      )}
      {settings.signature.trim() && (
        <button type="button" class="link signature" data-testid="insert-signature" onClick={() => void insertIntoTab(tabId, settings.signature).then(setStatus)}>
          {t('phrase_insert_signature')}
        </button>
      )}
      <p class="status" role="status" data-testid="insert-status" data-outcome={status ?? ''}>
        {status ? statusText[status] : ''}
      </p>
    </section>
  );
}
