/**
 * `npm run validate:data` = `tsx scripts/validate-data.ts [dir]` (default `data`).
 * Prints each problem as `file › record id › field: what is wrong`, then a summary; exits 1 on any problem. It also
 * fails when a data file uses a character the PDF font lacks (scripts/pdf-font-coverage.ts).
 */
import { checkPdfFont, formatMissingCharacter } from './pdf-font-coverage';
import { formatProblem, inspectDataDir } from './validate-data-lib';

const dir = process.argv[2] ?? 'data';
const { problems, files, records } = await inspectDataDir(dir);
for (const p of problems) console.error(formatProblem(p));
const unprintable = checkPdfFont(dir);
for (const m of unprintable) console.error(formatMissingCharacter(m));
const count = problems.length + unprintable.length;
if (count === 0) {
  console.log(`data OK: ${files} files, ${records} records`);
} else {
  console.error(`${count} problem${count === 1 ? '' : 's'}`);
  process.exitCode = 1;
}
