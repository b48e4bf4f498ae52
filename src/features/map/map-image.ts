import type L from 'leaflet';
import { canvasToPngBlob } from '../../lib/chart-export';

export interface MapImageText {
  title: string;
  footer: string;
}

const TITLE = 30;
const FOOTER = 24;

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
  canvas.width = Math.round(box.width * scale);
  canvas.height = Math.round((box.height + TITLE + FOOTER) * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw images');
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, box.width, box.height + TITLE + FOOTER);
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
  context.fillStyle = '#444444';
  context.font = '11px system-ui, sans-serif';
  context.fillText(text.footer, 8, TITLE + box.height + 16, box.width - 16);
  return canvasToPngBlob(canvas);
}
