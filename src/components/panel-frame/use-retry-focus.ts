import { useEffect, useRef, useState, type RefObject } from 'react';
import type { FrameStatus } from './frame-status';
import type { RetryState } from './panel-error';

/**
 * What the reader's Retry presses have asked for, kept here rather than in PanelError: a retry passes through
 * "loading", which unmounts the error box. When a retry succeeds the error box and its focused button go: the focus
 * moves to the panel's title rather than falling to the page.
 */
export function useRetryFocus(
  state: FrameStatus['state'],
  titleRef: RefObject<HTMLHeadingElement | null>,
): [RetryState | null, (next: RetryState) => void] {
  const [retry, setRetry] = useState<RetryState | null>(null);
  if (retry && state === 'ready') setRetry(null);
  const retried = useRef(false);
  useEffect(() => {
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (retried.current && state === 'ready' && focusLost) titleRef.current?.focus();
    retried.current = retry !== null;
  });
  return [retry, setRetry];
}
