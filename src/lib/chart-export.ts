const SVG_NS = 'http://www.w3.org/2000/svg';

// Recharts styles its SVG through classes and inherited CSS; a file opened elsewhere has no stylesheet,
// so the computed values that matter are written onto each element of the copy.
const INLINED_STYLES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

export interface ExportDecoration {
  title?: string;
  subtitle?: string;
  footer?: string;
  legend?: readonly { label: string; color: string }[];
}

const TITLE_HEIGHT = 26;
const LINE_HEIGHT = 18;

/**
 * A standalone copy of a chart's SVG: styles inlined, white background, and the chart's title, legend
 * and source drawn in, so the file says what it shows and where the numbers come from.
 */
export function standaloneSvg(svg: SVGSVGElement, decoration: ExportDecoration = {}): string {
  const { width, height } = svgSize(svg);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);

  const top = (decoration.title ? TITLE_HEIGHT : 0) + (decoration.subtitle ? LINE_HEIGHT : 0);
  const legendRows = decoration.legend?.length ? 1 : 0;
  const bottom = legendRows * LINE_HEIGHT + (decoration.footer ? LINE_HEIGHT + 4 : 0);
  const total = height + top + bottom + 8;

  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(total));
  root.setAttribute('viewBox', `0 0 ${width} ${total}`);
  root.setAttribute('font-family', 'system-ui, sans-serif');
  append(root, 'rect', { x: 0, y: 0, width, height: total, fill: '#ffffff' });

  let y = 0;
  if (decoration.title) {
    append(root, 'text', {
      x: 8,
      y: (y += 20),
      'font-size': 15,
      'font-weight': 700,
      fill: '#1a1a1a',
    }).textContent = decoration.title;
    y += 6;
  }
  if (decoration.subtitle) {
    append(root, 'text', { x: 8, y: (y += 14), 'font-size': 12, fill: '#444444' }).textContent =
      decoration.subtitle;
    y += 4;
  }
  const plot = append(root, 'g', { transform: `translate(0 ${top})` });
  for (const child of Array.from(copy.childNodes)) plot.append(child);

  y = top + height;
  if (decoration.legend?.length) {
    let x = 8;
    y += 14;
    for (const item of decoration.legend) {
      append(root, 'rect', { x, y: y - 9, width: 10, height: 10, fill: item.color });
      const label = append(root, 'text', { x: x + 14, y, 'font-size': 12, fill: '#1a1a1a' });
      label.textContent = item.label;
      x += 24 + item.label.length * 6.5;
    }
  }
  if (decoration.footer) {
    append(root, 'text', { x: 8, y: y + 18, 'font-size': 11, fill: '#444444' }).textContent =
      decoration.footer;
  }
  return new XMLSerializer().serializeToString(root);
}

function append(parent: Element, name: string, attributes: Record<string, string | number>): SVGElement {
  const element = parent.ownerDocument.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  parent.append(element);
  return element;
}

function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width) || Number(svg.getAttribute('width')) || 600;
  const height = Math.round(box.height) || Number(svg.getAttribute('height')) || 300;
  return { width, height };
}

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const declarations = INLINED_STYLES.map((name) => [name, computed.getPropertyValue(name)] as const)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name}:${value}`);
  // Through the CSSOM, not setAttribute('style'): the app's CSP (style-src 'self') refuses inline style attributes.
  if (declarations.length > 0) (target as SVGElement).style.cssText = declarations.join(';');
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) inlineStyles(sourceChildren[i]!, targetChildren[i]!);
}

/** Draws an SVG document onto a canvas at `scale` (2 = sharp on phones) and returns it as PNG. */
export async function svgToPngBlob(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw images');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await canvasToPngBlob(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function canvasToPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))),
      'image/png',
    ),
  );
}

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadSvg(svg: SVGSVGElement, filename: string, decoration?: ExportDecoration): void {
  const text = standaloneSvg(svg, decoration);
  downloadBlob(`${filename}.svg`, new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
}

export async function downloadPng(
  svg: SVGSVGElement,
  filename: string,
  decoration?: ExportDecoration,
  scale = 2,
): Promise<void> {
  downloadBlob(`${filename}.png`, await svgToPngBlob(standaloneSvg(svg, decoration), scale));
}

/** File names say what and when: "IPM 2024 / Kabupaten Kayong Utara" → "ipm-2024-kabupaten-kayong-utara". */
export function fileSlug(...parts: (string | number | null | undefined)[]): string {
  return parts
    .filter((p) => p !== null && p !== undefined && p !== '')
    .map((p) =>
      String(p)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9.]+/g, '-')
        .replace(/\./g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('-');
}
