import L from 'leaflet';

/**
 * Leaflet's canvas renderer can redraw synchronously while an animation-frame redraw is still
 * pending; if the map is removed in between (React StrictMode, fast navigation), that pending
 * frame draws on a destroyed canvas and throws. This renderer skips a redraw once it has no canvas.
 */
const SafeCanvas = L.Canvas.extend({
  _redraw(this: L.Canvas & { _ctx?: CanvasRenderingContext2D }) {
    if (this._ctx) (L.Canvas.prototype as unknown as { _redraw: () => void })._redraw.call(this);
  },
}) as unknown as new (options?: L.RendererOptions) => L.Canvas;

export function createCanvasRenderer(options?: L.RendererOptions): L.Canvas {
  return new SafeCanvas(options);
}
