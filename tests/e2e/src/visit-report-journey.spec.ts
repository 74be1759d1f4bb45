import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { DEMO } from '../support/demo-accounts';
import { signIn } from '../support/session';

/** A phone: the volunteer records a visit right after it. */
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } as const;
const SUPPORTER_NAME = 'Sanne de Vries';
const VOLUNTEER_NAME = 'Henk Jansen';

async function signedInPage(browser: Browser, email: string, phone = false): Promise<Page> {
  const context = await browser.newContext(phone ? PHONE : {});
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function expectTouchTarget(target: Locator): Promise<void> {
  const box = await target.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}x)`)).toEqual([]);
}

test('a volunteer drafts a visit report on a phone and sends it; the supporter acknowledges it with a comment, which the volunteer sees', async ({
  browser,
}) => {
  // Three people, three browser contexts.
  test.slow();
  const word = Math.random().toString(36).slice(2, 8);
  const summary = `Samen de brieven van de woningcorporatie gelezen (${word}).`;
  const comment = `Goed dat je meegelezen hebt, ik bel de corporatie morgen (${word}).`;
  let clientName = '';

  await test.step('the volunteer starts a report on a phone and keeps it as a draft', async () => {
    const page = await signedInPage(browser, DEMO.volunteerNoord, true);
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn koppelingen' })).toBeVisible();
    await expectNoSidewaysScroll(page);

    // A case the demo supporter leads, so her start page shows the report.
    const card = page
      .getByRole('list', { name: 'Gekoppelde ondersteuningsvragen' })
      .getByRole('listitem')
      .filter({ hasText: `Casushouder: ${SUPPORTER_NAME}` })
      .first();
    clientName = (await card.getByRole('heading', { level: 3 }).textContent())?.trim() ?? '';
    expect(clientName).not.toBe('');
    const record = card.getByRole('link', { name: `Contactmoment vastleggen voor ${clientName}` });
    await expectTouchTarget(record);
    await record.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Contactmoment vastleggen' })).toBeVisible();

    // Date and time default to now; the volunteer fills in only what is known yet.
    await expect(page.getByLabel('Datum en tijd')).not.toHaveValue('');
    await page.getByRole('spinbutton', { name: 'Duur in minuten' }).fill('40');
    await page.getByRole('combobox', { name: 'Soort contact' }).selectOption({ label: 'Huisbezoek' });
    const keep = page.getByRole('button', { name: 'Opslaan als concept' });
    await expectTouchTarget(keep);
    await keep.click();
    await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen als concept.' })).toBeVisible();
    await expect(page).toHaveURL(/\?concept=[0-9a-f-]{36}$/);

    // Drafts live on the server only: the browser keeps nothing but the language choice.
    const stored = await page.evaluate(() => ({
      local: Object.keys(localStorage).filter((key) => key !== 'naast.language'),
      session: Object.keys(sessionStorage),
    }));
    expect(stored).toEqual({ local: [], session: [] });
    await page.context().close();
  });

  await test.step('later, on a new phone session, the volunteer finishes the draft and sends it', async () => {
    const page = await signedInPage(browser, DEMO.volunteerNoord, true);
    const drafts = page.getByRole('region', { name: 'Mijn concepten' });
    const resume = drafts.getByRole('link', { name: `Concept voor ${clientName} afmaken` }).first();
    await expectTouchTarget(resume);
    await expectNoAxeViolations(page);
    await resume.click();

    await expect(page.getByRole('spinbutton', { name: 'Duur in minuten' })).toHaveValue('40');
    await page.getByRole('textbox', { name: 'Samenvatting' }).fill(summary);
    await page.getByRole('textbox', { name: 'Volgende stappen' }).fill('Volgende week samen bellen.');
    await expectNoSidewaysScroll(page);
    const send = page.getByRole('button', { name: 'Versturen' });
    await expectTouchTarget(send);
    await send.click();

    await expect(page.getByRole('status').filter({ hasText: 'Het contactmoment is verstuurd.' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Eerdere contactmomenten' }).getByText(summary)).toBeVisible();
    await expect(page).not.toHaveURL(/concept=/);
    await page.getByRole('link', { name: 'Terug naar mijn koppelingen' }).click();
    await expect(page.getByRole('link', { name: `Concept voor ${clientName} afmaken` })).toHaveCount(0);
    await page.context().close();
  });

  await test.step('the supporter finds it among the new reports on "Mijn werk" and acknowledges it', async () => {
    const page = await signedInPage(browser, DEMO.supporterNoord);
    await expect(page).toHaveURL(/\/mijn-werk$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();

    const report = page
      .getByRole('list', { name: 'Nieuwe verslagen van vrijwilligers' })
      .getByRole('listitem')
      .filter({ hasText: summary });
    await expect(report).toBeVisible();
    await report
      .getByRole('button', { name: `Verslag van ${VOLUNTEER_NAME} over ${clientName} als gelezen markeren` })
      .click();
    await report.getByRole('textbox', { name: 'Reactie voor de vrijwilliger' }).fill(comment);
    await report.getByRole('button', { name: 'Markeren als gelezen' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'als gelezen gemarkeerd' })).toBeVisible();
    await expect(page.getByText(summary)).toHaveCount(0);

    // Every figure leads to the cases behind it, with the filter named and removable.
    await page.getByRole('link', { name: /ondersteuningsvragen langer dan \d+ dagen zonder contact/ }).click();
    await expect(page).toHaveURL(/\/caseload\?aandacht=no_contact$/);
    await expect(
      page.getByRole('status').filter({ hasText: 'Filter: Langer dan de afgesproken termijn geen contact' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Filter wissen' }).click();
    await expect(page).toHaveURL(/\/caseload$/);
    await page.context().close();
  });

  await test.step('the volunteer sees the acknowledgement and the comment', async () => {
    const page = await signedInPage(browser, DEMO.volunteerNoord, true);
    const comments = page.getByRole('region', { name: 'Reacties op mijn verslagen' });
    const item = comments.getByRole('listitem').filter({ hasText: comment });
    await expect(item).toBeVisible();
    await expect(item).toContainText(`Gelezen door ${SUPPORTER_NAME}`);
    await expectNoSidewaysScroll(page);
    await page.context().close();
  });
});
