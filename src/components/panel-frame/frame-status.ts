import { describeRejected } from '@/data/load-dataset';
import type { DatasetName } from '@/data/schemas/registry';
import type { DatasetSlot } from '@/store/dashboard-store';

export interface FrameStatus {
  state: 'loading' | 'error' | 'ready';
  /** Files that failed, each with its message and the query's refetch (Retry). */
  errors: { name: DatasetName; message: string; refetch: () => void }[];
  /** Records rejected by their schema, one line each (`file › id › field: reason`). */
  rejected: string[];
  /** Newest "as of" date among the files. */
  asOf: string | null;
}

/** Pure: what a panel frame shows, given the store's slots (the query layer's state) of the files it needs. */
export function frameStatus(names: readonly DatasetName[], slots: readonly (DatasetSlot | undefined)[]): FrameStatus {
  const errors: FrameStatus['errors'] = [];
  const rejected: string[] = [];
  let loading = false;
  let asOf: string | null = null;
  names.forEach((name, i) => {
    const slot = slots[i];
    if (slot?.status === 'error') errors.push({ name, message: slot.message, refetch: slot.refetch });
    else if (slot?.status === 'ready') {
      rejected.push(...slot.data.rejected.map((r) => describeRejected(slot.data.file, r)));
      if (!asOf || slot.data.asOf > asOf) asOf = slot.data.asOf;
    } else loading = true;
  });
  return { state: errors.length ? 'error' : loading ? 'loading' : 'ready', errors, rejected, asOf };
}
