import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.describe('The login page', () => {
  test('speaks Dutch', async ({ page }) => {
    await page.goto('/');

    await expect(page).toHaveURL(/\/inloggen/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen bij Naast' })).toBeVisible();
    await expect(page.getByLabel('E-mailadres')).toBeVisible();
    await expect(page.getByLabel('Wachtwoord')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Inloggen' })).toBeVisible();
  });

  test('has no WCAG 2 A or AA violations', async ({ page }) => {
    await page.goto('/inloggen');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();

    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}x)`)).toEqual([]);
  });

  test('loads its stylesheet without breaking the Content-Security-Policy', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy'))
        violations.push(message.text());
    });
    await page.goto('/inloggen');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // A stylesheet left at media="print" means the screen shows the page unstyled.
    const stylesheetMedia = await page
      .locator('head link[rel="stylesheet"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).media || 'all'));
    expect(violations).toEqual([]);
    expect(stylesheetMedia).not.toContain('print');
  });

  test('says so when the email address or password is wrong', async ({ page }) => {
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill('ondersteuner@utrecht.example');
    await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();

    await expect(page.getByRole('alert')).toHaveText('Het e-mailadres of wachtwoord klopt niet.');
    await expect(page).toHaveURL(/\/inloggen/);
  });
});
