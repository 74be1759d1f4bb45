import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { DEMO } from '../support/demo-accounts';
import { signIn } from '../support/session';

const VOLUNTEER_NAME = 'Henk Jansen';

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** A date `days` from today as a date input holds it (YYYY-MM-DD). */
function isoDate(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A word no demo plan has, so every lookup below finds this journey's goals only. */
function uniqueWord(): string {
  return Array.from({ length: 5 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
}

/**
 * An active demo case of the signed-in supporter with the demo volunteer linked to it, preferably
 * one without a plan yet, so the journey builds one from the start.
 */
async function findCaseWithVolunteer(page: Page): Promise<string> {
  const list = await page.request.get('/api/cases?mine=true&status=actief&limit=100');
  expect(list.ok()).toBe(true);
  const { items } = (await list.json()) as { items: { id: string }[] };
  const linked: string[] = [];
  for (const item of items) {
    const detail = await page.request.get(`/api/cases/${item.id}`);
    const supportCase = (await detail.json()) as { volunteers: { displayName: string }[] };
    if (supportCase.volunteers.some((volunteer) => volunteer.displayName === VOLUNTEER_NAME)) {
      const plan = (await (await page.request.get(`/api/cases/${item.id}/plan`)).json()) as { goals: unknown[] };
      if (plan.goals.length === 0) return item.id;
      linked.push(item.id);
    }
  }
  const [withPlan] = linked;
  if (withPlan) return withPlan;
  throw new Error(`No active demo case with ${VOLUNTEER_NAME} linked.`);
}

function status(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /\S/ }).first();
}

async function addGoal(page: Page, title: string, domains: string[], dependsOn: string[] = []): Promise<void> {
  await page.getByRole('button', { name: 'Doel toevoegen' }).click();
  const form = page.getByRole('region', { name: 'Nieuw doel' });
  // The form opens where it was asked for, ready to type.
  await expect(form.getByLabel('Doel in de woorden van de cliënt')).toBeFocused();
  await form.getByLabel('Doel in de woorden van de cliënt').fill(title);
  const domainList = form.getByRole('listbox', { name: 'Domeinen' });
  for (const domain of domains) {
    await domainList.getByRole('option', { name: domain, exact: true }).click();
  }
  for (const goal of dependsOn) {
    await form.getByRole('listbox', { name: 'Eerst nodig' }).getByRole('option', { name: goal }).click();
  }
  await form.getByRole('button', { name: 'Doel opslaan' }).click();
  await expect(status(page)).toHaveText('Het doel is toegevoegd.');
  await expect(page.getByRole('heading', { level: 3, name: title })).toBeFocused();
}

interface ActionInput {
  description: string;
  kind: 'Cliënt' | 'Vrijwilliger' | 'Externe partij';
  user?: string;
  name?: string;
  dueOn: string;
}

async function addAction(page: Page, goal: string, action: ActionInput): Promise<void> {
  await page.getByRole('button', { name: `Actie toevoegen bij: ${goal}` }).click();
  const form = page.getByRole('region', { name: `Nieuwe actie bij: ${goal}` });
  await form.getByLabel('Wat gaat er gebeuren?').fill(action.description);
  await form.getByLabel('Wie doet het?').selectOption({ label: action.kind });
  if (action.user) {
    await form.getByLabel('Naam', { exact: true }).selectOption({ label: action.user });
  }
  if (action.name) {
    await form.getByLabel('Naam van de persoon of organisatie').fill(action.name);
  }
  await form.getByLabel('Uiterlijk op').fill(action.dueOn);
  await form.getByRole('button', { name: 'Actie opslaan' }).click();
  await expect(status(page)).toHaveText('De actie is toegevoegd.');
}

test('a supporter builds an integral plan, fixes it and prints it; the volunteer ticks off their action; a conflict loses nothing', async ({
  browser,
}) => {
  // One whole journey with three people and four browser contexts: more than the default minute.
  test.slow();
  const word = uniqueWord();
  const debts = `Ik wil geen schulden meer hebben (${word})`;
  const house = `Ik wil een woning zonder trap (${word})`;
  const care = `Ik wil hulp bij het douchen (${word})`;
  const volunteerAction = `Samen de post openen (${word})`;
  const lateAction = `Brieven van schuldeisers verzamelen (${word})`;
  let caseId = '';

  const supporter = await signedInPage(browser, DEMO.supporterNoord);

  await test.step('the supporter opens the plan from a demo case', async () => {
    caseId = await findCaseWithVolunteer(supporter);
    await supporter.goto(`/caseload/${caseId}`);
    await supporter.getByRole('link', { name: 'Ondersteuningsplan' }).click();
    await expect(supporter).toHaveURL(new RegExp(`/caseload/${caseId}/plan$`));
    await expect(supporter.getByRole('heading', { level: 1, name: /^Ondersteuningsplan van / })).toBeVisible();
  });

  await test.step('builds goals in three domains, one spanning two, with a dependency', async () => {
    await addGoal(supporter, debts, ['Inkomen', 'Wonen']);
    await addGoal(supporter, house, ['Wonen'], [debts]);
    await addGoal(supporter, care, ['Zorg']);

    const overview = supporter.getByRole('region', { name: 'Doelen per domein' });
    const housing = overview.getByRole('region', { name: 'Wonen', exact: true });
    const income = overview.getByRole('region', { name: 'Inkomen', exact: true });
    // A goal in the overview is the list item whose link-button carries its title.
    const goalIn = (domain: Locator, title: string) =>
      domain.getByRole('listitem').filter({ has: supporter.getByRole('button', { name: title, exact: true }) });
    // The goal spanning two domains is under both, each naming the other.
    await expect(goalIn(housing, debts)).toContainText('Ook bij: Inkomen');
    await expect(goalIn(income, debts)).toContainText('Ook bij: Wonen');
    await expect(goalIn(housing, house)).toContainText(`eerst: ${debts}`);
    await expect(goalIn(housing, debts)).toContainText(`daarna: ${house}`);
    await expect(overview.getByRole('region', { name: 'Zorg', exact: true })).toContainText(care);
  });

  await test.step('adds actions for the client, the linked volunteer and an external party', async () => {
    // The demo plan may already hold late actions of its own: count from what is there.
    const progress = supporter.getByRole('region', { name: 'Voortgang' });
    const lateBefore = Number(/(\d+) acties? te laat/.exec((await progress.textContent()) ?? '')?.[1] ?? 0);
    await addAction(supporter, debts, { description: lateAction, kind: 'Cliënt', dueOn: isoDate(-2) });
    await addAction(supporter, debts, {
      description: volunteerAction,
      kind: 'Vrijwilliger',
      user: VOLUNTEER_NAME,
      dueOn: isoDate(14),
    });
    await addAction(supporter, house, {
      description: `Wmo-melding voor een traplift doen (${word})`,
      kind: 'Externe partij',
      name: 'gemeente Utrecht, Wmo-loket',
      dueOn: isoDate(30),
    });

    // The late action is marked in words in the overview, not by colour alone.
    const late = lateBefore + 1;
    await expect(progress).toContainText(`${late} ${late === 1 ? 'actie' : 'acties'} te laat`);
    await expect(supporter.getByRole('region', { name: 'Doelen per domein' })).toContainText(`Te laat: ${lateAction}`);
  });

  await test.step('records the agreement and the next evaluation', async () => {
    await supporter.getByRole('button', { name: 'Afspraken wijzigen' }).click();
    await supporter.getByLabel('Akkoord gegeven op').fill(isoDate(0));
    await supporter.getByLabel('Hoe gaf de cliënt akkoord?').selectOption({ label: 'Mondeling' });
    await supporter.getByLabel('Volgende evaluatie').fill(isoDate(60));
    await supporter.getByRole('button', { name: 'Afspraken opslaan' }).click();
    await expect(status(supporter)).toHaveText('De afspraken zijn opgeslagen.');
    await expect(supporter.getByTestId('next-evaluation')).not.toHaveText('Nog niet gepland');
  });

  await test.step('the plan page passes an accessibility check', async () => {
    const axe = await new AxeBuilder({ page: supporter }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}x)`)).toEqual([]);
  });

  await test.step('fixes the plan and compares the version with the living plan', async () => {
    await supporter.getByLabel('Toelichting').fill('Besproken met de cliënt en de vrijwilliger.');
    await supporter.getByRole('button', { name: 'Plan vaststellen' }).click();
    await expect(status(supporter)).toHaveText(/^Versie \d+ is vastgesteld\.$/);
    const versions = supporter.getByRole('region', { name: 'Versies' });
    await expect(versions).toContainText('Besproken met de cliënt en de vrijwilliger.');
    await versions
      .getByRole('button', { name: /vergelijken met het huidige plan$/ })
      .first()
      .click();
    await expect(
      supporter.getByRole('heading', { level: 3, name: /^Verschil tussen versie \d+ en het huidige plan$/ }),
    ).toBeFocused();
    await expect(versions).toContainText('Geen verschillen.');
  });

  await test.step('records an evaluation with progress per goal and the next date', async () => {
    await supporter.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
    const form = supporter.getByRole('form', { name: 'Nieuwe evaluatie' });
    // Every goal of the plan needs its progress, also goals the demo plan already had.
    for (const progress of await form.getByRole('combobox', { name: /^Voortgang bij: / }).all()) {
      await progress.selectOption({ label: 'Geen verandering' });
    }
    await form.getByLabel(`Voortgang bij: ${debts}`).selectOption({ label: 'Vooruitgang' });
    await form.getByLabel(`Toelichting bij: ${debts}`).fill('Alle brieven liggen in één map.');
    await form.getByLabel(`Voortgang bij: ${house}`).selectOption({ label: 'Geen verandering' });
    await form.getByLabel(`Voortgang bij: ${care}`).selectOption({ label: 'Geen verandering' });
    await form.getByLabel('Samenvatting').fill('Eerste evaluatie samen met de cliënt.');
    await form.getByLabel('Volgende evaluatie').fill(isoDate(90));
    await form.getByRole('button', { name: 'Evaluatie opslaan' }).click();
    await expect(status(supporter)).toHaveText('De evaluatie is opgeslagen.');
    const evaluations = supporter.getByRole('region', { name: 'Evaluaties' });
    await expect(evaluations).toContainText('Eerste evaluatie samen met de cliënt.');
    await expect(evaluations).toContainText(`${debts}: Vooruitgang — Alle brieven liggen in één map.`);
  });

  await test.step('opens the print sheet for the client, in large print too, and the PDF', async () => {
    await supporter.getByRole('link', { name: 'Afdrukversie voor de cliënt' }).click();
    await expect(supporter).toHaveURL(new RegExp(`/caseload/${caseId}/plan/afdrukken`));
    await expect(supporter.getByRole('heading', { level: 1, name: 'Mijn ondersteuningsplan' })).toBeVisible();
    // A sheet for the client: no app navigation.
    await expect(supporter.getByRole('navigation')).toHaveCount(0);
    const sheet = supporter.getByRole('main');
    // Each goal once, under its first domain, naming the others.
    await expect(sheet.getByRole('heading', { level: 2, name: 'Wonen' })).toBeVisible();
    await expect(sheet.getByRole('heading', { level: 2, name: 'Zorg' })).toBeVisible();
    await expect(sheet).toContainText('Dit doel gaat ook over: Inkomen');
    await expect(sheet).toContainText(`Ik: ${lateAction}`);
    await expect(sheet).toContainText(`Vrijwilliger ${VOLUNTEER_NAME}: ${volunteerAction}`);
    await expect(sheet).toContainText('gemeente Utrecht, Wmo-loket:');
    await expect(sheet).toContainText('We bekijken mijn plan weer samen op');
    await expect(sheet).toContainText(/Mijn cliëntondersteuner is \S/);
    await expect(sheet).toContainText(`Eerst moet dit lukken: ${debts}`);

    const axe = await new AxeBuilder({ page: supporter }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}x)`)).toEqual([]);

    await supporter.getByRole('button', { name: 'Grote letters' }).click();
    await expect(supporter).toHaveURL(/groot=1/);
    await expect(supporter.getByRole('button', { name: 'Grote letters' })).toHaveAttribute('aria-pressed', 'true');
    const pdfLink = supporter.getByRole('link', { name: 'Download als PDF (grote letters)' });
    const href = await pdfLink.getAttribute('href');
    expect(href).toContain('largePrint=true');
    const pdf = await supporter.request.get(href ?? '');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  await test.step('the linked volunteer reads the plan and ticks off their own action', async () => {
    const volunteer = await signedInPage(browser, DEMO.volunteerNoord);
    await volunteer.goto(`/caseload/${caseId}/plan`);
    await expect(volunteer.getByRole('heading', { level: 1, name: /^Ondersteuningsplan van / })).toBeVisible();
    await expect(volunteer.getByRole('button', { name: 'Doel toevoegen' })).toHaveCount(0);
    // Only their own action can be ticked off.
    await expect(volunteer.getByRole('checkbox', { name: lateAction })).toHaveCount(0);
    const mine = volunteer.getByRole('checkbox', { name: volunteerAction });
    await mine.check();
    await expect(status(volunteer)).toHaveText('De actie is afgevinkt.');
    await expect(mine).toBeChecked();
    await volunteer.context().close();
  });

  await test.step('two tabs edit the same goal: the second save shows the conflict and keeps what was typed', async () => {
    const first = supporter;
    const second = await signedInPage(browser, DEMO.supporterNoord);
    await first.goto(`/caseload/${caseId}/plan`);
    await second.goto(`/caseload/${caseId}/plan`);
    for (const page of [first, second]) {
      await page.getByRole('button', { name: `Doel wijzigen: ${care}` }).click();
    }
    const fromFirst = `Ik wil zelf kunnen douchen met een beugel (${word})`;
    const fromSecond = `Ik wil twee keer per week hulp bij het douchen (${word})`;

    await first.getByLabel('Doel in de woorden van de cliënt').fill(fromFirst);
    await first.getByRole('button', { name: 'Doel opslaan' }).click();
    await expect(status(first)).toHaveText('Het doel is opgeslagen.');

    await second.getByLabel('Doel in de woorden van de cliënt').fill(fromSecond);
    await second.getByRole('button', { name: 'Doel opslaan' }).click();
    const notice = second.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit doel intussen gewijzigd.' });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('row', { name: /Doel in de woorden van de cliënt/ })).toContainText(fromFirst);
    await expect(notice.getByRole('row', { name: /Doel in de woorden van de cliënt/ })).toContainText(fromSecond);
    await expect(second.getByLabel('Doel in de woorden van de cliënt')).toHaveValue(fromSecond);

    await notice.getByRole('button', { name: 'Mijn invoer toch opslaan' }).click();
    await expect(status(second)).toHaveText('Het doel is opgeslagen.');
    await expect(second.getByRole('heading', { level: 3, name: fromSecond })).toBeVisible();
    await second.context().close();
  });

  await supporter.context().close();
});
