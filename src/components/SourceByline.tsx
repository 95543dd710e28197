import { sourceByline } from '../domain/dataset/describeSource';
import { foreignLang } from '../domain/dataset/localize';
import type { Source } from '../domain/dataset/schema';
import { useI18n } from '../i18n/useI18n';

/**
 * "China Daily · 12 April 2023": the publisher as the dataset names it, marked with the
 * dataset's language, and the date in the interface's words.
 */
export function SourceByline({
  source,
  datasetLanguage,
}: {
  source: Source;
  datasetLanguage: string;
}) {
  const { language } = useI18n();
  const { publisher, date } = sourceByline(source, language);
  return (
    <>
      {publisher && (
        <>
          <span lang={foreignLang(datasetLanguage, language)}>{publisher}</span> ·{' '}
        </>
      )}
      {date}
    </>
  );
}
