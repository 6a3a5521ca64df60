import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from './support/browser.mjs';
import { ensureClientBuilt, startHub } from './support/hub.mjs';
import { DEMO_PASSWORD, newItalianPage, watchErrors } from './support/people.mjs';

/** A solved public question of the demo, promoted to the FAQ; Sara Galli answered Marco Rota. */
const entry = {
  question: 'Scadenza ReGiS per la misura M1C3 INV 2.1 (Attrattività dei borghi)',
  answerStart: 'I dati di avanzamento vanno validati su ReGiS entro il 10 del mese successivo',
};

/** A discussion of a community about ReGiS: for signed-in people only. */
const communityDiscussion = 'Rendicontazione su ReGiS: come vi siete organizzati?';

/** The demo's people: a signed-out visitor sees their organisations, never their names or job titles. */
const PEOPLE = /Marco Rota|Sara Galli|Giulia Ferrari|Laura Colombo|Paolo Bianchi|Responsabile ufficio tecnico|Esperta dello sportello/;

const CTA = 'Accedi per fare una domanda allo sportello';

describe('a visitor without an account reads the help desk’s public knowledge', { timeout: 240_000 }, () => {
  let hub;
  let browser;
  let page;
  let entryUrl;
  const pageErrors = [];

  before(async () => {
    await ensureClientBuilt();
    hub = await startHub();
    browser = await launchBrowser();
    page = await newItalianPage(browser);
    watchErrors(page, pageErrors);
  });

  after(async () => {
    await browser?.close();
    await hub?.stop();
  });

  const description = () => page.locator('meta[name="description"]').getAttribute('content');
  const expectNoPerson = async () => assert.doesNotMatch(await page.locator('body').innerText(), PEOPLE);

  it('opens the FAQ from the menu, which also offers to sign in, and is invited to sign in to ask', async () => {
    await page.goto(hub.url);
    const menu = page.getByRole('navigation', { name: 'Menu principale' });
    await menu.getByRole('link', { name: 'Accedi' }).waitFor();
    await page.locator('.it-header-slim-wrapper').getByRole('link', { name: 'Accedi' }).waitFor();
    await menu.getByRole('link', { name: 'FAQ' }).click();

    await page.getByRole('heading', { level: 1, name: 'Domande frequenti' }).waitFor();
    assert.equal(await page.title(), 'Domande frequenti — Cantiere');
    assert.match(await description(), /sportello del Centro di Competenza/);
    await page.getByTestId('sign-in-to-ask').getByRole('link', { name: CTA }).waitFor();
    await page.getByRole('link', { name: entry.question }).waitFor();
  });

  it('searches in Italian, across the FAQ and the solved questions only', async () => {
    await page.getByRole('link', { name: 'Usa la ricerca' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cerca in Cantiere' }).waitFor();
    assert.deepEqual(await page.getByLabel('Dove cercare').locator('option').allInnerTexts(), [
      'Ovunque',
      'Domande frequenti',
      'Domande allo sportello',
      'Messaggi',
    ]);
    await page.getByLabel('Che cosa cerchi').fill('scadenze ReGiS');
    await page.getByRole('button', { name: 'Cerca', exact: true }).click();

    const results = page.getByTestId('search-results');
    const hit = results.getByRole('listitem').filter({ hasText: 'Domanda frequente' }).filter({ hasText: entry.question });
    await hit.waitFor();
    assert.ok((await hit.locator('mark').count()) > 0, 'the matched words are highlighted');
    const found = await results.innerText();
    assert.ok(!found.includes(communityDiscussion), 'a community’s discussion is not found without an account');
    assert.doesNotMatch(found, PEOPLE);
    await page.getByTestId('sign-in-to-ask').waitFor();
    await hit.getByRole('link', { name: entry.question }).click();
  });

  it('opens the entry: the answer, reviewed by an organisation, no person named, and the invitation', async () => {
    await page.getByRole('heading', { level: 1, name: entry.question }).waitFor();
    entryUrl = page.url();
    assert.equal(await page.title(), `${entry.question} — Cantiere`);
    assert.ok((await description()).startsWith(entry.answerStart), 'the description is the start of the answer');
    await page.getByRole('region', { name: 'Risposta' }).getByText(/entro il 10 del mese successivo/).waitFor();
    await page.getByText(/^Risposta verificata da ANCI Lombardia il /).waitFor();
    await page.getByTestId('sign-in-to-ask').getByRole('link', { name: CTA }).waitFor();
    await expectNoPerson();
  });

  it('reads the question the entry came from, each person shown as their organisation', async () => {
    await page.getByRole('link', { name: `Leggi la domanda originale: «${entry.question}»` }).click();
    await page.getByRole('heading', { level: 1, name: entry.question }).waitFor();
    const posts = page.getByTestId('post');
    await posts.nth(1).waitFor();
    assert.deepEqual(await posts.getByRole('heading', { level: 3 }).allInnerTexts(), ['Partecipante — Valleve', 'Partecipante — ANCI Lombardia']);
    await posts.nth(1).getByText('Risposta accettata').waitFor();
    assert.equal(await page.getByTestId('question-assignee').innerText(), 'ANCI Lombardia');
    assert.equal(await page.getByRole('button', { name: 'Rispondi' }).count(), 0);
    assert.equal(await page.getByLabel('La tua risposta').count(), 0);
    await page.getByTestId('sign-in-to-ask').getByRole('link', { name: CTA }).waitFor();
    await expectNoPerson();
  });

  it('is sent to sign in for anything else, as before', async () => {
    for (const path of ['/sportello', '/comunita', '/discussioni/0b6f9b9e-1111-4222-8333-944445555666']) {
      await page.goto(`${hub.url}${path}`);
      await page.getByRole('heading', { level: 1, name: 'Accedi a Cantiere' }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/accedi');
      await page.getByText('Per aprire questa pagina devi prima accedere.').waitFor();
    }
  });

  it('signs in from the invitation and lands on the question form, names shown again', async () => {
    await page.goto(entryUrl);
    await page.getByTestId('sign-in-to-ask').getByRole('link', { name: CTA }).click();
    await page.getByRole('heading', { level: 1, name: 'Accedi a Cantiere' }).waitFor();
    await page.getByLabel('Indirizzo email').fill('marco.rota@demo.cantiere.it');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Accedi', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Fai una domanda allo sportello' }).waitFor();

    await page.goto(entryUrl);
    await page.getByText(/^Risposta verificata da Sara Galli il /).waitFor();
    assert.equal(await page.getByTestId('sign-in-to-ask').count(), 0);
  });

  it('met no script error on the way', () => {
    assert.deepEqual(pageErrors, []);
  });
});
