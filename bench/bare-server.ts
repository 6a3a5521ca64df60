// The baseline of bench/fanout: a bare socket.io server that broadcasts to one room, nothing else.
import http from 'node:http';
import { Server } from 'socket.io';

const server = http.createServer();
const io = new Server(server, { path: '/realtime', serveClient: false });
io.on('connection', (socket) => {
  socket.on('subscribe', (message: { scope: string }, ack: (answer: unknown) => void) => {
    void socket.join(message.scope);
    ack({ ok: true, lastSeq: 0 });
  });
});
let seq = 0;
// POST /broadcast?scope=…&bytes=…: one event, shaped like the hub's, stamped with the send time.
server.on('request', (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== '/broadcast') return void res.writeHead(404).end();
  const scope = url.searchParams.get('scope') ?? 'room';
  const padding = 'x'.repeat(Number(url.searchParams.get('bytes') ?? 100));
  seq += 1;
  io.to(scope).emit('event', { scope, seq, type: 'thread.created', payload: { padding }, actorId: null, at: new Date().toISOString() });
  res.writeHead(204).end();
});
server.listen(0, '127.0.0.1', () => console.log(`bare socket.io ready at http://127.0.0.1:${(server.address() as { port: number }).port}`));
process.on('SIGTERM', () => process.exit(0));
