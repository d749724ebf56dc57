import { join } from 'node:path';
import * as api from '../../src/validate/index.js';
import { describeTsdocExamples } from '../_lib/tsdoc-examples.js';

describeTsdocExamples({
  name: 'src/validate',
  root: join(import.meta.dirname, '../../src/validate'),
  api,
  minExamples: 25,
  minChecks: 15,
  timeout: 30_000,
  // Examples that do not run or whose stated results differ (their layer's owners fix them).
  pending: [],
});
