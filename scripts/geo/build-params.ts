import type { SpeckRule } from './drop-specks';
import type { SimplifyParams } from './simplify-layers';

/**
 * Areas are in square degrees: 1e-4 deg² ≈ 1.2 km². A screen pixel is 0.044° wide at zoom 5 and
 * 0.0027° at zoom 9. The weights keep the province layer (coasts and province borders) within its
 * 60 KB budget and let borders inside a province keep eight times more detail; small cities get finer
 * borders still (detailShare), so they stay recognisable at zoom 9. The output grid of 3e4 steps
 * is about 170 m by 60 m, under a pixel at zoom 9.
 */
export interface BuildParams {
  /** Grid (degrees per unit, 1e-5 ≈ 1.1 m) and snapping distance (units) for cleaning GADM borders. */
  snap: { gridSize: number; distance: number };
  largeGapArea: number;
  specks: SpeckRule;
  simplify: SimplifyParams;
}

export const BUILD_PARAMS: BuildParams = {
  snap: { gridSize: 1e-5, distance: 20 },
  largeGapArea: 1e-4,
  specks: { keepArea: 3e-4, keepShare: 0.01 },
  simplify: { outerWeight: 2.5e-4, innerWeight: 3e-5, detailShare: 1e-3, quantization: 3e4 },
};

/** Gzipped size budgets in bytes. */
export const SIZE_BUDGETS = { regency: 150 * 1024, province: 60 * 1024 } as const;
