import { join } from 'node:path';
import * as api from '../../src/schemas/index.js';
import { describeTsdocExamples } from '../_lib/tsdoc-examples.js';

describeTsdocExamples({
  name: 'src/schemas',
  root: join(import.meta.dirname, '../../src/schemas'),
  api,
  minExamples: 80,
  minChecks: 100,
});
