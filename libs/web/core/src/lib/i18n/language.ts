/** The interface speaks Dutch first; English is the second language. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

/** A text in both languages, the shape the shared contracts use for enum labels. */
export interface LocalizedText {
  nl: string;
  en: string;
}

/** A feature's messages in both languages; `en` is typed as `nl`, so a missing translation fails to compile. */
export type MessageCatalog<T> = Record<Language, T>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
