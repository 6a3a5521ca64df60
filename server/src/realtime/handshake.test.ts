import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { startTestHub, type TestHub } from '../../test/hub';
import { signUpAs } from '../../test/factories';
import { REALTIME_PATH } from './realtime';

let hub: TestHub;
const sockets: Socket[] = [];
beforeAll(async () => {
  hub = await startTestHub({ REALTIME_ALLOWED_ORIGINS: 'https://portale.example.it', REALTIME_MAX_CONNECTIONS_PER_USER: '3' });
});
afterAll(async () => {
  sockets.forEach((socket) => socket.close());
  await hub.close();
});

/** Connects like a browser page of `origin` would; resolves with the outcome. */
function open(token: string | undefined, origin?: string): Promise<{ ok: true } | { ok: false; message: string }> {
  const socket = connect(hub.url, {
    path: REALTIME_PATH,
    transports: ['websocket'],
    reconnection: false,
    auth: { token },
    extraHeaders: origin ? { origin } : {},
  });
  sockets.push(socket);
  return new Promise((resolve) => {
    socket.once('connect', () => resolve({ ok: true }));
    socket.once('connect_error', (error) => resolve({ ok: false, message: error.message }));
  });
}

describe('the realtime handshake', () => {
  it('accepts the hub’s own origin and the allowed ones, and refuses other sites', async () => {
    const { client } = await signUpAs(hub);
    expect(await open(client.token, hub.url)).toEqual({ ok: true });
    expect(await open(client.token, 'https://portale.example.it')).toEqual({ ok: true });
    expect(await open(client.token, 'https://sito-malevolo.example.com')).toMatchObject({ ok: false });
    expect(await open(client.token, 'null')).toMatchObject({ ok: false });
  });

  it('caps the simultaneous connections of one person, and only theirs', async () => {
    const { client } = await signUpAs(hub);
    const { client: other } = await signUpAs(hub);
    const outcomes = [];
    for (let i = 0; i < 4; i++) outcomes.push(await open(client.token));
    expect(outcomes).toEqual([{ ok: true }, { ok: true }, { ok: true }, { ok: false, message: 'TOO_MANY_CONNECTIONS' }]);
    expect(await open(other.token)).toEqual({ ok: true });
  });
});
