// A TCP proxy in front of PostgreSQL that counts the statements its clients send: the frontend
// protocol's Q (simple query) and E (Execute of the extended protocol) messages after the
// startup exchange. Bytes go through untouched; only the client-to-server direction is parsed.
//
// Background work shares the database with the requests (the hub's job queue on pg-boss polls,
// socket.io's PostgreSQL adapter LISTENs): a connection whose statements ever name the pgboss
// schema or the adapter is set aside as background and not counted with the requests.
import net from 'node:net';

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const BACKGROUND = /\bpgboss\.|socket_io_attachments|\blisten\s|\bpg_notify\(|\bnotify\s/i;

class CountedConnection {
  statements = 0;
  background = false;
  startup = true;
  pending = Buffer.alloc(0);

  /** Parses what the client sent; messages may span chunks and chunks may hold many messages. */
  feed(chunk) {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    let offset = 0;
    for (;;) {
      if (this.startup) {
        // Startup messages have no type byte: length, then a protocol code or version.
        if (this.pending.length - offset < 8) break;
        const length = this.pending.readInt32BE(offset);
        if (this.pending.length - offset < length) break;
        const code = this.pending.readInt32BE(offset + 4);
        offset += length;
        // After an SSL or GSS request the client sends its real startup message.
        if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) this.startup = false;
        continue;
      }
      if (this.pending.length - offset < 5) break;
      const type = this.pending[offset];
      const length = this.pending.readInt32BE(offset + 1);
      if (this.pending.length - offset < 1 + length) break;
      if (type === 0x51 /* Q */ || type === 0x50 /* P */) {
        // Q carries its SQL after the header; P after the statement's name (a C string).
        const body = this.pending.subarray(offset + 5, offset + 1 + length);
        const start = type === 0x50 ? body.indexOf(0) + 1 : 0;
        const sql = body.subarray(start, start + 400).toString('utf8');
        if (BACKGROUND.test(sql)) this.background = true;
      }
      if (type === 0x51 || type === 0x45 /* E */) this.statements++;
      offset += 1 + length;
    }
    this.pending = offset === this.pending.length ? Buffer.alloc(0) : this.pending.subarray(offset);
  }
}

/** Listens on a free port of 127.0.0.1 and forwards every connection to `target` (a postgres:// URL). */
export async function startStatementCounter(target) {
  const { hostname, port } = new URL(target);
  const connections = new Set();
  const sockets = new Set();
  const server = net.createServer((client) => {
    const counted = new CountedConnection();
    connections.add(counted);
    const upstream = net.connect({ host: hostname, port: Number(port || 5432) });
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    sockets.add(client).add(upstream);
    client.on('data', (chunk) => {
      counted.feed(chunk);
      if (!upstream.write(chunk)) client.pause();
    });
    upstream.on('drain', () => client.resume());
    upstream.on('data', (chunk) => {
      if (!client.write(chunk)) upstream.pause();
    });
    client.on('drain', () => upstream.resume());
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String(server.address().port);
  return {
    /** The same database, through the proxy. */
    url: url.toString(),
    /** A mark to count from: the statements of each connection so far. */
    mark() {
      return new Map([...connections].map((connection) => [connection, connection.statements]));
    },
    /**
     * Statements since `mark`, of the connections that are not background work and of those that
     * are; a connection is judged by everything it sent, so one seen polling pg-boss only later
     * is still set aside.
     */
    since(mark) {
      let requests = 0;
      let background = 0;
      for (const connection of connections) {
        const delta = connection.statements - (mark.get(connection) ?? 0);
        if (connection.background) background += delta;
        else requests += delta;
      }
      return { requests, background };
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Statements per request of one subject and scenario: `warmup` requests first (caches, prepared
 * statements, lazy setup), then the statements that the subject's connections send while idle
 * for `idleMs`, then `requests` requests one after another. The idle rate, scaled to the time
 * the requests took, is subtracted; with background connections set aside it is normally zero.
 */
export async function countStatements(counter, sendOne, { requests = 20, warmup = 5, idleMs = 2000 } = {}) {
  for (let i = 0; i < warmup; i++) await sendOne();
  await pause(200);
  let mark = counter.mark();
  await pause(idleMs);
  const idle = counter.since(mark);
  mark = counter.mark();
  const started = performance.now();
  for (let i = 0; i < requests; i++) await sendOne();
  const elapsed = performance.now() - started;
  // Let a statement still on the wire arrive before counting.
  await pause(100);
  const seen = counter.since(mark);
  const idlePerMs = idle.requests / idleMs;
  return {
    perRequest: (seen.requests - idlePerMs * (elapsed + 100)) / requests,
    raw: seen.requests / requests,
    idlePerSecond: idlePerMs * 1000,
    backgroundPerSecond: (seen.background / (elapsed + 100)) * 1000,
  };
}
