import type { User } from '../modules/account/user.entity';

/**
 * Who is acting. Every service and policy asks this, whatever the caller: a GraphQL request,
 * a socket message, a job, or (with the federated API) a partner organisation's token.
 */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'user'; user: User; sessionId: string | null }
  | { kind: 'partner'; tokenId: string; organizationId: string; scopes: string[] }
  | { kind: 'system'; name: string };

export const anonymous: Actor = { kind: 'anonymous' };

export function userActor(user: User, sessionId: string | null): Actor {
  return { kind: 'user', user, sessionId };
}

/** The hub acting on its own behalf: jobs, start-up, tests. Policies grant it nothing by default. */
export function systemActor(name: string): Actor {
  return { kind: 'system', name };
}

/** The signed-in person behind the actor, if it is one. */
export function userOf(actor: Actor): User | null {
  return actor.kind === 'user' ? actor.user : null;
}

/** The id recorded as an event's actor: a person's, or none for the hub and partners. */
export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.user.id : null;
}
