import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTitles } from '../../../../src/arabic/names/_lib/titles.js';
import { splitWords } from '../../../../src/arabic/names/_lib/tokenize.js';

/** The name's words as the name tokenizer folds them, as the callers pass them. */
const titlesOf = (name: string): boolean[] => readTitles(splitWords(name).map((w) => w.text));

describe('readTitles', () => {
  it('takes the definite complement of a title in the construct state: the post, not the person', () => {
    // وزير الداخلية | عبد الوافي لفتيت
    expect(titlesOf('وزير الداخلية عبد الوافي لفتيت')).toEqual([false, true]);
    // وزير الداخلية الإسباني | فرناندو غراندي مارلاسكا: the adjective agrees with the complement
    expect(titlesOf('وزير الداخلية الإسباني فرناندو غراندي مارلاسكا')).toEqual([false, true, true]);
    // رئيس الحكومة | العثماني: the last word is never a title
    expect(titlesOf('رئيس الحكومة العثماني')).toEqual([false, true]);
    // صاحب السمو الملكي الأمير | مولاي الحسن
    expect(titlesOf('صاحب السمو الملكي الأمير مولاي الحسن')).toEqual([false, true, true, true]);
    expect(titlesOf('ولي العهد الأمير محمد بن سلمان')).toEqual([false, true, true]);
  });

  it('takes a لل- word, and the ال- words after it, after any title', () => {
    // المدير العام للأمن الوطني | عبد اللطيف حموشي
    expect(titlesOf('المدير العام للأمن الوطني عبد اللطيف حموشي')).toEqual([false, true, true, true]);
  });

  it('leaves an ال- word after a definite title, or after د, to the name', () => {
    expect(titlesOf('السيد الحبيب الصيد')).toEqual([false]);
    expect(titlesOf('الأمير الحسن بن طلال')).toEqual([false]);
    expect(titlesOf('د. الحبيب الجملي')).toEqual([false]);
    // continuations that are listed still join: الفريق أول، اللواء الركن
    expect(titlesOf('الفريق أول السعيد شنقريحة')).toEqual([false, true]);
    expect(titlesOf('اللواء الركن محمد')).toEqual([false, true]);
  });

  it('reads titles written with a hamza on its seat (النائب، القائد، الرائد)', () => {
    expect(titlesOf('النائب محمد بن علي')).toEqual([false]);
    expect(titlesOf('القائد محمد')).toEqual([false]);
    expect(titlesOf('الرائد سالم')).toEqual([false]);
    expect(titlesOf('الرئيس عبد المجيد تبون')).toEqual([false]);
  });

  it('reads Latin titles, and no complement after them', () => {
    expect(titlesOf('Dr. Mohamed El Baradei')).toEqual([false]);
    expect(titlesOf('Mr Abdelouafi Laftit')).toEqual([false]);
  });

  it('never takes the last word, never throws, and stops at the first word that is not a title', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('وزير', 'الداخلية', 'للأمن', 'السيد', 'dr', 'العام'))),
        (words) => {
          const titles = readTitles(words);
          expect(titles.length).toBeLessThanOrEqual(Math.max(0, words.length - 1));
          if (titles.length > 0) expect(titles[0]).toBe(false);
        },
      ),
    );
  });
});
