import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO } from '../support/demo-accounts';
import { signIn } from '../support/session';

/** The demo supporter in the team lead's team with a seat on the board of a care provider. */
const TIED_SUPPORTER = 'Jeroen Willems';
const TIED_PROVIDER = 'Zorggroep Stad';

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** An open case of the team lead's team with the tied provider involved and someone else as lead. */
async function findCaseWithProvider(page: Page): Promise<string> {
  const list = await page.request.get('/api/cases?limit=100');
  expect(list.ok()).toBe(true);
  const { items } = (await list.json()) as { items: { id: string; leadSupporter: { displayName: string } }[] };
  for (const item of items.filter((i) => i.leadSupporter.displayName !== TIED_SUPPORTER)) {
    const detail = (await (await page.request.get(`/api/cases/${item.id}`)).json()) as {
      status: string;
      involvedParties: { name: string }[];
    };
    if (detail.status !== 'afgesloten' && detail.involvedParties.some((party) => party.name === TIED_PROVIDER))
      return item.id;
  }
  throw new Error(`No open demo case with ${TIED_PROVIDER} involved.`);
}

test('a team lead sees a tie, has the assignment refused with the reason, and overrides it with a justification', async ({
  browser,
}) => {
  const page = await signedInPage(browser, DEMO.teamLeadNoord);

  // The team lead finds the supporter's declared tie on the team's overview.
  await page.getByRole('link', { name: 'Onafhankelijkheid' }).click();
  await page.getByRole('link', { name: 'Nevenfuncties van het team' }).click();
  const person = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: TIED_SUPPORTER }) });
  await expect(person).toContainText('Band met een zorgaanbieder');
  await expect(person).toContainText(TIED_PROVIDER);

  // Making him the lead of a case with that provider is refused, with the reason next to the field.
  const caseId = await findCaseWithProvider(page);
  await page.goto(`/caseload/${caseId}/wijzigen`);
  await page.getByRole('combobox', { name: 'Casushouder' }).click();
  await page.getByRole('option', { name: new RegExp(TIED_SUPPORTER) }).click();
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  const refusal = page.getByRole('alert', { name: 'Niet onafhankelijk' });
  await expect(refusal).toContainText(TIED_SUPPORTER);
  await expect(refusal).toContainText(TIED_PROVIDER);
  await expect(page.getByText(/heeft een band met een zorgaanbieder/).first()).toBeVisible();
  await expect(page).toHaveURL(/\/wijzigen$/);

  // The team lead allows it with a justification; the case shows who allowed it and why.
  const justification = 'Cliënt wil uitdrukkelijk Jeroen; hij werkt niet bij de zorgaanbieder zelf.';
  await refusal.getByLabel(/Onderbouwing van de teamleider/).fill(justification);
  await refusal.getByRole('button', { name: 'Toch toewijzen met deze onderbouwing' }).click();
  await expect(page).toHaveURL(new RegExp(`/caseload/${caseId}$`));
  const panel = page.getByRole('region', { name: 'Onafhankelijkheid' });
  await expect(panel).toContainText('Toegestaan door een teamleider');
  await expect(panel).toContainText(justification);
  await expect(panel).toContainText('Toegestaan door Ingrid Bakker');
  await page.context().close();
});

test('a supporter opens the role card of a case and prints it', async ({ browser }) => {
  const page = await signedInPage(browser, DEMO.supporterNoord);
  const list = await page.request.get('/api/cases?mine=true&limit=1');
  const { items } = (await list.json()) as { items: { id: string; client: { displayName: string } }[] };
  const [first] = items;
  if (!first) throw new Error('The demo supporter has no cases.');

  await page.goto(`/caseload/${first.id}`);
  await page.getByRole('link', { name: 'Rolkaart afdrukken' }).click();
  await expect(page).toHaveURL(new RegExp(`/caseload/${first.id}/rolkaart$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn cliëntondersteuner' })).toBeVisible();
  await expect(page.getByText(`Voor ${first.client.displayName}`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Wat doet uw cliëntondersteuner niet?' })).toBeVisible();
  await expect(page.getByText('Wij beslissen niet over uw aanvraag.', { exact: false })).toBeVisible();
  await expect(page.getByText('030 200 40 60')).toBeVisible();
  // No navigation on the sheet: it is made for paper.
  await expect(page.getByRole('navigation')).toHaveCount(0);

  const pdf = await page.request.get(`/api/cases/${first.id}/role-card.pdf`);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await page.context().close();
});
