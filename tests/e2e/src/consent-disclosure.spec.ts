import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEMO } from '../support/demo-accounts';
import { signIn } from '../support/session';

test('a supporter records a disclosure to Veilig Thuis under the meldcode, with a written reason', async ({ page }) => {
  // On a phone: the panel must work at this width.
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, DEMO.supporterNoord);

  const response = await page.request.get('/api/cases?mine=true&status=actief&limit=5');
  expect(response.ok()).toBe(true);
  const { items } = (await response.json()) as { items: { id: string }[] };
  const caseId = items[0]?.id;
  if (!caseId) throw new Error('The demo supporter has no active case.');
  await page.goto(`/caseload/${caseId}`);

  const panel = page.getByRole('region', { name: 'Toestemming en verstrekkingen' });
  await expect(panel).toBeVisible();

  await test.step('without a reason the exception is refused next to the field', async () => {
    await panel.getByRole('button', { name: 'Verstrekking vastleggen' }).click();
    await panel.getByLabel('Uitzondering zonder toestemming').check();
    await panel.getByLabel('Uitzondering', { exact: true }).selectOption('meldcode');
    await panel.getByLabel('Ontvanger').fill('Veilig Thuis Utrecht');
    await panel.getByLabel('Doel').fill('Melding volgens de meldcode.');
    await panel.getByLabel('Gezin en relaties').check();
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    await expect(panel.getByText('Controleer de velden met een melding.')).toBeVisible();
    await expect(panel.getByText(/schrijf de reden op \(minstens 20 tekens\)/)).toBeVisible();
  });

  await test.step('with the reason written down it is recorded and shown on the case', async () => {
    await panel
      .getByLabel('Schriftelijke reden')
      .fill('Bij het huisbezoek signalen van huiselijk geweld gezien; meldcode stap 1 tot en met 4 doorlopen.');
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Verstrekking vastgelegd.' })).toBeVisible();
    const item = panel.locator('li.disclosure-item').filter({ hasText: 'Veilig Thuis Utrecht' }).first();
    await expect(item).toContainText('Zonder toestemming: Meldcode huiselijk geweld en kindermishandeling');
    await expect(item).toContainText('deze casus');
  });

  await test.step('the panel is accessible', async () => {
    const axe = await new AxeBuilder({ page }).include('naast-consent-panel').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}x)`)).toEqual([]);
  });
});
