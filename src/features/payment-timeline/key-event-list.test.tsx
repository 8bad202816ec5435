import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '@/domain/annotations';
import { KeyEventList } from './key-event-list';

const annotationsOf = (count: number): Annotation[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    month: '2024-03',
    year: 2024,
    label: `Event ${i + 1}`,
    detail: 'What happened.',
    sources: [],
  }));

const group = () => screen.getByText(/^Key events on the time axis/).closest('details') as HTMLDetailsElement;

describe('the folded list of key events under the payment chart', () => {
  it('keeps a short list in the page while folded, so find-in-page finds it', () => {
    render(<KeyEventList annotations={annotationsOf(3)} sources={[]} />);
    expect(group().open).toBe(false);
    expect(screen.getByText(/Event 3\./)).toBeInTheDocument();
  });

  it('draws a long list only once opened, and then its first 100 with "Show all"', async () => {
    const user = userEvent.setup();
    render(<KeyEventList annotations={annotationsOf(150)} sources={[]} />);
    expect(screen.queryByText(/Event 1\./)).toBeNull();
    await user.click(screen.getByText('Key events on the time axis (150)'));
    expect(within(group()).getAllByRole('listitem')).toHaveLength(100);
    await user.click(screen.getByRole('button', { name: 'Show all 150: Key events on the time axis' }));
    expect(within(group()).getAllByRole('listitem')).toHaveLength(150);
  });
});
