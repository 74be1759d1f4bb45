import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO } from '../support/demo-accounts';
import { signIn } from '../support/session';

/** A demo client of the signed-in team lead's own team. */
async function clientOfMyTeam(page: Page): Promise<string> {
  const me = await page.request.get('/api/auth/me');
  expect(me.ok()).toBe(true);
  const { teams } = (await me.json()) as { teams: { id: string }[] };
  const list = await page.request.get('/api/clients?limit=100');
  expect(list.ok()).toBe(true);
  const { items } = (await list.json()) as { items: { id: string; teamId: string }[] };
  const client = items.find((c) => teams.some((t) => t.id === c.teamId));
  if (!client) throw new Error('The demo team lead has no client in their team.');
  return client.id;
}

test('a team lead opens the client’s access-log view and downloads the inzage PDF', async ({ page }) => {
  await signIn(page, DEMO.teamLeadNoord);
  const clientId = await clientOfMyTeam(page);
  await page.goto(`/clienten/${clientId}`);

  const panel = page.getByRole('region', { name: 'Inzage en logging' });
  await expect(panel).toBeVisible();
  await panel.getByRole('link', { name: 'Wie heeft het dossier bekeken' }).click();
  await expect(page).toHaveURL(new RegExp(`/inzage-en-logging/client/${clientId}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Wie heeft uw dossier bekeken?' })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  // Who by function and organisation, never the employee's name.
  await expect(page.getByRole('table')).toContainText('Teamleider');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByRole('link', { name: 'Terug naar de cliënt' }).click();
  await expect(page).toHaveURL(new RegExp(`/clienten/${clientId}$`));
  const download = page.waitForEvent('download');
  await page
    .getByRole('region', { name: 'Inzage en logging' })
    .getByRole('link', { name: 'Inzage downloaden (PDF)' })
    .click();
  const file = await (await download).path();
  const bytes = await readFile(file);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
});

test('a team lead searches the access log for one client and loads more', async ({ page }) => {
  await signIn(page, DEMO.teamLeadNoord);
  const clientId = await clientOfMyTeam(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Inzage en logging' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inzage en logging' })).toBeVisible();
  await page.getByLabel('Cliëntnummer').fill(clientId);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByRole('status')).toContainText('getoond');
  await expect(page.getByRole('listitem').first()).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
