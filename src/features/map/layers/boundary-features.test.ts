import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import type { RegionCode } from '../../../domain/region';
import { boundariesFixture } from '../../../mocks/fixtures';
import { codesWithoutBoundary, labelPoint, toBoundaryFeatures } from './boundary-features';

describe('toBoundaryFeatures', () => {
  it('reads every region of the topology with its code', () => {
    const features = toBoundaryFeatures(boundariesFixture.province as unknown as Topology);
    expect(features.map((f) => f.properties.code)).toEqual(['31', '61']);
  });
});

describe('labelPoint', () => {
  it('aims at the largest island, not the middle of the sea between islands', () => {
    const square = (x: number, y: number, size: number) => [
      [
        [x, y],
        [x + size, y],
        [x + size, y + size],
        [x, y + size],
        [x, y],
      ],
    ];
    const [lat, lng] = labelPoint({
      type: 'Feature',
      properties: { code: '61.11' as RegionCode },
      geometry: { type: 'MultiPolygon', coordinates: [square(100, 0, 0.2), square(110, -2, 2)] },
    });
    expect(lng).toBeCloseTo(111, 1);
    expect(lat).toBeCloseTo(-1, 1);
  });
});

describe('codesWithoutBoundary', () => {
  it('lists the regions the boundary file does not draw', () => {
    const features = toBoundaryFeatures(boundariesFixture.province as unknown as Topology);
    expect(codesWithoutBoundary(['31', '61', '96'] as RegionCode[], features)).toEqual(['96']);
  });
});
