import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DrawNowContext, useNearViewport } from './use-near-viewport';

/** A stand-in IntersectionObserver the test drives: `report(true)` says the element came near. */
class FakeObserver {
  static last: FakeObserver | null = null;
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.last = this;
  }
  observe() {}
  disconnect() {}
  report(isIntersecting: boolean) {
    act(() =>
      this.callback([{ isIntersecting } as IntersectionObserverEntry], this as unknown as IntersectionObserver),
    );
  }
}

function Probe() {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref);
  return (
    <div ref={ref} data-draw-pending={near ? undefined : ''}>
      {near ? 'drawn' : 'waiting'}
    </div>
  );
}

describe('useNearViewport', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('draws at once what is near at the first look (the first screen)', () => {
    render(<Probe />);
    FakeObserver.last?.report(true);
    expect(screen.getByText('drawn')).toBeInTheDocument();
  });

  it('draws what comes near later only once it has stayed near, and skips what was scrolled past', () => {
    render(<Probe />);
    FakeObserver.last?.report(false);
    FakeObserver.last?.report(true);
    act(() => vi.advanceTimersByTime(100));
    FakeObserver.last?.report(false);
    act(() => vi.advanceTimersByTime(500));
    expect(screen.getByText('waiting')).toBeInTheDocument();
    FakeObserver.last?.report(true);
    act(() => vi.advanceTimersByTime(200));
    expect(screen.getByText('drawn')).toBeInTheDocument();
  });

  it('draws everything inside a panel that must draw now (keyboard focus, an export)', () => {
    render(
      <DrawNowContext.Provider value={true}>
        <Probe />
      </DrawNowContext.Provider>,
    );
    FakeObserver.last?.report(false);
    expect(screen.getByText('drawn')).toBeInTheDocument();
  });

  it('draws everything for printing, also what mounts while the print is prepared', () => {
    const { unmount } = render(<Probe />);
    FakeObserver.last?.report(false);
    act(() => window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByText('drawn')).toBeInTheDocument();
    unmount();
    render(<Probe />);
    expect(screen.getByText('drawn')).toBeInTheDocument();
    act(() => window.dispatchEvent(new Event('afterprint')));
  });
});
