import { describe, expect, it } from 'vitest';
import { buildMosaic, type MosaicShape } from './mosaic';
import { buildFaces } from './planar-faces';
import { ringArea } from './ring-geometry';
import { nodeRings, type GridRing } from './snap-rings';

const rect = (x0: number, y0: number, x1: number, y1: number): GridRing => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
const areaByCode = (faces: { code: string; rings: GridRing[] }[]) => {
  const out: Record<string, number> = {};
  for (const face of faces) {
    out[face.code] =
      (out[face.code] ?? 0) +
      face.rings.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * ringArea(ring), 0);
  }
  return out;
};
const options = { largeGapArea: 1e9, regencyAt: () => null };
const noded = (shapes: MosaicShape[]): MosaicShape[] => {
  const rings = nodeRings(
    shapes.flatMap((s) => s.polygons.flat()),
    0,
  );
  let next = 0;
  return shapes.map((s) => ({
    code: s.code,
    polygons: s.polygons.map((p) => p.map(() => rings[next++] ?? [])),
  }));
};

describe('buildFaces', () => {
  it('cuts two overlapping squares into three faces', () => {
    const { faces } = buildFaces(nodeRings([rect(0, 0, 100, 100), rect(50, 50, 150, 150)], 0));
    expect(faces.map((f) => f.area).sort((a, b) => a - b)).toEqual([2500, 7500, 7500]);
  });

  it('makes an island inside a lake a hole of the lake face', () => {
    const { faces } = buildFaces([rect(0, 0, 100, 100), rect(20, 20, 80, 80), rect(40, 40, 60, 60)]);
    expect(faces.map((f) => [f.rings.length, f.area]).sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0))).toEqual([
      [1, 400],
      [2, 3600 - 400],
      [2, 10000 - 3600],
    ]);
  });
});

describe('buildMosaic', () => {
  it('gives an overlap to the first unit only', () => {
    const { faces, overlaps } = buildMosaic(
      noded([
        { code: 'A', polygons: [[rect(0, 0, 100, 100)]] },
        { code: 'B', polygons: [[rect(90, 0, 200, 100)]] },
      ]),
      options,
    );
    expect(areaByCode(faces)).toEqual({ A: 10000, B: 10000 });
    expect(overlaps).toEqual({ count: 1, area: 1000 });
  });

  it('fills a sliver between two units from the neighbour with the longer border', () => {
    // A gap 2 wide between A and B, closed at the bottom by C's top edge.
    const { faces, slivers } = buildMosaic(
      noded([
        { code: 'A', polygons: [[rect(0, 0, 100, 100)]] },
        { code: 'B', polygons: [[rect(102, 0, 200, 100)]] },
        { code: 'C', polygons: [[rect(0, -50, 200, 0)]] },
        { code: 'D', polygons: [[rect(0, 100, 200, 150)]] },
      ]),
      options,
    );
    expect(slivers).toEqual({ count: 1, area: 200 });
    expect(areaByCode(faces)).toEqual({ A: 10200, B: 9800, C: 10000, D: 10000 });
  });

  it('leaves a lake open and keeps land around it', () => {
    const { faces, lakes } = buildMosaic(
      noded([
        { code: 'A', polygons: [[rect(0, 0, 100, 100), rect(40, 40, 60, 60)]] },
        { code: null, polygons: [[rect(40, 40, 60, 60)]] },
      ]),
      options,
    );
    expect(lakes).toBe(1);
    expect(areaByCode(faces)).toEqual({ A: 9600 });
  });

  it('asks GADM level 2 about a large gap and leaves it open when it is not land', () => {
    const shapes = noded([{ code: 'A', polygons: [[rect(0, 0, 100, 100), rect(10, 10, 90, 90)]] }]);
    const open = buildMosaic(shapes, { largeGapArea: 100, regencyAt: () => null });
    expect(areaByCode(open.faces)).toEqual({ A: 10000 - 6400 });
    expect(open.unexplained).toHaveLength(1);

    const land = buildMosaic(shapes, { largeGapArea: 100, regencyAt: () => 'A' });
    expect(areaByCode(land.faces)).toEqual({ A: 10000 });
    expect(land.missingLand.map((m) => [m.code, m.area])).toEqual([['A', 6400]]);
  });
});
