import { memo, useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { SourceRef } from '@/domain/sources';
import { sourceLine, sourceLineFits } from '@/domain/source-line';
import { CardSources } from './card-sources';

/**
 * The card's "Data as of" and source line under the hero. The line is complete (every publisher, best tier first) but
 * kept to one line, so the card stays compact: when it is clipped, or long enough that an export numbers the sources,
 * a disclosure button opens the numbered list of every source in place, under the chart (Datawrapper's and the FT's
 * footer), without leaving the chart for the Sources tab.
 */
export const CardSourceLine = memo(
  CardSourceLineView,
  (a, b) => a.title === b.title && a.asOf === b.asOf && sameRefs(a.refs, b.refs),
);

/**
 * A filter change resolves a new list of sources for every panel, mostly the same ones: the line is drawn, and its
 * clamp measured (a forced layout), again only when a source is added, removed or reordered.
 */
function sameRefs(a: readonly SourceRef[], b: readonly SourceRef[]): boolean {
  return a === b || (a.length === b.length && a.every((r, i) => r.id === b[i]?.id && r.record === b[i]?.record));
}

function CardSourceLineView({ refs, title, asOf }: { refs: readonly SourceRef[]; title: string; asOf: string | null }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const lineRef = useRef<HTMLSpanElement>(null);
  const line = useMemo(() => sourceLine(refs), [refs]);
  const fits = useMemo(() => sourceLineFits(refs), [refs]);
  const clipped = useClipped(lineRef, line);
  const offer = refs.length > 1 && (open || clipped || !fits);
  return (
    <>
      <p className="panel__meta">
        <span className="panel__as-of">Data as of {asOf ?? '…'}</span>
        <span aria-hidden="true"> · </span>
        <span ref={lineRef} className="card__source-line">
          {line}
        </span>
        {offer && (
          <button
            type="button"
            className="card__source-toggle"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? 'Hide the list' : `List all ${refs.length} sources`}
          </button>
        )}
      </p>
      <div id={listId} className="card__source-list" hidden={!open}>
        {open && <CardSources refs={refs} label={`${title} source list`} />}
      </div>
    </>
  );
}

/** Whether the element's text is cut off by its clamp (one line, two on a phone) at its current width (re-measured on resize). */
function useClipped(ref: RefObject<HTMLElement | null>, text: string): boolean {
  const [clipped, setClipped] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setClipped(el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
    // Measured by the observer, which reports once when it starts observing and on every resize, after the browser
    // has laid the page out: read inside the commit, it forced a layout of the whole page per card, and a filter change
    // commits every card (issue 22).
    if (typeof ResizeObserver === 'undefined') {
      const frame = requestAnimationFrame(measure);
      return () => cancelAnimationFrame(frame);
    }
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, text]);
  return clipped;
}
