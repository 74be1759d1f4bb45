import { expect, test, type Page } from '@playwright/test';
import { Workbook } from 'exceljs';
import { DEMO } from '../support/demo-accounts';
import { signIn } from '../support/session';

const SUPPORTER_NAME = 'Sanne de Vries';
const TEAM_LEAD_NAME = 'Ingrid Bakker';

/** A figure as the screen shows it (Dutch: "2,5"), as a number. */
function screenNumber(text: string): number {
  return Number(text.trim().replace(/\./g, '').replace(',', '.'));
}

/** The per-supporter table as on screen: name, then every figure, totals last. */
async function caseloadOnScreen(page: Page): Promise<(string | number)[][]> {
  const table = page.getByRole('region', { name: 'Caseload per cliëntondersteuner' }).getByRole('table');
  await expect(table.getByRole('row', { name: /^Totaal/ })).toBeVisible();
  const rows = await table.locator('tbody tr').all();
  const result: (string | number)[][] = [];
  for (const row of rows) {
    const name = (await row.locator('th').textContent())?.trim() ?? '';
    const cells = await row.locator('td').allTextContents();
    result.push([name, ...cells.map(screenNumber)]);
  }
  return result;
}

/** Hands the open case page's case to another supporter of the team. */
async function reassignTo(page: Page, name: string, reason: string): Promise<void> {
  await page.getByRole('button', { name: 'Andere casushouder' }).click();
  await page.getByRole('combobox', { name: 'Nieuwe casushouder' }).selectOption({ label: name });
  await page.getByRole('textbox', { name: 'Reden (niet verplicht)' }).fill(reason);
  await page.getByRole('button', { name: 'Overdragen' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} is nu casushouder.` })).toBeAttached();
}

test('a team lead reviews the caseload per supporter, drills down, reassigns a case and exports the same numbers', async ({
  page,
}) => {
  test.slow();
  await signIn(page, DEMO.teamLeadNoord);
  await expect(page).toHaveURL(/\/caseloadoverzicht$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Caseloadoverzicht' })).toBeVisible();
  const table = page.getByRole('region', { name: 'Caseload per cliëntondersteuner' });
  const supporterRow = table.getByRole('row', { name: new RegExp(`^${SUPPORTER_NAME}`) });
  await expect(supporterRow).toBeVisible();
  // How the weight is computed stands next to it.
  await expect(page.getByText(/Het gewicht telt elke open ondersteuningsvraag als 1, plus 0,5/)).toBeVisible();

  await test.step('charts, each with its numbers as a table', async () => {
    const domainChart = page.getByRole('img', { name: /^Grafiek: Domeinen van de open ondersteuningsvragen/ });
    await expect(domainChart).toBeVisible();
    await expect(page.locator('canvas')).not.toHaveCount(0);
    const figure = page.getByRole('figure', { name: 'Domeinen van de open ondersteuningsvragen' });
    const numbers = figure.getByRole('table', { name: 'Domeinen van de open ondersteuningsvragen' });
    // Always there for screen readers; shown on request.
    await expect(numbers).toBeAttached();
    await figure.getByRole('button', { name: 'Toon als tabel' }).click();
    await expect(numbers).toBeVisible();
    await expect(numbers.locator('tbody tr')).not.toHaveCount(0);
  });

  let caseUrl = '';
  await test.step("a number leads to the cases behind it: the supporter's open cases", async () => {
    const openLink = supporterRow.getByRole('link', { name: new RegExp(`^Open, ${SUPPORTER_NAME}: \\d+`) });
    const open = screenNumber((await openLink.textContent()) ?? '');
    expect(open).toBeGreaterThan(0);
    await openLink.click();
    await expect(page).toHaveURL(/\/caseload\/team\?ondersteuner=[0-9a-f-]{36}/);
    const shown = open === 1 ? '1 ondersteuningsvraag getoond' : `${Math.min(open, 25)} ondersteuningsvragen getoond`;
    await expect(page.getByRole('status').filter({ hasText: shown })).toBeVisible();
    const rows = page.getByRole('table').locator('tbody tr');
    await expect(rows).toHaveCount(Math.min(open, 25));
    for (const lead of await rows.locator('td:last-child').allTextContents()) {
      expect(lead.trim()).toBe(SUPPORTER_NAME);
    }
    await rows.last().getByRole('link').click();
    await expect(page).toHaveURL(/\/caseload\/[0-9a-f-]{36}$/);
    caseUrl = new URL(page.url()).pathname;
  });

  await test.step('reassigns that case; the change and who made it appear on the timeline', async () => {
    await reassignTo(page, TEAM_LEAD_NAME, 'Verdeling van het werk tijdens verlof.');
    const details = page.getByRole('complementary', { name: 'Gegevens' });
    await expect(details).toContainText(TEAM_LEAD_NAME);
    const timeline = page.getByRole('region', { name: 'Tijdlijn' });
    const entry = timeline.getByRole('listitem').filter({ hasText: `Van ${SUPPORTER_NAME} naar ${TEAM_LEAD_NAME}` });
    await expect(entry).toBeVisible();
    await expect(entry).toContainText(`door ${TEAM_LEAD_NAME}`);
    await expect(entry).toContainText('Verdeling van het werk tijdens verlof.');
    // Filtering by kind shows only reassignments, and says how many.
    await timeline.getByRole('checkbox', { name: 'Andere cliëntondersteuner' }).check();
    await expect(timeline.getByRole('status')).toContainText(/\d+ gebeurtenis/);
    for (const kind of await timeline
      .locator('li.entry')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')))) {
      expect(kind).toBe('reassignment');
    }
  });

  await test.step('the XLSX export opens with the same numbers as the screen', async () => {
    await page.goto('/caseloadoverzicht');
    const onScreen = await caseloadOnScreen(page);
    expect(onScreen.find((row) => row[0] === TEAM_LEAD_NAME)).toBeDefined();

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download Excel (XLSX)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^caseload-\d{4}-\d{2}\.xlsx$/);
    const file = await download.path();
    const workbook = new Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    const exported: (string | number)[][] = [];
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber > 1) {
        const values = (row.values as (string | number)[]).slice(1);
        exported.push(values.map((value) => (typeof value === 'number' ? value : String(value))));
      }
    });
    expect(exported).toEqual(onScreen);

    const csvDownloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download CSV' }).click();
    expect((await csvDownloading).suggestedFilename()).toMatch(/\.csv$/);
  });

  await test.step('hands the case back, so the demo data stays as it was', async () => {
    await page.goto(caseUrl);
    await reassignTo(page, SUPPORTER_NAME, 'Terug na het verlof.');
  });
});
