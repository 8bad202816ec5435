import * as Ariakit from '@ariakit/react';
import { memo, useMemo, useState } from 'react';
import type { FilterOptionGroup, MultiFilter } from './filter-definitions';

/** Case- and accent-insensitive: "sakha" finds "Sakha (Yakutia) Republic", "cote" would find "Côte". */
const searchKey = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

function matching(groups: FilterOptionGroup[], search: string): FilterOptionGroup[] {
  const needle = searchKey(search.trim());
  if (!needle) return groups;
  return groups
    .map((g) => ({ ...g, options: g.options.filter((o) => searchKey(o.label).includes(needle)) }))
    .filter((g) => g.options.length > 0);
}

/**
 * One multi-choice filter: a combobox button named after the filter opens a list of checkable options with a search
 * box (Ariakit's Select + Combobox: keyboard, focus and screen-reader behaviour come from the library). A plain click
 * or Enter toggles an option and leaves the list open, so choosing several needs no modifier key; Escape closes it
 * and returns the focus to the button. Memoised: the bar re-renders on every filter change (the months, the search),
 * and each of these Ariakit selects costs a share of that frame when drawn again unchanged (issue 22).
 */
export const MultiSelect = memo(function MultiSelect({ filter }: { filter: MultiFilter }) {
  const { label, groups, selected, onChange } = filter;
  const [search, setSearch] = useState('');
  const shown = useMemo(() => matching(groups, search), [groups, search]);
  const total = groups.reduce((n, g) => n + g.options.length, 0);
  const grouped = groups.length > 1;

  return (
    <div className="field field--multi">
      <Ariakit.ComboboxProvider resetValueOnHide setValue={setSearch}>
        <Ariakit.SelectProvider value={selected as string[]} setValue={onChange}>
          <Ariakit.SelectLabel className="field__label">{label}</Ariakit.SelectLabel>
          <Ariakit.Select className="multi-select__button">
            <span>{selected.length ? `${selected.length} of ${total} chosen` : 'All'}</span>
            <Ariakit.SelectArrow className="multi-select__arrow" />
          </Ariakit.Select>
          <Ariakit.SelectPopover gutter={4} fixed fitViewport unmountOnHide className="multi-select__popover">
            <Ariakit.Combobox
              autoSelect
              className="multi-select__search"
              placeholder="Search…"
              aria-label={`Search ${label} options`}
            />
            <Ariakit.ComboboxList className="multi-select__list">
              {shown.map((g) => (
                <Ariakit.SelectGroup key={g.label} className="multi-select__group">
                  {grouped && (
                    <Ariakit.SelectGroupLabel className="multi-select__group-label">{g.label}</Ariakit.SelectGroupLabel>
                  )}
                  {g.options.map((o) => (
                    <Ariakit.SelectItem
                      key={o.value}
                      value={o.value}
                      className="multi-select__option"
                      render={<Ariakit.ComboboxItem />}
                    >
                      <Ariakit.SelectItemCheck className="multi-select__check" />
                      {o.label}
                    </Ariakit.SelectItem>
                  ))}
                </Ariakit.SelectGroup>
              ))}
              {shown.length === 0 && (
                <p className="multi-select__none">
                  No {label.toLowerCase()} matches “{search}”.
                </p>
              )}
            </Ariakit.ComboboxList>
          </Ariakit.SelectPopover>
        </Ariakit.SelectProvider>
      </Ariakit.ComboboxProvider>
    </div>
  );
});
