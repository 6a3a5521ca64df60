import { describe, expect, it } from 'vitest';
import { SessionCache } from './session-cache';
import type { Session } from './session.entity';

const sessionOf = (userId: string, expiresInMs = 3600_000) =>
  ({ id: `s-${userId}`, user: { id: userId }, expiresAt: new Date(Date.now() + expiresInMs) }) as unknown as Session;

describe('the session cache', () => {
  it('answers for a token until the person is forgotten, here and through onForget', () => {
    const cache = new SessionCache(30_000);
    const told: string[][] = [];
    cache.onForget = (ids) => told.push(ids);
    cache.store('hash-a', sessionOf('anna'), cache.startLookup());
    cache.store('hash-b', sessionOf('bruno'), cache.startLookup());
    expect(cache.get('hash-a')?.user.id).toBe('anna');
    cache.forgetScopes(['community:x', 'user:anna']);
    expect(cache.get('hash-a')).toBeUndefined();
    expect(cache.get('hash-b')?.user.id).toBe('bruno');
    expect(told).toEqual([['anna']]);
    // Scopes of no person forget nobody and tell nobody.
    cache.forgetScopes(['thread:y']);
    expect(told).toHaveLength(1);
  });

  it('does not keep what a lookup read while someone was forgotten: it may predate the change', () => {
    const cache = new SessionCache(30_000);
    const lookup = cache.startLookup();
    cache.forgetUsers(['anna']);
    cache.store('hash-a', sessionOf('anna'), lookup);
    expect(cache.get('hash-a')).toBeUndefined();
  });

  it('reads again after its time to live, and never answers for an expired session', () => {
    const cache = new SessionCache(1000);
    const now = Date.now();
    cache.store('hash-a', sessionOf('anna'), cache.startLookup(), now);
    expect(cache.get('hash-a', now + 999)).toBeDefined();
    expect(cache.get('hash-a', now + 1000)).toBeUndefined();
    cache.store('hash-b', sessionOf('bruno', 10), cache.startLookup(), now);
    expect(cache.get('hash-b', now + 20)).toBeUndefined();
  });

  it('keeps nothing when its time to live is 0', () => {
    const cache = new SessionCache(0);
    cache.store('hash-a', sessionOf('anna'), cache.startLookup());
    expect(cache.get('hash-a')).toBeUndefined();
  });
});
