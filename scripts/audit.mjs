// `npm run audit` (part of `npm test`): the security gate of issue 10 — no high or critical advisory in the
// dependencies the dashboard ships (`npm audit --omit=dev`). The advisory database is online: where the registry
// does not serve it (a mirror answering 405, or no network), this says so plainly instead of passing; a report that
// names high or critical advisories fails.
import { spawnSync } from 'node:child_process';
import { auditVerdict } from './audit-verdict.mjs';

// npm is a .cmd on Windows, which only a shell runs.
const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
  encoding: 'utf8',
  timeout: 60_000,
  shell: process.platform === 'win32',
});
const verdict = auditVerdict(run.stdout, `${run.stderr ?? ''}${run.error ? `\n${run.error.message}` : ''}`);
(verdict.ran && !verdict.ok ? console.error : console.log)(verdict.text);
process.exit(verdict.ran && !verdict.ok ? 1 : 0);
