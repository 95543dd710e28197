import type { Language } from '../../i18n/languages';
import { edtfLabel } from '../dates/edtfLabel';
import type { Dataset } from './schema';

/**
 * The dataset as a reader of `language` sees it: its title, description, category labels and
 * event titles and summaries from its own `translations` where it has them, as written where it
 * has none. Date labels are the editors' in the dataset's own language, and otherwise said from
 * the EDTF date in the reader's. Quoted passages are never touched: a quote stays as its source
 * wrote it.
 */
export function localizeDataset(dataset: Dataset, language: Language): Dataset {
  const datasetLanguage = (dataset.language ?? 'en').split('-')[0];
  if (language === datasetLanguage) return dataset;
  const own = dataset.translations?.[language];
  return {
    ...dataset,
    title: own?.title ?? dataset.title,
    description: own?.description ?? dataset.description,
    categories: dataset.categories.map((category) => {
      const translated = category.translations?.[language];
      return translated
        ? {
            ...category,
            label: translated.label ?? category.label,
            description: translated.description ?? category.description,
          }
        : category;
    }),
    events: dataset.events.map((event) => {
      const translated = event.translations?.[language];
      return {
        ...event,
        title: translated?.title ?? event.title,
        summary: translated?.summary ?? event.summary,
        date: { ...event.date, label: edtfLabel(event.date.edtf, language) },
      };
    }),
  };
}

/**
 * The `lang` attribute for dataset text shown in a `language` interface: the text's own language
 * when it is another ("en" for an English source title in the Chinese interface), undefined when
 * it reads in the page's language or its language is not known.
 */
export function foreignLang(
  textLanguage: string | undefined,
  language: Language,
): string | undefined {
  if (!textLanguage) return undefined;
  return textLanguage.split('-')[0]?.toLowerCase() === language ? undefined : textLanguage;
}

/**
 * The `lang` attribute for dataset text that may be translated (an event's title, a category's
 * label): none where the dataset gives it in the interface's language (`translation`), the
 * dataset's own language where it does not, so that text shows as written and is read as such.
 */
export function datasetTextLang(
  translation: string | undefined,
  language: Language,
  datasetLanguage: string,
): string | undefined {
  return translation ? undefined : foreignLang(datasetLanguage, language);
}
