import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO } from '../support/demo-accounts';
import { signIn } from '../support/session';

/** An active demo case the signed-in supporter leads. */
async function ownActiveCase(page: Page): Promise<string> {
  const list = await page.request.get('/api/cases?mine=true&status=actief&limit=20');
  expect(list.ok()).toBe(true);
  const { items } = (await list.json()) as { items: { id: string }[] };
  const [first] = items;
  if (!first) throw new Error('The demo supporter leads no active case.');
  return first.id;
}

test('a supporter records a barrier on a case and what was done with it', async ({ page }) => {
  await signIn(page, DEMO.supporterNoord);
  const caseId = await ownActiveCase(page);
  await page.goto(`/caseload/${caseId}`);
  const panel = page.getByRole('region', { name: 'Signalen' });
  await panel.getByRole('button', { name: 'Signaal vastleggen' }).click();
  const description = `Keukentafelgesprek zonder tolk gepland (${Date.now()}).`;
  await panel.getByLabel('Soort drempel').selectOption({ label: 'Taalbarrière' });
  await panel.getByLabel('Wat gebeurde er?').fill(description);
  await panel.getByLabel('Betrokken partij (optioneel)').fill('Wmo-loket');
  await panel.getByRole('button', { name: 'Opslaan' }).click();
  await expect(panel.getByRole('status')).toHaveText('Signaal vastgelegd.');
  const item = panel.getByRole('listitem').filter({ hasText: description });
  await expect(item.getByRole('heading', { name: /Taalbarrière/ })).toBeVisible();
  await expect(item.getByText('Nog geen vervolg vastgelegd.')).toBeVisible();

  await item.getByRole('button', { name: 'Vervolg vastleggen' }).click();
  await item.getByLabel('Vervolg', { exact: true }).selectOption({ label: 'Doorgegeven aan de gemeente' });
  await item.getByLabel('Aan wie (optioneel)').fill('Wmo-consulent');
  await item.getByRole('button', { name: 'Opslaan' }).click();
  await expect(panel.getByRole('status')).toHaveText('Vervolg vastgelegd.');
  await expect(item.getByText('Doorgegeven aan de gemeente')).toBeVisible();
  await expect(item.getByText('(Wmo-consulent)')).toBeVisible();
});

test('a team lead sees the reach report of the demo gemeente with "< 5" for small referral sources', async ({
  page,
}) => {
  await signIn(page, DEMO.teamLeadNoord);
  await page.getByRole('navigation').getByRole('link', { name: 'Bereik' }).click();
  await expect(page).toHaveURL(/\/bereik$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Bereik' })).toBeVisible();

  await page.getByLabel('Opdrachtgever').selectOption({ label: 'Gemeente Utrecht' });
  await page.getByLabel('Jaar').selectOption(String(new Date().getFullYear()));
  await page.getByLabel('Van kwartaal').selectOption('1');
  await page.getByLabel('Tot en met kwartaal').selectOption(String(Math.floor(new Date().getMonth() / 3) + 1));
  await page.getByRole('button', { name: 'Toon rapport' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Gemeente Utrecht · / })).toBeVisible();

  const referral = page.getByRole('region', { name: 'Hoe cliënten ons vonden (verwijzer)' });
  const counts = referral.getByRole('table').getByRole('cell');
  await expect(counts.first()).toBeVisible();
  const texts = await counts.allTextContents();
  // Small sources are not shown as numbers; the larger ones as a band of five.
  expect(texts.map((t) => t.trim())).toContain('< 5');
  expect(texts.some((t) => /^\d+–\d+$/.test(t.trim()))).toBe(true);
  expect(texts.every((t) => t.trim() === '< 5' || /^\d+–\d+$/.test(t.trim()))).toBe(true);
  await expect(referral.getByRole('img', { name: /Staafdiagram/ })).toBeVisible();

  // The signals recorded on the demo gemeente's cases are counted, by kind.
  const signals = page.getByRole('region', { name: 'Signalen per soort' });
  await expect(signals.getByRole('row', { name: /Digitale drempel/ })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^bereik-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.csv$/);

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations).toEqual([]);
});
