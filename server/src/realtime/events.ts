import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../graphql/context';

/** Largest payload an event may carry; socket.io's PostgreSQL adapter handles up to 8,000 bytes inline. */
export const MAX_EVENT_BYTES = 4000;

export interface PendingEvent {
  scope: string;
  type: string;
  payload: Record<string, unknown>;
}

/** An event as stored and as sent to clients. */
export interface HubEvent extends PendingEvent {
  seq: number;
  actorId: string | null;
  at: string;
}

export const scopes = {
  community: (id: string) => `community:${id}`,
  thread: (id: string) => `thread:${id}`,
  user: (id: string) => `user:${id}`,
};

/**
 * Appends events inside the caller's transaction. The upsert on event_scope takes the scope's
 * row lock until commit, so sequence numbers are gap-free even with many writers and processes,
 * and a rolled-back change leaves no number behind.
 */
export async function appendEvents(em: EntityManager, events: PendingEvent[], actorId: string | null): Promise<HubEvent[]> {
  const stored: HubEvent[] = [];
  for (const event of events) {
    const payload = JSON.stringify(event.payload);
    if (Buffer.byteLength(payload) > MAX_EVENT_BYTES) throw new Error(`event ${event.type} is too large (${payload.length} bytes)`);
    const [{ last_seq: seq }] = await em.execute(
      `insert into event_scope (scope, last_seq) values (?, 1)
       on conflict (scope) do update set last_seq = event_scope.last_seq + 1 returning last_seq`,
      [event.scope],
    );
    // clock_timestamp(), not now(): the time of the change, for latency measured up to the reader.
    const [{ created_at: createdAt }] = await em.execute(
      `insert into event (scope, seq, type, payload, actor_id, created_at) values (?, ?, ?, ?::jsonb, ?, clock_timestamp()) returning created_at`,
      [event.scope, seq, event.type, payload, actorId],
    );
    stored.push({ ...event, seq: Number(seq), actorId, at: new Date(createdAt).toISOString() });
  }
  return stored;
}

/**
 * Saves the unit of work and its events in one transaction, then, only once committed,
 * publishes the events. Services call this instead of `em.flush()` when others must see the change.
 */
export async function commitWithEvents(ctx: Context, events: PendingEvent[]): Promise<HubEvent[]> {
  const em = ctx.em;
  await em.begin();
  let stored: HubEvent[];
  try {
    await em.flush();
    stored = await appendEvents(em, events, ctx.viewer?.id ?? null);
    await em.commit();
  } catch (error) {
    await em.rollback();
    throw error;
  }
  ctx.app.realtime.publish(stored);
  return stored;
}
