/**
 * Writing or rewording one phrase: text with placeholder help, tags (step, heat range,
 * wants, tone, language), problems explained as the agent types, and a live preview
 * filled for a sample ticket exactly as the panel would fill it.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { WANT_IDS, type HeatLevel, type WantId } from '../../src/analysis/types.ts';
import { contextFor, fillTemplate, placeholderNames, validateTemplate, type TemplateProblem } from '../../src/phrases/index.ts';
import type { Phrase } from '../../src/phrases/types.ts';
import type { Ticket } from '../../src/ticket.ts';
import { t } from '../ui/i18n.ts';
import { methodSteps } from './method-steps.ts';

/** The ticket the preview is filled for: an upset customer with a name and a word of their own. */
const SAMPLE_TICKET: Ticket = {
  helpdesk: 'sample',
  id: '1042',
  url: 'https://help.example.com/tickets/1042',
  subject: 'Order #1042 arrived damaged',
  customer: { name: 'Jordan Lee' },
  messages: [],
};

export function problemText(problem: TemplateProblem): string {
  if (problem.code === 'unknown_placeholder') return t('library_problem_unknown_placeholder', problem.detail);
  if (problem.code === 'unclosed') return t('library_problem_unclosed', problem.detail);
  return t('library_problem_empty');
}

interface Props {
  phrase: Phrase;
  isNew: boolean;
  settings: { agentName: string; company: string };
  onSave(phrase: Phrase): void;
  onCancel(): void;
}

const HEAT: HeatLevel[] = [0, 1, 2, 3];

export function LibraryEditor({ phrase, isNew, settings, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<Phrase>(phrase);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const problems = validateTemplate(draft.text);
  const preview = useMemo(
    () => fillTemplate(draft.text, contextFor(SAMPLE_TICKET, { theirWords: [t('library_sample_word')] }, settings)).text,
    [draft.text, settings],
  );
  const patch = (p: Partial<Phrase>) => setDraft((d) => ({ ...d, ...p }));

  const insertPlaceholder = (name: string) => {
    const area = textRef.current;
    const token = `{{${name}}}`;
    const start = area?.selectionStart ?? draft.text.length;
    const end = area?.selectionEnd ?? draft.text.length;
    patch({ text: draft.text.slice(0, start) + token + draft.text.slice(end) });
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const setHeat = (index: 0 | 1, value: string) => {
    if (value === '') return patch({ heat: undefined });
    const level = Number(value) as HeatLevel;
    const [min, max] = draft.heat ?? [0, 3];
    const next: [HeatLevel, HeatLevel] = index === 0 ? [level, Math.max(level, max) as HeatLevel] : [Math.min(min, level) as HeatLevel, level];
    patch({ heat: next });
  };

  const toggleWant = (want: WantId, on: boolean) => {
    const wants = (draft.wants ?? []).filter((w) => w !== want);
    if (on) wants.push(want);
    patch({ wants: wants.length ? wants : undefined });
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (problems.length > 0) return;
    const { title, ...rest } = draft;
    onSave({ ...rest, ...(title?.trim() ? { title: title.trim() } : {}), lang: draft.lang.trim() || 'en' });
  };

  return (
    <form class="library-editor" data-testid="library-editor" onSubmit={submit} aria-labelledby="library-editor-title">
      <h3 id="library-editor-title">{isNew ? t('library_new_title') : t('library_edit_title')}</h3>
      <label>
        {t('library_field_title')}
        <input name="title" value={draft.title ?? ''} maxLength={120} onInput={(e) => patch({ title: (e.currentTarget as HTMLInputElement).value })} />
      </label>
      <label>
        {t('library_field_text')}
        <textarea
          ref={textRef}
          name="text"
          rows={5}
          value={draft.text}
          aria-invalid={problems.length > 0}
          aria-describedby="library-problems"
          onInput={(e) => patch({ text: (e.currentTarget as HTMLTextAreaElement).value })}
        />
      </label>
      <ul id="library-problems" class="library-problems" aria-live="polite">
        {problems.map((p, i) => (
          <li key={i} class="error" data-testid="library-problem" data-code={p.code}>{problemText(p)}</li>
        ))}
      </ul>
      <details class="placeholder-help">
        <summary>{t('library_placeholders')}</summary>
        <p class="hint">{t('library_placeholders_hint')}</p>
        <ul>
          {placeholderNames.map((name) => (
            <li key={name}>
              <button type="button" class="link" onClick={() => insertPlaceholder(name)}><code>{`{{${name}}}`}</code></button>{' '}
              {t(`library_placeholder_${name.replace('.', '_')}`)}
            </li>
          ))}
        </ul>
      </details>
      <div class="library-preview">
        <span class="hint">{t('library_preview')}</span>
        <p data-testid="library-preview">{preview}</p>
      </div>
      <div class="library-tags">
        <label>
          {t('library_field_step')}
          <select name="step" value={draft.step} onChange={(e) => patch({ step: (e.currentTarget as HTMLSelectElement).value as Phrase['step'] })}>
            {methodSteps().map((s) => (
              <option key={s.id} value={s.kind}>{s.title}</option>
            ))}
          </select>
        </label>
        <label>
          {t('library_field_heat_min')}
          <select name="heatMin" value={draft.heat ? String(draft.heat[0]) : ''} onChange={(e) => setHeat(0, (e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('library_heat_any')}</option>
            {HEAT.map((h) => <option key={h} value={String(h)}>{t(`heat_${h}`)}</option>)}
          </select>
        </label>
        <label>
          {t('library_field_heat_max')}
          <select name="heatMax" value={draft.heat ? String(draft.heat[1]) : ''} onChange={(e) => setHeat(1, (e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('library_heat_any')}</option>
            {HEAT.map((h) => <option key={h} value={String(h)}>{t(`heat_${h}`)}</option>)}
          </select>
        </label>
        <label>
          {t('library_field_tone')}
          <select name="tone" value={draft.tone} onChange={(e) => patch({ tone: (e.currentTarget as HTMLSelectElement).value as Phrase['tone'] })}>
            <option value="warm">{t('library_tone_warm')}</option>
            <option value="formal">{t('library_tone_formal')}</option>
          </select>
        </label>
        <label>
          {t('library_field_lang')}
          <input name="lang" value={draft.lang} size={6} pattern="[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*" onInput={(e) => patch({ lang: (e.currentTarget as HTMLInputElement).value })} />
        </label>
      </div>
      <fieldset class="library-wants">
        <legend>{t('library_field_wants')}</legend>
        {WANT_IDS.map((want) => (
          <label key={want} class="check">
            <input type="checkbox" name="want" value={want} checked={draft.wants?.includes(want) ?? false} onChange={(e) => toggleWant(want, (e.currentTarget as HTMLInputElement).checked)} />
            {t(`want_${want}`)}
          </label>
        ))}
      </fieldset>
      <div class="library-actions">
        <button type="submit" class="primary" data-testid="library-save" disabled={problems.length > 0}>{t('library_save')}</button>
        <button type="button" data-testid="library-cancel" onClick={onCancel}>{t('library_cancel')}</button>
      </div>
    </form>
  );
}
