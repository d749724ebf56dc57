// The `tansiq` bin (ESM). The build adds the shebang. Not importable as a library: everything it
// does is available from `tansiq/validate`, `tansiq/schemas` and `tansiq/arabic`.
import { main } from './_lib/main.js';

const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
process.exitCode = code;
