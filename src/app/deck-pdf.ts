import type { jsPDF } from 'jspdf';
import { embedPdfFont, PDF_FONT, pdfCharacters } from './pdf-font';
import { pdfText } from './pdf-text';
import type { CapturedSlide } from './slide-capture';

/** A 16:9 page in points (13.33 × 7.5 in, PowerPoint's widescreen size). */
const PAGE = { width: 960, height: 540 };
const MARGIN = 48;
const TEXT = '#16191d';
const MUTED = '#555b63';

/** jsPDF and its font are loaded only when a PDF is made (about 390 kB and 180 kB): the first screen carries neither. */
export async function newPdf(format: 'slide' | 'a4'): Promise<jsPDF> {
  const { jsPDF } = await import('jspdf');
  const pdf =
    format === 'slide'
      ? new jsPDF({ unit: 'pt', format: [PAGE.width, PAGE.height], orientation: 'landscape' })
      : new jsPDF({ unit: 'pt', format: 'a4', orientation: 'portrait' });
  await embedPdfFont(pdf);
  return pdf;
}

/** Writes wrapped text from `y`, returns the y under it. */
export function writeText(
  pdf: jsPDF,
  text: string,
  at: { x: number; y: number; width: number; size: number; bold?: boolean; color?: string },
): number {
  pdf.setFont(PDF_FONT, at.bold ? 'bold' : 'normal');
  pdf.setFontSize(at.size);
  pdf.setTextColor(at.color ?? TEXT);
  const lines = pdf.splitTextToSize(pdfText(text, pdfCharacters(pdf)), at.width) as string[];
  const lineHeight = at.size * 1.25;
  lines.forEach((line, i) => pdf.text(line, at.x, at.y + at.size + i * lineHeight));
  return at.y + lines.length * lineHeight + at.size * 0.35;
}

/** Places the image in the box, keeping its proportions; returns the y under it. */
export function placeImage(
  pdf: jsPDF,
  image: CapturedSlide['chart'],
  box: { x: number; y: number; width: number; height: number },
): number {
  const scale = Math.min(box.width / image.width, box.height / image.height);
  const width = image.width * scale;
  const height = image.height * scale;
  pdf.addImage(image.dataUrl, 'PNG', box.x + (box.width - width) / 2, box.y, width, height, undefined, 'FAST');
  return box.y + height;
}

function slidePage(pdf: jsPDF, slide: CapturedSlide) {
  const width = PAGE.width - 2 * MARGIN;
  let y = writeText(pdf, slide.title, { x: MARGIN, y: 30, width, size: 26, bold: true });
  y = writeText(pdf, slide.takeaway, { x: MARGIN, y, width, size: 14 });
  // The whole source line (every publisher) is set under the chart, in smaller type when long: the footer grows.
  const source = fitSourceText(pdf, slide.sourceLine, width);
  const footerTop = PAGE.height - 40 - source.height;
  placeImage(pdf, slide.chart, { x: MARGIN, y: y + 4, width, height: footerTop - y - 12 });
  pdf.setDrawColor(MUTED);
  pdf.line(MARGIN, footerTop, PAGE.width - MARGIN, footerTop);
  const after = writeText(pdf, slide.filters, { x: MARGIN, y: footerTop + 2, width, size: 9, color: MUTED });
  writeText(pdf, slide.sourceLine, { x: MARGIN, y: after - 4, width, size: source.size, color: MUTED });
}

/** The largest size, 9 pt down to 4.5 pt, at which the source line takes at most 7 lines; and the height it takes. */
function fitSourceText(pdf: jsPDF, text: string, width: number): { size: number; height: number } {
  let size = 9;
  for (; size > 4.5; size -= 0.5) {
    pdf.setFontSize(size);
    if ((pdf.splitTextToSize(pdfText(text, pdfCharacters(pdf)), width) as string[]).length <= 7) break;
  }
  pdf.setFontSize(size);
  const lines = (pdf.splitTextToSize(pdfText(text, pdfCharacters(pdf)), width) as string[]).length;
  return { size, height: lines * size * 1.25 };
}

function notesPage(pdf: jsPDF, slide: CapturedSlide, number: number) {
  const width = PAGE.width - 2 * MARGIN;
  const y = writeText(pdf, `Speaker notes: slide ${number}, ${slide.title}`, {
    x: MARGIN,
    y: 36,
    width,
    size: 18,
    bold: true,
  });
  writeText(pdf, slide.view.note || 'No speaker note for this slide.', { x: MARGIN, y: y + 8, width, size: 16 });
}

/**
 * The deck as a PDF: one 16:9 page per slide, its title, takeaway, filters and source line set as PDF text (so they
 * can be searched, copied and read aloud) and its chart as an image; speaker notes, if asked for, on a page after
 * each slide that has a note.
 */
export async function deckPdf(slides: readonly CapturedSlide[], { notes = false } = {}): Promise<Blob> {
  const pdf = await newPdf('slide');
  pdf.setProperties({ title: 'China–Russia BRI dashboard: slides', creator: 'China–Russia BRI dashboard' });
  slides.forEach((slide, i) => {
    if (i > 0) pdf.addPage([PAGE.width, PAGE.height], 'landscape');
    slidePage(pdf, slide);
    if (notes && slide.view.note) {
      pdf.addPage([PAGE.width, PAGE.height], 'landscape');
      notesPage(pdf, slide, i + 1);
    }
  });
  return pdf.output('blob');
}
