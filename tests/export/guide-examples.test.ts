// The examples of docs/guides/exporting.md, run by the shared example runner with the results
// they show.
import { resolve } from 'node:path';
import * as api from '../../src/export/index.js';
import { describeMarkdownExamples } from '../_lib/tsdoc-examples.js';

describeMarkdownExamples({
  name: 'docs/guides/exporting.md',
  path: resolve(import.meta.dirname, '../../docs/guides/exporting.md'),
  api,
  minExamples: 0,
  minChecks: 2,
});
