import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SlideFit } from './slide-fit';

/**
 * jsdom has no layout, so the box's size and the content's height are given here: a 1000 × 500 box, and content
 * whose height the test sets, as a chart's height changes when it redraws. The ResizeObserver is held so the test
 * reports the content's resizing itself, at the moments it chooses.
 */
let contentHeight = 0;
let now = 0;
const observers: ResizeObserverCallback[] = [];

function sizeOf(el: HTMLElement, key: 'clientWidth' | 'clientHeight' | 'offsetHeight'): number {
  if (el.classList.contains('slide-fit')) return key === 'clientWidth' ? 1000 : key === 'clientHeight' ? 500 : 0;
  if (el.classList.contains('slide-fit__content') && key === 'offsetHeight') return contentHeight;
  return 0;
}

beforeEach(() => {
  for (const key of ['clientWidth', 'clientHeight', 'offsetHeight'] as const) {
    vi.spyOn(HTMLElement.prototype, key, 'get').mockImplementation(function (this: HTMLElement) {
      return sizeOf(this, key);
    });
  }
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: ResizeObserverCallback) {
        observers.push(callback);
      }
      observe() {}
      disconnect() {}
    },
  );
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  observers.length = 0;
});

/** The content redraws at `height`, `ms` after the previous refit, and the observer reports it. */
function contentResizesTo(height: number, ms: number) {
  contentHeight = height;
  now += ms;
  for (const callback of observers) callback([], {} as ResizeObserver);
}

function scaleOf(el: HTMLElement): number {
  return Number(/scale\(([\d.]+)\)/.exec(el.style.transform)?.[1]);
}

function renderFit() {
  contentHeight = 1000;
  now = 1000;
  render(
    <SlideFit>
      <p>Chart</p>
    </SlideFit>,
  );
  const content = screen.getByText('Chart').parentElement as HTMLElement;
  return { scale: () => scaleOf(content) };
}

describe('SlideFit', () => {
  it('scales the content to the largest size that fits the box', () => {
    const fit = renderFit();
    expect(fit.scale()).toBeCloseTo(0.5, 2);
    contentResizesTo(400, 1000);
    expect(fit.scale()).toBeCloseTo(1.25, 2);
  });

  it('stops growing the scale when the content keeps flipping between two heights', () => {
    const fit = renderFit();
    const scales: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      contentResizesTo(i % 2 ? 1000 : 400, 16);
      scales.push(fit.scale());
    }
    // Three refits may grow it (to 1.25 and back to 0.5); from then on the smaller scale, which fits both, stays.
    expect(scales.slice(0, 3).map((s) => s.toFixed(2))).toEqual(['1.25', '0.50', '1.25']);
    expect(scales.slice(3).every((s) => Math.abs(s - 0.5) < 0.01)).toBe(true);
  });

  it('grows the scale again when the content changes after the flipping has stopped', () => {
    const fit = renderFit();
    for (let i = 0; i < 8; i += 1) contentResizesTo(i % 2 ? 1000 : 400, 16);
    expect(fit.scale()).toBeCloseTo(0.5, 2);
    // Filters changed while presenting, a second later: the chart is shorter now and should fill the slide again.
    contentResizesTo(250, 1000);
    expect(fit.scale()).toBeCloseTo(2, 2);
  });
});
