import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './support/browser.mjs';
import { ensureClientBuilt, startHub } from './support/hub.mjs';
import { newItalianPage, signIn, watchErrors } from './support/people.mjs';

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));
const THREAD_TITLE = 'Rendicontazione su ReGiS: come vi siete organizzati?';

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

  it('met no script error on the way', () => {
    assert.deepEqual(pageErrors, []);
  });
});
