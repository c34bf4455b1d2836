import { render } from 'preact';
import { App } from './App.tsx';
import { loadSettings } from '../storage/settings.ts';
import { applyLanguage } from '../ui/i18n.ts';

// The chosen language must be in place before the first string is drawn.
void loadSettings()
  .then((settings) => applyLanguage(settings.language))
  .catch(() => undefined)
  .finally(() => render(<App />, document.getElementById('app')!));
