import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { originPattern } from '../background/custom-origins.ts';
import { grantedCustomOrigins } from '../background/custom-domains.ts';
import { t } from '../ui/i18n.ts';

/**
 * Self-hosted helpdesks: each address becomes an optional host permission the browser
 * asks the agent to confirm; the background then runs Olive Branch there.
 */
export function CustomDomains() {
  const [origins, setOrigins] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState('');

  const refresh = async () => setOrigins(await grantedCustomOrigins());
  useEffect(() => {
    void refresh();
    const onChange = () => void refresh();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, []);

  const add = async (event: Event) => {
    event.preventDefault();
    const pattern = originPattern(input);
    if (!pattern) return setMessage(t('domains_invalid'));
    // Must run inside the click: browsers only ask for a permission on a user gesture.
    const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
    setMessage(granted ? t('domains_added', pattern) : t('domains_denied'));
    if (granted) setInput('');
    await refresh();
  };

  const remove = async (origin: string) => {
    await browser.permissions.remove({ origins: [origin] });
    setMessage(t('domains_removed', origin));
    await refresh();
  };

  return (
    <section class="custom-domains" aria-labelledby="domains-title">
      <h2 id="domains-title">{t('domains_title')}</h2>
      <p class="hint">{t('domains_hint')}</p>
      <form onSubmit={(e) => void add(e)}>
        <label>
          {t('domains_label')}
          <input
            name="customDomain"
            type="text"
            inputMode="url"
            placeholder="https://support.example.com"
            value={input}
            onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="primary">{t('domains_add')}</button>
      </form>
      <p role="status" data-testid="domains-status">{message}</p>
      <ul data-testid="custom-domains">
        {origins.map((origin) => (
          <li key={origin} data-testid="custom-domain">
            <code>{origin}</code>{' '}
            <button type="button" onClick={() => void remove(origin)}>{t('domains_remove')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
