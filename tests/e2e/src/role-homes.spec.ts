import { expect, test } from '@playwright/test';
import { DEMO } from '../support/demo-accounts';
import { signIn, signOut } from '../support/session';

/** Each role starts on the page that fits its work. */
const HOMES = [
  { who: 'a supporter', email: DEMO.supporterNoord, path: '/mijn-werk', heading: 'Mijn werk' },
  { who: 'a volunteer', email: DEMO.volunteerNoord, path: '/koppelingen', heading: 'Mijn koppelingen' },
  { who: 'a team lead', email: DEMO.teamLeadNoord, path: '/caseloadoverzicht', heading: 'Caseloadoverzicht' },
  { who: 'an admin', email: DEMO.adminUtrecht, path: '/beheer', heading: 'Beheer' },
] as const;

test.describe('Signing in and out', () => {
  for (const home of HOMES) {
    test(`${home.who} lands on "${home.heading}" and can sign out`, async ({ page }) => {
      await signIn(page, home.email);

      await expect(page).toHaveURL(new RegExp(`${home.path}$`));
      await expect(page.getByRole('heading', { level: 1, name: home.heading })).toBeVisible();

      await signOut(page);
      // The session is gone: the home page sends back to the login page.
      await page.goto(home.path);
      await expect(page).toHaveURL(/\/inloggen/);
    });
  }
});
