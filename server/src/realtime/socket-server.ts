import type http from 'node:http';
import { Server } from 'socket.io';
import type { MikroORM } from '@mikro-orm/postgresql';
import { authenticate } from '../modules/account/account.service';
import { readSessionToken } from '../lib/session-cookie';

export const REALTIME_PATH = '/realtime';

/** Largest message a client may send; anything bigger closes its connection. */
const MAX_MESSAGE_BYTES = 16 * 1024;

/**
 * Socket.io at /realtime. A connection must carry a live session (cookie, or `auth.token`
 * for non-browser clients); every socket joins its own `user:<id>` room.
 */
export function createSocketServer(httpServer: http.Server, orm: MikroORM): Server {
  const io = new Server(httpServer, {
    path: REALTIME_PATH,
    serveClient: false,
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
  });
  io.use(async (socket, next) => {
    const token = typeof socket.handshake.auth?.token === 'string' ? socket.handshake.auth.token : readSessionToken(socket.request);
    try {
      const session = await authenticate({ em: orm.em.fork() }, token);
      if (!session) return next(new Error('UNAUTHENTICATED'));
      socket.data.userId = session.user.id as string;
      next();
    } catch {
      next(new Error('INTERNAL_SERVER_ERROR'));
    }
  });
  io.on('connection', (socket) => {
    void socket.join(`user:${socket.data.userId}`);
    socket.on('ping', (...args: unknown[]) => {
      const ack = args.at(-1);
      if (typeof ack === 'function') ack({ pong: true, userId: socket.data.userId, at: new Date().toISOString() });
    });
  });
  return io;
}
