import { ErrorBox } from '../components/ErrorBox';
import { DatasetLoadError } from '../domain/dataset/fetchFile';
import type { Messages } from '../i18n/messages/en';
import { useI18n } from '../i18n/useI18n';

const SHOWN_PROBLEMS = 10;

/** What went wrong loading a dataset, with a way to try again; never a blank page. */
export function DatasetError({
  error,
  onRetry,
  headingRef,
}: {
  error: Error;
  onRetry: () => void;
  /** The heading, once shown (focus goes there after Retry). */
  headingRef?: (heading: HTMLHeadingElement | null) => void;
}) {
  const { t, language } = useI18n();
  const loadError = error instanceof DatasetLoadError ? error : null;
  const problems = loadError?.problems ?? [];
  return (
    <main className="p-4">
      <ErrorBox
        className="mx-auto mt-6 max-w-2xl p-6"
        heading={
          <h1 ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
            {t.app.loadFailed}
          </h1>
        }
        onRetry={onRetry}
        actions={
          <a className="rounded-md px-4 py-1.5 font-medium text-red-900 underline" href="?">
            {t.app.openDefault}
          </a>
        }
      >
        <p className="mt-2">
          {loadError ? describeLoadError(loadError, t.app.loadError) : error.message}
        </p>
        {loadError && (
          <p className="mt-1 text-sm break-all">
            {t.app.datasetLabel} <code>{loadError.url}</code>
          </p>
        )}
        {problems.length > 0 && (
          <>
            <h2 className="mt-4 font-semibold">
              {t.app.problemsHeading(SHOWN_PROBLEMS, problems.length)}
            </h2>
            {language !== 'en' && <p className="text-sm">{t.app.problemsInEnglish}</p>}
            <ul lang="en" className="mt-1 list-disc space-y-1 pl-6 text-sm">
              {problems.slice(0, SHOWN_PROBLEMS).map((p) => (
                <li key={`${p.path}: ${p.message}`}>
                  <code className="font-semibold">{p.path}</code>
                  {p.eventId && <> {t.app.problemEvent(p.eventId)}</>}: {p.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </ErrorBox>
    </main>
  );
}

/** Why loading failed, in the reader's language. */
function describeLoadError(error: DatasetLoadError, words: Messages['app']['loadError']): string {
  switch (error.kind) {
    case 'http':
      return words.http(error.status ?? 0);
    case 'invalid':
      return words.invalid(error.problems.length);
    default:
      return words[error.kind];
  }
}
