/** The demo people's password (see the hub's DEMO_PASSWORD). */
export const DEMO_PASSWORD = 'cantiere-demo-2026';

/** A browser context in Italian, in the comuni's time zone, as the officials use it. */
export async function newItalianPage(browser) {
  const context = await browser.newContext({ locale: 'it-IT', timezoneId: 'Europe/Rome', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Signs in through the sign-in page and waits for the welcome. */
export async function signIn(page, hubUrl, email, password = DEMO_PASSWORD) {
  await page.goto(`${hubUrl}/accedi`);
  await page.getByLabel('Indirizzo email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Accedi', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /^Ti diamo il benvenuto/ }).waitFor();
}

/** Signs up through the sign-up page, picking the organisation by typing its name. */
export async function signUp(page, hubUrl, person) {
  await page.goto(`${hubUrl}/registrati`);
  await page.getByLabel('Nome e cognome').fill(person.name);
  const picker = page.getByRole('combobox', { name: 'Ente di appartenenza' });
  await picker.pressSequentially(person.organization, { delay: 30 });
  await page.getByRole('option', { name: new RegExp(`^${person.organization}`) }).first().click();
  await page.getByLabel('Ruolo').fill(person.jobTitle);
  await page.getByLabel('Indirizzo email').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Crea account' }).click();
  await page.getByRole('heading', { level: 1, name: `Ti diamo il benvenuto, ${person.name}` }).waitFor();
}

/** Collects script errors of a page, to assert at the end that there were none. */
export function watchErrors(page, errors) {
  page.on('pageerror', (error) => errors.push(error.message));
}
