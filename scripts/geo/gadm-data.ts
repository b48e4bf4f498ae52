import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** The GADM 4.1 attributes this build reads (level 2 = kabupaten/kota, level 3 = kecamatan). */
export interface GadmRegencyProps {
  GID_1: string;
  NAME_1: string;
  GID_2: string;
  NAME_2: string;
  TYPE_2: string;
  CC_2: string;
}
export interface GadmKecamatanProps {
  GID_1: string;
  NAME_1: string;
  GID_2: string;
  NAME_2: string;
  GID_3: string;
  NAME_3: string;
  TYPE_3: string;
  CC_3: string;
}

export type GadmFeature<P> = Feature<Polygon | MultiPolygon, P>;
export type GadmCollection<P> = FeatureCollection<Polygon | MultiPolygon, P>;

export interface GadmData {
  regencies: GadmCollection<GadmRegencyProps>;
  kecamatan: GadmCollection<GadmKecamatanProps>;
}

/** "PapuaBarat/Manokwari/Kebar": how the alias tables name one GADM kecamatan. */
export const kecamatanPath = (p: Pick<GadmKecamatanProps, 'NAME_1' | 'NAME_2' | 'NAME_3'>) =>
  `${p.NAME_1}/${p.NAME_2}/${p.NAME_3}`;

/**
 * Lakes and reservoirs are units of their own in GADM: TYPE "WaterBody" (Lake Toba, Waduk Cirata),
 * or a "Kecamatan" whose BPS-style code ends in 888 (Danau Limboto, Danau Tempe, Waduk Jatiluhur).
 */
export function isWaterKecamatan(p: Pick<GadmKecamatanProps, 'TYPE_3' | 'CC_3'>): boolean {
  return p.TYPE_3 === 'WaterBody' || /888$/.test(p.CC_3);
}
