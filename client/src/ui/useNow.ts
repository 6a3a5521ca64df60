import { useEffect, useState } from 'react';

/** The current time, refreshed every minute, so that "5 minuti fa" stays true while the page is open. */
export function useNow(refreshMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), refreshMs);
    return () => clearInterval(timer);
  }, [refreshMs]);
  return now;
}
