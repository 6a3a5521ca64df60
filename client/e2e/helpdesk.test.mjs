import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './support/browser.mjs';
import { ensureClientBuilt, startHub } from './support/hub.mjs';
import { newItalianPage, signIn, signUp, watchErrors } from './support/people.mjs';

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** A new official of Valleve, different on every run. */
const official = {
  name: 'Piero Arnoldi',
  organization: 'Valleve',
  jobTitle: 'Responsabile ufficio tecnico',
  email: `piero.arnoldi.${Date.now()}@valleve.example.it`,
  password: 'la-funivia-di-san-simone',
};

/** The demo expert of the help desk (a facilitator of the sportello in the demo data). */
const expert = { name: 'Sara Galli', email: 'sara.galli@demo.cantiere.it' };

const run = Date.now();

const question = {
  title: `Proroga del termine per i lavori della Linea B (${run})`,
  body: 'Il cantiere finanziato dalla misura M1C3 INV 2.1 è fermo per la neve fino ad aprile: possiamo chiedere una **proroga** del termine di fine lavori?',
  tags: 'M1C3 INV 2.1, Proroga',
};

/** The FAQ entry's question, tidied up by the expert. */
const faqQuestion = `Come si chiede la proroga dei lavori per la Linea B dei borghi? (${run})`;

const answer =
  'Sì: la proroga si chiede al Ministero della Cultura con una **relazione del RUP** che documenti la causa di forza maggiore, ' +
  'prima della scadenza del termine. Allegate il verbale di sospensione dei lavori.';

describe('a comune asks the help desk and an expert answers', { timeout: 240_000 }, () => {
  let hub;
  let browser;
  let asker;
  let helper;
  let questionUrl;
  const pageErrors = [];

  before(async () => {
    await ensureClientBuilt();
    hub = await startHub();
    browser = await launchBrowser();
    asker = await newItalianPage(browser);
    helper = await newItalianPage(browser);
    watchErrors(asker, pageErrors);
    watchErrors(helper, pageErrors);
  });

  after(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('an official of Valleve signs up and asks a public question, choosing who may read it', async () => {
    await signUp(asker, hub.url, official);
    await asker.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Sportello' }).click();
    await asker.getByRole('heading', { level: 1, name: 'Sportello del Centro di Competenza' }).waitFor();
    await asker.getByRole('link', { name: 'Fai una domanda' }).click();
    await asker.getByRole('heading', { level: 1, name: 'Fai una domanda allo sportello' }).waitFor();

    await asker.getByLabel('La domanda in una frase').fill(question.title);
    await asker.getByLabel('Descrivi la situazione').fill(question.body);
    await asker.getByLabel('Etichette (facoltative)').fill(question.tags);
    // Who may read the question is never chosen for the asker.
    await asker.getByRole('button', { name: 'Invia la domanda' }).click();
    await asker.getByRole('alert').filter({ hasText: 'Scegli chi può vedere la domanda.' }).waitFor();
    // bootstrap-italia draws the radio button on its label, which is what people click.
    await asker.locator('label', { hasText: /^Pubblica/ }).click();
    assert.equal(await asker.getByRole('radio', { name: 'Pubblica visibile a tutti i comuni' }).isChecked(), true);
    await asker.getByRole('button', { name: 'Invia la domanda' }).click();

    await asker.getByRole('heading', { level: 1, name: question.title }).waitFor();
    questionUrl = asker.url();
    assert.equal(await asker.getByTestId('question-status').innerText(), 'Aperta');
    await asker.getByText('Pubblica: visibile a tutti i comuni').waitFor();
    await asker.getByRole('list', { name: 'Etichette' }).getByText('M1C3 INV 2.1').waitFor();
    await asker.locator('.cantiere-markdown strong', { hasText: 'proroga' }).waitFor();
  });

  it('the expert finds it in the queue, takes it and answers', async () => {
    await signIn(helper, hub.url, expert.email);
    await helper.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Sportello' }).click();
    await helper.getByRole('link', { name: 'Coda delle domande' }).click();
    await helper.getByRole('heading', { level: 1, name: 'Coda delle domande dello sportello' }).waitFor();
    const queue = helper.getByTestId('queue');
    await queue.getByRole('link', { name: question.title, exact: true }).waitFor();

    await helper.getByRole('button', { name: `Prendi in carico «${question.title}»` }).click();
    await helper.getByRole('status').filter({ hasText: `Hai preso in carico «${question.title}».` }).waitFor();
    await helper.getByLabel('Mostra').selectOption('mine');
    await queue.getByRole('link', { name: question.title, exact: true }).waitFor();
    await helper.getByRole('link', { name: `Apri e rispondi a «${question.title}»` }).click();

    await helper.getByRole('heading', { level: 1, name: question.title }).waitFor();
    assert.equal(await helper.getByTestId('question-assignee').innerText(), expert.name);
    assert.equal(await helper.getByTestId('question-status').innerText(), 'Presa in carico');
    await helper.getByLabel('La tua risposta').fill(answer);
    await helper.getByRole('tab', { name: 'Anteprima' }).click();
    await helper.getByRole('tabpanel').locator('strong', { hasText: 'relazione del RUP' }).waitFor();
    await helper.getByRole('tab', { name: 'Scrivi' }).click();
    await helper.getByRole('button', { name: 'Invia la risposta' }).click();
    await helper.getByTestId('post').filter({ hasText: 'verbale di sospensione' }).waitFor();
    await helper.getByTestId('question-status').filter({ hasText: 'Con risposta' }).waitFor();
  });

  it('the official is notified, reads the answer and accepts it: the question is solved', async () => {
    await asker.reload();
    await asker.getByTestId('unread-count').filter({ hasText: '1' }).waitFor();
    await asker.getByRole('button', { name: 'Notifiche: 1 da leggere' }).click();
    const notification = asker.getByRole('link', { name: `Sara Galli ha risposto alla tua domanda «${question.title}»` });
    await notification.click();

    const reply = asker.getByTestId('post').filter({ hasText: 'verbale di sospensione' });
    await reply.waitFor();
    await asker.getByTestId('time-to-first-answer').filter({ hasText: /^dopo / }).waitFor();
    await asker.getByRole('button', { name: 'Notifiche', exact: true }).waitFor();

    await reply.getByRole('button', { name: 'Accetta questa risposta' }).click();
    await asker.getByTestId('question-status').filter({ hasText: 'Risolta' }).waitFor();
    await reply.getByText('Risposta accettata').waitFor();
    await asker.getByTestId('time-to-solution').filter({ hasText: /^risolta in / }).waitFor();
    await asker.getByText('La domanda è risolta.').waitFor();
    mkdirSync(screenshots, { recursive: true });
    await asker.screenshot({ path: `${screenshots}helpdesk.png`, fullPage: true });
  });

  it('the expert turns the solved question into a FAQ entry that links back to it', async () => {
    await helper.reload();
    await helper.getByRole('button', { name: 'Inserisci nelle FAQ' }).click();
    await helper.getByLabel('Domanda', { exact: true }).fill(faqQuestion);
    await helper.getByRole('button', { name: 'Pubblica nelle FAQ' }).click();
    await helper.getByRole('link', { name: 'Questa risposta è stata inserita nelle domande frequenti (FAQ)' }).click();
    await helper.getByRole('heading', { level: 1, name: faqQuestion }).waitFor();
    await helper.getByRole('link', { name: `Leggi la domanda originale: «${question.title}»` }).click();
    assert.equal(helper.url(), questionUrl);
  });

  it('another comune finds the FAQ by searching in Italian, with the words highlighted', async () => {
    await asker.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Cerca' }).click();
    await asker.getByLabel('Che cosa cerchi').fill(`proroghe lavori ${run}`);
    await asker.getByLabel('Dove cercare').selectOption('FAQ');
    await asker.getByRole('button', { name: 'Cerca', exact: true }).click();
    const results = asker.getByTestId('search-results');
    const hit = results.getByRole('listitem').filter({ hasText: faqQuestion });
    await hit.waitFor();
    assert.ok((await hit.locator('mark').count()) > 0, 'the matched words are highlighted');
    await hit.getByRole('link').click();
    await asker.getByRole('heading', { level: 1, name: faqQuestion }).waitFor();
  });

  it('met no script error on the way', () => {
    assert.deepEqual(pageErrors, []);
  });
});
