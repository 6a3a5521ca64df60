import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from './support/browser.mjs';
import { CLIENT_DIST, ensureClientBuilt, startHub } from './support/hub.mjs';
import { newItalianPage, signIn, watchErrors } from './support/people.mjs';

/**
 * What a browser gets from a production hub serving the real build: compressed assets, security
 * headers, no source maps, and a client that works under the Content-Security-Policy. These
 * checks need the built client, so they live here (CI builds it before the e2e suite); the
 * server's own logic is tested on a made-up build in server/src/http/delivery.test.ts.
 */

const REBUILD = 'client/dist was built without the current build config: run `npm run build -w client`';

function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

function decode(answer) {
  if (answer.headers['content-encoding'] === 'br') return zlib.brotliDecompressSync(answer.body);
  if (answer.headers['content-encoding'] === 'gzip') return zlib.gunzipSync(answer.body);
  return answer.body;
}

describe('what the hub delivers to a browser', { timeout: 180_000 }, () => {
  let hub;
  let browser;

  before(async () => {
    await ensureClientBuilt();
    hub = await startHub({ NODE_ENV: 'production' });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('builds a brotli and a gzip copy of every script and stylesheet, and bundles that point at no source map', () => {
    const assets = path.join(CLIENT_DIST, 'assets');
    const built = readdirSync(assets).filter((name) => /\.(js|css)$/.test(name));
    assert.ok(built.length > 10, 'the build has its scripts and stylesheet');
    for (const name of built) {
      const file = path.join(assets, name);
      if (statSync(file).size >= 1024) {
        assert.ok(existsSync(`${file}.br`) && existsSync(`${file}.gz`), `${name} has no .br/.gz copy: ${REBUILD}`);
      }
      assert.doesNotMatch(readFileSync(file, 'utf8'), /sourceMappingURL=/, `${name} points at its source map: ${REBUILD}`);
    }
  });

  it('sends index.html, the entry script and the stylesheet with brotli, the assets cached for a year, and no maps', async () => {
    const html = readFileSync(path.join(CLIENT_DIST, 'index.html'), 'utf8');
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const style = /<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1];
    assert.ok(script && style, 'index.html names its entry script and stylesheet');
    const accept = { 'accept-encoding': 'gzip, deflate, br, zstd' };

    const page = await get(`${hub.url}/`, accept);
    assert.equal(page.status, 200);
    assert.equal(page.headers['content-encoding'], 'br');
    assert.equal(decode(page).toString(), html);

    for (const asset of [script, style]) {
      const answer = await get(`${hub.url}${asset}`, accept);
      assert.equal(answer.status, 200, asset);
      assert.equal(answer.headers['content-encoding'], 'br', asset);
      assert.equal(answer.headers['cache-control'], 'public, max-age=31536000, immutable');
      assert.ok(answer.body.length < statSync(path.join(CLIENT_DIST, asset)).size / 3, `${asset} is compressed`);
      assert.deepEqual(decode(answer), readFileSync(path.join(CLIENT_DIST, asset)));
      const gzip = await get(`${hub.url}${asset}`, { 'accept-encoding': 'gzip' });
      assert.equal(gzip.headers['content-encoding'], 'gzip');
    }

    const map = await get(`${hub.url}${script}.map`);
    assert.equal(map.status, 404, 'no source map in production');
    assert.ok(existsSync(path.join(CLIENT_DIST, `${script}.map`)), 'the map itself stays in the build for reading stack traces');

    const csp = page.headers['content-security-policy'];
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    assert.equal(page.headers['referrer-policy'], 'same-origin');
    assert.equal(page.headers['strict-transport-security'], undefined, 'no HSTS over plain HTTP');
  });

  it('runs the client under its Content-Security-Policy without a single violation', async () => {
    const page = await newItalianPage(browser);
    const pageErrors = [];
    watchErrors(page, pageErrors);
    const refusals = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text());
    });
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    let realtime = false;
    page.on('websocket', (socket) => {
      if (socket.url().includes('/realtime')) realtime = true;
    });
    const violations = async () => [...(await page.evaluate(() => window.__cspViolations)), ...refusals];

    await page.goto(hub.url);
    await page.getByRole('heading', { level: 1, name: 'Co-progettare insieme, comune per comune' }).waitFor();
    const font = await page.evaluate(async () => {
      await document.fonts.ready;
      return { family: getComputedStyle(document.body).fontFamily, loaded: document.fonts.check('16px "Titillium Web"') };
    });
    assert.match(font.family, /Titillium/, 'the stylesheet applies');
    assert.ok(font.loaded, 'the font loads from /assets');
    assert.deepEqual(await violations(), []);

    await page.goto(`${hub.url}/comuni`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await signIn(page, hub.url, 'marco.rota@demo.cantiere.it');
    await page.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Comunità' }).click();
    await page.getByRole('link', { name: 'PNRR – Attrattività dei borghi' }).click();
    await page.getByRole('heading', { level: 1, name: 'PNRR – Attrattività dei borghi' }).waitFor();
    await page.locator('.cantiere-thread').first().getByRole('link').first().click();
    await page.locator('.cantiere-markdown').first().waitFor();
    for (let waited = 0; !realtime && waited < 5000; waited += 250) await page.waitForTimeout(250);

    assert.deepEqual(await violations(), []);
    assert.deepEqual(pageErrors, []);
    assert.ok(realtime, 'socket.io opened its WebSocket under connect-src');

    // The watch itself works: an image from elsewhere is refused by img-src (before any request) and reported.
    await page.evaluate(() => document.body.append(Object.assign(new Image(), { src: 'https://canary.invalid/pixel.png' })));
    for (let waited = 0; (await violations()).length === 0 && waited < 2000; waited += 100) await page.waitForTimeout(100);
    assert.ok((await violations()).some((violation) => /img-src/.test(violation)), 'a forbidden image is reported');
    await page.context().close();
  });
});
