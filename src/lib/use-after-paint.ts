import { startTransition, useEffect, useRef, useState } from 'react';

/** A hidden tab paints no frames: the value follows after this long at the latest. */
const LATEST_MS = 100;

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
    let done = false;
    let frame = 0;
    const apply = () => {
      if (done) return;
      done = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      requested.current = value;
      startTransition(() => setPainted(value));
    };
    // A task posted from a frame callback runs after that frame has been painted.
    frame = requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        apply();
      };
      channel.port2.postMessage(null);
    });
    const timer = setTimeout(apply, LATEST_MS);
    return () => {
      done = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, painted]);

  return painted;
}
