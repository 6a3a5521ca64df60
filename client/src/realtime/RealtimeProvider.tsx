import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import './realtime.i18n';
import { RealtimeConnection, type ConnectionStatus } from './connection';
import type { HubEvent } from './events';
import { LiveReactor } from './live-reactions';
import { TAB_ID } from './tab';

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
  const realtime = useMemo(() => {
    if (!viewerId) return null;
    const reactor = new LiveReactor(client, TAB_ID);
    const connection = new RealtimeConnection({
      onEvent(event) {
        reactor.apply(event);
        const key = event.actorId !== viewerId ? announcementKey(event) : null;
        if (key) setAnnouncement(t(key));
      },
      onResync: (scope) => reactor.refreshScope(scope),
      // The page learns through GraphQL what the person may still see (often: nothing, not found).
      onUnsubscribed: (scope) => reactor.refreshScope(scope),
      onStatus: setStatus,
      onPeople: () => setPeopleVersion((v) => v + 1),
    });
    return { connection, reactor };
  }, [viewerId, client, t]);

  useEffect(() => {
    if (!realtime || !viewerId) return;
    const { connection, reactor } = realtime;
    void connection.open();
    const stopUserScope = connection.follow(`user:${viewerId}`);
    return () => {
      stopUserScope();
      connection.close();
      reactor.stop();
    };
  }, [realtime, viewerId]);

  const connection = realtime?.connection ?? null;
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
