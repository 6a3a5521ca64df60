import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from './support/browser.mjs';
import { ensureClientBuilt, startHub } from './support/hub.mjs';

/** A new official of the comune of Bergamo, different on every run, so the database may be reused. */
const official = {
  name: 'Laura Colombo',
  email: `laura.colombo.${Date.now()}@bergamo.example.it`,
  password: 'piazza-vecchia-alle-nove',
};

/** Calls the hub's GraphQL API as the browser context would, sharing its cookies. */
async function graphql(context, hubUrl, query, variables) {
  const response = await context.request.post(`${hubUrl}/graphql`, {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: { query, variables },
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

function newDevice(browser) {
  return browser.newContext({ locale: 'it-IT', timezoneId: 'Europe/Rome' });
}

/** The first device: the account is created through the API, which signs that device in. */
async function signUpOnNewDevice(browser, hubUrl) {
  const context = await newDevice(browser);
  const { organizations } = await graphql(
    context,
    hubUrl,
    'query { organizations(search: "Bergamo", kinds: [MUNICIPALITY], first: 1) { edges { node { id name } } } }',
  );
  const [{ node: bergamo }] = organizations.edges;
  assert.equal(bergamo.name, 'Bergamo');
  const input = {
    email: official.email,
    password: official.password,
    displayName: official.name,
    organizationId: bergamo.id,
    jobTitle: 'Funzionaria tecnica',
  };
  await graphql(context, hubUrl, 'mutation ($input: SignUpInput!) { signUp(input: $input) { id } }', { input });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** A second device, signed in through the sign-in page. */
async function signInOnNewDevice(browser, hubUrl) {
  const page = await (await newDevice(browser)).newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${hubUrl}/accedi`);
  await page.getByLabel('Indirizzo email').fill(official.email);
  await page.getByLabel('Password').fill(official.password);
  await page.getByRole('button', { name: 'Accedi', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Ti diamo il benvenuto, ${official.name}` }).waitFor();
  return page;
}

describe('an official who signed in at the town hall and at home', { timeout: 180_000 }, () => {
  let hub;
  let browser;
  let office;
  let home;

  before(async () => {
    await ensureClientBuilt();
    hub = await startHub();
    browser = await launchBrowser();
    home = await signUpOnNewDevice(browser, hub.url);
    office = await signInOnNewDevice(browser, hub.url);
  });

  after(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('updates the role in the profile and sees it on the home page', async () => {
    await office.goto(`${hub.url}/profilo`);
    const jobTitle = office.getByLabel('Ruolo');
    await jobTitle.fill('Dirigente settore lavori pubblici');
    await office.getByRole('button', { name: 'Salva le modifiche' }).click();
    await office.getByRole('status').filter({ hasText: 'Profilo aggiornato.' }).waitFor();

    await office.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Home' }).click();
    await office.getByText('Dirigente settore lavori pubblici — Bergamo').waitFor();
  });

  it('is told the role cannot be empty, next to the field', async () => {
    await office.goto(`${hub.url}/profilo`);
    await office.getByLabel('Ruolo').fill(' ');
    await office.getByRole('button', { name: 'Salva le modifiche' }).click();
    await office.getByRole('alert').filter({ hasText: 'Scrivi il tuo ruolo.' }).waitFor();
  });

  it('signs the other device out; that device is asked to sign in again', async () => {
    await home.goto(`${hub.url}/profilo`);
    await home.getByRole('heading', { level: 1, name: 'Il mio profilo' }).waitFor();

    await office.goto(`${hub.url}/profilo`);
    const sessions = office.getByTestId('sessions');
    await sessions.getByText('Questo dispositivo').waitFor();
    assert.equal(await sessions.getByRole('listitem').count(), 2);
    await sessions.getByRole('button', { name: /^Scollega/ }).click();
    await office.getByRole('status').filter({ hasText: 'Dispositivo scollegato.' }).waitFor();
    assert.equal(await sessions.getByRole('listitem').count(), 1);

    // The other device still shows the profile; its next request finds the session gone.
    const menu = home.getByRole('navigation', { name: 'Menu principale' });
    await menu.getByRole('link', { name: 'Home' }).click();
    await menu.getByRole('link', { name: 'Il mio profilo' }).click();
    await home.getByRole('heading', { level: 1, name: 'Accedi a Cantiere' }).waitFor();
    await home.getByText('Per aprire questa pagina devi prima accedere.').waitFor();
  });
});
