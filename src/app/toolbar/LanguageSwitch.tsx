import { useI18n } from '../../i18n/useI18n';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage, type Language } from '../../i18n/languages';

/** The interface language (`lang=` in the URL); each language is named in itself. */
export function LanguageSwitch({ onChange }: { onChange: (language: Language) => void }) {
  const { t, language } = useI18n();
  return (
    <select
      aria-label={t.toolbar.language}
      value={language}
      onChange={(event) => {
        if (isLanguage(event.target.value)) onChange(event.target.value);
      }}
      className="rounded-md border border-stone-400 bg-white px-1.5 py-1 text-sm"
    >
      {LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code === 'zh' ? 'zh-CN' : code}>
          {LANGUAGE_NAMES[code]}
        </option>
      ))}
    </select>
  );
}
