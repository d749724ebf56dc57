import { h, library, setDirection } from './lib.js';
import type { Panel } from './lib.js';

const STYLES = [
  ['maghreb', 'Maghreb (French-based: Abdellatif Hammouchi)'],
  ['mashreq', 'Mashreq (English-based: Abdul Latif)'],
  ['ala-lc', 'ALA-LC (scholarly: ʻAbd al-Laṭīf)'],
] as const;

function field(id: string, label: string, value: string): [HTMLLabelElement, HTMLInputElement] {
  const input = h('input', { id, type: 'text', dir: 'auto', autocomplete: 'off', spellcheck: 'false' });
  input.value = value;
  return [h('label', { for: id }, label), input];
}

/** Two names compared (score and match), and a name romanized in the chosen style. */
export const namesPanel: Panel = {
  id: 'names',
  title: 'Names',
  mount(section) {
    const arabic = () => library('arabic');

    const [labelA, nameA] = field('tq-name-a', 'First name', 'عبد اللطيف حموشي');
    const [labelB, nameB] = field('tq-name-b', 'Second name', 'Abdellatif Hammouchi');
    const score = h('output', { id: 'tq-name-score', for: 'tq-name-a tq-name-b' });
    const match = h('output', { id: 'tq-name-match', for: 'tq-name-a tq-name-b' });
    const compare = h(
      'fieldset',
      { class: 'tq-fieldset' },
      h('legend', {}, 'Compare two names (compareNames, namesMatch)'),
      h('div', { class: 'tq-field' }, labelA, nameA),
      h('div', { class: 'tq-field' }, labelB, nameB),
      h('p', { 'aria-live': 'polite' }, 'Score: ', score, ' — ', match),
    );

    const [labelR, nameR] = field('tq-romanize-name', 'Arabic name', 'عبد اللطيف حموشي');
    const style = h(
      'select',
      { id: 'tq-romanize-style' },
      ...STYLES.map(([value, label]) => h('option', { value }, label)),
    );
    const romanized = h('output', { id: 'tq-romanized', for: 'tq-romanize-name tq-romanize-style', lang: 'en' });
    const romanize = h(
      'fieldset',
      { class: 'tq-fieldset' },
      h('legend', {}, 'Romanize a name (romanizeArabicName)'),
      h('div', { class: 'tq-field' }, labelR, nameR),
      h('div', { class: 'tq-field' }, h('label', { for: 'tq-romanize-style' }, 'Style'), style),
      h('p', { 'aria-live': 'polite' }, 'Romanized: ', romanized),
    );
    section.append(compare, romanize);

    const updateCompare = () => {
      const value = arabic().compareNames(nameA.value, nameB.value);
      score.textContent = value.toFixed(2);
      const same = arabic().namesMatch(nameA.value, nameB.value);
      match.textContent = same
        ? `match (≥ ${arabic().NAME_MATCH_THRESHOLD})`
        : `no match (< ${arabic().NAME_MATCH_THRESHOLD})`;
      match.className = same ? 'tq-yes' : 'tq-no';
      setDirection(nameA, nameA.value);
      setDirection(nameB, nameB.value);
    };
    const updateRomanize = () => {
      const chosen = STYLES.find(([value]) => value === style.value)?.[0] ?? 'maghreb';
      romanized.textContent = arabic().romanizeArabicName(nameR.value, { style: chosen });
      setDirection(nameR, nameR.value);
    };
    for (const input of [nameA, nameB]) input.addEventListener('input', updateCompare);
    nameR.addEventListener('input', updateRomanize);
    style.addEventListener('change', updateRomanize);
    updateCompare();
    updateRomanize();
  },
};
