import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './support/browser.mjs';
import { ensureClientBuilt, startHub } from './support/hub.mjs';
import { newItalianPage, signIn, watchErrors } from './support/people.mjs';

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));
const THREAD_TITLE = 'Rendicontazione su ReGiS: come vi siete organizzati?';

/** Sends one GraphQL operation from the page, as its signed-in person (setting up what a test needs). */
async function graphql(page, query, variables) {
  const result = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query, variables },
  );
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return result.data;
}

/** The GraphQL queries a page sends, by operation name, with the tab id each carries. */
function recordQueries(page) {
  const sent = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    sent.push({ name: request.postDataJSON()?.operationName, tab: request.headers()['x-cantiere-tab'] });
  });
  return sent;
}

/** Opens the demo discussion of the borghi community, as a member would. */
async function openDiscussion(page, hubUrl) {
  await page.goto(`${hubUrl}/comunita/pnrr-attrattivita-borghi`);
  await page.getByRole('link', { name: THREAD_TITLE }).click();
  await page.getByRole('heading', { level: 1, name: THREAD_TITLE }).waitFor();
}

describe('two officials on the same discussion see each other’s messages live', { timeout: 180_000 }, () => {
  let hub;
  let browser;
  let marco;
  let laura;
  const pageErrors = [];

  before(async () => {
    await ensureClientBuilt();
    hub = await startHub();
    browser = await launchBrowser();
    marco = await newItalianPage(browser);
    laura = await newItalianPage(browser);
    watchErrors(marco, pageErrors);
    watchErrors(laura, pageErrors);
    await signIn(marco, hub.url, 'marco.rota@demo.cantiere.it');
    await signIn(laura, hub.url, 'laura.colombo@demo.cantiere.it');
    await openDiscussion(marco, hub.url);
    await openDiscussion(laura, hub.url);
  });

  after(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('shows who is reading the discussion', async () => {
    await marco.getByTestId('people-here').filter({ hasText: 'Laura Colombo' }).waitFor();
    assert.match(await marco.getByTestId('people-here').innerText(), /Marco Rota/);
  });

  it('shows a reply written in one browser in the other without reloading, and tells screen readers', async () => {
    const text = `Risposta in diretta ${Date.now()}`;
    const before = await marco.evaluate(() => performance.getEntriesByType('navigation').length);
    await laura.getByLabel('La tua risposta', { exact: true }).fill(text);
    await marco.getByTestId('people-here').filter({ hasText: /Laura Colombo sta scrivendo/ }).waitFor();
    await laura.getByRole('button', { name: 'Invia la risposta' }).click();
    await marco.getByText(text).waitFor({ timeout: 10_000 });
    assert.equal(await marco.evaluate(() => performance.getEntriesByType('navigation').length), before);
    assert.match(await marco.getByTestId('realtime-announcer').innerText(), /Nuovi messaggi/);
    await marco.screenshot({ path: `${screenshots}live.png`, fullPage: true });
  });

  it('fetches the discussion once for a reply of one’s own: its event, back in the same tab, does not fetch it again', async () => {
    const sent = recordQueries(laura);
    const text = `Una sola richiesta ${Date.now()}`;
    await laura.getByLabel('La tua risposta', { exact: true }).fill(text);
    await laura.getByRole('button', { name: 'Invia la risposta' }).click();
    await laura.getByTestId('post').filter({ hasText: text }).waitFor();
    await marco.getByText(text).waitFor({ timeout: 10_000 });
    // Past the batching of live refetches (150 ms), with room to spare.
    await laura.waitForTimeout(1500);
    assert.deepEqual(
      sent.filter((request) => request.name === 'Thread').length,
      1,
      `the reply's own refetch only, not another for its events: ${JSON.stringify(sent)}`,
    );
    const tabs = new Set(sent.map((request) => request.tab));
    assert.equal(tabs.size, 1, 'one tab id for the whole page');
    assert.match([...tabs][0], /^[\w.-]{1,64}$/);
  });

  it('tells a reader at once when a discussion stops being readable, without reloading', async () => {
    // Laura's own public community with one discussion, which Marco (not a member) opens.
    const stamp = Date.now();
    const { createCommunity } = await graphql(
      laura,
      `mutation ($input: CreateCommunityInput!) { createCommunity(input: $input) { id slug } }`,
      { input: { name: `Tavolo SEAV ${stamp}`, description: 'Bandi europei, prima in chiaro.', themes: ['PNRR'], visibility: 'PUBLIC' } },
    );
    const { startThread } = await graphql(
      laura,
      `mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }`,
      { input: { communityId: createCommunity.id, kind: 'DISCUSSION', title: `Bando Interreg ${stamp}`, body: 'Chi partecipa?' } },
    );
    await laura.goto(`${hub.url}/discussioni/${startThread.id}`);
    await marco.goto(`${hub.url}/discussioni/${startThread.id}`);
    await marco.getByRole('heading', { level: 1, name: `Bando Interreg ${stamp}` }).waitFor();
    // Marco follows the discussion live: Laura sees him there.
    await laura.getByTestId('people-here').filter({ hasText: 'Marco Rota' }).waitFor();
    const before = await marco.evaluate(() => performance.getEntriesByType('navigation').length);

    // The community turns private (no page for it yet): the hub takes Marco out of the room.
    await graphql(laura, `mutation ($id: ID!) { updateCommunity(id: $id, input: { visibility: PRIVATE }) { id } }`, { id: createCommunity.id });
    await marco.getByRole('heading', { level: 1, name: 'Discussione non trovata' }).waitFor({ timeout: 10_000 });
    assert.equal(await marco.evaluate(() => performance.getEntriesByType('navigation').length), before);
    await laura.getByTestId('people-here').filter({ hasText: 'Marco Rota' }).waitFor({ state: 'detached' });
  });

  it('met no script error on the way', () => {
    assert.deepEqual(pageErrors, []);
  });
});
