import { DeadlockException, LockWaitTimeoutException, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { GraphQLError } from 'graphql';
import { conflict } from '../errors';
import { appendEvents, type HubEvent } from '../realtime/events';
import { actorUserId } from './actor';
import { EventBuffer, loadersFor, type RequestScope } from './request-scope';

/** Attempts of one use case when PostgreSQL asks to retry (serialization failure, deadlock) or a twin request won a race. */
const MAX_ATTEMPTS = 4;

export interface UseCaseOptions {
  /** Answers a unique violation that retrying cannot resolve, e.g. a slug already taken. */
  onUniqueViolation?: (constraint: string) => GraphQLError | null;
}

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return error instanceof DeadlockException || error instanceof LockWaitTimeoutException || code === '40001' || code === '40P01';
}

/** `reaction_post_id_user_id_kind_unique` → `kind`: the last column a unique constraint names. */
function fieldOfConstraint(constraint: string): string {
  const columns = constraint.replace(/_(unique|key|pkey)$/, '').split('_');
  const last = columns.at(-1) === 'id' && columns.length > 1 ? `${columns.at(-2)}_id` : columns.at(-1)!;
  return last.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * Runs a use case as one transaction: its reads, checks and writes see one state of the data,
 * its events are appended in the same transaction and published only after the commit, and the
 * rooms whose access it changed are re-authorized after that. The work gets its own scope with a
 * fresh EntityManager, so nothing read before the transaction is trusted inside it.
 *
 * Retried from the start, a bounded number of times, when PostgreSQL reports a deadlock or a
 * serialization failure, or when a unique constraint shows that a twin request (a double click,
 * a retry after a timeout) got there first: use cases are written so that the second run finds
 * the first one's result. What still violates a unique constraint is answered CONFLICT.
 */
export async function runUseCase<T>(scope: RequestScope, work: (tx: RequestScope) => Promise<T>, options: UseCaseOptions = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const em = scope.em.fork({ clear: true });
    const tx: RequestScope = { ...scope, em, loaders: loadersFor(em, scope.actor, 'managed'), events: new EventBuffer(scope.events.origin) };
    let result: T;
    let stored: HubEvent[];
    try {
      await em.begin();
      try {
        result = await work(tx);
        await em.flush();
        stored = await appendEvents(em, scope.app.catalogue, tx.events.pending, actorUserId(scope.actor));
        await em.commit();
      } catch (error) {
        await em.rollback().catch(() => undefined);
        throw error;
      }
    } catch (error) {
      const unique = error instanceof UniqueConstraintViolationException;
      const constraint = unique ? ((error as { constraint?: string }).constraint ?? '') : '';
      const answer = unique ? options.onUniqueViolation?.(constraint) : null;
      if (answer) throw answer;
      if ((unique || isRetryable(error)) && attempt < MAX_ATTEMPTS) continue;
      if (unique) throw conflict('This was changed at the same time: try again', fieldOfConstraint(constraint));
      if (isRetryable(error)) throw conflict('This was changed at the same time: try again');
      throw error;
    }
    const origin = scope.events.origin;
    scope.app.realtime.publish(origin ? stored.map((event) => ({ ...event, origin })) : stored);
    if (tx.events.accessChanged.size) {
      scope.app.sessions.forgetScopes(tx.events.accessChanged);
      await scope.app.realtime.reauthorize([...tx.events.accessChanged]);
    }
    return result;
  }
}
