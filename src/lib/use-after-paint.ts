import { startTransition, useEffect, useRef, useState } from 'react';

/** A hidden tab paints no frames: the value follows after this long at the latest. */
const LATEST_MS = 100;

/**
 * The hand-offs waiting for the next painted frame, run together in one transition: the four panels then draw their
 * charts in one render and one commit. Each panel starting its own transition from its own task gave four renders
 * and four commits, each followed by its own style, layout and paint of the page and by recharts' effects re-rendering
 * that panel's charts: a filter change redrew the page five times or more before the last chart was drawn.
 */
const waiting = new Set<() => void>();
let frame = 0;
let timer = 0;

function handOff() {
  cancelAnimationFrame(frame);
  clearTimeout(timer);
  frame = 0;
  timer = 0;
  const all = [...waiting];
  waiting.clear();
  startTransition(() => all.forEach((apply) => apply()));
}

/** Runs `apply` in a transition once the next frame has been painted; returns the function that cancels it. */
function afterNextPaint(apply: () => void): () => void {
  waiting.add(apply);
  if (!frame) {
    // A task posted from a frame callback runs after that frame has been painted.
    frame = requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        if (waiting.size) handOff();
      };
      channel.port2.postMessage(null);
    });
    timer = window.setTimeout(handOff, LATEST_MS);
  }
  return () => {
    waiting.delete(apply);
  };
}

/**
 * `value` once the frame showing what changed at once has been painted, then in a transition (React interrupts it
 * for the next change). The panels draw their charts from the filters this returns: a filter change first paints
 * the four summaries, then the charts follow. useDeferredValue started the chart render straight away, and its first
 * slice (a whole panel's view, which React cannot split) often ran before the summaries' frame was painted: 50–75 ms
 * at 100× data. The first value is returned at once: deferring it would leave the body empty, and the panels below
 * would jump (layout shift).
 */
export function useValueAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  // The value last handed to a transition: one may be queued for a value the filters have already left.
  const requested = useRef(value);

  useEffect(() => {
    if (Object.is(painted, value)) {
      // Back to the drawn value while a transition to another is queued (stepping back and forth through slides):
      // queue this one after it, so it wins.
      if (!Object.is(requested.current, value)) {
        requested.current = value;
        startTransition(() => setPainted(value));
      }
      return;
    }
    return afterNextPaint(() => {
      requested.current = value;
      setPainted(value);
    });
  }, [value, painted]);

  return painted;
}
