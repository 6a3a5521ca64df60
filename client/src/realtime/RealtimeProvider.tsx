import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import './realtime.i18n';
import { QueryRefresher } from './cache-updates';
import { RealtimeConnection, type ConnectionStatus } from './connection';
import type { HubEvent } from './sequence';

interface RealtimeContextValue {
  connection: RealtimeConnection | null;
  status: ConnectionStatus;
  /** Bumped when presence or typing changes somewhere, so that hooks read again. */
  peopleVersion: number;
}

const RealtimeContext = createContext<RealtimeContextValue>({ connection: null, status: 'offline', peopleVersion: 0 });

/** What to tell a screen reader user about an event someone else caused; nothing for one's own. */
function announcementKey(event: HubEvent): string | null {
  switch (event.type) {
    case 'post.created':
      return 'realtime.newPosts';
    case 'thread.created':
    case 'question.created':
      return 'realtime.newThreads';
    case 'notification.created':
      return 'realtime.newNotification';
    case 'thread.updated':
      return event.payload.status !== undefined && event.payload.status !== null ? 'realtime.questionUpdated' : null;
    default:
      return null;
  }
}

/**
 * Live updates for a signed-in person: one socket, the cache kept current by events, a discreet
 * banner while offline or catching up, and a polite live region that never moves the focus.
 */
export function RealtimeProvider({ viewerId, children }: { viewerId: string | null; children: ReactNode }) {
  const client = useApolloClient();
  const { t } = useTranslation();
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [peopleVersion, setPeopleVersion] = useState(0);
  const [announcement, setAnnouncement] = useState('');

  // Built without side effects here; the socket opens and closes in the effect below.
  const connection = useMemo(() => {
    if (!viewerId) return null;
    const refresher = new QueryRefresher(client);
    return new RealtimeConnection({
      onEvent(event) {
        refresher.apply(event);
        const key = event.actorId !== viewerId ? announcementKey(event) : null;
        if (key) setAnnouncement(t(key));
      },
      onResync: (scope) => refresher.resync(scope),
      onStatus: setStatus,
      onPeople: () => setPeopleVersion((v) => v + 1),
    });
  }, [viewerId, client, t]);

  useEffect(() => {
    if (!connection || !viewerId) return;
    void connection.open();
    const stopUserScope = connection.follow(`user:${viewerId}`);
    return () => {
      stopUserScope();
      connection.close();
    };
  }, [connection, viewerId]);

  const value = useMemo(() => ({ connection, status, peopleVersion }), [connection, status, peopleVersion]);
  const banner = viewerId && status === 'offline' ? t('realtime.offline') : viewerId && status === 'catching-up' ? t('realtime.catchingUp') : null;
  return (
    <RealtimeContext.Provider value={value}>
      {banner && (
        <div className="realtime-banner alert alert-warning mb-0 py-2 text-center" role="status" data-testid="realtime-banner">
          {banner}
        </div>
      )}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="realtime-announcer">
        {announcement}
      </div>
      {children}
    </RealtimeContext.Provider>
  );
}

/** Follows a scope (community:<id>, thread:<id>) while the component is on screen. */
export function useLiveScope(scope: string | null | undefined) {
  const { connection } = useContext(RealtimeContext);
  useEffect(() => {
    if (!connection || !scope) return;
    return connection.follow(scope);
  }, [connection, scope]);
}

/** Who else is in the scope now, and who is typing there. */
export function usePeople(scope: string | null | undefined) {
  const { connection, peopleVersion } = useContext(RealtimeContext);
  return useMemo(() => {
    void peopleVersion;
    if (!connection || !scope) return { here: [], typing: [] };
    return { here: connection.presence(scope), typing: connection.typing(scope) };
  }, [connection, scope, peopleVersion]);
}

/** Tells the others in a thread that the viewer is typing (ephemeral, never stored). */
export function useTypingSignal(scope: string | null | undefined) {
  const { connection } = useContext(RealtimeContext);
  const lastSent = useRef(0);
  return useCallback(
    (typing: boolean) => {
      if (!connection || !scope) return;
      const now = Date.now();
      // At most one "typing" every few seconds: it is a hint, not a stream.
      if (typing && now - lastSent.current < 3000) return;
      lastSent.current = typing ? now : 0;
      connection.sendTyping(scope, typing);
    },
    [connection, scope],
  );
}

export function useRealtimeStatus(): ConnectionStatus {
  return useContext(RealtimeContext).status;
}
