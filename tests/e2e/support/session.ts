import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './demo-accounts';

/** Signs in through the login page, as a person does, and waits until the app has left it. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).not.toHaveURL(/\/inloggen/);
}

/** Signs out with the button in the banner and checks the login page is back. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen/);
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen bij Naast' })).toBeVisible();
}
