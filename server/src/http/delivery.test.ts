import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../test/hub';
import { ConfigError, loadConfig } from '../config';

/**
 * A small built client of our own, shaped like client/dist: the server's part (which file, which
 * encoding, which headers) is tested here without building the real client; the real build, its
 * compressed copies and its CSP in Chromium are tested by client/e2e/delivery.test.mjs.
 */
function makeClientDir(): { dir: string; script: string; style: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-client-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  const padding = Array.from({ length: 60 }, (_, i) => `<!-- riga ${i} del modello della pagina -->`).join('\n');
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="it"><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div>\n${padding}\n</body></html>`,
  );
  const script = `export const comuni = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ nome: `Comune ${i}`, provincia: 'BG' })))};\n`;
  fs.writeFileSync(path.join(dir, 'assets/index-abc123.js'), script);
  fs.writeFileSync(path.join(dir, 'assets/index-abc123.js.br'), zlib.brotliCompressSync(script));
  fs.writeFileSync(path.join(dir, 'assets/index-abc123.js.gz'), zlib.gzipSync(script));
  fs.writeFileSync(path.join(dir, 'assets/index-abc123.js.map'), '{"version":3,"sources":["src/main.tsx"],"mappings":""}');
  // A stylesheet built without compressed copies: compressed on the fly.
  const style = Array.from({ length: 200 }, (_, i) => `.riga-${i} { margin: ${i}px; }`).join('\n');
  fs.writeFileSync(path.join(dir, 'assets/style-def456.css'), style);
  fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return { dir, script, style };
}

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request with exactly these headers, the body as sent (fetch would decompress it and add its own Accept-Encoding). */
function raw(url: string, headers: Record<string, string> = {}, body?: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: body === undefined ? 'GET' : 'POST', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

function decoded(answer: RawAnswer): string {
  const encoding = answer.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(answer.body).toString();
  if (encoding === 'gzip') return zlib.gunzipSync(answer.body).toString();
  return answer.body.toString();
}

const GRAPHQL_HEADERS = { 'content-type': 'application/json' };
const BIG_QUERY = JSON.stringify({ query: '{ municipalities(first: 100) { edges { node { name istatCode population } } } }' });

let client: ReturnType<typeof makeClientDir>;
let hub: TestHub;
beforeAll(async () => {
  client = makeClientDir();
  hub = await startTestHub({ CLIENT_DIR: client.dir });
});
afterAll(async () => {
  await hub.close();
  fs.rmSync(client.dir, { recursive: true, force: true });
});

describe('security headers', () => {
  const paths = ['/', '/comunita/pnrr-borghi', '/assets/index-abc123.js', '/graphql?query=%7B__typename%7D', '/healthz'];

  it.each(paths)('are sent on %s', async (pathname) => {
    const answer = await raw(`${hub.url}${pathname}`, { 'apollo-require-preflight': 'true' });
    expect(answer.status).toBe(200);
    const csp = String(answer.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('same-origin');
    expect(answer.headers['x-frame-options']).toBe('DENY');
    expect(answer.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(answer.headers['permissions-policy']).toContain('camera=()');
    expect(answer.headers['x-powered-by']).toBeUndefined();
  });

  it('leave HSTS and upgrade-insecure-requests out over plain HTTP, and ignore X-Forwarded-Proto from an untrusted peer', async () => {
    for (const headers of [{}, { 'x-forwarded-proto': 'https' }] as Array<Record<string, string>>) {
      const answer = await raw(`${hub.url}/`, headers);
      expect(answer.headers['strict-transport-security']).toBeUndefined();
      expect(String(answer.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
    }
  });

  it('add HSTS and upgrade-insecure-requests behind a trusted TLS proxy', async () => {
    const proxied = await startTestHub({ CLIENT_DIR: client.dir, TRUST_PROXY: 'loopback' });
    try {
      const overTls = await raw(`${proxied.url}/`, { 'x-forwarded-proto': 'https' });
      expect(overTls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(String(overTls.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
      const plain = await raw(`${proxied.url}/`, { 'x-forwarded-proto': 'http' });
      expect(plain.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await proxied.close();
    }
  });
});

describe('compression', () => {
  it('sends the brotli copy of an asset to a browser that accepts brotli, gzip to one that accepts only gzip', async () => {
    const br = await raw(`${hub.url}/assets/index-abc123.js`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(client.script.length / 5);
    expect(decoded(br)).toBe(client.script);

    const gzip = await raw(`${hub.url}/assets/index-abc123.js`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip)).toBe(client.script);

    const plain = await raw(`${hub.url}/assets/index-abc123.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(client.script);

    const refusesBrotli = await raw(`${hub.url}/assets/index-abc123.js`, { 'accept-encoding': 'br;q=0, gzip' });
    expect(refusesBrotli.headers['content-encoding']).toBe('gzip');
  });

  it('compresses an asset built without compressed copies on the fly', async () => {
    const answer = await raw(`${hub.url}/assets/style-def456.css`, { 'accept-encoding': 'br' });
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toMatch(/^text\/css/);
    expect(decoded(answer)).toBe(client.style);
  });

  it('compresses index.html, for the home page and for any route of the client', async () => {
    for (const pathname of ['/', '/comuni']) {
      const answer = await raw(`${hub.url}${pathname}`, { 'accept-encoding': 'gzip, br' });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toMatch(/^text\/html/);
      expect(answer.headers['content-encoding']).toBe('br');
      expect(decoded(answer)).toContain('<div id="root"></div>');
    }
    const gzip = await raw(`${hub.url}/`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
  });

  it('compresses GraphQL answers with brotli or gzip, as accepted', async () => {
    const br = await raw(`${hub.url}/graphql`, { ...GRAPHQL_HEADERS, 'accept-encoding': 'gzip, deflate, br' }, BIG_QUERY);
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    const data = JSON.parse(decoded(br));
    expect(data.data.municipalities.edges).toHaveLength(100);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(decoded(br)) / 3);

    const gzip = await raw(`${hub.url}/graphql`, { ...GRAPHQL_HEADERS, 'accept-encoding': 'gzip' }, BIG_QUERY);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(decoded(gzip))).toEqual(data);

    const identity = await raw(`${hub.url}/graphql`, GRAPHQL_HEADERS, BIG_QUERY);
    expect(identity.headers['content-encoding']).toBeUndefined();
  });

  it('leaves small answers alone', async () => {
    const answer = await raw(`${hub.url}/healthz`, { 'accept-encoding': 'br, gzip' });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(answer.body.toString())).toEqual({ ok: true });
  });
});

describe('the built client', () => {
  it('answers a missing asset with a 404, not with index.html', async () => {
    const answer = await raw(`${hub.url}/assets/index-old999.js`);
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.body.toString()).not.toContain('<html');
  });

  it('serves source maps outside production only', async () => {
    expect((await raw(`${hub.url}/assets/index-abc123.js.map`)).status).toBe(200);
    const production = await startTestHub({ NODE_ENV: 'production', CLIENT_DIR: client.dir });
    try {
      const map = await raw(`${production.url}/assets/index-abc123.js.map`);
      expect(map.status).toBe(404);
      expect(map.body.toString()).not.toContain('mappings');
      expect((await raw(`${production.url}/assets/index-abc123.js`)).status).toBe(200);
    } finally {
      await production.close();
    }
  });
});

describe('TRUST_PROXY', () => {
  it('is off by default and reads false, true, a number of hops or a list of addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8 ,192.168.1.7' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
      '192.168.1.7',
    ]);
  });

  it('refuses what Express would misread, with a one-line reason', () => {
    for (const wrong of ['nginx', '10.0.0.0/33', '300.1.1.1', '11', 'fe80::/129', 'loopback;10.0.0.1']) {
      expect(() => loadConfig({ TRUST_PROXY: wrong }), wrong).toThrow(ConfigError);
    }
  });

  const WRONG_SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id } }`;

  /** Three failed sign-ins, each for another email, each claiming another client address. */
  async function signInsFromThreeAddresses(target: TestHub): Promise<Array<string | undefined>> {
    const codes = [];
    for (const address of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
      const answer = await target
        .client()
        .request(WRONG_SIGN_IN, { input: { email: `nessuno-${address}@comune.example.it`, password: 'sbagliata-davvero' } }, { 'x-forwarded-for': address });
      codes.push(answer.errors?.[0].extensions?.reason ?? answer.errors?.[0].extensions?.code);
    }
    return codes;
  }

  it('off: X-Forwarded-For does not change the address the rate limits count', async () => {
    const strict = await startTestHub({ SIGN_IN_LIMIT_PER_IP: '2' });
    try {
      expect(await signInsFromThreeAddresses(strict)).toEqual(['wrongCredentials', 'wrongCredentials', 'RATE_LIMITED']);
    } finally {
      await strict.close();
    }
  });

  it('on for the proxy in front: each forwarded address is counted on its own', async () => {
    const proxied = await startTestHub({ SIGN_IN_LIMIT_PER_IP: '2', TRUST_PROXY: 'loopback' });
    try {
      expect(await signInsFromThreeAddresses(proxied)).toEqual(['wrongCredentials', 'wrongCredentials', 'wrongCredentials']);
    } finally {
      await proxied.close();
    }
  });
});
