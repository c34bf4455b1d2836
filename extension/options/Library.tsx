/**
 * The phrase library in the options page: every phrase the panel can offer, where it
 * comes from, and the agent's changes to it. Built-ins can be reworded or hidden (never
 * destroyed), team phrases are shown read-only, own phrases are fully the agent's.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { duplicatePhrase, newPhraseId, removePhrase, setHidden, upsertPhrases, type LibraryEntry } from '../../src/phrases/library.ts';
import type { Phrase } from '../../src/phrases/types.ts';
import { loadSettings, onSettingsChanged, type Settings } from '../storage/settings.ts';
import { t, uiLanguage } from '../ui/i18n.ts';
import { LibraryEditor } from './LibraryEditor.tsx';
import { LibraryImport } from './LibraryImport.tsx';
import { useLibrary } from './LibraryData.tsx';
import { methodSteps } from './method-steps.ts';
import './library.css';

const stepTitle = (step: string) => methodSteps().find((s) => s.kind === step)?.title ?? step;
const label = (phrase: Phrase) => phrase.title ?? (phrase.text.length > 60 ? `${phrase.text.slice(0, 59)}…` : phrase.text);

type Editing = { phrase: Phrase; isNew: boolean } | null;

export function Library() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  const model = useLibrary(uiLanguage(settings?.language));
  const [editing, setEditing] = useState<Editing>(null);
  const [filter, setFilter] = useState('');
  if (!model.ready || !settings) return null;
  const { library } = model;

  const startNew = () => setEditing({ isNew: true, phrase: { id: newPhraseId(), step: 'acknowledge', text: '', tone: 'warm', lang: uiLanguage(settings.language) } });
  const saveEdit = async (phrase: Phrase) => {
    setEditing(null);
    await model.save(upsertPhrases(library, [phrase]));
  };
  const duplicate = async (entry: LibraryEntry) => {
    const copy = duplicatePhrase(entry.phrase, t('library_copy_suffix'));
    await model.save(upsertPhrases(library, [copy]));
    setEditing({ phrase: copy, isNew: false });
  };
  const remove = (entry: LibraryEntry) => model.saveUndoable(removePhrase(library, entry.phrase.id), t(entry.overridden ? 'library_reset_done' : 'library_deleted', label(entry.phrase)));

  const needle = filter.trim().toLowerCase();
  const shown = needle ? model.entries.filter((e) => `${e.phrase.title ?? ''} ${e.phrase.text}`.toLowerCase().includes(needle)) : model.entries;
  const mine = shown.filter((e) => e.origin === 'personal');
  const team = shown.filter((e) => e.origin === 'team');
  const builtIn = shown.filter((e) => e.origin === 'builtin');

  const row = (entry: LibraryEntry) => (
    <li key={entry.phrase.id} class="library-phrase" data-testid="library-phrase" data-origin={entry.origin} data-phrase-id={entry.phrase.id} data-hidden={String(entry.hidden)} data-overridden={String(entry.overridden)}>
      <div class="library-phrase-head">
        <strong data-testid="library-phrase-title">{label(entry.phrase)}</strong>
        <span class="tag">{stepTitle(entry.phrase.step)}</span>
        {entry.origin === 'team' && <span class="tag team" data-testid="library-team-badge">{t('library_from_organisation')}</span>}
        {entry.overridden && <span class="tag">{t('library_edited')}</span>}
        {entry.hidden && <span class="tag">{t('library_hidden')}</span>}
      </div>
      <p class="library-phrase-text" data-testid="library-phrase-text">{entry.phrase.text}</p>
      <div class="library-actions">
        {!entry.readOnly && <button type="button" data-testid="library-edit" onClick={() => setEditing({ phrase: entry.phrase, isNew: false })}>{t('library_edit')}</button>}
        <button type="button" data-testid="library-duplicate" onClick={() => void duplicate(entry)}>{t('library_duplicate')}</button>
        {entry.origin === 'personal' && <button type="button" data-testid="library-delete" onClick={() => void remove(entry)}>{t('library_delete')}</button>}
        {entry.overridden && <button type="button" data-testid="library-reset" onClick={() => void remove(entry)}>{t('library_reset')}</button>}
        {entry.origin !== 'personal' && (
          <button type="button" data-testid="library-hide" aria-pressed={entry.hidden} onClick={() => void model.save(setHidden(library, entry.phrase.id, !entry.hidden))}>
            {entry.hidden ? t('library_show') : t('library_hide')}
          </button>
        )}
      </div>
    </li>
  );

  // A hundred built-ins would bury the agent's own phrases: they fold by step, and open while filtering.
  const byStep = (
    <div class="library-steps">
      {methodSteps().map((step) => {
        const entries = builtIn.filter((e) => e.phrase.step === step.kind);
        return (
          entries.length > 0 && (
            <details key={step.id} open={needle !== ''} data-testid="library-step" data-step={step.kind}>
              <summary>
                {step.title} <span class="count">({entries.length})</span>
              </summary>
              <ul>{entries.map(row)}</ul>
            </details>
          )
        );
      })}
    </div>
  );

  const group = (title: string, entries: LibraryEntry[], testId: string, note?: string, body?: ComponentChildren) =>
    entries.length > 0 && (
      <section class="library-group" data-testid={testId} aria-label={title}>
        <h3>{title} <span class="count">({entries.length})</span></h3>
        {note && <p class="hint">{note}</p>}
        {body ?? <ul>{entries.map(row)}</ul>}
      </section>
    );

  return (
    <section class="library" aria-labelledby="library-title" data-testid="library">
      <h2 id="library-title">{t('library_title')}</h2>
      <p class="hint">{t('library_intro')}</p>
      <div class="library-toolbar">
        <button type="button" class="primary" data-testid="library-new" onClick={startNew}>{t('library_new')}</button>
        <input type="search" aria-label={t('library_filter')} placeholder={t('library_filter')} value={filter} onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)} />
      </div>
      <LibraryImport library={library} onImport={(next, count) => model.saveUndoable(next, t('library_imported', String(count)))} />
      <p class="library-undo-bar" role="status">
        {model.undoLabel && (
          <>
            <span data-testid="library-undo-message">{model.undoLabel}</span>{' '}
            <button type="button" class="link" data-testid="library-undo" onClick={() => void model.undo()}>{t('library_undo')}</button>
          </>
        )}
      </p>
      {editing && (
        <LibraryEditor key={editing.phrase.id} phrase={editing.phrase} isNew={editing.isNew} settings={settings} onSave={(p) => void saveEdit(p)} onCancel={() => setEditing(null)} />
      )}
      {group(t('library_group_mine'), mine, 'library-mine')}
      {!needle && mine.length === 0 && (
        <p class="hint" data-testid="library-mine-empty">
          {t('library_mine_empty')}
        </p>
      )}
      {group(model.managed.teamName ? t('library_group_team_named', model.managed.teamName) : t('library_group_team'), team, 'library-team', t('library_team_note'))}
      {model.managed.rejected > 0 && (
        <p class="hint" role="note" data-testid="library-team-rejected">
          {t('library_team_rejected', String(model.managed.rejected))}
        </p>
      )}
      {group(t('library_group_builtin'), builtIn, 'library-builtin', undefined, byStep)}
    </section>
  );
}
