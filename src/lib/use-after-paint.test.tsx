import { Profiler } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useValueAfterPaint } from './use-after-paint';

function Shown({ value }: { value: string }) {
  return <p>{useValueAfterPaint(value)}</p>;
}

// Frames run only when the test says: the value must wait for one.
let frames: FrameRequestCallback[] = [];
beforeEach(() => {
  frames = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());
const paintFrame = () => act(() => frames.splice(0).forEach((cb) => cb(performance.now())));
const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('useValueAfterPaint', () => {
  it('gives the first value at once', () => {
    render(<Shown value="2019-12" />);
    expect(screen.getByText('2019-12')).toBeInTheDocument();
  });

  it('keeps the previous value until the frame has been painted, then follows', async () => {
    const { rerender } = render(<Shown value="2019-12" />);
    rerender(<Shown value="2021-06" />);
    await pause(30);
    expect(screen.getByText('2019-12')).toBeInTheDocument();
    expect(frames).toHaveLength(1);
    await paintFrame();
    await waitFor(() => expect(screen.getByText('2021-06')).toBeInTheDocument());
  });

  it('follows in a tab that paints no frames, a moment later', async () => {
    const { rerender } = render(<Shown value="2019-12" />);
    rerender(<Shown value="2021-06" />);
    await waitFor(() => expect(screen.getByText('2021-06')).toBeInTheDocument(), { timeout: 500 });
  });

  it('after two quick changes shows the newest', async () => {
    const { rerender } = render(<Shown value="2019-12" />);
    rerender(<Shown value="2021-06" />);
    rerender(<Shown value="2024-12" />);
    await paintFrame();
    await waitFor(() => expect(screen.getByText('2024-12')).toBeInTheDocument());
    await pause(150);
    expect(screen.getByText('2024-12')).toBeInTheDocument();
  });

  it('hands the new value to every panel in one render, so they commit (and the page redraws) once', async () => {
    const commits: string[] = [];
    const Two = ({ value }: { value: string }) => (
      <Profiler id="both" onRender={(_id, phase) => commits.push(phase)}>
        <Shown value={value} />
        <p>and</p>
        <Shown value={value} />
      </Profiler>
    );
    const { rerender } = render(<Two value="2019-12" />);
    rerender(<Two value="2021-06" />);
    commits.length = 0;
    await paintFrame();
    await waitFor(() => expect(screen.getAllByText('2021-06')).toHaveLength(2));
    expect(commits).toEqual(['update']);
  });
});
