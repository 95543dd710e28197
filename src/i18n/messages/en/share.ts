/** The share dialog: a link to this view, and the code that embeds it. */
export const share = {
  heading: 'Share this view',
  link: 'Link to this view',
  copyLink: 'Copy link',
  embed: 'Embed in a web page',
  code: 'HTML code to embed',
  copyCode: 'Copy code',
  copied: 'Copied.',
  copyRefused:
    'Copying was not allowed here. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  size: 'Size',
  presets: { slide: '16:9 slide', standard: '4:3', square: 'Square' },
  startPresenting: 'Start in presenter mode',
  autoplay: 'Autoplay every',
  seconds: 'seconds',
  slideTools:
    'Google Slides, Keynote and PowerPoint take no embedded pages: put the picture from Download in the toolbar on your slide instead. Its footer carries the link to this view.',
  frameTitle: (title: string) => `${title} — timeline`,
  close: 'Close',
};
