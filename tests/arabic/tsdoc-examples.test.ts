import { join } from 'node:path';
import * as api from '../../src/arabic/index.js';
import { describeTsdocExamples } from '../_lib/tsdoc-examples.js';

describeTsdocExamples({
  name: 'src/arabic',
  root: join(import.meta.dirname, '../../src/arabic'),
  api,
  minExamples: 30,
  minChecks: 40,
  // Examples whose stated results the runner cannot check yet (their layer's owners fix them).
  pending: [],
});
