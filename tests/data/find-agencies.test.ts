import { describe, expect, it } from 'vitest';
import { findAgencies } from '../../src/data/index.js';

const ids = (query: string): string[] => findAgencies(query).map((a) => a.id);

describe('findAgencies', () => {
  it.each([
    // Arabic press spellings of acronyms
    ['أف بي آي', 'agency.us-fbi'],
    ['إف بي آي', 'agency.us-fbi'],
    ['إف.بي.آي', 'agency.us-fbi'],
    ['الـ"إف بي آي"', 'agency.us-fbi'],
    ['الإف بي أي', 'agency.us-fbi'],
    ['سي آي إيه', 'agency.us-cia'],
    ['سي آي أي', 'agency.us-cia'],
    ['ديستي', 'agency.ma-dgst'],
    ['دي إس تي', 'agency.ma-dgst'],
    ['لادجيد', 'agency.ma-dged'],
    // Arabic names, with or without the article and diacritics
    ['مراقبة التراب الوطني', 'agency.ma-dgst'],
    ['المديرية العامة للأمن الوطني', 'agency.ma-dgsn'],
    ['مكتب التحقيقات الفدرالي', 'agency.us-fbi'],
    ['وكالة المُخابرات المركزية', 'agency.us-cia'],
    ['الدرك الملكي', 'agency.ma-gr'],
    ['الحرس المدني', 'agency.es-gc'],
    ['الإنتربول', 'agency.interpol'],
    // Latin acronyms and names, in any case and with or without accents
    ['FBI', 'agency.us-fbi'],
    ['F.B.I.', 'agency.us-fbi'],
    ['fbi', 'agency.us-fbi'],
    ['DGSN', 'agency.ma-dgsn'],
    ['Guardia Civil', 'agency.es-gc'],
    ['policia nacional', 'agency.es-pn'],
    ['Policía Nacional', 'agency.es-pn'],
    ['Centro Nacional de Inteligencia', 'agency.es-cni'],
    ['Direction générale de la sécurité intérieure', 'agency.fr-dgsi'],
    ['DGSE', 'agency.fr-dgse'],
    ['Europol', 'agency.europol'],
    ['Interpol', 'agency.interpol'],
    ['Oficina Federal de Investigaciones', 'agency.us-fbi'],
    ['Bureau of Counterterrorism', 'agency.us-state-ct'],
  ])('%s → %s', (query, id) => {
    expect(ids(query)).toEqual([id]);
  });

  it('falls back to names that contain the query as whole words', () => {
    expect(ids('Investigation')).toEqual(expect.arrayContaining(['agency.us-fbi', 'agency.ma-bcij']));
    expect(ids('التحقيقات الفيدرالي')).toEqual(['agency.us-fbi']);
  });

  it('prefers exact names over partial ones', () => {
    expect(ids('الأمن الوطني')).toEqual(['agency.ma-dgsn']);
  });

  it('finds nothing for empty, punctuation-only, short or unknown queries', () => {
    for (const q of ['', '   ', '...', 'de', 'nothing like this', 'KGB']) expect(findAgencies(q)).toEqual([]);
  });
});
