import { useCallback, useState } from 'react';

const PREFIX = 'cantiere.draft.';

function read(key: string): string {
  try {
    return localStorage.getItem(PREFIX + key) ?? '';
  } catch {
    return '';
  }
}

/**
 * A text kept on this device while it is being written: a dropped connection, a closed tab or a
 * reload does not lose a long answer. Cleared once the hub has accepted it.
 */
export function useStoredDraft(key: string) {
  const [text, setText] = useState(() => read(key));
  // A new key (another thread) starts from that thread's own draft.
  const [currentKey, setCurrentKey] = useState(key);
  if (key !== currentKey) {
    setCurrentKey(key);
    setText(read(key));
  }

  const change = useCallback(
    (value: string) => {
      setText(value);
      try {
        if (value) localStorage.setItem(PREFIX + key, value);
        else localStorage.removeItem(PREFIX + key);
      } catch {
        // Storage may be full or refused; the text is still in the form.
      }
    },
    [key],
  );

  const clear = useCallback(() => change(''), [change]);
  return [text, change, clear] as const;
}
