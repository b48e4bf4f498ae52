import type L from 'leaflet';
import { canvasToPngBlob } from '../../../lib/chart-export';

export interface MapImageText {
  title: string;
  footer: string;
  /** The map's classes, drawn under it so the colours can be read in the file too. */
  legend?: readonly { label: string; color: string }[];
}

const TITLE = 30;
const FOOTER = 24;
const LEGEND_ROW = 18;
const LEGEND_FONT = '12px system-ui, sans-serif';

/** Swatches left to right, wrapping to a new row when the next one would not fit. */
export function layoutLegend(
  items: readonly { label: string; color: string }[],
  width: number,
  textWidth: (label: string) => number,
): { label: string; color: string; x: number; row: number }[] {
  let x = 8;
  let row = 0;
  return items.map((item) => {
    const itemWidth = 16 + textWidth(item.label) + 16;
    if (x > 8 && x + itemWidth > width - 8) {
      x = 8;
      row += 1;
    }
    const placed = { ...item, x, row };
    x += itemWidth;
    return placed;
  });
}

/**
 * The map as one PNG: Leaflet draws regions, province borders and the selection on separate canvases
 * in their own panes; they are composited in pane order over the sea colour, with a title and the
 * boundary attribution. Basemap tiles are left out: another origin's tiles would taint the canvas.
 */
export async function mapToPngBlob(map: L.Map, text: MapImageText): Promise<Blob> {
  const container = map.getContainer();
  const box = container.getBoundingClientRect();
  const scale = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  const measure = canvas.getContext('2d');
  if (!measure) throw new Error('this browser cannot draw images');
  measure.font = LEGEND_FONT;
  const legend = layoutLegend(text.legend ?? [], box.width, (label) => measure.measureText(label).width);
  const legendHeight = legend.length ? (legend.at(-1)!.row + 1) * LEGEND_ROW + 6 : 0;
  const height = box.height + TITLE + legendHeight + FOOTER;
  canvas.width = Math.round(box.width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, box.width, height);
  context.fillStyle = getComputedStyle(container).backgroundColor || '#dce9f2';
  context.fillRect(0, TITLE, box.width, box.height);

  const layers = Array.from(container.querySelectorAll('canvas'))
    .map((layer) => ({
      layer,
      z: Number(getComputedStyle(layer.closest('.leaflet-pane') ?? layer).zIndex) || 0,
    }))
    .sort((a, b) => a.z - b.z);
  // Leaflet's canvases reach past the visible map (renderer padding): clip them to it.
  context.save();
  context.beginPath();
  context.rect(0, TITLE, box.width, box.height);
  context.clip();
  for (const { layer } of layers) {
    const rect = layer.getBoundingClientRect();
    context.drawImage(layer, rect.left - box.left, rect.top - box.top + TITLE, rect.width, rect.height);
  }
  context.restore();

  context.fillStyle = '#1a1a1a';
  context.font = '600 15px system-ui, sans-serif';
  context.fillText(text.title, 8, 20, box.width - 16);
  context.font = LEGEND_FONT;
  for (const item of legend) {
    const y = TITLE + box.height + 6 + item.row * LEGEND_ROW;
    context.fillStyle = item.color;
    context.fillRect(item.x, y + 2, 12, 12);
    context.strokeStyle = '#666666';
    context.strokeRect(item.x + 0.5, y + 2.5, 11, 11);
    context.fillStyle = '#1a1a1a';
    context.fillText(item.label, item.x + 16, y + 12);
  }
  context.fillStyle = '#444444';
  context.font = '11px system-ui, sans-serif';
  context.fillText(text.footer, 8, TITLE + box.height + legendHeight + 16, box.width - 16);
  return canvasToPngBlob(canvas);
}
