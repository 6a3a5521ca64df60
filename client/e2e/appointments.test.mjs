import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './support/browser.mjs';
import { ensureClientBuilt, startHub } from './support/hub.mjs';
import { DEMO_PASSWORD, watchErrors } from './support/people.mjs';

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** Demo people: the owner of the new community, two who become facilitators, one who stays a member. */
const owner = { name: 'Laura Colombo', email: 'laura.colombo@demo.cantiere.it' };
const facilitator = { name: 'Paolo Bianchi', email: 'paolo.bianchi@demo.cantiere.it' };
const otherFacilitator = { name: 'Marco Rota', email: 'marco.rota@demo.cantiere.it' };
const member = { name: 'Sara Galli', email: 'sara.galli@demo.cantiere.it' };

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

/** A browser context in Italian, signed in as the person through the API (the sign-in page has its own tests). */
async function signedInContext(browser, hubUrl, person) {
  const context = await browser.newContext({ locale: 'it-IT', timezoneId: 'Europe/Rome', viewport: { width: 1280, height: 900 } });
  await graphql(context, hubUrl, 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }', {
    input: { email: person.email, password: DEMO_PASSWORD },
  });
  return context;
}

async function newPage(context, pageErrors) {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  watchErrors(page, pageErrors);
  return page;
}

/** The options of a select, as shown. */
const optionTexts = (select) => select.locator('option').allInnerTexts();

describe('who may give which role in a community, and the log of appointments', { timeout: 180_000 }, () => {
  let hub;
  let browser;
  let laura;
  let paolo;
  let membersUrl;
  const pageErrors = [];

  before(async () => {
    await ensureClientBuilt();
    hub = await startHub();
    browser = await launchBrowser();
    const [lauraContext, paoloContext, marcoContext, saraContext] = await Promise.all(
      [owner, facilitator, otherFacilitator, member].map((person) => signedInContext(browser, hub.url, person)),
    );
    // A community of Laura's own, new on every run, which the three others join.
    const { createCommunity } = await graphql(
      lauraContext,
      hub.url,
      'mutation ($input: CreateCommunityInput!) { createCommunity(input: $input) { id slug } }',
      {
        input: {
          name: `Tavolo tecnico Val Brembana ${Date.now()}`,
          description: 'Gli uffici tecnici della valle si scambiano atti e scadenze.',
          themes: ['TERRITORI_MONTANI'],
          visibility: 'PUBLIC',
        },
      },
    );
    for (const context of [paoloContext, marcoContext, saraContext]) {
      await graphql(context, hub.url, 'mutation ($id: ID!) { joinCommunity(communityId: $id) { id } }', { id: createCommunity.id });
    }
    await Promise.all([marcoContext.close(), saraContext.close()]);
    membersUrl = `${hub.url}/comunita/${createCommunity.slug}/membri`;
    laura = await newPage(lauraContext, pageErrors);
    paolo = await newPage(paoloContext, pageErrors);
  });

  after(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('the owner makes two members facilitators; the log says who did it, to whom and when', async () => {
    await laura.goto(membersUrl);
    const members = laura.getByTestId('members');
    await members.getByText(member.name, { exact: true }).waitFor();
    for (const person of [facilitator, otherFacilitator]) {
      const select = laura.getByRole('combobox', { name: `Ruolo di ${person.name}`, exact: true });
      assert.deepEqual(await optionTexts(select), ['Responsabile', 'Facilitatore', 'Partecipante', 'Osservatore']);
      await select.selectOption('FACILITATOR');
      await laura.getByRole('button', { name: `Cambia il ruolo di ${person.name}` }).click();
      await laura.getByRole('status').filter({ hasText: `${person.name} ora è Facilitatore.` }).waitFor();
    }

    const log = laura.getByRole('table', { name: 'Nomine e rimozioni' });
    const row = log.getByRole('row').filter({ hasText: facilitator.name });
    await row.waitFor();
    const cells = await row.getByRole('cell').allInnerTexts();
    assert.equal(cells.length, 4);
    assert.match(cells[0], /^\d{1,2} [a-z]{3} \d{4}, \d{2}:\d{2}$/, 'when, in Europe/Rome');
    assert.deepEqual(cells.slice(1), [owner.name, facilitator.name, 'Da Partecipante a Facilitatore']);
  });

  it('a facilitator sees no controls on the owner or another facilitator, and only the roles they may give', async () => {
    await paolo.goto(membersUrl);
    const members = paolo.getByTestId('members');
    await members.getByText(member.name, { exact: true }).waitFor();
    const rowOf = (person) => members.getByRole('listitem').filter({ hasText: person.name });

    for (const person of [owner, otherFacilitator, facilitator]) {
      await rowOf(person).waitFor();
      assert.equal(await rowOf(person).getByRole('button').count(), 0, `no buttons on ${person.name}`);
      assert.equal(await rowOf(person).getByRole('combobox').count(), 0, `no role choice on ${person.name}`);
    }
    const memberRow = rowOf(member);
    assert.deepEqual(await optionTexts(memberRow.getByRole('combobox', { name: `Ruolo di ${member.name}`, exact: true })), ['Partecipante', 'Osservatore']);
    await memberRow.getByRole('button', { name: `Rimuovi ${member.name} dalla comunità` }).waitFor();
    // Invitations follow the same rule; the log is for the owners.
    assert.deepEqual(await optionTexts(paolo.getByRole('combobox', { name: 'Ruolo', exact: true })), ['Partecipante', 'Osservatore']);
    assert.equal(await paolo.getByRole('heading', { name: 'Nomine e rimozioni' }).count(), 0);
    mkdirSync(screenshots, { recursive: true });
    await paolo.screenshot({ path: `${screenshots}members-facilitator.png`, fullPage: true });
  });

  it('the facilitator makes the member an observer; the owner’s log shows it without reloading', async () => {
    await paolo.getByRole('combobox', { name: `Ruolo di ${member.name}`, exact: true }).selectOption('OBSERVER');
    await paolo.getByRole('button', { name: `Cambia il ruolo di ${member.name}` }).click();
    await paolo.getByRole('status').filter({ hasText: `${member.name} ora è Osservatore.` }).waitFor();

    const row = laura.getByRole('table', { name: 'Nomine e rimozioni' }).getByRole('row').filter({ hasText: member.name });
    await row.waitFor({ timeout: 10_000 });
    assert.deepEqual((await row.getByRole('cell').allInnerTexts()).slice(1), [facilitator.name, member.name, 'Da Partecipante a Osservatore']);
  });

  it('met no script error on the way', () => {
    assert.deepEqual(pageErrors, []);
  });
});
