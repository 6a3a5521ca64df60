import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { startTestHub, type TestHub } from '../../test/hub';
import { signUpAs } from '../../test/factories';
import { REALTIME_PATH } from './realtime';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

function open(options: { cookie?: string; token?: string }): Socket {
  return connect(hub.url, {
    path: REALTIME_PATH,
    transports: ['websocket'],
    reconnection: false,
    extraHeaders: options.cookie ? { cookie: options.cookie } : undefined,
    auth: options.token ? { token: options.token } : {},
  });
}

function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}

describe('realtime connection', () => {
  it('refuses a connection without a session', async () => {
    const socket = open({});
    await expect(connected(socket)).rejects.toThrow('UNAUTHENTICATED');
    socket.close();
  });

  it('refuses a revoked session', async () => {
    const { client } = await signUpAs(hub);
    const cookie = client.cookie;
    await client.request('mutation { signOut }');
    const socket = open({ cookie });
    await expect(connected(socket)).rejects.toThrow('UNAUTHENTICATED');
    socket.close();
  });

  it('accepts the session cookie and answers a ping with the viewer', async () => {
    const { client, userId } = await signUpAs(hub);
    const socket = open({ cookie: client.cookie });
    await connected(socket);
    const pong = await socket.timeout(5000).emitWithAck('ping');
    expect(pong).toMatchObject({ pong: true, userId });
    socket.close();
  });

  it('accepts a token in the handshake for non-browser clients', async () => {
    const { client, userId } = await signUpAs(hub);
    const socket = open({ token: client.token });
    await connected(socket);
    expect(await socket.timeout(5000).emitWithAck('ping')).toMatchObject({ userId });
    socket.close();
  });
});
