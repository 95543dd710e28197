/** The interface languages. Adding one means a catalogue in messages/ and its date words. */
export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The locale used for numbers and sorting in each language. */
export const LOCALES: Record<Language, string> = { en: 'en-GB', zh: 'zh-CN' };

/** Each language's own name, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', zh: '中文' };

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages that we speak ("zh-TW" counts as zh), else English. */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLanguage(base)) return base;
  }
  return 'en';
}
