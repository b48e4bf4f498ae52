import { describe, expect, it } from 'vitest';
import {
  headline,
  latestByRegion,
  regionPreview,
  withPreview,
  type PreviewIndicator,
} from './region-preview';

const ipm: PreviewIndicator = {
  id: 'ipm',
  label: 'IPM',
  unit: 'indeks (0–100)',
  decimals: 2,
  source: 'BPS',
  bands: [
    { from: null, to: 60, label: 'Rendah' },
    { from: 60, to: 70, label: 'Sedang' },
    { from: 70, to: null, label: 'Tinggi' },
  ],
  observations: [
    { region: '61.11', year: 2023, value: 64.79 },
    { region: '61.11', year: 2024, value: 65.74 },
    { region: '61.11', year: 2025, value: null },
  ],
};
const poverty: PreviewIndicator = {
  id: 'poverty-rate',
  label: 'Penduduk miskin',
  unit: '% penduduk',
  decimals: 2,
  source: 'BPS',
  observations: [{ region: '61.11', year: 2024, value: 8.84, source: { name: 'kalbar.bps.go.id' } }],
};
const kayong = { code: '61.11', name: 'Kabupaten Kayong Utara', level: 'regency', parent: '61' };
const figures = (code: string) =>
  [ipm, poverty].map((indicator) => ({
    indicator,
    latest: latestByRegion(indicator.observations).get(code),
  }));

describe('region link previews', () => {
  it('takes the newest year with a value, skipping a later empty one', () => {
    expect(latestByRegion(ipm.observations).get('61.11')).toMatchObject({ year: 2024, value: 65.74 });
  });

  it('writes a figure with its year, Indonesian number and official class', () => {
    expect(headline(ipm, { region: '61.11', year: 2024, value: 65.74 })).toBe('IPM 2024: 65,74 (Sedang)');
    expect(headline(poverty, { region: '61.11', year: 2024, value: 8.84 })).toBe(
      'Penduduk miskin 2024: 8,84 %',
    );
  });

  it('names the region, its province, the headline figures and their sources', () => {
    expect(regionPreview(kayong, 'Kalimantan Barat', figures('61.11'))).toEqual({
      title: 'Kabupaten Kayong Utara, Kalimantan Barat — IPM 2024: 65,74 (Sedang) · Kinerja Daerah',
      description: 'IPM 2024: 65,74 (Sedang) · Penduduk miskin 2024: 8,84 %. Sumber: BPS, kalbar.bps.go.id.',
      url: '/region/61.11',
    });
  });

  it('still names a region with no figures', () => {
    expect(regionPreview({ ...kayong, code: '99.01' }, undefined, figures('99.01')).title).toBe(
      'Kabupaten Kayong Utara · Kinerja Daerah',
    );
  });

  it('replaces title and description, adds Open Graph tags and escapes names from data', () => {
    const html =
      '<head><meta name="description" content="Dasbor" /><title>Kinerja Daerah</title><script src="/a.js"></script></head>';
    const out = withPreview(html, { title: 'Kota "A" <b>', description: 'x & y', url: '/region/1' });
    expect(out).toContain('<title>Kota &quot;A&quot; &lt;b&gt;</title>');
    expect(out).toContain('<meta property="og:title" content="Kota &quot;A&quot; &lt;b&gt;" />');
    expect(out).toContain('<meta name="description" content="x &amp; y" />');
    expect(out).toContain('<meta property="og:url" content="/region/1" />');
    expect(out).toContain('<script src="/a.js"></script>');
  });
});
