/**
 * The body of a consumer's smoke script: loads every public entry of the installed package and
 * calls one real export of each. Written once, emitted as ESM (`import`) and as CJS (`require`).
 */
export const ENTRY_CHECKS = `
const results = {};
const arabic = await load('tansiq/arabic');
results.arabicDate = arabic.parseArabicDate('18 دجنبر 2021').iso;
results.arabicName = arabic.namesMatch('عبد اللطيف حموشي', 'Abdellatif Hammouchi');
const schemas = await load('tansiq/schemas');
results.schemaRejects = schemas.RecordSchema.safeParse({ type: 'person' }).success;
const data = await load('tansiq/data');
results.fbi = data.getAgency('agency.us-fbi')?.id;
results.fbiInArabic = data.findAgencies('أف بي آي')[0].id;
results.gctfCoChairs = data.coChairsOn('forum.gctf', '2020-09-29').map((p) => p.country);
const validate = await load('tansiq/validate');
const report = await validate.validateRecords([{ type: 'person', id: 'agency.x' }]);
results.validateErrors = report.summary.errors > 0;
const extract = await load('tansiq/extract');
results.extractedLaftit = extract.extractMentions('وزير الداخلية عبد الوافي لفتيت').find((m) => m.kind === 'person')?.ref?.id;
const root = await load('tansiq');
results.rootSame = root.parseArabicDate === arabic.parseArabicDate && root.RecordSchema === schemas.RecordSchema;
results.jsonSchema = typeof resolveFile('tansiq/json-schema/record.json');
results.packageJson = (await loadJson('tansiq/package.json')).name;
console.log(JSON.stringify(results));
`;

export const EXPECTED = {
  arabicDate: '2021-12-18',
  arabicName: true,
  schemaRejects: false,
  fbi: 'agency.us-fbi',
  fbiInArabic: 'agency.us-fbi',
  gctfCoChairs: ['MA', 'CA'],
  validateErrors: true,
  extractedLaftit: 'person.abdelouafi-laftit',
  rootSame: true,
  jsonSchema: 'string',
  packageJson: 'tansiq',
};

export const ESM_SCRIPT = `
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const load = (id) => import(id);
const loadJson = async (id) => require(id);
const resolveFile = (id) => import.meta.resolve(id);
${ENTRY_CHECKS}`;

export const CJS_SCRIPT = `
const load = async (id) => require(id);
const loadJson = async (id) => require(id);
const resolveFile = (id) => require.resolve(id);
(async () => {
${ENTRY_CHECKS}
})().catch((error) => { console.error(error); process.exit(1); });`;
