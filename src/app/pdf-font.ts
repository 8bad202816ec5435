import type { jsPDF } from 'jspdf';
import { fontCharacters } from './font-cmap';

/**
 * The font of the deck and briefing PDFs: a subset of Liberation Sans (metric-compatible with Helvetica, so text
 * wraps where it did), with a few symbols from DejaVu Sans and the Chinese characters the data uses from Noto Sans
 * CJK SC (scripts/pdf-font-subset.py builds it into public/fonts/). jsPDF's built-in Helvetica prints only
 * Windows-1252, so Cyrillic and Chinese names came out as "?". The files (about 100 kB each) are fetched from this
 * origin only when a PDF is made, and jsPDF embeds just the glyphs a document uses.
 */
export const PDF_FONT = 'BRIPDFSans';
const FILES = [
  { file: 'bri-pdf-sans-regular.ttf', style: 'normal' },
  { file: 'bri-pdf-sans-bold.ttf', style: 'bold' },
] as const;

type Loaded = { file: string; style: string; binary: string; characters: Set<number> };
let loading: Promise<Loaded[]> | undefined;
const charactersOf = new WeakMap<jsPDF, ReadonlySet<number>>();

async function load(file: string): Promise<Uint8Array> {
  const response = await fetch(`${import.meta.env.BASE_URL}fonts/${file}`);
  if (!response.ok) throw new Error(`The PDF font ${file} did not load (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** jsPDF's virtual file system takes a font as a "binary string", one character per byte. */
function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

function loadFonts(): Promise<Loaded[]> {
  loading ??= Promise.all(
    FILES.map(async ({ file, style }) => {
      const bytes = await load(file);
      return { file, style, binary: binaryString(bytes), characters: fontCharacters(bytes) };
    }),
  ).catch((error: unknown) => {
    loading = undefined; // a later PDF tries again
    throw error;
  });
  return loading;
}

/** Embeds the font in `pdf` (regular and bold) and makes it the current font. */
export async function embedPdfFont(pdf: jsPDF): Promise<void> {
  const fonts = await loadFonts();
  for (const { file, style, binary } of fonts) {
    pdf.addFileToVFS(file, binary);
    pdf.addFont(file, PDF_FONT, style, undefined, 'Identity-H');
  }
  const [regular, bold] = fonts.map((f) => f.characters);
  // A character is printable if both weights have it, so bold and regular text spell out the same things.
  charactersOf.set(pdf, new Set([...(regular ?? [])].filter((c) => bold?.has(c))));
  pdf.setFont(PDF_FONT, 'normal');
}

/** The characters the embedded font can print (none before embedPdfFont, so everything would be spelled out). */
export function pdfCharacters(pdf: jsPDF): ReadonlySet<number> {
  return charactersOf.get(pdf) ?? new Set();
}
