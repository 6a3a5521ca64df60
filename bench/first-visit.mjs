// bench/first-visit: a cold first visit to the home page in headless Chromium, on a throttled
// profile (150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x slower), with compression and
// without it, in the same run against the same production hub:
//
//   npm run bench:first-visit -- [--runs 3]
//
// "without" asks for every response with `Accept-Encoding: identity`, which is what the hub sent
// before it compressed anything; "with" lets Chromium ask as it always does (gzip, deflate, br,
// zstd). Bytes are what crossed the network (CDP's encodedDataLength: headers and bodies) for
// every request of the visit; time to content is from the start of navigation until the home
// page's heading is in the document. Each visit gets a fresh browser context and no cache.
/* global document */
import { parseArgs } from 'node:util';
import { launchBrowser } from '../client/e2e/support/browser.mjs';
import { ensureClientBuilt, startHub } from '../client/e2e/support/hub.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const RUNS = Number(values.runs);
const PROFILE = { latencyMs: 150, downloadBitsPerSecond: 1_600_000, uploadBitsPerSecond: 750_000, cpuSlowdown: 4 };
const HEADING = 'Co-progettare insieme, comune per comune';

async function visit(browser, url, { compressed }) {
  const context = await browser.newContext({ locale: 'it-IT', timezoneId: 'Europe/Rome', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PROFILE.latencyMs,
    downloadThroughput: PROFILE.downloadBitsPerSecond / 8,
    uploadThroughput: PROFILE.uploadBitsPerSecond / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
  if (!compressed) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });

  const bytes = new Map();
  const encodings = new Set();
  cdp.on('Network.responseReceived', ({ response }) => {
    const encoding = Object.entries(response.headers).find(([name]) => name.toLowerCase() === 'content-encoding')?.[1];
    encodings.add(encoding ?? 'identity');
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => bytes.set(requestId, encodedDataLength));

  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction((heading) => document.querySelector('h1')?.textContent === heading, HEADING, { polling: 'raf', timeout: 120_000 });
  const timeToContent = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  const firstContentfulPaint = await page.evaluate(
    () => performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint')?.startTime ?? NaN,
  );
  await context.close();
  const total = [...bytes.values()].reduce((sum, value) => sum + value, 0);
  return { bytes: total, requests: bytes.size, timeToContent, firstContentfulPaint, encodings: [...encodings].sort().join(',') };
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

await ensureClientBuilt();
const hub = await startHub({ NODE_ENV: 'production' });
const browser = await launchBrowser();
try {
  const runs = { without: [], with: [] };
  // Alternate the two, so that a slower moment of the machine weighs on both alike.
  for (let run = 0; run < RUNS; run++) {
    runs.without.push(await visit(browser, hub.url, { compressed: false }));
    runs.with.push(await visit(browser, hub.url, { compressed: true }));
  }
  const summary = Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      {
        bytes: median(list.map((r) => r.bytes)),
        requests: median(list.map((r) => r.requests)),
        fcp: median(list.map((r) => r.firstContentfulPaint)),
        content: median(list.map((r) => r.timeToContent)),
        encodings: list[0].encodings,
      },
    ]),
  );
  const kb = (value) => `${(value / 1024).toFixed(1)} KB`;
  const ms = (value) => `${Math.round(value)} ms`;
  console.log(`first visit to ${hub.url}/ (median of ${RUNS} cold visits each; ${PROFILE.latencyMs} ms, 1.6 Mbit/s, CPU ${PROFILE.cpuSlowdown}x)`);
  console.log('variant                     bytes transferred  requests  first paint  time to content  encodings');
  for (const [name, s] of Object.entries(summary)) {
    const label = name === 'with' ? 'with compression' : 'without compression';
    console.log(
      `${label.padEnd(28)}${kb(s.bytes).padStart(17)}${String(s.requests).padStart(10)}${ms(s.fcp).padStart(13)}${ms(s.content).padStart(17)}  ${s.encodings}`,
    );
  }
  console.log(
    `ratio with/without: bytes ${(summary.with.bytes / summary.without.bytes).toFixed(2)}, time to content ${(summary.with.content / summary.without.content).toFixed(2)}`,
  );
} finally {
  await browser.close();
  await hub.stop();
}
