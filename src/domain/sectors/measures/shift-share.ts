/** Base- and end-year values of one sector in the region and the reference, and the reference totals. */
export interface ShiftShareInput {
  eij0: number;
  eijt: number;
  ein0: number;
  eint: number;
  en0: number;
  ent: number;
}

export interface ShiftShare {
  rij: number;
  rin: number;
  rn: number;
  /** Change E_ij^t − E_ij^0. */
  change: number;
  /** Reference growth (PN): E_ij^0 · r_n. */
  reference: number;
  /** Industry mix / proportional shift (PP): E_ij^0 · (r_in − r_n). */
  mix: number;
  /** Competitive / differential shift (PPW): E_ij^0 · (r_ij − r_in). */
  competitive: number;
  /** Net shift PB = PP + PPW. */
  net: number;
}

/** Classic three-component shift-share (Dunn 1960): change = reference + mix + competitive. */
export function computeShiftShare(x: ShiftShareInput): ShiftShare {
  const rij = x.eijt / x.eij0 - 1;
  const rin = x.eint / x.ein0 - 1;
  const rn = x.ent / x.en0 - 1;
  const reference = x.eij0 * rn;
  const mix = x.eij0 * (rin - rn);
  const competitive = x.eij0 * (rij - rin);
  return {
    rij,
    rin,
    rn,
    change: x.eijt - x.eij0,
    reference,
    mix,
    competitive,
    net: mix + competitive,
  };
}

export interface EstebanMarquillas {
  /** E'_ij = E_j^0 · E_in^0 / E_n^0: the base-year size with the reference's structure. */
  homothetic: number;
  /** C'_ij = E'_ij · (r_ij − r_in): competitiveness net of specialisation. */
  competitiveEffect: number;
  /** A_ij = (E_ij^0 − E'_ij) · (r_ij − r_in): positive when specialised where competitive. */
  allocationEffect: number;
}

/** Esteban-Marquillas (1972) split of the competitive shift: C = competitive effect + allocation effect. */
export function computeEstebanMarquillas(
  eij0: number,
  ej0: number,
  ein0: number,
  en0: number,
  rij: number,
  rin: number,
): EstebanMarquillas {
  const homothetic = (ej0 * ein0) / en0;
  return {
    homothetic,
    competitiveEffect: homothetic * (rij - rin),
    allocationEffect: (eij0 - homothetic) * (rij - rin),
  };
}
