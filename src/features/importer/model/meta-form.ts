import type { IndicatorCategory, Polarity } from '../../../domain/indicator';
import { slugify, type IndicatorMeta } from '../../../data/import/files/indicator/indicator-meta';

/** The metadata form: a new indicator described here, or an existing one the values are added to. */
export interface MetaForm {
  mode: 'new' | 'existing';
  existing: string;
  name: string;
  id: string;
  unit: string;
  polarity: Polarity;
  category: IndicatorCategory;
  source: string;
  sourceUrl: string;
}

export function initialMetaForm(suggested: Partial<IndicatorMeta>, existingIds: readonly string[]): MetaForm {
  const matchesExisting = suggested.id !== undefined && existingIds.includes(suggested.id);
  return {
    mode: matchesExisting ? 'existing' : 'new',
    existing: matchesExisting ? suggested.id! : (existingIds[0] ?? ''),
    name: suggested.name ?? '',
    id: suggested.id ?? '',
    unit: suggested.unit ?? '',
    polarity: suggested.polarity ?? 'higher-is-better',
    category: suggested.category ?? 'governance',
    source: suggested.source ?? '',
    sourceUrl: suggested.sourceUrl ?? '',
  };
}

/** The metadata to import with, or null while a new indicator has no name yet. */
export function metaOf(form: MetaForm): IndicatorMeta | null {
  if (form.mode === 'existing') {
    return { ...form, id: form.existing, name: '', unit: '' };
  }
  const id = slugify(form.id || form.name);
  if (!form.name.trim() || !id) return null;
  return { ...form, id, name: form.name.trim() };
}
