import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './support/browser.mjs';
import { ensureClientBuilt, startHub } from './support/hub.mjs';
import { newItalianPage, signIn, signUp, watchErrors } from './support/people.mjs';

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** A new official of Clusone, different on every run. */
const official = {
  name: 'Elena Visinoni',
  organization: 'Clusone',
  jobTitle: 'Istruttrice tecnica',
  email: `elena.visinoni.${Date.now()}@clusone.example.it`,
  password: 'la-danza-macabra-di-clusone',
};

/** Demo people: the facilitator who owns the borghi community, the owner of the private SEAV Bergamo. */
const facilitator = { name: 'Giulia Ferrari', email: 'giulia.ferrari@demo.cantiere.it' };
const seavOwner = { name: 'Laura Colombo', email: 'laura.colombo@demo.cantiere.it' };

const discussion = {
  title: `Check-list ReGiS per la Linea A (${Date.now()})`,
  body: 'Qualcuno ha adattato la check-list di Bergamo alla **Linea A**? Noi abbiamo aggiunto i verbali di collaudo.',
};

describe('an official joins a community and talks with its members', { timeout: 240_000 }, () => {
  let hub;
  let browser;
  let page;
  let other;
  const pageErrors = [];

  before(async () => {
    await ensureClientBuilt();
    hub = await startHub();
    browser = await launchBrowser();
    page = await newItalianPage(browser);
    other = await newItalianPage(browser);
    watchErrors(page, pageErrors);
    watchErrors(other, pageErrors);
  });

  after(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('finds a public community by searching and joins it', async () => {
    await signUp(page, hub.url, official);
    await page.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Comunità' }).click();
    await page.getByRole('heading', { level: 1, name: 'Comunità di pratica' }).waitFor();
    await page.getByLabel('Cerca per nome o argomento').fill('borghi');
    await page.getByRole('status').filter({ hasText: /^\d+ comunità$/ }).waitFor();
    await page.getByRole('link', { name: 'PNRR – Attrattività dei borghi' }).click();

    await page.getByRole('heading', { level: 1, name: 'PNRR – Attrattività dei borghi' }).waitFor();
    const members = page.getByText(/^\d+ membri/);
    const before = parseInt(await members.innerText(), 10);
    await page.getByRole('button', { name: 'Partecipa' }).click();
    await page.getByTestId('membership-state').filter({ hasText: 'Fai parte di questa comunità come Partecipante.' }).waitFor();
    await page.getByText(`${before + 1} membri`).waitFor();
    // Pinned first, as the hub orders them.
    const first = page.locator('.cantiere-thread').first();
    await first.getByText('In evidenza').waitFor();
  });

  it('starts a discussion and replies mentioning the facilitator, picked with the keyboard', async () => {
    await page.getByRole('link', { name: 'Nuova discussione' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nuova discussione in PNRR – Attrattività dei borghi' }).waitFor();
    await page.getByLabel('Titolo').fill(discussion.title);
    await page.getByLabel('Testo', { exact: true }).fill(discussion.body);
    await page.getByRole('button', { name: 'Pubblica' }).click();
    await page.getByRole('heading', { level: 1, name: discussion.title }).waitFor();
    await page.locator('.cantiere-markdown strong', { hasText: 'Linea A' }).waitFor();

    const reply = page.getByLabel('La tua risposta');
    await reply.pressSequentially('Aggiungo anche le foto di cantiere. @Giu', { delay: 20 });
    const option = page.getByRole('option', { name: /^Giulia Ferrari/ });
    await option.waitFor();
    assert.equal(await option.getAttribute('aria-selected'), 'true');
    assert.equal(await reply.getAttribute('aria-activedescendant'), await option.getAttribute('id'));
    await reply.press('Enter');
    await reply.pressSequentially('che ne pensi?', { delay: 10 });
    assert.match(await reply.inputValue(), /@\[Giulia Ferrari\]\(user:[0-9a-f-]{36}\) che ne pensi\?$/);
    await page.getByRole('button', { name: 'Invia la risposta' }).click();

    const sent = page.getByTestId('post').filter({ hasText: 'foto di cantiere' });
    await sent.locator('.cantiere-mention', { hasText: '@Giulia Ferrari' }).waitFor();
    assert.equal(await reply.inputValue(), '', 'the composer is empty once the reply is published');
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: `${screenshots}thread.png`, fullPage: true });
  });

  it('edits the reply, keeping the earlier text viewable, then deletes it, leaving a tombstone', async () => {
    const sent = page.getByTestId('post').filter({ hasText: 'foto di cantiere' });
    await sent.getByRole('button', { name: 'Modifica' }).click();
    const editor = sent.getByLabel('Modifica il messaggio');
    await editor.fill(`${await editor.inputValue()} Allego anche il verbale.`);
    await sent.getByRole('button', { name: 'Salva la modifica' }).click();
    await sent.getByText('Allego anche il verbale.').waitFor();
    await sent.getByRole('button', { name: 'modificato' }).click();
    const revisions = sent.getByRole('region', { name: 'Versioni precedenti' });
    // The earlier version, exactly as it was: without the sentence added by the edit.
    await revisions.getByText('Aggiungo anche le foto di cantiere. @Giulia Ferrari che ne pensi?', { exact: true }).waitFor();

    const extra = 'Un messaggio da togliere.';
    await page.getByLabel('La tua risposta').fill(extra);
    await page.getByRole('button', { name: 'Invia la risposta' }).click();
    const doomed = page.getByTestId('post').filter({ hasText: extra });
    await doomed.getByRole('button', { name: 'Elimina' }).click();
    await doomed.getByRole('button', { name: 'Elimina' }).click();
    await page.getByText('Messaggio eliminato', { exact: true }).waitFor();
    assert.equal(await page.getByText(extra).count(), 0);
  });

  it('the facilitator is notified of the mention and lands on the message', async () => {
    await signIn(other, hub.url, facilitator.email);
    await other.getByTestId('unread-count').waitFor();
    await other.goto(`${hub.url}/notifiche`);
    const notification = other.getByRole('link', { name: `${official.name} ha fatto il tuo nome in «${discussion.title}»` });
    await notification.click();
    await other.getByRole('heading', { level: 1, name: discussion.title }).waitFor();
    assert.match(other.url(), /#messaggio-/);
    const focused = await other.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    assert.equal(focused, 'post', 'the mentioned message has the focus');
    await other.getByRole('button', { name: /^Mi piace/ }).first().click();
    await other.getByRole('button', { name: 'Mi piace: 1' }).waitFor();

    // As the community's owner she moderates: the discussion goes on top of the list.
    await other.getByRole('button', { name: 'Metti in evidenza' }).click();
    await other.getByRole('button', { name: 'Togli dall’evidenza' }).waitFor();
    await other.getByRole('link', { name: 'PNRR – Attrattività dei borghi' }).click();
    const pinned = other.locator('.cantiere-thread').filter({ hasText: discussion.title });
    await pinned.getByText('In evidenza').waitFor();
  });

  it('asks to join a private community; its owner approves and the discussions open up', async () => {
    await page.goto(`${hub.url}/comunita/seav-bergamo`);
    await page.getByRole('heading', { level: 1, name: 'SEAV Bergamo' }).waitFor();
    await page.getByText('Le discussioni di questa comunità sono visibili solo ai membri.').waitFor();
    await page.getByRole('button', { name: 'Richiedi di partecipare' }).click();
    await page.getByTestId('membership-state').filter({ hasText: 'Hai chiesto di partecipare' }).waitFor();

    const owner = await newItalianPage(browser);
    watchErrors(owner, pageErrors);
    await signIn(owner, hub.url, seavOwner.email);
    await owner.goto(`${hub.url}/comunita/seav-bergamo`);
    await owner.getByRole('link', { name: /^\d+ richiest[ae] da valutare$/ }).click();
    await owner.getByRole('heading', { level: 1, name: 'Membri di SEAV Bergamo' }).waitFor();
    await owner.getByRole('button', { name: `Accetta la richiesta di ${official.name}` }).click();
    await owner.getByRole('status').filter({ hasText: `${official.name} ora fa parte della comunità.` }).waitFor();
    await owner.getByRole('button', { name: `Accetta la richiesta di ${official.name}` }).waitFor({ state: 'detached' });
    mkdirSync(screenshots, { recursive: true });
    await owner.screenshot({ path: `${screenshots}members.png`, fullPage: true });

    await page.reload();
    await page.getByTestId('membership-state').filter({ hasText: 'Fai parte di questa comunità come Partecipante.' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Discussioni' }).waitFor();
    await page.getByText('Ancora nessuna discussione: apri la prima.').waitFor();
  });

  it('creates a private community of its own, after being told what is missing', async () => {
    await page.goto(`${hub.url}/comunita`);
    await page.getByRole('link', { name: 'Crea una comunità' }).click();
    await page.getByRole('heading', { level: 1, name: 'Crea una comunità di pratica' }).waitFor();
    await page.getByRole('button', { name: 'Crea la comunità' }).click();
    await page.getByRole('alert').filter({ hasText: 'Scrivi il nome della comunità.' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'Scegli chi può leggere e partecipare.' }).waitFor();
    assert.equal(await page.getByLabel('Nome della comunità').evaluate((input) => input === document.activeElement), true);

    const name = `Tecnici della Val Seriana ${Date.now()}`;
    await page.getByLabel('Nome della comunità').fill(name);
    await page.getByLabel('Descrizione', { exact: true }).fill('Gli uffici tecnici dell’alta **Val Seriana** si scambiano atti e scadenze.');
    await page.locator('label', { hasText: 'Territori montani' }).click();
    await page.locator('label', { hasText: /^Privata/ }).click();
    await page.getByRole('button', { name: 'Crea la comunità' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByTestId('membership-state').filter({ hasText: 'Fai parte di questa comunità come Responsabile.' }).waitFor();
    await page.getByText('Privata', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Lascia la comunità' }).click();
    await page.getByRole('button', { name: 'Lascia la comunità' }).click();
    await page.getByRole('alert').filter({ hasText: 'Sei l’unico responsabile di questa comunità' }).waitFor();
  });

  it('met no script error on the way', () => {
    assert.deepEqual(pageErrors, []);
  });
});
