import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { lazyWithPreload, preloadAllLazy } from './lazy-with-preload';

const Body = ({ text }: { text: string }) => <p>{text}</p>;

/** Renders synchronously, as the app does for printing, and returns what is on the page right after. */
function renderNow(element: React.ReactElement): string {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  flushSync(() => root.render(<Suspense fallback={<p>placeholder</p>}>{element}</Suspense>));
  const text = host.textContent ?? '';
  root.unmount();
  host.remove();
  return text;
}

describe('lazyWithPreload', () => {
  it('renders at once, without its placeholder, once its code has been preloaded', async () => {
    const Lazy = lazyWithPreload(() => Promise.resolve({ default: Body }));
    await Lazy.preload();
    expect(renderNow(<Lazy text="drawn" />)).toBe('drawn');
  });

  it('shows the placeholder while its code loads, like React.lazy, then the component', async () => {
    const Lazy = lazyWithPreload(() => Promise.resolve({ default: Body }));
    expect(renderNow(<Lazy text="drawn" />)).toBe('placeholder');
    render(
      <Suspense fallback={<p>placeholder</p>}>
        <Lazy text="drawn later" />
      </Suspense>,
    );
    expect(await screen.findByText('drawn later')).toBeInTheDocument();
  });

  it('preloadAllLazy also loads components declared in the code it loads', async () => {
    let Inner: ReturnType<typeof lazyWithPreload<{ text: string }>> | undefined;
    const Outer = lazyWithPreload(() => {
      // As a panel body that declares the map inside it: known only once the body's code has run.
      Inner = lazyWithPreload(() => Promise.resolve({ default: Body }));
      return Promise.resolve({ default: Body });
    });
    await preloadAllLazy();
    expect(Inner).toBeDefined();
    expect(renderNow(<Outer text="outer" />)).toBe('outer');
    expect(renderNow(Inner ? <Inner text="inner" /> : <p>missing</p>)).toBe('inner');
  });

  it('tries again after a failed load instead of keeping the failure', async () => {
    let attempts = 0;
    const Lazy = lazyWithPreload(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ default: Body });
    });
    await expect(Lazy.preload()).rejects.toThrow('offline');
    await Lazy.preload();
    expect(renderNow(<Lazy text="second try" />)).toBe('second try');
  });
});
