import type { ReactNode } from 'react';
import type { SourceRef } from '@/domain/sources';

/**
 * The one source link: a safe http(s) address opens in a new tab without access to this page; a source without one
 * is text. `children` is what the link says (by default who published it, see publisherLabel).
 */
export function SourceLink({
  source,
  title,
  children,
}: {
  source: SourceRef;
  title?: string | undefined;
  children: ReactNode;
}) {
  return source.href ? (
    <a href={source.href} target="_blank" rel="noopener noreferrer" title={title}>
      {children}
    </a>
  ) : (
    <span title={title}>{children}</span>
  );
}
