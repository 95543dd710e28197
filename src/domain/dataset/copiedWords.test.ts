import { describe, expect, it } from 'vitest';
import {
  copiedFrom,
  longestSharedRun,
  ownParts,
  sentences,
  tokens,
  wordCount,
} from './copiedWords';

describe('tokens', () => {
  it('lower-cases words, ignores punctuation and treats each CJK character as a token', () => {
    expect(tokens('The group’s union—founded 1997!')).toEqual([
      'the',
      "group's",
      'union',
      'founded',
      '1997',
    ]);
    expect(tokens('包钢 1959年')).toEqual(['包', '钢', '1959', '年']);
  });

  it('weighs a CJK character as half a word', () => {
    expect(wordCount(tokens('two words'))).toBe(2);
    expect(wordCount(tokens('包钢集团'))).toBe(2);
  });
});

describe('sentences and ownParts', () => {
  it('splits sentences in English and Chinese', () => {
    expect(sentences('One. Two? 三。四！')).toEqual(['One.', 'Two?', '三。', '四！']);
  });

  it('leaves out what is inside quotation marks', () => {
    expect(ownParts('It says “we lead” and "we grow", 称「领先」。')).toEqual([
      'It says',
      'and',
      ', 称',
      '。',
    ]);
  });
});

describe('longestSharedRun', () => {
  it('finds the longest run of shared words, ignoring case and punctuation', () => {
    expect(longestSharedRun('a b c d x', 'z A, B c d y b c')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('is empty when nothing is shared', () => {
    expect(longestSharedRun('one two', 'three four')).toEqual([]);
  });
});

describe('copiedFrom', () => {
  const passage = 'one two three four five six seven eight nine ten eleven twelve thirteen';

  it('reports a run of twelve words', () => {
    expect(copiedFrom(`x ${passage.split(' ').slice(0, 12).join(' ')} y`, passage)).toBe(
      'one two three four five six seven eight nine ten eleven twelve',
    );
  });

  it('lets eleven words pass inside a longer sentence', () => {
    expect(copiedFrom(`x ${passage.split(' ').slice(0, 11).join(' ')} y`, passage)).toBeNull();
  });

  it('reports a whole sentence of six words or more, not a shorter one', () => {
    expect(copiedFrom('Four five six seven eight nine. Later.', passage)).toBe(
      'four five six seven eight nine',
    );
    expect(copiedFrom('Four five six seven eight. Later.', passage)).toBeNull();
  });

  it('does not bridge a quotation: words on either side are separate parts', () => {
    const quoted = `one two three four five six “seven” eight nine ten eleven twelve`;
    expect(copiedFrom(quoted, passage)).toBeNull();
  });
});
