import { useId, useState } from 'react';
import { downloadBlob } from '@/lib/download';
import { useSavedViews } from '@/store/hooks';
import { useStoreApi } from '@/store/store-context';

type Kind = 'deck' | 'png' | 'briefing';

const PREPARING: Record<Kind, string> = {
  deck: 'Drawing the slides for the PDF…',
  png: 'Drawing the slides as PNGs…',
  briefing: 'Drawing the briefing…',
};

const today = () => new Date().toISOString().slice(0, 10);

/**
 * "Download deck (PDF)", "Download slides (PNG zip)" and "Download briefing (PDF)". Everything is made in the
 * browser (nothing is uploaded) and the code for it (the slides, html-to-image, jsPDF, fflate) loads on the click.
 */
export function DeckDownloads() {
  const store = useStoreApi();
  const views = useSavedViews();
  const notesId = useId();
  const [notes, setNotes] = useState(false);
  const [busy, setBusy] = useState<Kind | null>(null);
  const [status, setStatus] = useState<{ error: boolean; text: string }>({ error: false, text: '' });

  const run = (kind: Kind) => {
    if (busy) return;
    setBusy(kind);
    setStatus({ error: false, text: PREPARING[kind] });
    const job = async (): Promise<string> => {
      if (kind === 'briefing') {
        const { briefingPdf } = await import('./briefing-pdf');
        const name = `bri-dashboard-briefing_${today()}.pdf`;
        downloadBlob(await briefingPdf(store), name);
        return `Downloaded ${name}.`;
      }
      const { captureSlides } = await import('./slide-capture');
      const slides = await captureSlides(store, views, { wholeSlide: kind === 'png' });
      if (kind === 'deck') {
        const { deckPdf } = await import('./deck-pdf');
        const name = `bri-dashboard-deck_${today()}.pdf`;
        downloadBlob(await deckPdf(slides, { notes }), name);
        return `Downloaded ${name}: ${slides.length} slide${slides.length === 1 ? '' : 's'}.`;
      }
      const { slidesZip } = await import('./slides-zip');
      const name = `bri-dashboard-slides_${today()}.zip`;
      downloadBlob(await slidesZip(slides), name);
      return `Downloaded ${name}.`;
    };
    job()
      .then((text) => setStatus({ error: false, text }))
      .catch((e: unknown) =>
        setStatus({ error: true, text: `The download failed: ${e instanceof Error ? e.message : String(e)}` }),
      )
      .finally(() => setBusy(null));
  };

  const none = views.length === 0;
  return (
    <div className="deck-downloads">
      <button type="button" disabled={none || busy !== null} onClick={() => run('deck')}>
        Download deck (PDF)
      </button>
      <span className="field field--inline">
        <input id={notesId} type="checkbox" checked={notes} onChange={(e) => setNotes(e.target.checked)} />
        <label htmlFor={notesId}>With speaker notes pages</label>
      </span>
      <button type="button" disabled={none || busy !== null} onClick={() => run('png')}>
        Download slides (PNG zip)
      </button>
      <button type="button" disabled={busy !== null} onClick={() => run('briefing')}>
        Download briefing (PDF)
      </button>
      <p role={status.error ? 'alert' : 'status'} className={status.error ? 'saved-views__error' : undefined}>
        {status.text}
      </p>
    </div>
  );
}
