import { DOCUMENT, Injectable, computed, inject, signal, type Signal } from '@angular/core';
import { DEFAULT_LANGUAGE, isLanguage, type Language, type LocalizedText, type MessageCatalog } from './language';

/** Only the language choice is remembered in the browser; never client data. */
export const LANGUAGE_STORAGE_KEY = 'naast.language';

export type DateStyle = 'date' | 'dateTime' | 'time' | 'longDate';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const DATE_FORMATS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  longDate: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  dateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  time: { hour: '2-digit', minute: '2-digit' },
};

/** Runtime language switch: every text on screen is read from a signal, so a switch re-renders in place. */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly languageState = signal<Language>(this.readStoredLanguage());
  private readonly formatters = new Map<string, Intl.DateTimeFormat>();

  readonly language = this.languageState.asReadonly();
  readonly locale = computed(() => LOCALES[this.language()]);

  constructor() {
    this.document.documentElement.lang = this.language();
  }

  setLanguage(language: Language): void {
    this.languageState.set(language);
    // The lang attribute lets screen readers pronounce the page in the right language.
    this.document.documentElement.lang = language;
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage can be unavailable (private mode); the choice then lasts this visit only.
    }
  }

  /** The messages of one feature in the current language. */
  messages<T>(catalog: MessageCatalog<T>): Signal<T> {
    return computed(() => catalog[this.language()]);
  }

  label(text: LocalizedText): string {
    return text[this.language()];
  }

  /** Formats an ISO date or date-time; a bare date (YYYY-MM-DD) is read as a calendar day, not UTC midnight. */
  formatDate(value: string | Date | null | undefined, style: DateStyle = 'date'): string {
    if (value === null || value === undefined || value === '') {
      return '';
    }
    const date =
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
    if (Number.isNaN(date.getTime())) {
      return '';
    }
    return this.formatter(style).format(date);
  }

  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.locale(), options).format(value);
  }

  private formatter(style: DateStyle): Intl.DateTimeFormat {
    const key = `${this.language()}:${style}`;
    let formatter = this.formatters.get(key);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(this.locale(), DATE_FORMATS[style]);
      this.formatters.set(key, formatter);
    }
    return formatter;
  }

  private readStoredLanguage(): Language {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
    } catch {
      return DEFAULT_LANGUAGE;
    }
  }
}
