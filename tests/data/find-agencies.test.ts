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
    ['مكتب التحقيقات الفدرالي', 'agency.us-fbi'],
    ['وكالة المُخابرات المركزية', 'agency.us-cia'],
    ['الدرك الملكي', 'agency.ma-gr'],
    ['الحرس المدني', 'agency.es-gc'],
    ['الإنتربول', 'agency.interpol'],
    // Latin acronyms and names, in any case and with or without accents
    ['FBI', 'agency.us-fbi'],
    ['F.B.I.', 'agency.us-fbi'],
    ['fbi', 'agency.us-fbi'],
    ['Guardia Civil', 'agency.es-gc'],
    ['policia nacional', 'agency.es-pn'],
    ['Policía Nacional', 'agency.es-pn'],
    ['Centro Nacional de Inteligencia', 'agency.es-cni'],
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
    expect(ids('الأمن الوطني')).toEqual(['agency.ma-dgsn', 'agency.dz-dgsn', 'agency.tn-dgsn', 'agency.eg-nsa']);
  });

  it("returns every country's agency for a shared name, and narrows by country", () => {
    expect(ids('DGSN')).toEqual(['agency.ma-dgsn', 'agency.dz-dgsn', 'agency.tn-dgsn', 'agency.mr-dgsn']);
    expect(ids('المديرية العامة للأمن الوطني')).toEqual(['agency.ma-dgsn', 'agency.dz-dgsn']);
    expect(ids('Direction générale de la sécurité intérieure')).toEqual(['agency.fr-dgsi', 'agency.dz-dgsi']);
    const by = (query: string, country: string): string[] => findAgencies(query, { country }).map((a) => a.id);
    expect(by('DGSN', 'MA')).toEqual(['agency.ma-dgsn']);
    expect(by('DGSN', 'mr')).toEqual(['agency.mr-dgsn']);
    expect(by('Direction générale de la sécurité intérieure', 'DZ')).toEqual(['agency.dz-dgsi']);
    expect(by('وزارة الداخلية', 'LB')).toEqual(['agency.lb-interior']);
    expect(by('Ministry of Interior', 'IQ')).toEqual(['agency.iq-interior']);
    expect(by('Interpol', 'MA')).toEqual([]);
    expect(ids('وزارة الداخلية').length).toBeGreaterThan(10);
  });

  it('ranks partial matches by how much of the name the query covers', () => {
    // "الدرك الوطني" is the whole short name of Algeria's gendarmerie and part of longer names.
    const found = findAgencies('قوات الدرك').map((a) => a.id);
    expect(found[0]).toBe('agency.jo-gendarmerie');
  });

  it('finds nothing for empty, punctuation-only, short or unknown queries', () => {
    for (const q of ['', '   ', '...', 'de', 'nothing like this', 'KGB']) expect(findAgencies(q)).toEqual([]);
  });
});
