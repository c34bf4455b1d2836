/** The agent's favourite phrases, by phrase id, kept in storage.local and shared by every open panel. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

const KEY = 'favouritePhrases';
const MAX = 500;

function clean(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string' && id.length <= 200).slice(0, MAX) : [];
}

export function useFavourites(): { favourites: ReadonlySet<string>; toggle(id: string): void } {
  const [favourites, setFavourites] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    void browser.storage.local.get(KEY).then((stored) => setFavourites(new Set(clean(stored[KEY]))));
    const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === 'local' && changes[KEY]) setFavourites(new Set(clean(changes[KEY].newValue)));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const toggle = useCallback((id: string) => {
    setFavourites((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      void browser.storage.local.set({ [KEY]: [...next] });
      return next;
    });
  }, []);
  return { favourites, toggle };
}
