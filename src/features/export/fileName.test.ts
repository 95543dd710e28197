import { describe, expect, it } from 'vitest';
import { pictureFileName } from './fileName';

/** 1 January of a year; Date.UTC alone reads years 0–99 as 1900–1999. */
const year = (y: number) => new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(y);

describe('pictureFileName', () => {
  it('names the dataset and the years of the window', () => {
    expect(pictureFileName('Baogang Group', [year(1950), year(1966)], 'svg')).toBe(
      'baogang-group-1950-1965.svg',
    );
    expect(pictureFileName('Baogang Group', [year(1950), year(1966)], 'png', 'slide')).toBe(
      'baogang-group-1950-1965-slide.png',
    );
  });

  it('gives one year for a window within a year, and keeps Chinese titles', () => {
    expect(pictureFileName('包钢集团', [Date.UTC(1959, 8, 1), Date.UTC(1959, 9, 1)], 'png')).toBe(
      '包钢集团-1959.png',
    );
  });

  it('makes anything else into hyphens, so a title cannot name a path', () => {
    expect(pictureFileName('../../etc/passwd <x>', [year(2000), year(2001)], 'svg')).toBe(
      'etc-passwd-x-2000.svg',
    );
    expect(pictureFileName('***', [year(-44), year(1)], 'svg')).toBe('timeline-45bce-1bce.svg');
  });
});
