import { useEffect, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged, type Settings } from '../storage/settings.ts';
import { DEFAULT_SETTINGS } from '../storage/settings-schema.ts';

export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  return settings;
}
