/** The public code entry points: package.json `exports`, tsup `entry`, TypeDoc `entryPoints` and the README table follow this list. */
export const ENTRIES = [
  { specifier: 'tansiq', subpath: '.', dist: 'index', src: 'src/index.ts' },
  { specifier: 'tansiq/arabic', subpath: './arabic', dist: 'arabic/index', src: 'src/arabic/index.ts' },
  { specifier: 'tansiq/schemas', subpath: './schemas', dist: 'schemas/index', src: 'src/schemas/index.ts' },
  { specifier: 'tansiq/data', subpath: './data', dist: 'data/index', src: 'src/data/index.ts' },
  { specifier: 'tansiq/validate', subpath: './validate', dist: 'validate/index', src: 'src/validate/index.ts' },
  { specifier: 'tansiq/extract', subpath: './extract', dist: 'extract/index', src: 'src/extract/index.ts' },
  { specifier: 'tansiq/export', subpath: './export', dist: 'export/index', src: 'src/export/index.ts' },
] as const;
