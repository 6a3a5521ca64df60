import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './support/browser.mjs';
import { ensureClientBuilt, startHub } from './support/hub.mjs';
import { newItalianPage, signIn, signUp, watchErrors } from './support/people.mjs';

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** Someone who says they work for Valleve, with an address that proves nothing; new on every run. */
const claimant = {
  name: 'Davide Milesi',
  organization: 'Valleve',
  jobTitle: 'Istruttore amministrativo',
  email: `davide.milesi.${Date.now()}@posta.example.it`,
  password: 'il-passo-di-san-marco-2026',
};

/** The demo referente of Valleve, and the demo admin of ANCI Lombardia. */
const referente = { name: 'Marco Rota', email: 'marco.rota@demo.cantiere.it' };
const admin = { name: 'Giulia Ferrari', email: 'giulia.ferrari@demo.cantiere.it' };

const privateQuestion = {
  title: `Variazione di bilancio per la sgombero neve in economia (${Date.now()})`,
  body: 'Il comune ha finito i fondi per lo sgombero neve: la variazione urgente in giunta va ratificata entro 60 giorni anche se il consiglio non si riunisce?',
};

/**
 * The verification queue lists claims oldest first, and the database may keep those of earlier
 * runs (the same name, if one failed halfway): every page is loaded, and this run's claim, the
 * newest, is the last of its name.
 */
async function findInQueue(page, name) {
  await page.getByRole('status').filter({ hasText: /richiest[ae] in attesa di verifica$/ }).waitFor();
  const rows = page.getByTestId('affiliation-requests').getByRole('listitem');
  for (;;) {
    const more = page.getByRole('button', { name: 'Carica altre richieste' });
    if (!(await more.count())) break;
    const shown = await rows.count();
    await more.click();
    await rows.nth(shown).waitFor();
  }
  const row = rows.filter({ hasText: name }).last();
  await row.waitFor();
  return row;
}

describe('an affiliation is verified before the comune’s private questions open', { timeout: 240_000 }, () => {
  let hub;
  let browser;
  let marco;
  let davide;
  let questionUrl;
  const pageErrors = [];

  before(async () => {
    await ensureClientBuilt();
    hub = await startHub();
    browser = await launchBrowser();
    marco = await newItalianPage(browser);
    davide = await newItalianPage(browser);
    watchErrors(marco, pageErrors);
    watchErrors(davide, pageErrors);
  });

  after(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('the referente of Valleve asks the help desk a question private to the comune', async () => {
    await signIn(marco, hub.url, referente.email);
    await marco.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Verifiche' }).waitFor();
    await marco.goto(`${hub.url}/sportello/nuova-domanda`);
    await marco.getByLabel('La domanda in una frase').fill(privateQuestion.title);
    await marco.getByLabel('Descrivi la situazione').fill(privateQuestion.body);
    assert.equal(await marco.getByRole('radio', { name: 'Riservata solo a Valleve e agli esperti' }).count(), 1);
    await marco.locator('label', { hasText: /^Riservata/ }).click();
    await marco.getByRole('button', { name: 'Invia la domanda' }).click();
    await marco.getByRole('heading', { level: 1, name: privateQuestion.title }).waitFor();
    questionUrl = marco.url();
  });

  it('someone signs up naming Valleve: the affiliation waits for verification and the private question stays closed', async () => {
    await signUp(davide, hub.url, claimant);
    await davide
      .getByText(
        'La tua appartenenza a Valleve è in attesa di verifica da parte di un referente del comune o dello staff ANCI: fino ad allora non vedi le domande riservate del comune.',
      )
      .waitFor();
    await davide.getByTestId('affiliation-status').filter({ hasText: 'Da verificare' }).waitFor();
    const menu = davide.getByRole('navigation', { name: 'Menu principale' });
    assert.equal(await menu.getByRole('link', { name: 'Verifiche' }).count(), 0, 'only referenti and admins see the queue');

    await davide.goto(`${hub.url}/verifiche`);
    await davide.getByText('Questa pagina è per i referenti degli enti e per lo staff ANCI che amministra Cantiere.').waitFor();

    await davide.goto(questionUrl);
    await davide.getByRole('heading', { level: 1, name: 'Discussione non trovata' }).waitFor();
    await davide.getByText('Se è una domanda riservata del tuo ente, potrai leggerla quando la tua appartenenza sarà verificata.').waitFor();
  });

  it('the referente is notified and confirms the claim from the verification queue', async () => {
    await marco.getByTestId('unread-count').waitFor();
    await marco.goto(`${hub.url}/notifiche`);
    await marco.getByRole('link', { name: `${claimant.name} dichiara di lavorare per Valleve: verifica la sua appartenenza` }).click();
    await marco.getByRole('heading', { level: 1, name: 'Verifica delle appartenenze' }).waitFor();
    await marco.getByText(/^Queste persone dichiarano di lavorare per Valleve\./).waitFor();

    const row = await findInQueue(marco, claimant.name);
    await row.getByText(`${claimant.jobTitle} — Valleve (BG) · Comune`).waitFor();
    await row.getByRole('button', { name: `Conferma che ${claimant.name} lavora per Valleve` }).click();
    await marco
      .getByRole('status')
      .filter({ hasText: `Appartenenza confermata: ${claimant.name} lavora per Valleve e ora vede le domande riservate dell’ente.` })
      .waitFor();
    await row.getByTestId('affiliation-status').filter({ hasText: 'Verificata' }).waitFor();
    assert.equal(await row.getByRole('button').count(), 0, 'a decided claim has no buttons left');
    mkdirSync(screenshots, { recursive: true });
    await marco.screenshot({ path: `${screenshots}verification.png`, fullPage: true });
  });

  it('the new colleague now reads the question, without reloading, and is told by a notification', async () => {
    // Still on the page that said "not found": the verification opens it live.
    await davide.getByRole('heading', { level: 1, name: privateQuestion.title }).waitFor({ timeout: 10_000 });
    await davide.getByTestId('unread-count').waitFor();
    await davide.goto(`${hub.url}/notifiche`);
    await davide.getByRole('link', { name: 'Marco Rota ha verificato la tua appartenenza: ora vedi anche le domande riservate del tuo ente' }).click();
    await davide.getByRole('heading', { level: 1, name: 'Il mio profilo' }).waitFor();
    await davide.getByTestId('affiliation-status').filter({ hasText: 'Verificata' }).waitFor();
    await davide.getByText('La tua appartenenza a Valleve è verificata: vedi anche le domande riservate del comune.').waitFor();
  });

  it('changing organisation in the profile warns first, then returns the affiliation to be verified', async () => {
    const picker = davide.getByRole('combobox', { name: 'Ente di appartenenza' });
    assert.equal(await picker.inputValue(), 'Valleve');
    await picker.fill('');
    await davide.getByRole('status').filter({ hasText: /^Cambiando ente, la tua appartenenza torna «da verificare»/ }).waitFor();
    await picker.pressSequentially('Clusone', { delay: 30 });
    await davide.getByRole('option', { name: /^Clusone/ }).click();
    await davide.getByRole('button', { name: 'Salva le modifiche' }).click();
    await davide.getByRole('status').filter({ hasText: 'Profilo aggiornato. Nuovo ente: Clusone, appartenenza da verificare.' }).waitFor();
    await davide.getByTestId('affiliation-status').filter({ hasText: 'Da verificare' }).waitFor();
    await davide.getByText(/^La tua appartenenza a Clusone è in attesa di verifica/).waitFor();

    await davide.goto(questionUrl);
    await davide.getByRole('heading', { level: 1, name: 'Discussione non trovata' }).waitFor();
    await davide.goto(`${hub.url}/profilo`);
    await davide.getByRole('heading', { level: 1, name: 'Il mio profilo' }).waitFor();
  });

  it('an admin of ANCI declines the new claim; the person is told, live, what to do next', async () => {
    const giulia = await newItalianPage(browser);
    watchErrors(giulia, pageErrors);
    await signIn(giulia, hub.url, admin.email);
    await giulia.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Verifiche' }).click();
    await giulia.getByRole('heading', { level: 1, name: 'Verifica delle appartenenze' }).waitFor();
    await giulia.getByText(/^Le persone che dichiarano di lavorare per un ente e aspettano una verifica/).waitFor();

    const row = await findInQueue(giulia, claimant.name);
    await row.getByRole('button', { name: `Rifiuta: ${claimant.name} non lavora per Clusone` }).click();
    await row.getByText(`Confermi che ${claimant.name} non lavora per Clusone?`, { exact: false }).waitFor();
    await row.getByRole('button', { name: 'Sì, rifiuta' }).click();
    await giulia
      .getByRole('status')
      .filter({ hasText: `Appartenenza rifiutata: ${claimant.name} riceverà un avviso e potrà scegliere un altro ente.` })
      .waitFor();
    await row.getByTestId('affiliation-status').filter({ hasText: 'Non confermata' }).waitFor();

    await davide.getByTestId('affiliation-status').filter({ hasText: 'Non confermata' }).waitFor({ timeout: 10_000 });
    await davide.getByText(/^La tua appartenenza a Clusone non è stata confermata/).waitFor();
    await davide.getByText(/^Se lavori per un altro ente, sceglilo qui sotto in «Ente di appartenenza» e salva/).waitFor();
    await davide.getByRole('link', { name: /^contatta lo staff di ANCI Lombardia/ }).waitFor();
  });

  it('met no script error on the way', () => {
    assert.deepEqual(pageErrors, []);
  });
});
