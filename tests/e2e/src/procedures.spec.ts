import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO } from '../support/demo-accounts';
import { signIn } from '../support/session';

/** A calendar day relative to today as a date input holds it (YYYY-MM-DD, the browser's own day). */
function isoDate(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The demo case whose Wmo melding was five weeks ago: the one the deadlines of the supporter point at. */
async function caseWithOnderzoekDue(page: Page): Promise<string> {
  const response = await page.request.get('/api/procedures/deadlines?scope=mine');
  expect(response.ok()).toBe(true);
  const { items } = (await response.json()) as {
    items: { caseId: string; procedureKind: string; step: string; status: string }[];
  };
  const item = items.find((i) => i.procedureKind === 'wmo' && i.step === 'onderzoek' && i.status === 'due_soon');
  if (!item) throw new Error('The demo supporter has no Wmo procedure with the onderzoek due soon.');
  return item.caseId;
}

function wmoCard(page: Page): Locator {
  return page.getByRole('article', { name: 'Wmo-aanvraag' });
}

test('a supporter is warned of the Wmo onderzoek deadline and enters the date when it happened', async ({ page }) => {
  await signIn(page, DEMO.supporterNoord);

  await test.step('the start page lists the onderzoek deadline', async () => {
    await page.goto('/mijn-werk');
    await expect(page.getByText('Wmo-aanvraag: Onderzoek door de gemeente').first()).toBeVisible();
  });

  const caseId = await caseWithOnderzoekDue(page);

  await test.step('the case shows the warning in words, with the statute', async () => {
    await page.goto(`/caseload/${caseId}`);
    const procedures = page.getByRole('region', { name: 'Procedures en termijnen' });
    await expect(procedures).toBeVisible();
    await expect(procedures.getByText(/Let op: \d+ termijnen? /)).toBeVisible();
    const onderzoek = wmoCard(page).locator('li[data-step="onderzoek"]');
    await expect(onderzoek).toContainText('Onderzoek afgerond');
    await expect(onderzoek).toContainText(/Let op: termijn verloopt (vandaag|morgen|over \d dagen), uiterlijk/);
    await expect(onderzoek).toContainText(
      '6 weken na "Melding gedaan"; de instantie moet dit doen (art. 2.3.2 lid 1 Wmo 2015)',
    );
    // The passed Participatiewet term and the running objection are on the same case.
    await expect(page.getByRole('article', { name: 'Bijstand (Participatiewet)' })).toContainText('Termijn verstreken');
    await expect(page.getByRole('article', { name: 'Bezwaarprocedure' })).toContainText(
      '12 weken na het einde van de termijn voor "Bezwaar ingediend"',
    );

    const axe = await new AxeBuilder({ page }).include('section.procedures').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}x)`)).toEqual([]);
  });

  await test.step('a date before the melding is refused next to the field', async () => {
    await wmoCard(page).getByRole('button', { name: 'Datums en uitkomst bijwerken' }).click();
    const field = wmoCard(page).getByLabel('Onderzoek afgerond');
    await field.fill(isoDate(-60));
    await wmoCard(page).getByRole('button', { name: 'Opslaan' }).click();
    await expect(wmoCard(page).getByText('Niet alles is goed ingevuld.')).toBeVisible();
    await expect(wmoCard(page).getByText('mag niet vóór de datum van "melding gedaan" liggen')).toBeVisible();
  });

  await test.step('the onderzoek date entered, the warning goes', async () => {
    await wmoCard(page).getByLabel('Onderzoek afgerond').fill(isoDate(0));
    await wmoCard(page).getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De procedure is bijgewerkt.' })).toBeVisible();
    const onderzoek = wmoCard(page).locator('li[data-step="onderzoek"]');
    await expect(onderzoek).toContainText('Gedaan op');
    await expect(onderzoek).not.toContainText('Let op');
  });
});
