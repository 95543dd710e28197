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
