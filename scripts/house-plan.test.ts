import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The house plan is a lint rule (eslint.config.js, import-x/no-restricted-paths): these cases
 * lint one import from a file placed on one floor, and check that the rule rejects every import
 * that runs across features or up the house, and lets the others through.
 */
const eslint = new ESLint();

async function problemsOf(filePath: string, importLine: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${importLine}\nexport const probe = used;\n`, {
    filePath,
  });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths')
    .map((m) => m.message);
}

describe('the house plan', () => {
  it('rejects a feature importing another feature', async () => {
    expect(
      await problemsOf(
        'src/features/details/Probe.ts',
        "import { EventList as used } from '../list/EventList';",
      ),
    ).toEqual([expect.stringMatching(/never imports another feature/)]);
  });

  it('rejects a feature importing the app shell', async () => {
    expect(
      await problemsOf(
        'src/features/list/Probe.ts',
        "import { App as used } from '../../app/App';",
      ),
    ).toEqual([expect.stringMatching(/never import the app/)]);
  });

  it('rejects a shared layer importing a feature or the app', async () => {
    expect(
      await problemsOf(
        'src/domain/events/Probe.ts',
        "import { TimelineView as used } from '../../features/timeline/TimelineView';",
      ),
    ).toEqual([expect.stringMatching(/never import a feature/)]);
    expect(
      await problemsOf(
        'src/components/Probe.ts',
        "import { LoadedTimeline as used } from '../app/LoadedTimeline';",
      ),
    ).toEqual([expect.stringMatching(/never import the app/)]);
  });

  it('rejects the domain importing UI, and i18n importing anything above it', async () => {
    expect(
      await problemsOf(
        'src/domain/dates/Probe.ts',
        "import { ErrorBox as used } from '../../components/ErrorBox';",
      ),
    ).toEqual([expect.stringMatching(/domain is below the UI/)]);
    expect(
      await problemsOf('src/i18n/Probe.ts', "import { DAY as used } from '../domain/dates/time';"),
    ).toEqual([expect.stringMatching(/lowest layer/)]);
  });

  it('lets imports run down the house and within a feature', async () => {
    for (const [file, line] of [
      [
        'src/app/Probe.ts',
        "import { TimelineView as used } from '../features/timeline/TimelineView';",
      ],
      [
        'src/features/details/Probe.ts',
        "import { ErrorBox as used } from '../../components/ErrorBox';",
      ],
      ['src/features/timeline/Probe.ts', "import { useStage as used } from './useStage';"],
      ['src/components/Probe.ts', "import { useI18n as used } from '../i18n/useI18n';"],
      ['src/domain/events/Probe.ts', "import { LOCALES as used } from '../../i18n/languages';"],
    ] as const) {
      expect(await problemsOf(file, line), `${file}: ${line}`).toEqual([]);
    }
  });
});
