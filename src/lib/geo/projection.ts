import type { Geometry, Position } from 'geojson';

export type BBox = [west: number, south: number, east: number, north: number];
export type Project = (position: Position) => [number, number];

/** The bounding box of any number of polygon geometries, or null when there are none. */
export function bboxOf(geometries: readonly Geometry[]): BBox | null {
  let box: BBox | null = null;
  const visit = (p: Position) => {
    const [x, y] = p as [number, number];
    if (!box) box = [x, y, x, y];
    else box = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
  };
  for (const g of geometries) forEachPosition(g, visit);
  return box;
}

function forEachPosition(geometry: Geometry, visit: (p: Position) => void): void {
  if (geometry.type === 'Polygon') geometry.coordinates.forEach((ring) => ring.forEach(visit));
  else if (geometry.type === 'MultiPolygon')
    geometry.coordinates.forEach((poly) => poly.forEach((ring) => ring.forEach(visit)));
}

/**
 * An equirectangular projection scaled by the cosine of the middle latitude, fitted into
 * width × height with a margin. Indonesia straddles the equator, so this is close to conformal at
 * the scale of a province and needs no projection library.
 */
export function fitProjection(box: BBox, width: number, height: number, margin = 4): Project {
  const [west, south, east, north] = box;
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = Math.max((east - west) * k, 1e-9);
  const spanY = Math.max(north - south, 1e-9);
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  return ([lng, lat]) => [
    round(offsetX + (lng! - west) * k * scale),
    round(offsetY + (north - lat!) * scale),
  ];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** An SVG path for a polygon geometry; rings are closed with "Z". */
export function geometryPath(geometry: Geometry, project: Project): string {
  const ring = (positions: Position[]) =>
    positions.map((p, i) => `${i === 0 ? 'M' : 'L'}${project(p).join(',')}`).join('') + 'Z';
  if (geometry.type === 'Polygon') return geometry.coordinates.map(ring).join('');
  if (geometry.type === 'MultiPolygon')
    return geometry.coordinates.flatMap((poly) => poly.map(ring)).join('');
  return '';
}

/** Grows a box by a fraction of its size on every side (a region with some of its surroundings). */
export function padBBox(box: BBox, fraction: number): BBox {
  const dx = (box[2] - box[0]) * fraction;
  const dy = (box[3] - box[1]) * fraction;
  return [box[0] - dx, box[1] - dy, box[2] + dx, box[3] + dy];
}
