import { join } from 'node:path';
import * as api from '../../src/extract/index.js';
import { describeTsdocExamples } from '../_lib/tsdoc-examples.js';

describeTsdocExamples({
  name: 'src/extract',
  root: join(import.meta.dirname, '../../src/extract'),
  api,
  minExamples: 12,
  minChecks: 12,
  timeout: 30_000,
});
