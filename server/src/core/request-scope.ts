import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { Logger } from '../lib/logger';
import type { RateLimits } from '../modules/account/rate-limits';
import type { SessionCache } from '../modules/account/session-cache';
import type { Realtime } from '../realtime/realtime';
import type { PendingEvent } from '../realtime/events';
import type { EventCatalogue } from '../realtime/event-catalogue';
import { createLoaders, type Loaders, type ReadMode } from '../graphql/loaders';
import { actorUserId, type Actor } from './actor';

/** What lives as long as the process: shared by every request. */
export interface AppServices {
  config: Config;
  rateLimits: RateLimits;
  log: Logger;
  realtime: Realtime;
  /** Every event type and its payload, checked when events are appended. */
  catalogue: EventCatalogue;
  /** Live sessions seen lately; forgotten when access changes. */
  sessions: SessionCache;
}

/**
 * What a use case runs with, whoever called it: its own EntityManager, the actor, loaders built
 * for that actor, the events the use case will commit, a logger that names the request.
 */
export interface RequestScope {
  app: AppServices;
  em: EntityManager;
  actor: Actor;
  loaders: Loaders;
  events: EventBuffer;
  log: Logger;
  requestId: string;
}

/**
 * The events and access changes a use case produces: committed with its transaction, published
 * (and acted on) only after the commit.
 */
export class EventBuffer {
  /** @param origin the browser tab that sent the request, told back with its events so it skips what it already has */
  constructor(readonly origin: string | null = null) {}

  readonly pending: PendingEvent[] = [];
  /** Scopes whose followers must be authorized again once the change is committed. */
  readonly accessChanged = new Set<string>();

  push(...events: PendingEvent[]): void {
    this.pending.push(...events);
  }

  /** Names scopes (rooms) whose readers may have changed: their sockets are re-authorized after commit. */
  accessChange(...scopes: string[]): void {
    scopes.forEach((scope) => this.accessChanged.add(scope));
  }
}

/** Loaders for the actor, on this EntityManager: lean rows unless the scope changes what it reads (a use case). */
export function loadersFor(em: EntityManager, actor: Actor, mode: ReadMode = 'lean'): Loaders {
  return createLoaders(em, actorUserId(actor), mode);
}

/**
 * The one factory of request scopes: GraphQL extends what it returns; sockets and jobs use it as
 * is. Its loaders read lean rows: whatever changes data does so in a use case (`runUseCase`),
 * on its own EntityManager with managed entities.
 */
export function createRequestScope(
  orm: MikroORM,
  app: AppServices,
  actor: Actor,
  options: { requestId?: string; log?: Logger; origin?: string | null } = {},
): RequestScope {
  const em = orm.em.fork();
  const requestId = options.requestId ?? randomUUID();
  return {
    app,
    em,
    actor,
    loaders: loadersFor(em, actor),
    events: new EventBuffer(options.origin ?? null),
    log: options.log ?? app.log.child({ requestId }),
    requestId,
  };
}

/** The same caller with another actor (after signing in or out): loaders are rebuilt for it. */
export function setActor(scope: RequestScope, actor: Actor): void {
  scope.actor = actor;
  scope.loaders = loadersFor(scope.em, actor);
}
