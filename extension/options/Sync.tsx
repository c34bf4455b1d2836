/**
 * Browser sync of settings and phrases: off until the agent turns it on, with a plain
 * statement of what travels (settings and phrases) and what never does (customer data).
 */
import { useEffect, useState } from 'preact/hooks';
import { loadManaged } from '../storage/managed.ts';
import { loadSyncState, onSyncStateChanged, setSyncEnabled } from '../storage/sync-run.ts';
import { SYNC_OFF, type SyncState } from '../storage/sync.ts';
import { t } from '../ui/i18n.ts';

function errorText(error: NonNullable<SyncState['error']>): string {
  if (error.code === 'too_large') return t('sync_too_large', [String(Math.ceil(error.bytes / 1024)), String(Math.floor(error.limit / 1024))]);
  return t('sync_failed', error.message);
}

function onText(state: SyncState): string {
  if (state.syncedAt === undefined) return t('sync_on');
  const at = new Date(state.syncedAt);
  const today = at.toDateString() === new Date().toDateString();
  const when = at.toLocaleString(undefined, today ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  return t('sync_on_at', when);
}

export function Sync() {
  const [state, setState] = useState<SyncState>(SYNC_OFF);
  const [allowed, setAllowed] = useState(true);
  useEffect(() => {
    void loadSyncState().then(setState);
    void loadManaged().then((m) => setAllowed(m.syncAllowed));
    return onSyncStateChanged(setState);
  }, []);

  return (
    <section class="sync" aria-labelledby="sync-title" data-testid="sync">
      <h2 id="sync-title">{t('sync_title')}</h2>
      <label class="check">
        <input
          type="checkbox"
          data-testid="sync-toggle"
          checked={state.enabled && allowed}
          disabled={!allowed}
          onChange={(e) => void setSyncEnabled((e.currentTarget as HTMLInputElement).checked).then(setState)}
        />
        {t('sync_label')}
      </label>
      <p class="hint">{t('sync_explain')}</p>
      {!allowed && <p class="hint">{t('sync_not_allowed')}</p>}
      <p role="status" data-testid="sync-status" class={state.error ? 'error' : ''}>
        {state.error ? errorText(state.error) : state.enabled && allowed ? onText(state) : t('sync_off')}
      </p>
    </section>
  );
}
