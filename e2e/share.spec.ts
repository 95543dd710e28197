import { expect, test, type Locator, type Page } from '@playwright/test';
import { FIRST_IRON, serveDataset } from './support/app';
import { presenter, slideTitle } from './support/present';

const VIEW = '?from=1950&to=1970&cat=production,construction&event=first-iron-1959';

async function openShare(page: Page, query: string) {
  await page.goto(`./${query}`);
  // Generous: shared test machines can be slow to load the page and the dialog's code.
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  return dialog;
}

/** The iframe the code describes, read by the browser's own HTML parser. */
async function parseIframe(page: Page, code: Locator) {
  const html = await code.inputValue();
  return page.evaluate((html) => {
    const body = new DOMParser().parseFromString(html, 'text/html').body;
    const frames = body.querySelectorAll('iframe');
    const frame = frames[0];
    return {
      count: body.children.length,
      frames: frames.length,
      attributes: Object.fromEntries(
        [...(frame?.attributes ?? [])].map((attribute) => [attribute.name, attribute.value]),
      ),
    };
  }, html);
}

test('the share dialog links to this exact view, and its iframe code loads the same view', async ({
  page,
}) => {
  test.slow();
  const dialog = await openShare(page, VIEW);
  await expect(dialog.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(page.url());

  const code = dialog.getByRole('textbox', { name: 'HTML code to embed' });
  let iframe = await parseIframe(page, code);
  expect(iframe).toMatchObject({ count: 1, frames: 1 });
  expect(iframe.attributes).toMatchObject({
    title: 'Baogang Group — timeline',
    loading: 'lazy',
    allow: 'fullscreen',
    width: '960',
    height: '540',
  });
  await dialog.getByRole('radio', { name: /^4:3/ }).check();
  iframe = await parseIframe(page, code);
  expect(iframe.attributes).toMatchObject({ width: '800', height: '600' });
  await dialog.getByRole('radio', { name: /^Square/ }).check();
  iframe = await parseIframe(page, code);
  expect(iframe.attributes).toMatchObject({ width: '600', height: '600' });

  // At rest: the same view, embedded.
  const src = iframe.attributes.src!;
  expect(new URL(src).searchParams.get('embed')).toBe('1');
  await page.goto(src);
  await expect(page.getByRole('heading', { level: 1, name: 'Baogang Group' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(
    page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: FIRST_IRON }),
  ).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('button', { name: /^Environment/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Timeline' })).not.toContainText('Environment');
  expect(page.url()).toBe(src);

  // In presenter mode with autoplay, from a page that holds the code as it was given.
  await page.goBack();
  await page.getByRole('button', { name: 'Share' }).click();
  await dialog.getByRole('checkbox', { name: 'Start in presenter mode' }).check();
  await dialog.getByRole('checkbox', { name: 'Autoplay every' }).check();
  await dialog.getByRole('spinbutton', { name: /Autoplay every/ }).fill('30');
  iframe = await parseIframe(page, code);
  const presenting = new URL(iframe.attributes.src!).searchParams;
  expect(presenting.get('present')).toBe('1');
  expect(presenting.get('play')).toBe('30');
  const html = await code.inputValue();
  await page.route(
    (url) => url.pathname.endsWith('/lesson.html'),
    (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html>${html}` }),
  );
  await page.goto('./lesson.html');
  const frame = page.frameLocator('iframe');
  await expect(slideTitle(frame)).toHaveText('No. 1 blast furnace taps its first iron', {
    timeout: 15_000,
  });
  await expect(presenter(frame).getByRole('button', { name: /^Pause, every 30 s/ })).toBeVisible();
});

test('Copy puts the text on the clipboard, or selects it and says so where that is refused', async ({
  page,
  context,
}) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const dialog = await openShare(page, VIEW);
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('No', 'NotAllowedError'));
  });
  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^Copying was not allowed here/);
  const code = dialog.getByRole('textbox', { name: 'HTML code to embed' });
  await expect(code).toBeFocused();
  const selection = await code.evaluate((field: HTMLTextAreaElement) => [
    field.selectionStart,
    field.selectionEnd,
    field.value.length,
  ]);
  expect(selection).toEqual([0, selection[2], selection[2]]);
});

test('Escape closes the dialog only, and focus returns to Share', async ({ page }) => {
  const dialog = await openShare(page, VIEW);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();
  await expect(
    page.getByRole('complementary', { name: 'No. 1 blast furnace taps its first iron' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/event=first-iron-1959/);
});

test('a title with quotes and markup stays inside its attribute in the iframe code', async ({
  page,
}) => {
  const title = `Tom's "<b>bold</b>" & <script>x</script> timeline`;
  await serveDataset(page, 'quoted.timeline.json', {
    format: 'timeline/1',
    title,
    categories: [{ id: 'c', label: 'C', color: '#334155' }],
    sources: [
      {
        id: 's',
        csl: { type: 'book', title: 'S' },
        text: 's.txt',
        sha256: 'a'.repeat(64),
        coverage: 'excerpt',
        rights: 'r',
      },
    ],
    events: [
      {
        id: 'e',
        title: 'E',
        summary: 'S',
        date: { edtf: '1959', label: '1959', basis: 'stated' },
        category: 'c',
        evidence: [{ source: 's', exact: 'x' }],
      },
    ],
  });
  const dialog = await openShare(page, '?dataset=data/quoted.timeline.json');
  const code = dialog.getByRole('textbox', { name: 'HTML code to embed' });
  await expect(code).toHaveValue(/&lt;script&gt;/);
  const iframe = await parseIframe(page, code);
  expect(iframe).toMatchObject({ count: 1, frames: 1 });
  expect(iframe.attributes.title).toBe(`${title} — timeline`);
  expect(new URL(iframe.attributes.src!).searchParams.get('dataset')).toBe(
    'data/quoted.timeline.json',
  );
});
