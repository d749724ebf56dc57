import { join } from 'node:path';
import * as api from '../../src/export/index.js';
import { describeTsdocExamples } from '../_lib/tsdoc-examples.js';

describeTsdocExamples({
  name: 'src/export',
  root: join(import.meta.dirname, '../../src/export'),
  api,
  minExamples: 20,
  minChecks: 20,
});
