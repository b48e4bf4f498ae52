/** Texts of the data-quality feature, Indonesian first; English must have the same keys (checked by the type). */
export const dataQualityId = {
  grade: {
    label: 'Tingkat sumber',
    official: 'resmi',
    secondary: 'sekunder',
    press: 'kutipan pers',
    notStated: 'tidak dinyatakan',
  },
  gradeExplain: {
    official: 'Angka dibaca langsung dari terbitan resmi penerbitnya.',
    secondary:
      'Sumber sekunder: angka resmi yang dibaca dari kompilasi pihak lain (salinan tabel, dataset penelitian), bukan dari terbitan resmi itu sendiri.',
    press:
      'Kutipan pers: angka resmi yang dikutip dari berita atau siaran pers, bukan dari tabel resmi lengkap.',
  },
  category: {
    label: 'Kategori',
    only: '{{category}} (tanpa nilai angka)',
    noValue: 'tanpa nilai angka',
    legendTitle: 'Hanya kategori resmi, tanpa nilai',
    legendHint: 'Daerah yang hanya diumumkan kategorinya; tidak diberi peringkat.',
    coverageOnly: '+{{n}} hanya kategori',
    coverageNote: '“hanya kategori”: daerah yang hanya diumumkan kategorinya (mis. zona), tanpa nilai angka.',
  },
  compiled: {
    label: 'Tabel dihimpun',
    notStated: 'tidak dinyatakan',
  },
  gradeCount_one: '{{n}} nilai',
  gradeCount_other: '{{n}} nilai',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const dataQualityEn: Widen<typeof dataQualityId> = {
  grade: {
    label: 'Source grade',
    official: 'official',
    secondary: 'secondary',
    press: 'press quote',
    notStated: 'not stated',
  },
  gradeExplain: {
    official: "The figure was read directly from its publisher's official release.",
    secondary:
      'Secondary source: an official figure read from a compilation by someone else (a copy of the table, a research dataset), not from the official release itself.',
    press:
      'Press quote: an official figure quoted from a news report or press release, not from the full official table.',
  },
  category: {
    label: 'Category',
    only: '{{category}} (no numeric value)',
    noValue: 'no numeric value',
    legendTitle: 'Official category only, no value',
    legendHint: 'Regions for which only the category was published; not ranked.',
    coverageOnly: '+{{n}} category only',
    coverageNote:
      '“category only”: regions for which only the category (e.g. a zone) was published, no number.',
  },
  compiled: {
    label: 'Table compiled',
    notStated: 'not stated',
  },
  gradeCount_one: '{{n}} value',
  gradeCount_other: '{{n}} values',
};
