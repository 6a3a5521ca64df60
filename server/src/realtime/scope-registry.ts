import { isUUID } from 'class-validator';
import type { RequestScope } from '../core/request-scope';

/** What a scope one may follow grants: the scopes it lives in, whose access changes reach it too. */
export interface ScopeGrant {
  /** e.g. a thread's community: when who may read the community changes, the thread's room is checked again. */
  parents: string[];
}

/**
 * A kind of scope (`thread:<id>`), declared by its domain in `<domain>.scope.ts`. The realtime
 * layer knows scopes only through these declarations.
 */
export interface ScopeKind {
  kind: string;
  /** The canonical id, or null when malformed. Default: a UUID. */
  parseId?(raw: string): string | null;
  /** Null when the actor may not follow it: unknown and forbidden look the same. Uses the domain's policy. */
  authorize(scope: RequestScope, id: string): Promise<ScopeGrant | null>;
  /** Whether the room shows who is here. */
  presence: boolean;
  /** Whether the room relays "is typing" signals. */
  typing: boolean;
  limits?: {
    /** Typing signals from one socket in one room closer than this are dropped. */
    typingIntervalMs?: number;
  };
}

export interface ParsedScope {
  scope: string;
  kind: ScopeKind;
  id: string;
}

/** The scope kinds of the hub, registered by the domains at start-up. */
export class ScopeRegistry {
  private readonly kinds = new Map<string, ScopeKind>();

  constructor(kinds: Iterable<ScopeKind> = []) {
    for (const kind of kinds) this.register(kind);
  }

  register(kind: ScopeKind): void {
    if (this.kinds.has(kind.kind)) throw new Error(`scope kind ${kind.kind} is registered twice`);
    this.kinds.set(kind.kind, kind);
  }

  /** `kind:id` with a registered kind and a valid id, or null. */
  parse(scope: unknown): ParsedScope | null {
    if (typeof scope !== 'string' || scope.length > 200) return null;
    const colon = scope.indexOf(':');
    const kind = colon > 0 ? this.kinds.get(scope.slice(0, colon)) : undefined;
    if (!kind) return null;
    const raw = scope.slice(colon + 1);
    const id = kind.parseId ? kind.parseId(raw) : isUUID(raw) ? raw : null;
    return id === null ? null : { scope: `${kind.kind}:${id}`, kind, id };
  }
}
