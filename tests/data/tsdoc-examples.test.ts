import { join } from 'node:path';
import * as api from '../../src/data/index.js';
import { describeTsdocExamples } from '../_lib/tsdoc-examples.js';

describeTsdocExamples({
  name: 'src/data',
  root: join(import.meta.dirname, '../../src/data'),
  api,
  minExamples: 15,
  minChecks: 60,
});
