import { create } from 'zustand';
import type { ClassMethod } from '../domain/analysis/classes/class-method';
import type { RegionCode } from '../domain/region';

export type MapLevel = 'province' | 'regency';
export const MAX_COMPARE = 8;

/** What the user has chosen. Fetched data never lives here. */
export interface Selection {
  indicator: string | null;
  year: number | null;
  level: MapLevel;
  region: RegionCode | null;
  compare: RegionCode[];
  classes: ClassMethod;
}

export const DEFAULT_SELECTION: Selection = {
  indicator: null,
  year: null,
  level: 'province',
  region: null,
  compare: [],
  classes: 'quantile',
};

interface SelectionActions {
  selectIndicator: (indicator: string) => void;
  selectYear: (year: number | null) => void;
  selectLevel: (level: MapLevel) => void;
  selectRegion: (region: RegionCode | null) => void;
  toggleCompare: (region: RegionCode) => void;
  clearCompare: () => void;
  selectClasses: (classes: ClassMethod) => void;
  replaceSelection: (selection: Selection) => void;
}

export const useSelectionStore = create<Selection & SelectionActions>()((set) => ({
  ...DEFAULT_SELECTION,
  // A new indicator may not have the old year; the page picks the latest year it has.
  selectIndicator: (indicator) => set({ indicator, year: null }),
  selectYear: (year) => set({ year }),
  selectLevel: (level) => set({ level }),
  selectRegion: (region) => set({ region }),
  toggleCompare: (region) =>
    set(({ compare }) => ({
      compare: compare.includes(region)
        ? compare.filter((c) => c !== region)
        : [...compare, region].slice(-MAX_COMPARE),
    })),
  clearCompare: () => set({ compare: [] }),
  selectClasses: (classes) => set({ classes }),
  replaceSelection: (selection) => set(selection),
}));

export function pickSelection(state: Selection): Selection {
  const { indicator, year, level, region, compare, classes } = state;
  return { indicator, year, level, region, compare, classes };
}
