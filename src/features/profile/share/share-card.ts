/** What a share card says; every line comes from the page's own numbers. */
export interface ShareCard {
  region: string;
  indicator: string;
  value: string;
  unit: string;
  year: string;
  /** The official class ("Kelas: Sedang"). */
  standing: string | undefined;
  /** Rank in the province and in the nation. */
  ranks: string | undefined;
  /** The province and Indonesia values of the same year. */
  benchmarks: string | undefined;
  verdict: string | undefined;
  /** "improving" / "worsening" colours the verdict; anything else stays neutral. */
  tone: 'better' | 'worse' | 'neutral';
  source: string;
  footer: string;
}

export const CARD_SIZE = 1080;
const PAD = 80;
const INK = '#1a1a1a';
const MUTED = '#555555';
const TONE = { better: '#4575b4', worse: '#d73027', neutral: '#555555' } as const;

/** Splits text into lines no wider than `width` at the context's current font. */
export function wrapText(measure: (text: string) => number, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws a square card, readable on a phone: big value and year, class, ranks, benchmarks, verdict, source. */
export function drawShareCard(ctx: CanvasRenderingContext2D, card: ShareCard): void {
  const width = CARD_SIZE - 2 * PAD;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, CARD_SIZE, CARD_SIZE);
  ctx.fillStyle = '#0072B2';
  ctx.fillRect(0, 0, CARD_SIZE, 24);
  ctx.textBaseline = 'top';

  let y = PAD;
  const block = (text: string, font: string, color: string, lineHeight: number, maxLines = 3) => {
    ctx.font = font;
    ctx.fillStyle = color;
    for (const line of wrapText((s) => ctx.measureText(s).width, text, width).slice(0, maxLines)) {
      ctx.fillText(line, PAD, y);
      y += lineHeight;
    }
  };
  block(card.region, 'bold 64px system-ui, sans-serif', INK, 76, 2);
  y += 16;
  block(card.indicator, '40px system-ui, sans-serif', MUTED, 50, 2);
  y += 40;
  ctx.font = 'bold 160px system-ui, sans-serif';
  ctx.fillStyle = INK;
  ctx.fillText(card.value, PAD, y);
  const valueWidth = ctx.measureText(card.value).width;
  ctx.font = 'bold 44px system-ui, sans-serif';
  ctx.fillStyle = MUTED;
  ctx.fillText(card.year, PAD + valueWidth + 32, y + 30);
  ctx.font = '36px system-ui, sans-serif';
  if (valueWidth + 40 + ctx.measureText(card.unit).width < width)
    ctx.fillText(card.unit, PAD + valueWidth + 32, y + 96);
  y += 184;
  if (card.standing) block(card.standing, 'bold 44px system-ui, sans-serif', INK, 56, 1);
  y += 8;
  if (card.ranks) block(card.ranks, '34px system-ui, sans-serif', INK, 44, 2);
  y += 8;
  if (card.benchmarks) block(card.benchmarks, '34px system-ui, sans-serif', MUTED, 44, 2);
  y += 8;
  if (card.verdict) block(card.verdict, 'bold 38px system-ui, sans-serif', TONE[card.tone], 48, 1);

  y = CARD_SIZE - PAD - 90;
  block(card.source, '30px system-ui, sans-serif', MUTED, 38, 2);
  ctx.font = 'bold 30px system-ui, sans-serif';
  ctx.fillStyle = '#0072B2';
  ctx.fillText(card.footer, PAD, CARD_SIZE - PAD);
}

/** The card as a PNG blob. */
export function renderShareCard(card: ShareCard, document: Document): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = CARD_SIZE;
  canvas.height = CARD_SIZE;
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('canvas 2D is not available'));
  drawShareCard(ctx, card);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))),
      'image/png',
    ),
  );
}
