import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings, type Settings } from '../storage/settings.ts';
import { playbooksIn } from '../../src/playbooks/index.ts';
import { t } from '../ui/i18n.ts';
import { CustomDomains } from './CustomDomains.tsx';
import { RemindersSection } from './RemindersSection.tsx';
import { WorkspaceFields } from './WorkspaceFields.tsx';
import { AcceptedWording } from './AcceptedWording.tsx';
import { Library } from './Library.tsx';
import { Sync } from './Sync.tsx';
import { applyLanguage, uiLanguage } from '../ui/i18n.ts';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => void loadSettings().then(setSettings), []);
  if (!settings) return null;

  const update = async (patch: Partial<Settings>) => {
    setSettings(await saveSettings(patch));
    setSaved(true);
  };
  const text = (key: 'agentName' | 'company') => ({
    value: settings[key],
    onChange: (e: Event) => void update({ [key]: (e.currentTarget as HTMLInputElement).value }),
  });

  return (
    <main>
      <h1>{t('options_title')}</h1>
      <form onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('options_agent_name')}
          <input name="agentName" autocomplete="name" {...text('agentName')} />
        </label>
        <label>
          {t('options_company')}
          <input name="company" autocomplete="organization" {...text('company')} />
        </label>
        <label>
          {t('options_workday_start')}
          <input
            name="workdayStart"
            type="time"
            value={settings.workdayStart}
            onChange={(e) => void update({ workdayStart: (e.currentTarget as HTMLInputElement).value || '09:00' })}
          />
        </label>
        <label>
          {t('options_playbook')}
          <select name="playbook" value={settings.playbook} onChange={(e) => void update({ playbook: (e.currentTarget as HTMLSelectElement).value })}>
            {playbooksIn(uiLanguage()).map((p) => (
              <option key={p.id} value={p.id}>{p.name}</option>
            ))}
          </select>
        </label>
        <WorkspaceFields settings={settings} update={update} />
        <p class="saved" role="status">{saved ? t('options_saved') : ''}</p>
      </form>
      <AcceptedWording settings={settings} update={update} />
      <CustomDomains />
      <RemindersSection />
      <Library />
      <Sync />
    </main>
  );
}

// The chosen language must be in place before the first string is drawn.
void loadSettings()
  .then((settings) => applyLanguage(settings.language))
  .catch(() => undefined)
  .finally(() => render(<Options />, document.getElementById('app')!));
