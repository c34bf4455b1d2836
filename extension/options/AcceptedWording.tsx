import type { Settings } from '../storage/settings.ts';
import { withoutWording, type AcceptedWording as Wording } from '../../src/analysis/draft-accepted.ts';
import { t } from '../ui/i18n.ts';

/** The draft wording the agent marked "Not a problem" in the panel, each one undoable. */
export function AcceptedWording({ settings, update }: { settings: Settings; update: (patch: Partial<Settings>) => Promise<void> }) {
  const remove = (wording: Wording) => void update({ acceptedWording: withoutWording(settings.acceptedWording, wording) });
  return (
    <section class="accepted-wording" aria-labelledby="accepted-title">
      <h2 id="accepted-title">{t('options_accepted_title')}</h2>
      <p class="hint">{t('options_accepted_hint')}</p>
      {settings.acceptedWording.length === 0 ? (
        <p data-testid="accepted-empty">{t('options_accepted_empty')}</p>
      ) : (
        <ul>
          {settings.acceptedWording.map((wording) => (
            <li key={`${wording.kind}|${wording.text}`} data-testid="accepted-wording">
              <q>{wording.text}</q> — {t(`draft_kind_${wording.kind}`)}{' '}
              <button type="button" class="link" aria-label={t('options_accepted_remove_label', wording.text)} onClick={() => remove(wording)}>
                {t('options_accepted_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
