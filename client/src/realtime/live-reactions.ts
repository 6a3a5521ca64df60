import type { ApolloCache, ApolloClient } from '@apollo/client';
import type { DocumentNode } from 'graphql';
import { scopeKindOf, type HubEvent, type HubEventType, type ScopeKind } from './events';

/**
 * What a feature does when an event reaches the tab; every effect is optional.
 *
 * Refetching the queries that show a change reads it through GraphQL and its authorization:
 * events carry ids only, so nothing refetched can show what the viewer may not read. Cache edits
 * suit changes the event describes in full (a notification read, a member gone).
 */
export interface LiveReaction<T extends HubEventType> {
  /** The queries (by document) that show the change: those on screen are fetched again and keep their data meanwhile. */
  refetch?: readonly DocumentNode[] | ((event: HubEvent<T>) => readonly DocumentNode[]);
  /** Writes or evicts in the cache at once; returns the queries it could not bring up to date itself. */
  cache?: (cache: ApolloCache, event: HubEvent<T>) => readonly DocumentNode[] | void;
  /**
   * What the mutation of this very tab already did (its result, its refetchQueries): skipped when
   * the event comes back to the tab that caused it. The other effects still run.
   */
  skipOwn?: { refetch?: readonly DocumentNode[]; cache?: boolean };
}

/** One feature's reactions, declared beside its pages in `features/<feature>/<feature>.live.ts`. */
export interface LiveReactions {
  events?: { [T in HubEventType]?: LiveReaction<T> };
  /**
   * What the feature's pages show for a scope of each kind: fetched again after a resync (too
   * much missed to replay) and when the hub stops letting the person follow such a scope.
   */
  scopes?: Partial<Record<ScopeKind, readonly DocumentNode[]>>;
}

/** A reaction as the reactor runs it: given only events of the type it is registered under. */
type RegisteredReaction = LiveReaction<HubEventType>;

// By feature: registering again (a module reloaded while developing) replaces, never doubles.
const registry = new Map<string, LiveReactions>();

/** Registers a feature's reactions to live events; app/live.ts imports every feature's file. */
export function registerLiveReactions(feature: string, reactions: LiveReactions): void {
  registry.set(feature, reactions);
}

function reactionsTo(type: string): RegisteredReaction[] {
  const found: RegisteredReaction[] = [];
  for (const reactions of registry.values()) {
    const reaction = reactions.events?.[type as HubEventType];
    if (reaction) found.push(reaction as RegisteredReaction);
  }
  return found;
}

function operationName(document: DocumentNode): string | null {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition') return definition.name?.value ?? null;
  }
  return null;
}

/** Events arriving together (a burst of replies, a replay) cost one refetch per query. */
const BATCH_MS = 150;

/** Applies events to the Apollo cache through the registered reactions, knowing this tab's id. */
export class LiveReactor {
  private readonly due = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly client: ApolloClient,
    private readonly tabId: string,
  ) {}

  /** Runs every feature's reaction to the event, less what this tab's own mutation already did. */
  apply(event: HubEvent) {
    const own = event.origin !== undefined && event.origin === this.tabId;
    for (const reaction of reactionsTo(event.type)) {
      const skip = own ? reaction.skipOwn : undefined;
      const wanted = [...((typeof reaction.refetch === 'function' ? reaction.refetch(event) : reaction.refetch) ?? [])];
      if (reaction.cache && !skip?.cache) {
        try {
          wanted.push(...(reaction.cache(this.client.cache, event) ?? []));
        } catch (error) {
          // The refetches below still bring the page up to date.
          console.error(`live update of ${event.type} failed in the cache`, error);
        }
      }
      const skipped = new Set((skip?.refetch ?? []).map(operationName));
      this.refresh(wanted.map(operationName).filter((name) => !skipped.has(name)));
    }
  }

  /** Everything the pages of a scope show is fetched again (after a resync, or once the scope may no longer be followed). */
  refreshScope(scope: string) {
    const kind = scopeKindOf(scope) as ScopeKind;
    for (const reactions of registry.values()) this.refresh((reactions.scopes?.[kind] ?? []).map(operationName));
  }

  /** Drops what was still due: the page is going away or the person signed out. */
  stop() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.due.clear();
  }

  private refresh(names: Array<string | null>) {
    for (const name of names) if (name) this.due.add(name);
    if (this.timer || !this.due.size) return;
    this.timer = setTimeout(() => {
      const names = new Set(this.due);
      this.due.clear();
      this.timer = null;
      for (const query of this.client.getObservableQueries('active')) {
        if (query.queryName && names.has(query.queryName)) void query.refetch().catch(() => undefined);
      }
    }, BATCH_MS);
  }
}
