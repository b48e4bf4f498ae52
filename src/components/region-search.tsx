import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../domain/region';
import { searchRegions } from '../domain/region-index';

interface RegionSearchProps {
  regions: readonly Region[];
  onSelect: (region: Region) => void;
  label: string;
  placeholder?: string;
}

/** A combobox: type a name or code, arrows to move, Enter to choose, Escape to close. */
export function RegionSearch({ regions, onSelect, label, placeholder }: RegionSearchProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const results = useMemo(() => searchRegions(regions, query, 8), [regions, query]);
  const parentName = (region: Region) => regions.find((r) => r.code === region.parent)?.name;

  function choose(region: Region | undefined) {
    if (!region) return;
    onSelect(region);
    setQuery('');
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (event.key === 'Enter') choose(results[active]);
    else if (event.key === 'Escape') setOpen(false);
    else return;
    event.preventDefault();
  }

  const showList = open && results.length > 0;
  return (
    <div className="region-search">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-activedescendant={showList ? `${id}-${active}` : undefined}
        placeholder={placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={`${id}-list`} role="listbox" hidden={!showList} aria-label={label}>
        {results.map((region, index) => (
          <li
            key={region.code}
            id={`${id}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(region)}
          >
            <span>{region.name}</span>
            <span className="muted">
              {' '}
              {region.level === 'regency' ? parentName(region) : t(`kind.${region.kind}`)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
