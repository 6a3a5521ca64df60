import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { SizeBand } from '../../gql/graphql';
import { isSizeBand } from './sizeBands';

/** Typing "Berg…" on a slow connection should cost one request, not one per letter. */
const SEARCH_PAUSE_MS = 300;

interface FilterValues {
  search: string;
  province: string;
  sizeBand: SizeBand | null;
}

/**
 * The directory's filters live in the address (?q=…&provincia=…&fascia=…), so a search can be
 * shared and the back button works. The name box is written to the address after a pause in
 * typing; when the address changes by other means (menu link, back button) the box follows it.
 */
export function useDirectoryFilters() {
  const [params, setParams] = useSearchParams();
  const fascia = params.get('fascia');
  const filters: FilterValues = {
    search: params.get('q') ?? '',
    province: params.get('provincia') ?? '',
    sizeBand: isSizeBand(fascia) ? fascia : null,
  };

  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const [text, setText] = useState(filters.search);
  // The last search this page wrote, and the last one it saw in the address.
  const [written, setWritten] = useState(filters.search);
  const [seen, setSeen] = useState(filters.search);
  if (filters.search !== seen) {
    setSeen(filters.search);
    if (filters.search !== written) {
      setText(filters.search);
      setWritten(filters.search);
    }
  }

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const writeSearch = useCallback(
    (value: string) => {
      clearTimeout(timer.current);
      setWritten(value.trim());
      update({ q: value.trim() });
    },
    [update],
  );

  const changeText = useCallback(
    (value: string) => {
      setText(value);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => writeSearch(value), SEARCH_PAUSE_MS);
    },
    [writeSearch],
  );

  /** Enter in the name box searches at once. */
  const submitText = useCallback(() => writeSearch(text), [writeSearch, text]);

  const reset = useCallback(() => {
    clearTimeout(timer.current);
    setText('');
    setWritten('');
    update({ q: null, provincia: null, fascia: null });
  }, [update]);

  return { filters, text, changeText, submitText, update, reset };
}
