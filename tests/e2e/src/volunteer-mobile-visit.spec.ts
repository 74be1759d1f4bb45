import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEMO } from '../support/demo-accounts';
import { signIn } from '../support/session';

// Volunteers often record a visit on their phone, right after it.
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('a volunteer records a visit on a phone-sized screen', async ({ page }) => {
  const summary = 'Samen de brief van de gemeente gelezen en het telefoonnummer van het Wmo-loket opgezocht.';
  await signIn(page, DEMO.volunteerNoord);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn koppelingen' })).toBeVisible();

  // A linked case that is still open takes new visits; closed ones do not.
  const openCase = page
    .getByRole('list', { name: 'Gekoppelde ondersteuningsvragen' })
    .getByRole('listitem')
    .filter({ hasNotText: 'Afgesloten' })
    .first();
  await openCase.getByRole('link', { name: /^Contactmoment vastleggen voor / }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contactmoment vastleggen' })).toBeVisible();

  await page.getByRole('spinbutton', { name: 'Duur in minuten' }).fill('30');
  await page.getByRole('combobox', { name: 'Soort contact' }).selectOption({ label: 'Telefonisch' });
  await page.getByRole('listbox', { name: 'Besproken domeinen' }).getByRole('option').first().click();
  await page.getByRole('textbox', { name: 'Samenvatting' }).fill(summary);

  // Nothing sticks out sideways: the whole form fits the narrow screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}x)`)).toEqual([]);

  await page.getByRole('button', { name: 'Versturen' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Het contactmoment is verstuurd.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Eerdere contactmomenten' }).getByText(summary)).toBeVisible();
});
