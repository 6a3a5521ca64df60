// bench/fanout: N socket.io clients in one community room while a writer creates threads through
// GraphQL at a fixed rate; delivery, gaps and latency from commit to receipt, against a bare
// socket.io server broadcasting the same number of events to the same N clients in the same run.
//
//   npm run bench:fanout -- --clients 1000 --rate 5 --seconds 10 [--disconnect 0.1]
//
// Without DATABASE_URL the hub runs on a fresh embedded database in a temporary folder.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { io as connect, type Socket } from 'socket.io-client';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '10' },
    disconnect: { type: 'string', default: '0' },
  },
});
const CLIENTS = Number(values.clients);
const RATE = Number(values.rate);
const SECONDS = Number(values.seconds);
const DISCONNECT = Number(values.disconnect);
const EVENTS = RATE * SECONDS;
const ROOT = path.resolve(__dirname, '..');

function start(command: string[], env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, command, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = ready.exec(out);
      if (match) resolve({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`${command.join(' ')} exited with ${code}`)));
  });
}

async function gql(url: string, query: string, variables: Record<string, unknown>, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  // The bench reads back the few fields its own queries ask for.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const body = (await response.json()) as { data?: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, cookie: response.headers.get('set-cookie')?.split(';')[0] };
}

interface Reader {
  socket: Socket;
  lastSeq: number;
  seen: Set<number>;
  latencies: number[];
}

/** N clients following one scope, keeping order by sequence and resuming after a disconnect. */
async function readers(url: string, token: string | undefined, scope: string): Promise<Reader[]> {
  const all: Reader[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const socket = connect(url, { path: '/realtime', transports: ['websocket'], auth: token ? { token } : {}, reconnection: false, forceNew: true });
    const reader: Reader = { socket, lastSeq: 0, seen: new Set(), latencies: [] };
    socket.on('event', (event: { scope: string; seq: number; at: string }) => {
      if (event.scope !== scope || reader.seen.has(event.seq)) return;
      reader.seen.add(event.seq);
      reader.lastSeq = Math.max(reader.lastSeq, event.seq);
      reader.latencies.push(Date.now() - Date.parse(event.at));
    });
    all.push(reader);
  }
  await Promise.all(all.map((r) => new Promise((resolve, reject) => { r.socket.once('connect', resolve); r.socket.once('connect_error', reject); })));
  const answers = await Promise.all(all.map((r) => r.socket.timeout(30_000).emitWithAck('subscribe', { scope, since: null })));
  for (const [i, answer] of answers.entries()) all[i].lastSeq = answer.lastSeq ?? 0;
  return all;
}

/** Disconnects a share of the readers for a second mid-run, then resumes them from their last sequence. */
function dropSome(all: Reader[], scope: string) {
  if (!DISCONNECT) return;
  setTimeout(() => {
    const dropped = all.slice(0, Math.round(all.length * DISCONNECT));
    dropped.forEach((r) => r.socket.disconnect());
    setTimeout(() => {
      for (const r of dropped) {
        r.socket.connect();
        r.socket.once('connect', () => void r.socket.emitWithAck('subscribe', { scope, since: r.lastSeq }));
      }
    }, 1000);
  }, (SECONDS * 1000) / 2);
}

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

function report(name: string, all: Reader[], firstSeq: number) {
  const latencies = all.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const delivered = all.reduce((n, r) => n + r.seen.size, 0);
  const gapFree = all.filter((r) => Array.from({ length: EVENTS }, (_, i) => firstSeq + i).every((s) => r.seen.has(s))).length;
  return {
    name,
    delivery: `${((100 * delivered) / (EVENTS * all.length)).toFixed(2)}%`,
    gapFreeClients: `${gapFree}/${all.length}`,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

async function paced(send: (i: number) => Promise<void>) {
  const started = Date.now();
  for (let i = 0; i < EVENTS; i++) {
    const due = started + (i * 1000) / RATE;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
    await send(i);
  }
  await new Promise((resolve) => setTimeout(resolve, 2000));
}

async function benchHub() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-bench-'));
  const hub = await start(['-r', '@swc-node/register', 'server/src/main.ts'], {
    PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'error', SEED_DEMO: 'false', SIGN_UP_LIMIT_PER_IP: '1000', SWC_NODE_PROJECT: 'server/tsconfig.json',
  }, /Cantiere is ready at (\S+)/);
  try {
    const org = await gql(hub.url, '{ municipality(istatCode: "016226") { organizationId } }', {});
    const signUp = (email: string) => gql(hub.url, 'mutation($i: SignUpInput!) { signUp(input: $i) { id } }', {
      i: { email, password: 'password-del-banco', displayName: 'Banco di prova', organizationId: org.data.municipality.organizationId, jobTitle: 'Tecnico' },
    });
    const writer = (await signUp('writer@bench.example.it')).cookie!;
    const reader = (await signUp('reader@bench.example.it')).cookie!;
    const community = await gql(hub.url, 'mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }', {
      i: { name: 'Banco di prova', description: 'fanout', themes: [], visibility: 'PUBLIC' },
    }, writer);
    const communityId = community.data.createCommunity.id;
    await gql(hub.url, 'mutation($id: ID!) { joinCommunity(communityId: $id) { id } }', { id: communityId }, reader);
    const scope = `community:${communityId}`;
    const all = await readers(hub.url, reader.split('=')[1], scope);
    const firstSeq = all[0].lastSeq + 1;
    dropSome(all, scope);
    await paced(async (i) => {
      await gql(hub.url, 'mutation($i: StartThreadInput!) { startThread(input: $i) { id } }', {
        i: { communityId, kind: 'DISCUSSION', title: `Discussione di prova ${i}`, body: 'testo' },
      }, writer);
    });
    const result = report('Cantiere (GraphQL mutation → commit → room)', all, firstSeq);
    all.forEach((r) => r.socket.close());
    return result;
  } finally {
    hub.child.kill('SIGTERM');
  }
}

async function benchBare() {
  const bare = await start(['-r', '@swc-node/register', 'bench/bare-server.ts'], { SWC_NODE_PROJECT: 'server/tsconfig.json' }, /bare socket.io ready at (\S+)/);
  try {
    const all = await readers(bare.url, undefined, 'room');
    dropSome(all, 'room');
    await paced(async () => void (await fetch(`${bare.url}/broadcast?scope=room&bytes=150`, { method: 'POST' })));
    const result = report('bare socket.io broadcast (baseline)', all, 1);
    all.forEach((r) => r.socket.close());
    return result;
  } finally {
    bare.child.kill('SIGTERM');
  }
}

async function main() {
  console.log(`fanout: ${CLIENTS} clients, ${EVENTS} events at ${RATE}/s${DISCONNECT ? `, ${DISCONNECT * 100}% disconnected mid-run` : ''}`);
  // The baseline runs before and after the hub, so that neither side alone pays for a cold start.
  const before = await benchBare();
  const hub = await benchHub();
  const after = await benchBare();
  console.table([before, hub, after]);
  const baseline = { p50: Math.min(before.p50, after.p50), p99: Math.min(before.p99, after.p99) };
  console.log(`p99 ratio (Cantiere / best bare run): ${(hub.p99 / baseline.p99).toFixed(2)}×   p50 ratio: ${(hub.p50 / baseline.p50).toFixed(2)}×`);
  process.exit(0);
}

void main();
