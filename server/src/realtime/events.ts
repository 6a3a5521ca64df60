import type { EntityManager } from '@mikro-orm/postgresql';
import { payloadProblem, type EventCatalogue, type PendingEvent } from './event-catalogue';

export type { PendingEvent };

/** Largest payload an event may carry; socket.io's PostgreSQL adapter handles up to 8,000 bytes inline. */
export const MAX_EVENT_BYTES = 4000;

/** An event as stored and as sent to clients. */
export interface HubEvent extends PendingEvent {
  seq: number;
  actorId: string | null;
  at: string;
  /** The browser tab whose request caused it (live delivery only): that tab already has the result. */
  origin?: string;
}

/**
 * Appends events inside the caller's transaction, all of them in one statement. The upsert on
 * event_scope takes each scope's row lock until commit (in the order of the scopes' names, so two
 * writers never wait for each other crosswise), so sequence numbers are gap-free even with many
 * writers and processes, and a rolled-back change leaves no number behind. Events of one scope
 * get consecutive numbers in the order given. Each payload is checked against the catalogue.
 */
export async function appendEvents(
  em: EntityManager,
  catalogue: EventCatalogue,
  events: PendingEvent[],
  actorId: string | null,
): Promise<HubEvent[]> {
  if (!events.length) return [];
  const payloads = events.map((event) => {
    const problem = payloadProblem(catalogue, event);
    if (problem) throw new Error(`event not in the catalogue: ${problem}`);
    const payload = JSON.stringify(event.payload);
    if (Buffer.byteLength(payload) > MAX_EVENT_BYTES) throw new Error(`event ${event.type} is too large (${payload.length} bytes)`);
    return payload;
  });
  const values = events.map(() => '(?::int, ?::text, ?::text, ?::jsonb)').join(', ');
  const rows = (await em.execute(
    `with input (ord, scope, type, payload) as (values ${values}),
     counted as (select scope, count(*)::int as n from input group by scope),
     numbered as (
       insert into event_scope (scope, last_seq) select scope, n from counted order by scope
       on conflict (scope) do update set last_seq = event_scope.last_seq + excluded.last_seq
       returning scope, last_seq),
     stored as (
       insert into event (scope, seq, type, payload, actor_id, created_at)
       select i.scope, s.last_seq - c.n + row_number() over (partition by i.scope order by i.ord), i.type, i.payload, ?, clock_timestamp()
         from input i join numbered s on s.scope = i.scope join counted c on c.scope = i.scope
        order by i.ord
       returning scope, seq, created_at)
     select scope, seq, created_at from stored order by scope, seq`,
    [...events.flatMap((event, i) => [i, event.scope, event.type, payloads[i]]), actorId],
  )) as Array<{ scope: string; seq: number | string; created_at: string | Date }>;
  // Within a scope, the numbers follow the order of the events.
  const byScope = new Map<string, typeof rows>();
  for (const row of rows) byScope.set(row.scope, [...(byScope.get(row.scope) ?? []), row]);
  return events.map((event) => {
    const row = byScope.get(event.scope)!.shift()!;
    return { ...event, seq: Number(row.seq), actorId, at: new Date(row.created_at).toISOString() };
  });
}
