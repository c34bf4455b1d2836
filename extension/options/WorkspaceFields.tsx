/**
 * Options added by the workspace: signature, default follow-up, the picker's trigger,
 * which helpdesks Olive Branch runs on, and the UI language. Each field saves on change.
 */
import { useState } from 'preact/hooks';
import { adapters } from '../../src/helpdesks/index.ts';
import { FOLLOW_UP_DELAYS, UI_LANGUAGES, isValidTrigger, type Settings } from '../storage/settings-schema.ts';
import { t } from '../ui/i18n.ts';

interface Props {
  settings: Settings;
  update(patch: Partial<Settings>): Promise<void>;
}

const DELAY_KEYS: Record<(typeof FOLLOW_UP_DELAYS)[number], string> = {
  '2hours': 'followup_2hours',
  tomorrow: 'followup_tomorrow',
  '2days': 'followup_2days',
};

/** Named helpdesks the agent can switch off; basic mode ('generic') is not a helpdesk. */
const HELPDESKS = adapters.filter((a) => a.id !== 'generic' && a.id !== 'demo');

export function WorkspaceFields({ settings, update }: Props) {
  const [trigger, setTrigger] = useState(settings.triggerKey);
  const triggerOk = isValidTrigger(trigger);
  const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  const toggleHelpdesk = (id: string, on: boolean) => {
    const off = new Set(settings.disabledHelpdesks);
    if (on) off.delete(id);
    else off.add(id);
    void update({ disabledHelpdesks: [...off] });
  };

  return (
    <>
      <label>
        {t('options_signature')}
        <textarea name="signature" rows={3} maxLength={2000} value={settings.signature} onChange={(e) => void update({ signature: value(e) })} />
      </label>
      <label>
        {t('options_followup_delay')}
        <select name="followUpDelay" value={settings.followUpDelay} onChange={(e) => void update({ followUpDelay: value(e) as Settings['followUpDelay'] })}>
          {FOLLOW_UP_DELAYS.map((d) => (
            <option key={d} value={d}>{t(DELAY_KEYS[d], settings.workdayStart)}</option>
          ))}
        </select>
      </label>
      <label>
        {t('options_trigger')}
        <input
          name="triggerKey"
          value={trigger}
          maxLength={4}
          aria-invalid={!triggerOk}
          aria-describedby="trigger-help"
          onInput={(e) => setTrigger(value(e))}
          onChange={(e) => isValidTrigger(value(e)) && void update({ triggerKey: value(e) })}
        />
        <span id="trigger-help" class={triggerOk ? 'hint' : 'error'} role={triggerOk ? undefined : 'alert'}>
          {triggerOk ? t('options_shortcuts') : t('options_trigger_invalid')}
        </span>
      </label>
      <label>
        {t('options_language')}
        <select name="language" value={settings.language} onChange={(e) => void update({ language: value(e) as Settings['language'] })}>
          {UI_LANGUAGES.map((l) => (
            <option key={l} value={l}>{t(`options_language_${l}`)}</option>
          ))}
        </select>
      </label>
      <fieldset class="helpdesks" data-testid="options-helpdesks">
        <legend>{t('options_helpdesks')}</legend>
        <p class="hint">{t('options_helpdesks_hint')}</p>
        {HELPDESKS.map((a) => (
          <label key={a.id} class="check">
            <input type="checkbox" name={`helpdesk-${a.id}`} checked={!settings.disabledHelpdesks.includes(a.id)} onChange={(e) => toggleHelpdesk(a.id, (e.currentTarget as HTMLInputElement).checked)} />
            {a.name}
          </label>
        ))}
      </fieldset>
    </>
  );
}
