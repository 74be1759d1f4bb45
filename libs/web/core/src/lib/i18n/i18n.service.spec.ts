import { TestBed } from '@angular/core/testing';
import { I18n, LANGUAGE_STORAGE_KEY } from './i18n.service';

describe(I18n.name, () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  it('speaks Dutch by default and says so in the lang attribute', () => {
    const i18n = TestBed.inject(I18n);

    expect(i18n.language()).toBe('nl');
    expect(i18n.locale()).toBe('nl-NL');
    expect(document.documentElement.lang).toBe('nl');
  });

  it('switches to English at runtime, updates the lang attribute and remembers the choice', () => {
    const i18n = TestBed.inject(I18n);
    const messages = i18n.messages({ nl: { hello: 'Hallo' }, en: { hello: 'Hello' } });

    i18n.setLanguage('en');

    expect(messages().hello).toBe('Hello');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('starts in the remembered language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');

    expect(TestBed.inject(I18n).language()).toBe('en');
  });

  it('ignores a remembered value that is not a language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'klingon');

    expect(TestBed.inject(I18n).language()).toBe('nl');
  });

  it('writes dates the Dutch way, and a bare date as that calendar day', () => {
    const i18n = TestBed.inject(I18n);

    expect(i18n.formatDate('2026-03-05')).toBe('5 mrt 2026');
    expect(i18n.formatDate('2026-03-05', 'longDate')).toBe('donderdag 5 maart 2026');
    expect(i18n.formatDate(null)).toBe('');
    expect(i18n.formatNumber(1234.5)).toBe('1.234,5');
  });

  it('picks the label of a contract enum in the current language', () => {
    const i18n = TestBed.inject(I18n);
    i18n.setLanguage('en');

    expect(i18n.label({ nl: 'Afgesloten', en: 'Closed' })).toBe('Closed');
  });
});
