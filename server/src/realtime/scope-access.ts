import { isUUID } from 'class-validator';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Context, AppServices } from '../graphql/context';
import { createLoaders } from '../graphql/loaders';
import type { User } from '../modules/account/user.entity';
import { canDoInCommunity } from '../modules/community/community.access';
import { canDoOnThread } from '../modules/thread/thread.access';

export type ScopeKind = 'community' | 'thread' | 'user';

export interface ParsedScope {
  kind: ScopeKind;
  id: string;
}

export function parseScope(scope: unknown): ParsedScope | null {
  if (typeof scope !== 'string') return null;
  const [kind, id] = scope.split(':');
  if ((kind !== 'community' && kind !== 'thread' && kind !== 'user') || !id || !isUUID(id)) return null;
  return { kind, id };
}

/** A request-like context for one socket message: a fresh EntityManager, so rights are read as they are now. */
export function socketContext(orm: MikroORM, app: AppServices, viewer: User): Context {
  const em = orm.em.fork();
  return {
    app,
    em,
    requestId: 'socket',
    loaders: createLoaders(em, viewer.id),
    sessionToken: undefined,
    viewer,
    session: null,
    ip: '',
    userAgent: null,
    setSessionCookie: () => undefined,
    clearSessionCookie: () => undefined,
  };
}

export interface ScopeGrant {
  /** For a thread, the community it belongs to: leaving that community leaves the thread's room too. */
  communityId: string | null;
}

/**
 * May the viewer follow this scope? The same policies as GraphQL: reading the community, reading
 * the thread, or being the user. Null when not (unknown and forbidden look the same).
 */
export async function grantScope(ctx: Context, scope: ParsedScope): Promise<ScopeGrant | null> {
  switch (scope.kind) {
    case 'user':
      return scope.id === ctx.viewer?.id ? { communityId: null } : null;
    case 'community': {
      const community = await ctx.loaders.community.load(scope.id);
      return community && (await canDoInCommunity(ctx, 'read', community)) ? { communityId: community.id } : null;
    }
    case 'thread': {
      const thread = await ctx.loaders.thread.load(scope.id);
      return thread && (await canDoOnThread(ctx, 'read', thread)) ? { communityId: thread.community.id } : null;
    }
  }
}
