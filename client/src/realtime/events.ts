import type { HubEventPayloads, HubEventType } from './events.generated';

export type { HubEventPayloads, HubEventType };

/** The kinds of scope a client follows: `community:<id>`, `thread:<id>`, `user:<id>`. */
export type ScopeKind = 'community' | 'thread' | 'user';

/** The kind of a scope such as `thread:<id>`. */
export function scopeKindOf(scope: string): string {
  return scope.split(':', 1)[0];
}

interface HubEventOf<T extends HubEventType> {
  scope: string;
  seq: number;
  type: T;
  payload: HubEventPayloads[T];
  actorId: string | null;
  at: string;
  /** The tab (its x-cantiere-tab header) whose GraphQL request caused the event; absent in replays. */
  origin?: string;
}

/**
 * An event as the hub sends it on the socket: switching on `type` gives its payload's type. The
 * types come from the hub's event catalogue (events.generated.ts, printed by `npm run events:print`).
 */
export type HubEvent<T extends HubEventType = HubEventType> = { [K in T]: HubEventOf<K> }[T];

/**
 * Whether a socket message has the shape of an event. A type this client does not know yet (a newer
 * hub) passes too: it keeps its place in the scope's order, and no reaction handles it.
 */
export function isHubEvent(message: unknown): message is HubEvent {
  if (typeof message !== 'object' || message === null) return false;
  const { scope, seq, type, payload } = message as Record<string, unknown>;
  return typeof scope === 'string' && Number.isInteger(seq) && typeof type === 'string' && typeof payload === 'object' && payload !== null;
}
