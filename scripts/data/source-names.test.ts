import { describe, expect, it } from 'vitest';
import { gradeFromUrl, sourceFromUrl } from './source-names';

describe('sourceFromUrl', () => {
  it('names a GitHub mirror after the publisher it mirrors', () => {
    const url = 'https://github.com/tauradavin/uas-visdat-2026/blob/6f82eeb/Data/IPM%202021.csv';
    expect(sourceFromUrl(url)).toEqual({ name: 'BPS (via tauradavin/uas-visdat-2026 mirror)', url });
    expect(sourceFromUrl('https://github.com/cahyadsn/wilayah/blob/0bb/db/wilayah_luas.sql').name).toBe(
      'BIG (via cahyadsn/wilayah)',
    );
    expect(sourceFromUrl('https://github.com/cahyadsn/wilayah/blob/519/db/wilayah_penduduk.sql').name).toBe(
      'Kemendagri (via cahyadsn/wilayah)',
    );
    expect(sourceFromUrl('https://github.com/someone/else/blob/x/a.csv').name).toBe('someone/else (GitHub)');
  });

  it('names a news page by its host, without www. or port', () => {
    expect(sourceFromUrl('https://www.jpnn.com/news/x')).toEqual({
      name: 'jpnn.com',
      url: 'https://www.jpnn.com/news/x',
    });
    expect(sourceFromUrl('https://diskominfo.bintankab.go.id:443/read/x').name).toBe(
      'diskominfo.bintankab.go.id',
    );
  });

  it('keeps a description that is not a URL as the name, without a url', () => {
    expect(sourceFromUrl("paluekspres.com (URL not given in search result; article 'X')")).toEqual({
      name: 'paluekspres.com',
    });
  });
});

describe('gradeFromUrl', () => {
  it("calls a publisher's own site official, a GitHub copy secondary and anything else a press quote", () => {
    expect(gradeFromUrl('https://ombudsman.go.id/perwakilan/news/r/x')).toBe('official');
    expect(gradeFromUrl('https://www.bps.go.id/id/pressrelease/x')).toBe('official');
    expect(gradeFromUrl('https://github.com/Jessch22/clustering-tpt-tpak/blob/7461157/DATASET.xlsx')).toBe(
      'secondary',
    );
    expect(gradeFromUrl('https://jurnal.kemendagri.go.id/index.php/x')).toBe('secondary');
    expect(gradeFromUrl('https://kalselprov.go.id/berita/x')).toBe('press');
    expect(gradeFromUrl('https://www.jpnn.com/news/x')).toBe('press');
    expect(gradeFromUrl("paluekspres.com (URL not given in search result; article 'X')")).toBe('press');
  });
});
