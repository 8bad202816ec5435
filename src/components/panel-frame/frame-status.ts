import { describeRejected } from '@/data/load-dataset';
import type { DatasetName } from '@/data/schemas/registry';
import type { DatasetSlot } from '@/store/dashboard-store';

export interface FrameStatus {
  state: 'loading' | 'error' | 'ready';
  /** Files that failed, each with its message. */
  errors: { name: DatasetName; message: string }[];
  /** Records rejected by their schema, one line each (`file › id › field: reason`). */
  rejected: string[];
  /** Newest "as of" date among the files. */
  asOf: string | null;
}

/** Pure: what a panel frame shows, given the slots of the files the panel needs. */
export function frameStatus(names: readonly DatasetName[], slots: readonly (DatasetSlot | undefined)[]): FrameStatus {
  const errors: FrameStatus['errors'] = [];
  const rejected: string[] = [];
  let loading = false;
  let asOf: string | null = null;
  names.forEach((name, i) => {
    const slot = slots[i];
    if (!slot) loading = true;
    else if (slot.status === 'error') errors.push({ name, message: slot.message });
    else {
      rejected.push(...slot.data.rejected.map((r) => describeRejected(slot.data.file, r)));
      if (!asOf || slot.data.asOf > asOf) asOf = slot.data.asOf;
    }
  });
  return { state: errors.length ? 'error' : loading ? 'loading' : 'ready', errors, rejected, asOf };
}
