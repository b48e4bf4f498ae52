const PAPUA_SPLIT_PROVINCES = new Set(['91', '92']);

/**
 * Last year in which each source still reports Papua (91) and Papua Barat (92) on their boundaries
 * before the 2022 split: BPS lists the new provinces only once it has values for them (IPM var 413
 * from 2022, poverty from March 2024, the LF SP2020 IPM from the 2024 release), and governance
 * assessments up to 2022 were made on the old provinces.
 */
const OLD_BOUNDARY_UNTIL: Readonly<Record<string, number>> = {
  ipm: 2021,
  'ipm-lf2020': 2023,
  'poverty-rate': 2023,
  'unemployment-rate': 2023,
  'spbe-index': 2022,
  'ombudsman-score': 2022,
  ipp: 2022,
  eppd: 2022,
};

export function isOldPapuaBoundary(indicator: string, region: string, year: number): boolean {
  const until = OLD_BOUNDARY_UNTIL[indicator];
  return until !== undefined && PAPUA_SPLIT_PROVINCES.has(region) && year <= until;
}

export const OLD_BOUNDARY_NOTE = 'pre-2022 boundary: Papua/Papua Barat before the 2022 split';
