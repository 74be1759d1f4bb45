import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { VisitView } from '@naast/contracts';
import { VisitFormComponent, type VisitFormSubmit } from './visit-form.component';

const NOW = new Date('2026-03-10T14:05:00');

function buildVisitView(overrides: Partial<VisitView> = {}): VisitView {
  return {
    id: 'v-1',
    caseId: 'c-1',
    occurredAt: new Date('2026-03-09T10:00:00').toISOString(),
    minutes: 45,
    mode: 'phone',
    domains: ['wonen'],
    summary: 'Gebeld over de huurachterstand.',
    nextSteps: 'Brief sturen.',
    author: { id: 'u-1', displayName: 'Bram Visser', role: 'volunteer' },
    createdAt: new Date('2026-03-09T11:00:00').toISOString(),
    amendments: [],
    acknowledgement: null,
    permissions: { amend: true, acknowledge: false },
    version: 1,
    ...overrides,
  };
}

describe(VisitFormComponent.name, () => {
  let fixture: ComponentFixture<VisitFormComponent>;
  let host: HTMLElement;
  let saved: VisitFormSubmit[];

  beforeEach(async () => {
    // Only the clock is faked; Angular's scheduling keeps using real timers.
    jest.useFakeTimers({
      now: NOW,
      doNotFake: [
        'nextTick',
        'queueMicrotask',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
        'performance',
        'hrtime',
        'requestIdleCallback',
        'cancelIdleCallback',
      ],
    });
    fixture = TestBed.createComponent(VisitFormComponent);
    host = fixture.nativeElement as HTMLElement;
    saved = [];
    fixture.componentInstance.save.subscribe((value) => saved.push(value));
    await fixture.whenStable();
  });

  afterEach(() => jest.useRealTimers());

  const field = <T extends HTMLElement>(name: string) => host.querySelector<T>(`[formcontrolname="${name}"]`) as T;
  const errors = () =>
    Array.from(host.querySelectorAll('mat-error, .group-error'))
      .map((e) => e.textContent?.trim())
      .filter(Boolean);

  async function type(name: string, value: string): Promise<void> {
    const input = field<HTMLInputElement | HTMLTextAreaElement>(name);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  async function choose(name: string, value: string): Promise<void> {
    const select = field<HTMLSelectElement>(name);
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  async function toggleDomain(label: string): Promise<void> {
    const option = Array.from(host.querySelectorAll<HTMLElement>('[role="option"]')).find(
      (o) => o.textContent?.trim() === label,
    );
    if (!option) {
      throw new Error(`No domain chip "${label}"`);
    }
    option.click();
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
  }

  it('defaults the date and time to now', () => {
    expect(field<HTMLInputElement>('occurredAt').value).toBe('2026-03-10T14:05');
  });

  it('does not save an incomplete contact, and says what is missing next to each field', async () => {
    await submit();

    expect(saved).toEqual([]);
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('nog niet compleet');
    expect(errors()).toEqual(['Dit veld is verplicht.', 'Dit veld is verplicht.', 'Dit veld is verplicht.']);
    expect(field<HTMLInputElement>('minutes').closest('mat-form-field')?.classList).toContain('mat-form-field-invalid');
  });

  it('refuses a contact in the future', async () => {
    await type('occurredAt', '2026-03-11T09:00');
    await submit();

    expect(errors()).toContain('Een contactmoment kan niet in de toekomst liggen.');
  });

  it.each([
    ['0', 'Minstens 1.'],
    ['1441', 'Hoogstens 1440.'],
    ['12.5', 'Vul een heel getal in.'],
  ])('refuses %s minutes', async (minutes, message) => {
    await type('minutes', minutes);
    await submit();

    expect(errors()).toContain(message);
  });

  it('hands over a complete contact as the API takes it', async () => {
    host.querySelector<HTMLButtonElement>('.quick-minutes button:nth-child(2)')?.click();
    await choose('mode', 'home_visit');
    await toggleDomain('Wonen');
    await toggleDomain('Inkomen');
    await type('summary', '  Samen de brief van de corporatie gelezen. ');
    await submit();

    expect(saved).toEqual([
      {
        visit: {
          occurredAt: NOW.toISOString(),
          minutes: 30,
          mode: 'home_visit',
          domains: ['wonen', 'inkomen'],
          summary: 'Samen de brief van de corporatie gelezen.',
          nextSteps: null,
        },
        reason: null,
      },
    ]);
  });

  it('accepts a contact that touched no domain, as the API does', async () => {
    await type('minutes', '5');
    await choose('mode', 'phone');
    await type('summary', 'Afspraak gemaakt voor volgende week.');
    await submit();

    expect(saved).toHaveLength(1);
    expect(saved[0].visit.domains).toEqual([]);
  });

  it("offers the case's own domains first", async () => {
    fixture.componentRef.setInput('suggestedDomains', ['jeugdhulp']);
    await fixture.whenStable();

    const labels = Array.from(host.querySelectorAll('[role="option"]')).map((o) => o.textContent?.trim());
    expect(labels.slice(0, 5)).toEqual(['Jeugdhulp', 'Zorg', 'Wonen', 'Werk', 'Inkomen']);
  });

  it('for a correction: starts from the saved contact and requires a reason', async () => {
    fixture.componentRef.setInput('visit', buildVisitView());
    await fixture.whenStable();

    expect(field<HTMLTextAreaElement>('summary').value).toBe('Gebeld over de huurachterstand.');
    expect(field<HTMLInputElement>('occurredAt').value).toBe('2026-03-09T10:00');

    await type('minutes', '30');
    await submit();
    expect(saved).toEqual([]);
    expect(errors()).toContain('Dit veld is verplicht.');

    await type('reason', 'Duur klopte niet.');
    await submit();
    expect(saved).toHaveLength(1);
    expect(saved[0].reason).toBe('Duur klopte niet.');
    expect(saved[0].visit.minutes).toBe(30);
  });

  it('shows a reason the API gave next to the field it concerns', async () => {
    const summary = fixture.componentInstance.form.controls.summary;
    summary.setErrors({ server: 'Samenvatting bevat verboden tekens.' });
    summary.markAsTouched();
    await fixture.whenStable();

    expect(errors()).toContain('Samenvatting bevat verboden tekens.');
  });

  it('speaks English when asked', async () => {
    fixture.componentRef.setInput('language', 'en');
    await fixture.whenStable();

    expect(host.textContent).toContain('Domains discussed');
    expect(host.querySelector('button[type="submit"]')?.textContent?.trim()).toBe('Save contact');
  });

  it('empties itself for the next contact on reset, without calling the empty fields wrong', async () => {
    await type('minutes', '30');
    await choose('mode', 'phone');
    await type('summary', 'Iets');
    await type('occurredAt', '2026-03-01T08:00');
    await submit();
    expect(saved).toHaveLength(1);

    fixture.componentInstance.reset();
    await fixture.whenStable();

    expect(field<HTMLTextAreaElement>('summary').value).toBe('');
    expect(field<HTMLInputElement>('occurredAt').value).toBe('2026-03-10T14:05');
    expect(errors()).toEqual([]);
    expect(host.querySelector('.mat-form-field-invalid')).toBeNull();
  });
});
