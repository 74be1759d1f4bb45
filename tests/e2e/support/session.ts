import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_TOTP_SECRETS } from './demo-accounts';
import { freshTotpCode } from './totp';

/**
 * Signs in through the login page, as a person does, and waits until the app has left it. Accounts
 * with a second factor (the demo admins and team leads, or `totpSecret`) type the code from their
 * secret on the code page.
 */
export async function signIn(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
  totpSecret = DEMO_TOTP_SECRETS[email],
): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  if (totpSecret) {
    await expect(page).toHaveURL(/\/inloggen\/code/);
    await enterTotpCode(page, await freshTotpCode(email, totpSecret));
  }
  await expect(page).not.toHaveURL(/\/inloggen/);
}

/** The code step of signing in. */
export async function enterTotpCode(page: Page, code: string): Promise<void> {
  await page.getByLabel('Code uit de app').fill(code);
  await page.getByRole('button', { name: 'Bevestigen' }).click();
}

/** Signs out with the button in the banner and checks the login page is back. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen/);
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen bij Naast' })).toBeVisible();
}
