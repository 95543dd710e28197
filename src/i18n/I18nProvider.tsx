import { use, useEffect, useMemo, type ReactNode } from 'react';
import { I18nContext, makeI18n } from './useI18n';
import type { Language } from './languages';
import { en, type Messages } from './messages/en';

const loading = new Map<Language, Promise<Messages>>();

/** English ships with the app; other languages are fetched the first time they are used. */
function messagesFor(language: Language): Promise<Messages> {
  let promise = loading.get(language);
  if (!promise) {
    promise =
      language === 'en' ? Promise.resolve(en) : import('./messages/zh').then(({ zh }) => zh);
    loading.set(language, promise);
  }
  return promise;
}

/** Gives the tree its language; suspends while a language other than English loads. */
export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const t = language === 'en' ? en : use(messagesFor(language));
  const value = useMemo(() => makeI18n(language, t), [language, t]);
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);
  return <I18nContext value={value}>{children}</I18nContext>;
}
