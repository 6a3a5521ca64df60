import { userActor, userOf, type Actor } from '../../core/actor';
import type { SocketIdentity } from '../../realtime/realtime';
import type { ScopeKind } from '../../realtime/scope-registry';
import { authenticate, liveSessionsById } from './account.service';

/** A person's own scope: their notifications and memberships, on all their screens. */
export const userScope = (userId: string) => `user:${userId}`;

export const userScopeKind: ScopeKind = {
  kind: 'user',
  async authorize(scope, id) {
    return userOf(scope.actor)?.id === id ? { parents: [] } : null;
  },
  presence: false,
  typing: false,
};

/** Sockets are signed in by the same sessions as GraphQL, read again whenever rights are checked. */
export const socketIdentity: SocketIdentity = {
  async actorOfToken(scope, token) {
    const session = await authenticate(scope, token);
    if (!session) return null;
    const user = session.user;
    return {
      actor: userActor(user, session.id),
      sessionId: session.id,
      person: { id: user.id, displayName: user.displayName, organizationName: user.organization.name },
    };
  },
  async actorsOfSessions(scope, sessionIds) {
    const sessions = await liveSessionsById(scope, sessionIds);
    return new Map<string, Actor>(sessions.map((session) => [session.id, userActor(session.user, session.id)]));
  },
};
