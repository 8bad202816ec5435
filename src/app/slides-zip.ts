import { dataUrlToBlob, slugify } from '@/lib/download';
import { zipFiles } from '@/components/export/zip';
import type { CapturedSlide } from './slide-capture';

/** `03-gas-2022.png`: the slide's place in the deck, then its name. */
function slideFileName(index: number, name: string): string {
  return `${String(index + 1).padStart(2, '0')}-${slugify(name) || 'slide'}.png`;
}

/** The slides as PNGs (3200×1800, each a whole slide with its text), one zip, with the speaker notes beside them. */
export async function slidesZip(slides: readonly CapturedSlide[]): Promise<Blob> {
  const entries = await Promise.all(
    slides.map(async (s, i) => ({
      name: slideFileName(i, s.view.name),
      data: new Uint8Array(await dataUrlToBlob(s.slide?.dataUrl ?? s.chart.dataUrl).arrayBuffer()),
    })),
  );
  const notes = slides.map((s, i) => `${i + 1}. ${s.title}\n${s.view.note || '(no note)'}\n`).join('\n');
  return new Blob([await zipFiles([...entries, { name: 'speaker-notes.txt', data: notes }], new Date())], {
    type: 'application/zip',
  });
}
