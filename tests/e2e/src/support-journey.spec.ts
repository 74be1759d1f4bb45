import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO } from '../support/demo-accounts';
import { signIn } from '../support/session';

/** A name no demo client has, so every lookup below finds this journey's client only. */
function uniqueFamilyName(): string {
  const letters = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
  return `Journey${letters}`;
}

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test('a supporter registers a client, opens a case and records a visit; other teams and organisations cannot see it', async ({
  browser,
}) => {
  const givenName = 'Yara';
  const familyName = uniqueFamilyName();
  const clientName = new RegExp(`${givenName}.*${familyName}`);
  const summary = `Huurachterstand en toeslagen besproken met ${givenName}.`;
  let caseId = '';

  await test.step('a supporter registers the client', async () => {
    const page = await signedInPage(browser, DEMO.supporterNoord);
    await page.goto('/clienten/nieuw');
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe cliënt' })).toBeVisible();

    await page.getByLabel('Voornaam').fill(givenName);
    await page.getByLabel('Achternaam').fill(familyName);
    await page.getByLabel('Naam van de gemeente').fill('Utrecht');
    await page.getByLabel('CBS-code van de gemeente').fill('GM0344');
    await page.getByRole('button', { name: 'Cliënt opslaan' }).click();

    await expect(page).toHaveURL(/\/clienten\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: clientName })).toBeVisible();

    await test.step('opens a case tagged wonen and inkomen', async () => {
      await page.getByRole('link', { name: 'Nieuwe ondersteuningsvraag' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe ondersteuningsvraag' })).toBeVisible();
      await expect(page.getByText(clientName)).toBeVisible();

      await page
        .getByLabel('Vraag in de woorden van de cliënt')
        .fill('Ik kan de huur niet meer betalen en weet niet welke toeslagen ik kan krijgen.');
      const domains = page.getByRole('listbox', { name: 'Domeinen' });
      await domains.getByRole('option', { name: 'Wonen' }).click();
      await domains.getByRole('option', { name: 'Inkomen' }).click();
      await page.getByRole('radio', { name: 'Gemeente' }).check();
      await page.getByLabel('Naam van de opdrachtgever').fill('Gemeente Utrecht');
      await page.getByRole('combobox', { name: 'Verwijzer' }).click();
      await page.getByRole('option', { name: 'Huisarts' }).click();
      await page.getByRole('button', { name: 'Ondersteuningsvraag opslaan' }).click();

      await expect(page).toHaveURL(/\/caseload\/[0-9a-f-]{36}$/);
      caseId = page.url().split('/').pop() ?? '';
      await expect(page.getByRole('heading', { level: 1, name: clientName })).toBeVisible();
      const details = page.getByRole('complementary', { name: 'Gegevens' });
      await expect(details.getByText('Wonen', { exact: true })).toBeVisible();
      await expect(details.getByText('Inkomen', { exact: true })).toBeVisible();
    });

    await test.step('records a visit', async () => {
      const form = page.getByRole('region', { name: 'Contactmoment vastleggen' });
      await form.getByRole('spinbutton', { name: 'Duur in minuten' }).fill('45');
      await form.getByRole('combobox', { name: 'Soort contact' }).selectOption({ label: 'Huisbezoek' });
      const visitDomains = form.getByRole('listbox', { name: 'Besproken domeinen' });
      await visitDomains.getByRole('option', { name: 'Wonen' }).click();
      await visitDomains.getByRole('option', { name: 'Inkomen' }).click();
      await form.getByRole('textbox', { name: 'Samenvatting' }).fill(summary);
      await form.getByRole('button', { name: 'Contactmoment opslaan' }).click();

      await expect(page.getByRole('status').filter({ hasText: 'Het contactmoment is opgeslagen.' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Contactmomenten' }).getByText(summary)).toBeVisible();
    });
    await page.context().close();
  });

  await test.step('a volunteer of the other team cannot see the case', async () => {
    const page = await signedInPage(browser, DEMO.volunteerZuid);
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn koppelingen' })).toBeVisible();
    await expect(page.getByText(clientName)).toHaveCount(0);

    await page.goto(`/caseload/${caseId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
    await expect(page.getByText(summary)).toHaveCount(0);

    const answer = await page.request.get(`/api/cases/${caseId}`);
    expect(answer.status()).toBe(403);
    await page.context().close();
  });

  await test.step('a user of another organisation is told the case does not exist', async () => {
    const page = await signedInPage(browser, DEMO.supporterRotterdam);
    const answer = await page.request.get(`/api/cases/${caseId}`);
    expect(answer.status()).toBe(404);
    await page.context().close();
  });
});
