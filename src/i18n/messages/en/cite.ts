/** The citations dialog. */
export const cite = {
  heading: (title: string) => `Cite the sources of “${title}”`,
  style: (name: string) => `${name} style`,
  copy: (name: string) => `Copy ${name}`,
  copied: (name: string) => `${name} citation copied.`,
  copyRefused: 'Copying is not allowed here: the text is selected, copy it by hand.',
  download: 'Download CSL-JSON (for Zotero)',
};
