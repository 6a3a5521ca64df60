// Requests of bench:api: one at a time (probes, statement counts) over node:http, and under
// load with autocannon. Neither asks for compression, so every subject answers plain JSON.
import http from 'node:http';
import autocannon from 'autocannon';

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** POSTs a request `{ path, headers, body }` to `baseUrl`; resolves with the status and body. */
export function send(baseUrl, request) {
  const url = new URL(request.path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(request.body);
  });
}

/** An answer that counts: status 200, JSON, `data` and no `errors`. */
export function problemOf({ status, body }) {
  if (status !== 200) return `status ${status}`;
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch {
    return 'not JSON';
  }
  if (parsed.errors?.length) return 'errors in the answer';
  if (!parsed.data) return 'no data';
  const empty = Object.entries(parsed.data).find(([, value]) => value === null);
  return empty ? `data.${empty[0]} is null` : null;
}

/** One request, which must succeed: throws with the answer's body otherwise. */
export async function probe(label, baseUrl, request) {
  const answer = await send(baseUrl, request);
  const problem = problemOf(answer);
  if (problem) throw new Error(`${label}: ${problem}\n${answer.body.slice(0, 2000)}`);
  return JSON.parse(answer.body);
}

function cannon(baseUrl, request, connections, duration) {
  return autocannon({
    url: new URL(request.path, baseUrl).toString(),
    method: 'POST',
    headers: request.headers,
    body: request.body,
    connections,
    duration,
    timeout: 30,
    // Counted as mismatches: answers with GraphQL errors, which are 200s all the same.
    verifyBody: (body) => !body.includes('"errors"'),
  });
}

/**
 * A warm-up, then `duration` seconds of `connections` clients sending `request` back to back.
 * `before` runs ahead of each (e.g. to put the data back as it was).
 */
export async function measure({ baseUrl, request, connections, duration, warmup, before }) {
  if (warmup > 0) {
    await before?.();
    await cannon(baseUrl, request, connections, warmup);
  }
  await before?.();
  const result = await cannon(baseUrl, request, connections, duration);
  return {
    requestsPerSecond: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    withErrors: result.mismatches,
    socketErrors: result.errors,
    timeouts: result.timeouts,
  };
}
