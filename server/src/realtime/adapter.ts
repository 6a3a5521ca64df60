import pg from 'pg';
import type { Server } from 'socket.io';
import { createAdapter } from '@socket.io/postgres-adapter';
import type { Logger } from '../lib/logger';

/**
 * Several hub processes on one PostgreSQL: socket.io's official adapter carries broadcasts
 * (and fetchSockets for presence) between them with LISTEN/NOTIFY. Returns how to detach it.
 */
export function attachPostgresAdapter(io: Server, databaseUrl: string, log: Logger): () => Promise<void> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  // A restarting PostgreSQL must not crash the hub. The adapter keeps one client checked out for
  // LISTEN and reconnects when it ends, but leaves that client's 'error' unhandled: handle it here.
  pool.on('error', (error) => log.error({ err: error }, 'realtime adapter connection lost'));
  pool.on('connect', (client) => client.on('error', (error) => log.error({ err: error }, 'realtime adapter connection lost')));
  io.adapter(createAdapter(pool, { tableName: 'socket_io_attachments', errorHandler: (error) => log.error({ err: error }, 'realtime adapter error') }));
  return async () => {
    await pool.end();
  };
}
