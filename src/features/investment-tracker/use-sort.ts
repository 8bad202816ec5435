import { useCallback, useState } from 'react';
import { DEFAULT_SORT, type SortKey, type SortState } from './project-rows';

/** The project table's sort: a click on the sorted column flips its direction, on another column sorts ascending. */
export function useSort(): [SortState, (key: SortKey) => void] {
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const onSort = useCallback(
    (key: SortKey) =>
      setSort((s) =>
        s.key === key ? { key, dir: s.dir === 'ascending' ? 'descending' : 'ascending' } : { key, dir: 'ascending' },
      ),
    [],
  );
  return [sort, onSort];
}
