import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { lazyWithPreload } from '@/lib/lazy-with-preload';
import { isPrintShortcut, startPrintPreparation } from './print-preparation';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });

describe('the print shortcut', () => {
  it('is Ctrl+P off Apple systems and ⌘P on them, with no other modifier', () => {
    expect(isPrintShortcut(key({ key: 'p', code: 'KeyP', ctrlKey: true }), false)).toBe(true);
    expect(isPrintShortcut(key({ key: 'P', code: 'KeyP', ctrlKey: true }), false)).toBe(true); // Caps Lock
    expect(isPrintShortcut(key({ key: 'p', code: 'KeyP', metaKey: true }), true)).toBe(true);
    // Ctrl+P on a Mac moves the caret up a line in a text field: not printing.
    expect(isPrintShortcut(key({ key: 'p', code: 'KeyP', ctrlKey: true }), true)).toBe(false);
    expect(isPrintShortcut(key({ key: 'p', code: 'KeyP', ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(isPrintShortcut(key({ key: 'p', code: 'KeyP', ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(isPrintShortcut(key({ key: 'p', code: 'KeyP' }), false)).toBe(false);
  });

  it('counts the physical P key on a layout that types no Latin letter there, and not on one that does', () => {
    expect(isPrintShortcut(key({ key: 'з', code: 'KeyP', ctrlKey: true }), false)).toBe(true);
    // Dvorak: the key where QWERTY has P types L, and Ctrl+L is not printing.
    expect(isPrintShortcut(key({ key: 'l', code: 'KeyP', ctrlKey: true }), false)).toBe(false);
  });
});

describe('Ctrl+P', () => {
  const print = vi.fn();
  beforeAll(() => {
    window.print = print;
    startPrintPreparation(window);
  });
  afterEach(() => {
    vi.useRealTimers();
    print.mockClear();
  });

  it('opens one print dialog per press once the panels are drawn, and not the browser’s own before that', async () => {
    const press = key({ key: 'p', code: 'KeyP', ctrlKey: true });
    window.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
    expect(print).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  });

  it('prints after a few seconds even when some code never arrives, and once however often the key is pressed', async () => {
    vi.useFakeTimers();
    lazyWithPreload(() => new Promise<never>(() => {}));
    window.dispatchEvent(key({ key: 'p', code: 'KeyP', ctrlKey: true }));
    window.dispatchEvent(key({ key: 'p', code: 'KeyP', ctrlKey: true, repeat: true }));
    window.dispatchEvent(key({ key: 'p', code: 'KeyP', ctrlKey: true }));
    await vi.advanceTimersByTimeAsync(3900);
    expect(print).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(print).toHaveBeenCalledTimes(1);
  });
});
