/**
 * The core of `npm run validate:data`: reads every file in a data directory, validates the envelope, then each record
 * with the registry schemas, then the cross-references between files, and checks each file's `asOf`.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  checkCrossReferences,
  newestDate,
  sourceIdsUsed,
  type DataFiles,
  type Problem,
} from '../src/data/cross-references';
import { pathOf, recordIdOf, recordLine } from '../src/data/record-walk';
import { envelopeSchema } from '../src/data/schemas/common';
import { DATASET_NAMES, recordSchemas, type DatasetName } from '../src/data/schemas/registry';

export type { Problem };

export interface DataDirReport {
  problems: Problem[];
  files: number;
  records: number;
}

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** One line per problem: `file › record id › field: what is wrong`. */
export function formatProblem(p: Problem): string {
  return recordLine(p.file, p.recordId, p.field, p.message);
}

export async function inspectDataDir(dir: string): Promise<DataDirReport> {
  const problems: Problem[] = [];
  const validFiles: DataFiles = {};
  const rawFiles: DataFiles = {};
  const rejected = new Set<string>();
  const asOfByFile = new Map<DatasetName, string>();
  let files = 0;
  let records = 0;

  const present = new Set((await readdir(dir)).filter((f) => f.endsWith('.json')));
  for (const extra of [...present].filter(
    (f) => !(DATASET_NAMES as readonly string[]).includes(f.replace(/\.json$/, '')),
  )) {
    problems.push({
      file: extra,
      recordId: '(file)',
      field: '(file)',
      message: 'is not a known dataset (see src/data/schemas/registry.ts)',
    });
  }

  for (const name of DATASET_NAMES) {
    const file = `${name}.json`;
    const fileProblem = (recordId: string, field: string, message: string) =>
      problems.push({ file, recordId, field, message });
    if (!present.has(file)) {
      fileProblem('(file)', '(file)', 'is missing');
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(await readFile(join(dir, file), 'utf8'));
    } catch (error) {
      fileProblem('(file)', '(file)', `is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    files += 1;
    const envelope = envelopeSchema(name).safeParse(json);
    if (!envelope.success) {
      for (const issue of envelope.error.issues as Issue[])
        fileProblem('(envelope)', pathOf(issue.path), issue.message);
      continue;
    }
    asOfByFile.set(name, envelope.data.asOf);
    const schema = recordSchemas[name];
    const valid: unknown[] = [];
    envelope.data.records.forEach((raw, index) => {
      records += 1;
      const result = schema.safeParse(raw);
      if (result.success) {
        valid.push(raw);
      } else {
        rejected.add(`${file}\u0000${recordIdOf(raw, index)}`);
        for (const issue of result.error.issues as Issue[])
          fileProblem(recordIdOf(raw, index), pathOf(issue.path), issue.message);
      }
    });
    validFiles[name] = { records: valid };
    rawFiles[name] = { records: envelope.data.records };
  }

  // Cross-references run on every record, so a record rejected for one reason does not make others that point at it
  // fail too; problems of rejected records are dropped (their schema problems are already reported).
  problems.push(...checkCrossReferences(rawFiles).filter((p) => !rejected.has(`${p.file}\u0000${p.recordId}`)));

  // asOf = the date of the newest source the file uses (files that cite no dated source are not checked).
  const sourceDates = new Map<string, string | null>();
  for (const s of validFiles.sources?.records ?? []) {
    const rec = s as { id: string; date: string | null };
    sourceDates.set(rec.id, rec.date);
  }
  for (const [name, asOf] of asOfByFile) {
    const file = validFiles[name];
    if (!file || !validFiles.sources) continue;
    const ids = name === 'sources' ? [...sourceDates.keys()] : [...sourceIdsUsed(file.records)];
    const newest = newestDate(ids.map((id) => sourceDates.get(id)));
    if (newest !== null && asOf !== newest) {
      problems.push({
        file: `${name}.json`,
        recordId: '(envelope)',
        field: 'asOf',
        message: `is ${asOf}, but the newest source the file uses is dated ${newest}`,
      });
    }
  }

  return { problems, files, records };
}

/** Every problem in a data directory (empty when all files are valid). */
export async function validateDataDir(dir: string): Promise<Problem[]> {
  return (await inspectDataDir(dir)).problems;
}
