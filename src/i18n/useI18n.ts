import { createContext, useContext } from 'react';
import { LOCALES, type Language } from './languages';
import { en, type Messages } from './messages/en';

export interface I18n {
  language: Language;
  /** The interface's words in this language. */
  t: Messages;
  /** BCP 47 locale for Intl formatting. */
  locale: string;
}

export function makeI18n(language: Language, t: Messages): I18n {
  const locale = LOCALES[language];
  return { language, t, locale };
}

export const I18nContext = createContext<I18n>(makeI18n('en', en));

/** The interface's language and words, as the nearest I18nProvider gives them. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
