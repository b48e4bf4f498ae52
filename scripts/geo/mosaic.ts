import type { Position } from 'geojson';
import { buildFaces } from './planar-faces';
import { bboxContains, pointInPolygon, polygonInteriorPoint, ringBBox, type BBox } from './ring-geometry';
import type { GridRing } from './snap-rings';

/** A GADM unit on the grid: land of a regency (its code), or a lake or reservoir (null). */
export interface MosaicShape {
  code: string | null;
  polygons: GridRing[][];
}

export interface MosaicFace {
  code: string;
  rings: GridRing[];
}

export interface MosaicReport {
  faces: MosaicFace[];
  /** Faces covered by units of two different regencies; given to the first in GADM's order. */
  overlaps: { count: number; area: number };
  /** Small uncovered faces (slivers between units), given to the neighbour with the longest border. */
  slivers: { count: number; area: number };
  /** Large uncovered faces where GADM level 2 has land (kecamatan missing from level 3). */
  missingLand: { code: string; area: number; at: Position }[];
  lakes: number;
  /** Large uncovered faces GADM level 2 has no land for either: left open, listed for review. */
  unexplained: { area: number; at: Position }[];
}

export interface MosaicOptions {
  /** Faces at least this large (grid units²) are not slivers. */
  largeGapArea: number;
  /** The regency GADM level 2 puts at a grid point, if any. */
  regencyAt: (p: Position) => string | null;
}

const INDEX_CELL = 20000;

/**
 * Cuts the plane along every edge of every unit and gives each resulting face to one regency: the
 * unit covering it, the first one where units overlap, a neighbour where they leave a gap. Lakes
 * stay open. Afterwards no two regencies overlap and neighbours share every border exactly.
 */
export function buildMosaic(shapes: readonly MosaicShape[], options: MosaicOptions): MosaicReport {
  const { faces, neighbours } = buildFaces(shapes.flatMap((s) => s.polygons.flat()));

  const boxes: { shape: number; polygon: GridRing[]; box: BBox }[] = [];
  const index = new Map<number, number[]>();
  shapes.forEach((shape, s) =>
    shape.polygons.forEach((polygon) => {
      const box = ringBBox(polygon[0] ?? []);
      const id = boxes.length;
      boxes.push({ shape: s, polygon, box });
      for (let cx = Math.floor(box[0] / INDEX_CELL); cx <= Math.floor(box[2] / INDEX_CELL); cx++) {
        for (let cy = Math.floor(box[1] / INDEX_CELL); cy <= Math.floor(box[3] / INDEX_CELL); cy++) {
          const key = cx * 100000 + cy;
          const list = index.get(key);
          if (list) list.push(id);
          else index.set(key, [id]);
        }
      }
    }),
  );
  const coveringShapes = (p: Position) => {
    const found = new Set<number>();
    const key = Math.floor((p[0] ?? 0) / INDEX_CELL) * 100000 + Math.floor((p[1] ?? 0) / INDEX_CELL);
    for (const id of index.get(key) ?? []) {
      const entry = boxes[id];
      if (entry && bboxContains(entry.box, p) && pointInPolygon(p, entry.polygon)) found.add(entry.shape);
    }
    return [...found].sort((a, b) => a - b);
  };

  const report: MosaicReport = {
    faces: [],
    overlaps: { count: 0, area: 0 },
    slivers: { count: 0, area: 0 },
    missingLand: [],
    lakes: 0,
    unexplained: [],
  };
  const points = faces.map((face) => polygonInteriorPoint(face.rings));
  // undefined: not decided yet; null: lake or left open.
  const label: (string | null | undefined)[] = faces.map((face, f) => {
    const at = points[f];
    if (!at) return null;
    const covering = coveringShapes(at).map((s) => shapes[s]?.code ?? null);
    const land = covering.filter((code): code is string => code !== null);
    if (land.length > 0) {
      if (new Set(land).size > 1) {
        report.overlaps.count++;
        report.overlaps.area += face.area;
      }
      return land[0];
    }
    if (covering.length > 0) {
      report.lakes++;
      return null;
    }
    if (face.area >= options.largeGapArea) {
      const code = options.regencyAt(at);
      if (code === null) {
        report.unexplained.push({ area: face.area, at });
        return null;
      }
      report.missingLand.push({ code, area: face.area, at });
      return undefined;
    }
    report.slivers.count++;
    report.slivers.area += face.area;
    return undefined;
  });

  // Gaps take the label of the neighbour they share most border with; gaps next to gaps wait a round.
  const preferred = new Map(report.missingLand.map((m) => [m.at, m.code]));
  for (let changed = true; changed;) {
    changed = false;
    faces.forEach((_, f) => {
      if (label[f] !== undefined) return;
      const shared = new Map<string, number>();
      for (const [g, length] of neighbours[f] ?? []) {
        const code = label[g];
        if (typeof code === 'string') shared.set(code, (shared.get(code) ?? 0) + length);
      }
      if (shared.size === 0) return;
      const wanted = preferred.get(points[f] ?? []);
      const best = [...shared].sort(([a, la], [b, lb]) => lb - la || (a < b ? -1 : 1))[0]?.[0];
      label[f] = wanted !== undefined && shared.has(wanted) ? wanted : best;
      changed = true;
    });
  }

  faces.forEach((face, f) => {
    const code = label[f];
    if (typeof code === 'string') report.faces.push({ code, rings: face.rings });
  });
  for (const m of report.missingLand) {
    const f = points.indexOf(m.at);
    const code = label[f];
    if (typeof code === 'string') m.code = code;
  }
  return report;
}
