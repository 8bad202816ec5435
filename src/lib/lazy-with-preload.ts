import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type Module<P> = { default: ComponentType<P> };

export type PreloadableComponent<P> = LazyExoticComponent<ComponentType<P>> & {
  /** Fetches and runs the component's code now; resolves when it can render without suspending. */
  preload: () => Promise<void>;
};

const preloaders = new Set<() => Promise<void>>();

/**
 * React.lazy whose code can be loaded ahead of its first render, and which then renders at once. Plain React.lazy
 * suspends on its first render even when the chunk is already in memory (the import's promise settles a microtask
 * later). Printing draws every panel synchronously in `beforeprint`, right before the print layout, so a panel whose
 * body had never been rendered printed its placeholder. Once loaded, the factory hands React a thenable that calls
 * back synchronously, which React.lazy reads as already resolved.
 */
export function lazyWithPreload<P>(load: () => Promise<Module<P>>): PreloadableComponent<P> {
  let loaded: Module<P> | undefined;
  let loading: Promise<Module<P>> | undefined;
  const start = () =>
    (loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        // A failed preload (offline, a new deployment) may succeed next time: do not keep the failure. (React keeps
        // its own: a body whose first render failed to load stays failed until the page is reloaded.)
        loading = undefined;
        throw error;
      },
    ));
  const preload = () => start().then(() => undefined);
  preloaders.add(preload);
  const resolvedNow = (module: Module<P>) => ({
    then: (onFulfilled: (m: Module<P>) => unknown) => onFulfilled(module),
  });
  // React.lazy accepts any thenable; its type says Promise.
  const Component = lazy(() => (loaded ? (resolvedNow(loaded) as unknown as Promise<Module<P>>) : start()));
  return Object.assign(Component, { preload });
}

/**
 * Loads the code of every component made with lazyWithPreload, including those declared inside code this loads
 * (the map inside the border panel's body). Resolves when all of it is loaded; a chunk that fails is left to its
 * panel's own error handling.
 */
export async function preloadAllLazy(): Promise<void> {
  const done = new Set<() => Promise<void>>();
  for (;;) {
    const next = [...preloaders].filter((p) => !done.has(p));
    if (next.length === 0) return;
    next.forEach((p) => done.add(p));
    await Promise.allSettled(next.map((p) => p()));
  }
}
