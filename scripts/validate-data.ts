/**
 * `npm run validate:data` = `tsx scripts/validate-data.ts [dir]` (default `data`).
 * Prints each problem as `file › record id › field: what is wrong`, then a summary; exits 1 on any problem.
 */
import { formatProblem, inspectDataDir } from './validate-data-lib';

const dir = process.argv[2] ?? 'data';
const { problems, files, records } = await inspectDataDir(dir);
for (const p of problems) console.error(formatProblem(p));
if (problems.length === 0) {
  console.log(`data OK: ${files} files, ${records} records`);
} else {
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exitCode = 1;
}
