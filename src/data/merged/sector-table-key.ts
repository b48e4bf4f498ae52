import type { SectorValue } from '../../domain/sectors/sector-value';

export const sectorTableKey = (r: Pick<SectorValue, 'region' | 'year' | 'quarter' | 'basis'>) =>
  `${r.region}|${r.year}|${r.quarter ?? 'Y'}|${r.basis}`;
