import type { FilledPhrase } from '../ui/phrase-search.ts';
import { t } from '../ui/i18n.ts';

interface Props {
  entry: FilledPhrase;
  active: boolean;
  favourite: boolean;
  /** Shown on search and favourite results, where phrases of every step mix. */
  stepLabel?: string;
  onInsert(): void;
  onCopy(): void;
  onToggleFavourite(): void;
  onFocus(): void;
}

/**
 * One phrase: its text already filled for this ticket (the preview is the text that
 * will be inserted), with insert, copy and favourite. Only the active card's insert
 * button is in the tab order; arrows move between cards (see PhraseList).
 */
export function PhraseCard({ entry, active, favourite, stepLabel, onInsert, onCopy, onToggleFavourite, onFocus }: Props) {
  const { phrase } = entry;
  const textId = `phrase-text-${phrase.id}`;
  return (
    <li class={`phrase${active ? ' phrase-active' : ''}`} data-testid="phrase" data-step={phrase.step} data-phrase-id={phrase.id} data-active={active ? 'true' : undefined} onFocusIn={onFocus}>
      <div class="phrase-head">
        <span class="phrase-title">{entry.title}</span>
        {stepLabel && <span class="phrase-step">{stepLabel}</span>}
      </div>
      <p class="phrase-text" id={textId}>
        {entry.cursor === undefined ? (
          entry.text
        ) : (
          <>
            {entry.text.slice(0, entry.cursor)}
            {/* Where the caret lands; the label is CSS content, so copying or reading the text never includes it. */}
            <span class="cursor-mark" data-label={t('phrase_cursor_mark')} />
            {entry.text.slice(entry.cursor)}
          </>
        )}
      </p>
      <div class="phrase-actions">
        <button type="button" class="primary" data-testid="phrase-insert" tabIndex={active ? 0 : -1} aria-describedby={textId} onClick={onInsert}>
          {t('phrase_insert')}
        </button>
        <button type="button" data-testid="phrase-copy" tabIndex={active ? 0 : -1} aria-describedby={textId} onClick={onCopy}>
          {t('phrase_copy')}
        </button>
        <button
          type="button"
          class="favourite"
          data-testid="phrase-favourite"
          tabIndex={active ? 0 : -1}
          aria-pressed={favourite}
          title={t(favourite ? 'phrase_unfavourite' : 'phrase_favourite')}
          onClick={onToggleFavourite}
        >
          <span aria-hidden="true">{favourite ? '★' : '☆'}</span>
          <span class="visually-hidden">{t('phrase_favourite')}</span>
        </button>
      </div>
    </li>
  );
}
