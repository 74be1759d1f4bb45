import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEMO } from '../support/demo-accounts';
import { signIn } from '../support/session';

test('an admin blocks a volunteer, whose open session then stops working', async ({ page, browser }) => {
  // Two browsers, two sign-ins (one with a second factor) and an accessibility scan.
  test.slow();
  const suffix = randomBytes(4).toString('hex');
  const name = `Vrijwilliger ${suffix}`;
  const email = `vrijwilliger.${suffix}@utrecht.example`;
  const password = `een wachtzin voor ${suffix} om mee te beginnen`;

  // The admin creates the volunteer: the demo accounts stay as they are for the other journeys.
  await signIn(page, DEMO.adminUtrecht);
  await page.goto('/beheer');
  await page.getByRole('link', { name: 'Gebruikers beheren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gebruikers' })).toBeVisible();
  const form = page.getByRole('region', { name: 'Nieuwe gebruiker' });
  await form.getByLabel('E-mailadres').fill(email);
  await form.getByLabel('Naam').fill(name);
  await form.getByLabel('Rol').selectOption({ label: 'Vrijwillig cliëntondersteuner' });
  await form.getByRole('checkbox', { name: 'Team Noord' }).check();
  await form.getByLabel('Beginwachtwoord').fill(password);
  await form.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
  await expect(page.getByRole('status').first()).toHaveText(`${name} is aangemaakt.`);
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('Actief');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // The volunteer signs in elsewhere (a second browser) and sees their account page.
  const volunteerContext = await browser.newContext();
  try {
    const volunteer = await volunteerContext.newPage();
    await signIn(volunteer, email, password);
    await volunteer.goto('/account');
    await expect(volunteer.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
    await expect(volunteer.getByText('Deze sessie')).toBeVisible();
    expect((await volunteer.request.get('/api/auth/me')).status()).toBe(200);

    // The admin blocks them.
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: `${name} blokkeren` }).click();
    await expect(page.getByRole('status').first()).toHaveText(`${name} is geblokkeerd; alle sessies zijn beëindigd.`);
    await expect(row).toContainText('Geblokkeerd');

    // The volunteer's open session stops working at the next request.
    expect((await volunteer.request.get('/api/auth/me')).status()).toBe(401);
    await volunteer.reload();
    await expect(volunteer).toHaveURL(/\/inloggen/);
    await volunteer.getByLabel('E-mailadres').fill(email);
    await volunteer.getByLabel('Wachtwoord').fill(password);
    await volunteer.getByRole('button', { name: 'Inloggen' }).click();
    await expect(volunteer.getByRole('alert')).toContainText('klopt niet');
    await expect(volunteer).toHaveURL(/\/inloggen/);
  } finally {
    await volunteerContext.close();
  }
});
