/**
 * BPS's IPM method ("metode baru", since 2010), as behind tables var 413–417: the health index from
 * life expectancy, the education index from expected and mean years of schooling, the decent-living
 * index from adjusted per-capita spending (thousand rupiah, 2012 prices), and IPM their geometric mean.
 * With these bounds the formula reproduces the published var-413 IPM 2024 of all 514 kabupaten/kota.
 */
export const IPM_BOUNDS = {
  lifeExpectancy: { min: 20, max: 85 },
  expectedSchooling: { min: 0, max: 18 },
  meanSchooling: { min: 0, max: 15 },
  expenditure: { min: 1007.436, max: 26572.352 },
} as const;

export interface IpmComponents {
  /** UHH, years (table var 414: the series of var-413 IPM, never the Long Form SP2020 one). */
  lifeExpectancy: number;
  /** HLS, years. */
  expectedSchooling: number;
  /** RLS, years. */
  meanSchooling: number;
  /** Adjusted per-capita expenditure, thousand rupiah per person per year. */
  expenditure: number;
}

export type IpmDimension = 'health' | 'education' | 'living';

export const IPM_DIMENSIONS: readonly IpmDimension[] = ['health', 'education', 'living'];

/** The three dimension indices (0–1) and IPM (0–100, unrounded). */
export interface IpmIndices {
  health: number;
  education: number;
  living: number;
  ipm: number;
}

const capped = (value: number, max: number) => Math.min(value, max);

export function ipmIndices(c: IpmComponents): IpmIndices {
  const { lifeExpectancy: uhh, expectedSchooling: hls, meanSchooling: rls, expenditure } = IPM_BOUNDS;
  const health = (c.lifeExpectancy - uhh.min) / (uhh.max - uhh.min);
  // BPS caps the schooling components at their maximum: 18 years expected, 15 years mean.
  const education =
    (capped(c.expectedSchooling, hls.max) / hls.max + capped(c.meanSchooling, rls.max) / rls.max) / 2;
  const living =
    (Math.log(c.expenditure) - Math.log(expenditure.min)) /
    (Math.log(expenditure.max) - Math.log(expenditure.min));
  const ipm = Math.cbrt(health * education * living) * 100;
  return { health, education, living, ipm };
}

/**
 * The dimension that holds IPM back most: the lowest index. In a geometric mean a rise of 0.01 in the
 * lowest index lifts IPM more than the same rise in either other one, so that is where effort pays most.
 * (No province or national components are bundled, so a gap to Indonesia could not be computed anyway.)
 */
export function weakestDimension(indices: IpmIndices): IpmDimension {
  return IPM_DIMENSIONS.reduce((weakest, d) => (indices[d] < indices[weakest] ? d : weakest));
}
