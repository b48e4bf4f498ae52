import type { BoundaryFeature } from './boundary-features';
import { useRegionLayers, type RegionLayerHandlers } from './use-region-layers';

export function RegionLayers({
  features,
  ...handlers
}: { features: readonly BoundaryFeature[] } & RegionLayerHandlers) {
  useRegionLayers(features, handlers);
  return null;
}
