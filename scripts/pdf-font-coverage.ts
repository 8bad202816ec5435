/**
 * Which characters in data/*.json the PDF font (public/fonts/bri-pdf-sans-*.ttf) cannot print, so that nobody ships
 * a "?" in a deck or briefing again: `npm run validate:data` and scripts/pdf-font-coverage.test.ts report each one
 * with the file that uses it. The fix is to regenerate the subset (scripts/pdf-font-subset.py).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fontCharacters } from '../src/app/font-cmap';

const FONT_DIR = resolve(import.meta.dirname, '../public/fonts');
export const PDF_FONT_FILES = ['bri-pdf-sans-regular.ttf', 'bri-pdf-sans-bold.ttf'];

export type MissingCharacter = { file: string; character: string; codePoint: string; font: string };

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      out.push(key);
      strings(v, out);
    }
  return out;
}

/** Every character of `files` (JSON text by file name) that a font lacks, once per file and font. */
export function missingPdfCharacters(
  files: ReadonlyMap<string, string>,
  fonts: ReadonlyMap<string, ReadonlySet<number>>,
): MissingCharacter[] {
  const missing: MissingCharacter[] = [];
  for (const [file, text] of files) {
    const used = new Set(strings(JSON.parse(text) as unknown).flatMap((s) => Array.from(s.normalize('NFC'))));
    for (const character of [...used].sort()) {
      const point = character.codePointAt(0) ?? 0;
      if (point < 0x20) continue; // tabs and newlines are never drawn as glyphs
      for (const [font, has] of fonts)
        if (!has.has(point))
          missing.push({ file, character, font, codePoint: `U+${point.toString(16).toUpperCase().padStart(4, '0')}` });
    }
  }
  return missing;
}

export function formatMissingCharacter(m: MissingCharacter): string {
  return `${m.file}: “${m.character}” (${m.codePoint}) is not in the PDF font ${m.font}, so decks and briefings would print “?”; regenerate it with /usr/bin/python3 scripts/pdf-font-subset.py`;
}

/** The JSON files of `dir` checked against the committed PDF fonts. */
export function checkPdfFont(dir: string): MissingCharacter[] {
  const files = new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => [f, readFileSync(resolve(dir, f), 'utf8')] as const),
  );
  const fonts = new Map(PDF_FONT_FILES.map((f) => [f, fontCharacters(readFileSync(resolve(FONT_DIR, f)))] as const));
  return missingPdfCharacters(files, fonts);
}
