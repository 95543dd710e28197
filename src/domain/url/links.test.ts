import { describe, expect, it } from 'vitest';
import { absoluteViewUrl, viewHref } from './links';

describe('links to views', () => {
  const state = {
    dataset: 'https://example.org/t.json',
    view: 'timeline' as const,
    from: '1950',
    to: '1970',
    cat: ['production'],
    q: 'iron',
    event: 'a',
    embed: true as const,
  };

  it('keep the dataset and the view, changing only what they say', () => {
    expect(viewHref(state, { event: 'b', source: 's' })).toBe(
      '?dataset=https://example.org/t.json&from=1950&to=1970&cat=production&q=iron&event=b&source=s&embed=1',
    );
  });

  it('can leave a parameter out, and still link somewhere when nothing is left', () => {
    expect(absoluteViewUrl('https://site.org/app/?x=1#top', state, { embed: undefined })).toBe(
      'https://site.org/app/?dataset=https://example.org/t.json&from=1950&to=1970&cat=production&q=iron&event=a',
    );
    expect(viewHref({ view: 'timeline' })).toBe('?');
    expect(absoluteViewUrl('https://site.org/app/', { view: 'timeline' })).toBe(
      'https://site.org/app/',
    );
  });
});
