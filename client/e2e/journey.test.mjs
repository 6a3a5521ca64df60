import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './support/browser.mjs';
import { ensureClientBuilt, startHub } from './support/hub.mjs';

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** A new official of the comune of Valleve, different on every run. */
const official = {
  name: 'Anna Bonetti',
  jobTitle: 'Responsabile ufficio tecnico',
  email: `anna.bonetti.${Date.now()}@valleve.example.it`,
  password: 'la-baita-sopra-valleve-2026',
};

describe('an official of a small comune', { timeout: 180_000 }, () => {
  let hub;
  let browser;
  let page;
  const pageErrors = [];

  before(async () => {
    await ensureClientBuilt();
    hub = await startHub();
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'it-IT', timezoneId: 'Europe/Rome' });
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  after(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('finds the hub in Italian and can switch it to English and back', async () => {
    await page.goto(hub.url);
    await page.getByRole('heading', { level: 1, name: 'Co-progettare insieme, comune per comune' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'it');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Designing together, one comune at a time' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Sign up' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Designing together, one comune at a time' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');

    await page.getByRole('button', { name: 'Italiano' }).click();
    await page.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Registrati' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'it');
  });

  it('is told next to each field what is missing when signing up with an empty form', async () => {
    await page.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Registrati' }).click();
    await page.getByRole('heading', { level: 1, name: 'Crea il tuo account' }).waitFor();
    await page.getByRole('button', { name: 'Crea account' }).click();

    const nameError = page.getByRole('alert').filter({ hasText: 'Scrivi il tuo nome e cognome.' });
    await nameError.waitFor();
    const nameField = page.getByLabel('Nome e cognome');
    assert.equal(await nameField.getAttribute('aria-invalid'), 'true');
    assert.ok((await nameField.getAttribute('aria-describedby')).includes(await nameError.getAttribute('id')));
    assert.ok(await nameField.evaluate((input) => input === document.activeElement), 'the first wrong field has the focus');
    await page.getByRole('alert').filter({ hasText: 'Scegli il tuo ente dall’elenco.' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'Scrivi la password.' }).waitFor();
  });

  it('signs up, picking the comune of Valleve as they type', async () => {
    await page.getByLabel('Nome e cognome').fill(official.name);
    const picker = page.getByRole('combobox', { name: 'Ente di appartenenza' });
    // With the keyboard first: arrows and Enter pick a match without submitting the form.
    await picker.pressSequentially('ANCI Lomb', { delay: 30 });
    await page.getByRole('option', { name: /^ANCI Lombardia/ }).waitFor();
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await page.getByText('Ente scelto: ANCI Lombardia').waitFor();
    assert.equal(await picker.inputValue(), 'ANCI Lombardia');

    // Typing again drops that choice; this time the match is clicked.
    await picker.fill('');
    assert.equal(await page.getByText('Ente scelto:').count(), 0);
    await picker.pressSequentially('Valleve', { delay: 30 });
    await page.getByRole('option', { name: /^Valleve/ }).click();
    await page.getByText('Ente scelto: Valleve').waitFor();
    assert.equal(await page.getByRole('listbox').isVisible(), false);
    await page.getByLabel('Ruolo').fill(official.jobTitle);
    await page.getByLabel('Indirizzo email').fill(official.email);
    await page.getByLabel('Password', { exact: true }).fill(official.password);
    await page.getByRole('button', { name: 'Crea account' }).click();

    await page.getByRole('heading', { level: 1, name: `Ti diamo il benvenuto, ${official.name}` }).waitFor();
    await page.getByText(`${official.jobTitle} — Valleve`).waitFor();
    await page.getByRole('link', { name: `Hai effettuato l’accesso come ${official.name}` }).waitFor();
  });

  it('sees this device among the signed-in devices and signs out', async () => {
    await page.getByRole('link', { name: `Hai effettuato l’accesso come ${official.name}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Il mio profilo' }).waitFor();
    await page.getByTestId('sessions').getByText('Questo dispositivo').waitFor();
    await page.getByText(official.email).waitFor();

    await page.getByRole('button', { name: 'Esci da Cantiere' }).click();
    await page.getByRole('status').filter({ hasText: 'Sessione chiusa' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/accedi');
    await page.getByRole('link', { name: 'Accedi', exact: true }).first().waitFor();
    assert.equal(await page.getByRole('link', { name: /Hai effettuato l’accesso come/ }).count(), 0);
  });

  it('is told plainly when the password is wrong, then signs in again', async () => {
    await page.getByLabel('Indirizzo email').fill(official.email);
    await page.getByLabel('Password').fill('not-the-right-password');
    await page.getByRole('button', { name: 'Accedi', exact: true }).click();
    const wrong = page.getByRole('alert').filter({ hasText: 'Email o password non corretti.' });
    await wrong.waitFor();
    assert.ok((await page.getByLabel('Password').getAttribute('aria-describedby')).includes(await wrong.getAttribute('id')));

    await page.getByLabel('Password').fill(official.password);
    await page.getByRole('button', { name: 'Accedi', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Ti diamo il benvenuto, ${official.name}` }).waitFor();
  });

  it('browses the 1.502 comuni, loads more, searches Bergamo and opens its page', async () => {
    await page.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Comuni', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Comuni della Lombardia' }).waitFor();
    await page.getByTestId('directory-count').filter({ hasText: '1.502 comuni' }).waitFor();
    await page.getByText('Mostrati 20 di 1.502').waitFor();
    await page.getByRole('button', { name: 'Carica altri comuni' }).click();
    await page.getByText('Mostrati 40 di 1.502').waitFor();

    await page.getByLabel('Cerca per nome').fill('Bergamo');
    await page.waitForURL(/[?&]q=Bergamo/);
    const count = page.getByTestId('directory-count');
    await count.filter({ hasNotText: '1.502' }).waitFor();
    assert.match(await count.innerText(), /^\d+ comun[ei]$/);
    const bergamo = page.getByRole('link', { name: /^Bergamo Provincia di Bergamo \(BG\)/ });
    await bergamo.waitFor();
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: `${screenshots}directory.png`, fullPage: true });

    await bergamo.click();
    await page.waitForURL(/\/comuni\/016024$/);
    await page.getByRole('heading', { level: 1, name: 'Bergamo' }).waitFor();
    const facts = page.getByTestId('municipality-facts');
    await facts.getByText('Bergamo (BG)').waitFor();
    await facts.getByText('016024').waitFor();
    await page.getByText('Fonte: ISTAT').waitFor();
    await page.screenshot({ path: `${screenshots}municipality.png`, fullPage: true });
  });

  it('met no script error on the way', () => {
    assert.deepEqual(pageErrors, []);
  });
});
