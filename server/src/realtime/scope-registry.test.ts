import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../test/hub';
import { signUpAs } from '../../test/factories';
import { eventually, LiveClient } from '../../test/sockets';
import { userOf } from '../core/actor';
import { createRequestScope } from '../core/request-scope';
import { runUseCase } from '../core/use-case';
import { eventsOf, field, type EventCatalogue } from './event-catalogue';
import type { ScopeKind } from './scope-registry';

/**
 * A scope kind declared here, outside the hub's domains, plugged in as a domain would: the
 * realtime layer serves it (subscribe, replay, re-authorization) without knowing it.
 */
const readers = new Map<string, Set<string>>();

const boardScopeKind: ScopeKind = {
  kind: 'board',
  parseId: (raw) => (/^[a-z]{3,20}$/.test(raw) ? raw : null),
  async authorize(scope, id) {
    const user = userOf(scope.actor);
    return user && readers.get(id)?.has(user.id) ? { parents: [] } : null;
  },
  presence: true,
  typing: false,
};

const boardEvents = {
  'board.noted': { scopes: ['board'], description: 'A note on the board.', payload: { number: field.integer } },
} satisfies EventCatalogue;
const boardEvent = eventsOf(boardEvents);

let hub: TestHub;
const sockets: LiveClient[] = [];

beforeAll(async () => {
  hub = await startTestHub({}, { extraScopeKinds: [boardScopeKind], extraEvents: boardEvents });
});
afterAll(async () => {
  sockets.forEach((socket) => socket.close());
  await hub.close();
});

/** A note written by the hub itself, through the one use-case path every domain uses. */
function note(board: string, number: number) {
  const scope = createRequestScope(hub.orm, hub.services, { kind: 'system', name: 'test' });
  return runUseCase(scope, async (tx) => tx.events.push(boardEvent('board.noted', `board:${board}`, { number })));
}

describe('a scope kind registered from outside the domains', () => {
  it('is followed, replayed, refused and re-authorized by the realtime layer as its kind says', async () => {
    const reader = await signUpAs(hub);
    readers.set('lavagna', new Set([reader.userId]));
    readers.set('controllo', new Set([reader.userId]));
    await note('lavagna', 1);
    await note('lavagna', 2);

    const socket = new LiveClient(hub.url, reader.client);
    sockets.push(socket);
    expect(await socket.subscribe('board:lavagna', 0)).toEqual({ ok: true, replayed: 2, lastSeq: 2 });
    expect(await socket.subscribe('board:controllo', null)).toMatchObject({ ok: true });
    expect(await socket.subscribe('board:NO', null)).toEqual({ ok: false, reason: 'BAD_SCOPE' });
    expect(await socket.subscribe('board:altra', null)).toEqual({ ok: false, reason: 'FORBIDDEN' });
    await eventually(() => socket.presence.some((p) => p.scope === 'board:lavagna'));

    await note('lavagna', 3);
    await eventually(() => socket.seqs('board:lavagna').length === 3);
    expect(socket.received.map((e) => e.payload.number)).toEqual([1, 2, 3]);

    // The reader loses the right: the kind's own rule, checked again when access changes.
    readers.get('lavagna')!.delete(reader.userId);
    const unsubscribed: unknown[] = [];
    socket.socket.on('unsubscribed', (message) => unsubscribed.push(message));
    await hub.realtime.reauthorize(['board:lavagna']);
    await eventually(() => unsubscribed.length === 1);
    expect(unsubscribed).toEqual([{ scope: 'board:lavagna', reason: 'FORBIDDEN' }]);
    await note('lavagna', 4);
    await note('controllo', 5);
    await eventually(() => socket.received.some((e) => e.scope === 'board:controllo'));
    expect(socket.received.map((e) => e.payload.number)).toEqual([1, 2, 3, 5]);
  });

  it('refuses an event whose payload the catalogue does not declare, and commits nothing', async () => {
    const scope = createRequestScope(hub.orm, hub.services, { kind: 'system', name: 'test' });
    const bad = runUseCase(scope, async (tx) => tx.events.push({ scope: 'board:lavagna', type: 'board.noted', payload: { number: 'uno' } }));
    await expect(bad).rejects.toThrow(/board.noted.number is invalid/);
    const [row] = await hub.orm.em.fork().execute(`select count(*) as n from event where scope = 'board:lavagna'`);
    expect(Number(row.n)).toBe(4);
  });
});
