import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, DEMO_TOTP_SECRETS } from '../support/demo-accounts';
import { enterTotpCode, signIn, signOut } from '../support/session';
import { freshTotpCode } from '../support/totp';

/** Creates an account through the admin API in the admin's signed-in browser (CSRF header as the app sends it). */
async function createUser(page: Page, user: { email: string; role: string; password: string }): Promise<void> {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await page.request.post('/api/admin/users', {
    headers: { 'X-XSRF-TOKEN': csrf },
    data: {
      email: user.email,
      displayName: `Nieuwe teamleider ${user.email}`,
      role: user.role,
      teamIds: [],
      password: user.password,
    },
  });
  expect(response.status()).toBe(201);
}

test('a new team lead links an authenticator app at first sign-in, keeps the recovery codes and lands home', async ({
  page,
  browser,
}) => {
  const suffix = randomBytes(4).toString('hex');
  const email = `teamleider.${suffix}@utrecht.example`;
  const password = `een wachtzin voor ${suffix} om mee te beginnen`;
  await signIn(page, DEMO.adminUtrecht);
  await createUser(page, { email, role: 'team_lead', password });

  const context = await browser.newContext();
  try {
    const lead = await context.newPage();
    await lead.goto('/inloggen');
    await lead.getByLabel('E-mailadres').fill(email);
    await lead.getByLabel('Wachtwoord').fill(password);
    await lead.getByRole('button', { name: 'Inloggen' }).click();

    // Not signed in yet: the enrolment page, with the QR code and the secret as text.
    await expect(lead).toHaveURL(/\/inloggen\/tweestapsverificatie$/);
    await expect(lead.getByRole('heading', { level: 1, name: 'Tweestapsverificatie instellen' })).toBeVisible();
    // Other pages wait until the second factor is set up (coming back starts a new secret).
    await lead.goto('/caseloadoverzicht');
    await expect(lead).toHaveURL(/\/inloggen\/tweestapsverificatie/);
    await expect(lead.getByRole('img', { name: /QR-code/ })).toBeVisible();
    const secret = (await lead.getByTestId('totp-secret').getAttribute('data-secret')) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const axe = await new AxeBuilder({ page: lead }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    const code = lead.getByLabel('Code uit de app');
    await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(code).toHaveAttribute('inputmode', 'numeric');
    await code.fill('000000');
    await lead.getByRole('button', { name: 'Koppelen' }).click();
    await expect(lead.getByText('Deze code klopt niet of is al gebruikt.')).toBeVisible();

    await lead.getByLabel('Code uit de app').fill(await freshTotpCode(email, secret));
    await lead.getByRole('button', { name: 'Koppelen' }).click();
    await expect(lead.getByRole('heading', { name: 'Bewaar je herstelcodes' })).toBeVisible();
    await expect(lead.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
    await expect(lead.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
    await expect(lead.getByRole('button', { name: 'Kopiëren' })).toBeVisible();
    const recoveryCode =
      (await lead.getByTestId('recovery-codes').getByRole('listitem').first().textContent())?.trim() ?? '';

    await lead.getByRole('button', { name: 'Ik heb ze bewaard' }).click();
    await expect(lead).toHaveURL(/\/caseloadoverzicht$/);
    await expect(lead.getByRole('heading', { level: 1, name: 'Caseloadoverzicht' })).toBeVisible();

    // Next time: the code page; a recovery code works too.
    await signOut(lead);
    await lead.getByLabel('E-mailadres').fill(email);
    await lead.getByLabel('Wachtwoord').fill(password);
    await lead.getByRole('button', { name: 'Inloggen' }).click();
    await expect(lead).toHaveURL(/\/inloggen\/code/);
    await lead.getByRole('button', { name: /herstelcode gebruiken/ }).click();
    await lead.getByLabel('Herstelcode').fill(recoveryCode);
    await lead.getByRole('button', { name: 'Bevestigen' }).click();
    await expect(lead).toHaveURL(/\/caseloadoverzicht$/);
  } finally {
    await context.close();
  }
});

test('a demo team lead signs in with the code from the README secret; a wrong code is named at the field', async ({
  page,
}) => {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(DEMO.teamLeadNoord);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen\/code/);
  await expect(page.getByRole('heading', { level: 1, name: 'Code invoeren' })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await enterTotpCode(page, '000000');
  await expect(page.getByText('Deze code klopt niet of is al gebruikt.')).toBeVisible();
  await expect(page.getByLabel('Code uit de app')).toBeFocused();

  await enterTotpCode(page, await freshTotpCode(DEMO.teamLeadNoord, DEMO_TOTP_SECRETS[DEMO.teamLeadNoord] ?? ''));
  await expect(page).toHaveURL(/\/caseloadoverzicht$/);
});
