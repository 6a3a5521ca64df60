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
 * Appends events inside the caller's transaction. The upsert on event_scope takes the scope's
 * row lock until commit, so sequence numbers are gap-free even with many writers and processes,
 * and a rolled-back change leaves no number behind. Each payload is checked against the catalogue.
 */
export async function appendEvents(
  em: EntityManager,
  catalogue: EventCatalogue,
  events: PendingEvent[],
  actorId: string | null,
): Promise<HubEvent[]> {
  const stored: HubEvent[] = [];
  for (const event of events) {
    const problem = payloadProblem(catalogue, event);
    if (problem) throw new Error(`event not in the catalogue: ${problem}`);
    const payload = JSON.stringify(event.payload);
    if (Buffer.byteLength(payload) > MAX_EVENT_BYTES) throw new Error(`event ${event.type} is too large (${payload.length} bytes)`);
    // One statement: the scope's next number and the row, at the time of the change (clock_timestamp, not now()).
    const [row] = await em.execute(
      `with next as (
         insert into event_scope (scope, last_seq) values (?, 1)
         on conflict (scope) do update set last_seq = event_scope.last_seq + 1 returning last_seq
       )
       insert into event (scope, seq, type, payload, actor_id, created_at)
       select ?, last_seq, ?, ?::jsonb, ?, clock_timestamp() from next returning seq, created_at`,
      [event.scope, event.scope, event.type, payload, actorId],
    );
    stored.push({ ...event, seq: Number(row.seq), actorId, at: new Date(row.created_at).toISOString() });
  }
  return stored;
}
