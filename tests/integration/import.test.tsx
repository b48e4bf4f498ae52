import 'fake-indexeddb/auto';
import { fireEvent, waitFor, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

/** The user's own file. Values are clearly test values, not official figures. */
const csv = (name: string, lines: string[], type = 'text/csv') =>
  new File([lines.join('\n')], name, { type });

const NEW_INDICATOR = [
  'kode_wilayah;tahun;nilai;indikator;nama_indikator;satuan;arah;sumber',
  '61.11;2024;1.234,5;rumah-layak-uji;Rumah layak huni (uji);unit;naik-baik;Bappeda (uji)',
  '61.04;2024;987,25;rumah-layak-uji;Rumah layak huni (uji);unit;naik-baik;Bappeda (uji)',
];

/** The map page loads boundaries and several queries: give it longer on a busy machine. */
const SLOW = { timeout: 5000 };

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  // Region choices are remembered across files: each test starts without any.
  localStorage.clear();
});

async function openImport(url = '/import') {
  const app = renderApp(url);
  const input = await app.screen.findByLabelText('Pilih berkas CSV', {}, SLOW);
  return { ...app, input };
}

describe('import page', () => {
  it('imports a new indicator, shows it on the map marked as imported, keeps it after a reload and removes it', async () => {
    const { screen, user, input, unmount } = await openImport();
    await user.upload(input, csv('rumah-uji.csv', NEW_INDICATOR));
    expect(await screen.findByText('Semua 2 baris sah dan siap diimpor.')).toBeInTheDocument();
    const preview = screen.getByRole('table', { name: 'Pratinjau (sebagian baris sah)' });
    expect(within(preview).getAllByRole('row')[1]).toHaveTextContent(
      'Kabupaten Kayong UtaraRumah layak huni (uji)20241.234,50',
    );
    await user.click(screen.getByRole('button', { name: 'Impor 2 baris sah' }));
    expect(await screen.findByText(/rumah-uji\.csv diimpor: 2 baris/)).toBeInTheDocument();
    const list = screen.getByRole('region', { name: 'Data yang sudah diimpor' });
    expect(within(list).getAllByRole('row')[1]).toHaveTextContent(
      /^rumah-uji\.csvRumah layak huni \(uji\).*Nilai indikator.*2Ekspor CSVGantiHapus$/,
    );

    // A reload: the set comes back from IndexedDB.
    unmount();
    const again = renderApp('/?indicator=rumah-layak-uji&level=regency&year=2024');
    await again.user.click(await again.screen.findByText(/Tabel nilai peta/, {}, SLOW));
    const table = again.screen.getByRole('table', { name: /Rumah layak huni \(uji\) 2024/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('1Kabupaten Kayong Utara1.234,50Data impor');
    expect(within(rows[0]!).getByText('Data impor')).toHaveAttribute(
      'title',
      'Data impor: rumah-uji.csv (Bappeda (uji))',
    );
    expect(again.screen.getByText('Data impor: rumah-uji.csv (Bappeda (uji))')).toBeInTheDocument();
    again.unmount();

    const third = await openImport();
    await third.user.click(await third.screen.findByRole('button', { name: 'Hapus rumah-uji.csv' }, SLOW));
    expect(await third.screen.findByText('Belum ada data yang diimpor di peramban ini.')).toBeInTheDocument();
    third.unmount();
    const fourth = renderApp('/?indicator=rumah-layak-uji');
    // The indicator is gone everywhere: the map falls back and says so.
    expect(
      await fourth.screen.findByText(/Indikator “rumah-layak-uji” tidak ada/, {}, SLOW),
    ).toBeInTheDocument();
  });

  it.each([
    ['data.pdf', 'application/pdf', ['x'], 'Berkas ini bukan CSV atau Excel (.xlsx).'],
    [
      'rusak.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ['bukan buku kerja'],
      'Berkas ini tidak dapat dibaca.',
    ],
    ['kosong.csv', 'text/csv', [''], 'Berkas ini kosong.'],
    [
      'judul.csv',
      'text/csv',
      ['kode_wilayah,tahun,nilai'],
      'Berkas ini hanya berisi judul kolom, tanpa baris data.',
    ],
    [
      'lain.csv',
      'text/csv',
      ['nama,alamat', 'Budi,Jl. Merdeka'],
      'Kolom berkas ini tidak dikenali (nama, alamat).',
    ],
    ['kurang.csv', 'text/csv', ['tahun,nilai', '2024,1'], 'Kolom wajib tidak ada: kode_wilayah.'],
  ])('refuses %s with one clear message', async (name, type, lines, message) => {
    const { screen, input } = await openImport();
    // A file input's accept list is only a hint: a user can still pick any file.
    fireEvent.change(input, { target: { files: [csv(name, lines, type)] } });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`Berkas ${name} tidak dapat diimpor`);
    expect(alert).toHaveTextContent(message);
  });

  it('refuses a file whose columns hold what their names do not say, and keeps nothing', async () => {
    const { screen, input } = await openImport();
    fireEvent.change(input, {
      target: {
        files: [csv('peran.csv', ['Daerah,Skor,Periode', 'Kayong Utara,2024,71.5', 'Sambas,2024,70.1'])],
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Isi kolom tidak sesuai judulnya: kolom “Periode” tidak berisi tahun; kolom “Skor” berisi tahun. Tidak ada yang disimpan.',
    );
    expect(screen.queryByRole('button', { name: /Impor/ })).not.toBeInTheDocument();
    expect(screen.getByText('Belum ada data yang diimpor di peramban ini.')).toBeInTheDocument();
  });

  it('reports a code whose name names another region as a row issue', async () => {
    const { screen, user, input } = await openImport();
    await user.upload(
      input,
      csv('tidak-cocok.csv', [
        'kode_wilayah,nama_wilayah,tahun,nilai,indikator',
        '61.11,Kota Pontianak,2024,9.1,poverty-rate',
        '61.04,Ketapang,2024,9.2,poverty-rate',
      ]),
    );
    expect(await screen.findByText('1 baris sah siap diimpor; 1 baris dilewati.')).toBeInTheDocument();
    const report = screen.getByRole('region', { name: 'Laporan baris yang dilewati' });
    expect(within(report).getAllByRole('row')[1]).toHaveTextContent(
      '2kode_wilayah61.11Kode dan nama tidak cocok: kode ini Kabupaten Kayong Utara, namanya Kota Pontianak',
    );
  });

  it('counts "-", "…" and empty cells as no data in the file, and the totals add up to the rows', async () => {
    const { screen, user, input } = await openImport();
    await user.upload(
      input,
      csv('kosong-sel.csv', [
        'kode_wilayah,tahun,nilai,indikator',
        '61.11,2024,9.1,poverty-rate',
        '61.04,2024,-,poverty-rate',
        '61.01,2024,…,poverty-rate',
        '61.02,2024,,poverty-rate',
        '99.99,2024,5,poverty-rate',
      ]),
    );
    expect(
      await screen.findByText(
        'Berkas berisi 5 baris data: 1 diimpor, 1 dilewati dengan alasan, 3 tidak ada data di berkas.',
      ),
    ).toBeInTheDocument();
    const report = screen.getByRole('region', { name: 'Laporan baris yang dilewati' });
    expect(within(report).getAllByText('Tidak ada data di berkas')).toHaveLength(3);
  });

  it('imports a row once the user accepts the suggested region, and remembers the choice', async () => {
    const file = () =>
      csv('saran.csv', ['kode_wilayah,tahun,nilai,indikator', 'Kayong Utra,2024,9.1,poverty-rate']);
    const { screen, user, input, unmount } = await openImport();
    await user.upload(input, file());
    const select = await screen.findByLabelText(/“Kayong Utra” tidak dikenal — terima saran/);
    expect(select).toHaveValue('');
    expect(screen.getByText('Tidak ada baris sah yang dapat diimpor.', { exact: false })).toBeInTheDocument();
    await user.selectOptions(select, '61.11');
    expect(await screen.findByText('Semua 1 baris sah dan siap diimpor.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Impor 1 baris sah' }));
    expect(await screen.findByText(/saran\.csv diimpor: 1 baris/)).toBeInTheDocument();
    unmount();

    const again = await openImport();
    await again.user.upload(again.input, file());
    expect(await again.screen.findByLabelText(/“Kayong Utra” tidak dikenal/)).toHaveValue('61.11');
    expect(again.screen.getByText('Semua 1 baris sah dan siap diimpor.')).toBeInTheDocument();
  });

  it('shows a value far from the official one beside it, with a warning, before anything is kept', async () => {
    const { screen, user, input } = await openImport();
    // A test value: Kayong Utara's IPM written as 99,11, against the bundled 65,74.
    await user.upload(
      input,
      csv('ipm-salah.csv', ['kode_wilayah;tahun;nilai;indikator', '61.11;2024;99,11;ipm']),
    );
    const warning = await screen.findByRole(
      'region',
      { name: /Periksa dulu: 1 nilai jauh dari data resmi/ },
      SLOW,
    );
    expect(within(warning).getByRole('alert')).toHaveTextContent('lebih dari 10 % dari data resmi');
    expect(within(warning).getAllByRole('row')[1]).toHaveTextContent(
      'Kabupaten Kayong UtaraIndeks Pembangunan Manusia202499,1165,74',
    );
    expect(screen.getByText('Belum ada data yang diimpor di peramban ini.')).toBeInTheDocument();
  });

  it('reads a BPS export saved as .xlsx, merged title row included, as the bundled IPM', async () => {
    const { default: writeXlsxFile } = await import('write-excel-file/node');
    // Real bundled IPM values (Kayong Utara and Ketapang, 2023–2024), laid out as BPS exports them.
    const buffer = await writeXlsxFile([
      [
        { value: '[Metode Baru] Indeks Pembangunan Manusia Menurut Kabupaten/Kota (Indeks)', columnSpan: 3 },
        null,
        null,
      ],
      [{ value: 'Kabupaten/Kota' }, { value: 2023 }, { value: 2024 }],
      [{ value: 'KALIMANTAN BARAT' }, { value: 69.41 }, { value: 70.13 }],
      [{ value: 'Kayong Utara' }, { value: 64.79 }, { value: 65.74 }],
    ]).toBuffer();
    const { screen, user, input } = await openImport();
    await user.upload(
      input,
      new File([new Uint8Array(buffer)], 'ipm-bps.xlsx', {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    );
    expect(await screen.findByText(/ekspor tabel BPS/, {}, SLOW)).toBeInTheDocument();
    expect(screen.getByLabelText('Indikator yang sudah ada')).toHaveValue('ipm');
    expect(screen.getByText('Semua 4 baris sah dan siap diimpor.')).toBeInTheDocument();
  });

  it('refuses a file over the size limit', async () => {
    const { screen, user, input } = await openImport();
    const big = csv('besar.csv', ['kode_wilayah,tahun,nilai']);
    Object.defineProperty(big, 'size', { value: 6 * 1024 * 1024 });
    await user.upload(input, big);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Berkas ini terlalu besar (6,0 MB); batasnya 5,0 MB.',
    );
  });

  it('reports every bad row with its reason and still imports the valid ones', async () => {
    const { screen, user, input } = await openImport();
    await user.upload(
      input,
      csv('campur.csv', [
        'kode_wilayah,tahun,nilai,indikator',
        '61.11,2024,9.1,poverty-rate',
        '99.99,2024,5,poverty-rate',
        'Kayong Utra,2024,5,poverty-rate',
        '61.04,2031,5,poverty-rate',
        '61.04,2024,delapan,poverty-rate',
        '61.11,2024,9.2,poverty-rate',
        '61.71,2024,140,poverty-rate',
      ]),
    );
    expect(await screen.findByText('1 baris sah siap diimpor; 6 baris dilewati.')).toBeInTheDocument();
    const report = screen.getByRole('region', { name: 'Laporan baris yang dilewati' });
    const reasons = within(report)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(reasons).toEqual([
      '3kode_wilayah99.99Wilayah tidak dikenal',
      '4kode_wilayahKayong UtraWilayah tidak dikenal — maksudnya Kabupaten Kayong Utara?',
      '5tahun2031Tahun di luar rentang 1945–2026'.replace('2026', String(new Date().getFullYear())),
      '6nilaidelapanBukan angka',
      '7nilai61.11 2024Duplikat: wilayah dan tahun yang sama sudah ada di baris 2',
      '8nilai140Nilai di luar rentang wajar indikator (0 sampai 100)',
    ]);
    expect(await screen.findByRole('note')).toHaveTextContent(
      '1 nilai berbeda dengan data bawaan untuk wilayah-tahun yang sama.',
    );
    await user.click(screen.getByRole('button', { name: 'Impor 1 baris sah' }));
    expect(await screen.findByText(/campur\.csv diimpor: 1 baris/)).toBeInTheDocument();
    // 9,1 imported against the bundled 8,84 for Kayong Utara 2024: both shown, the user chooses.
    const conflicts = await screen.findByRole('region', { name: /Berbeda dengan data bawaan/ });
    expect(within(conflicts).getAllByRole('row')[1]).toHaveTextContent('Kabupaten Kayong Utara20249,108,84');
    await user.selectOptions(within(conflicts).getByRole('combobox'), 'Pakai data bawaan');
    await waitFor(() => expect(within(conflicts).getByRole('combobox')).toHaveValue('bundled'));
  });

  it('reads a BPS-style wide export into long rows and asks for the indicator in a form', async () => {
    const { screen, user, input } = await openImport();
    await user.upload(
      input,
      csv('bps-tpt.csv', [
        '"Tingkat Pengangguran Terbuka Uji (Persen)",,,',
        '"Kabupaten/Kota","2022","2023","2024"',
        '"Ketapang","4,10","3,95","-"',
        '"Kayong Utara","3,20","3,05","2,90"',
        '"Sumber: uji",,,',
      ]),
    );
    expect(await screen.findByText(/ekspor tabel BPS/)).toBeInTheDocument();
    expect(screen.getByLabelText('Nama indikator')).toHaveValue('Tingkat Pengangguran Terbuka Uji');
    expect(screen.getByLabelText('Satuan')).toHaveValue('Persen');
    expect(screen.getByText('Semua 5 baris sah dan siap diimpor.')).toBeInTheDocument();
    const preview = screen.getByRole('table', { name: 'Pratinjau (sebagian baris sah)' });
    expect(
      within(preview)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'WilayahIndikatorTahunNilai',
      'Kabupaten KetapangTingkat Pengangguran Terbuka Uji20224,10',
      'Kabupaten KetapangTingkat Pengangguran Terbuka Uji20233,95',
      'Kabupaten Kayong UtaraTingkat Pengangguran Terbuka Uji20223,20',
      'Kabupaten Kayong UtaraTingkat Pengangguran Terbuka Uji20233,05',
      'Kabupaten Kayong UtaraTingkat Pengangguran Terbuka Uji20242,90',
    ]);
    await user.clear(screen.getByLabelText('Nama indikator'));
    expect(screen.getByRole('button', { name: 'Impor 5 baris sah' })).toBeDisabled();
    expect(screen.getByText('Isi nama indikator untuk mengimpor.')).toBeInTheDocument();
  });

  it('imports PDRB by sector and refuses a table whose sectors miss its total', async () => {
    const sectors = [
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
      'G',
      'H',
      'I',
      'J',
      'K',
      'L',
      'M,N',
      'O',
      'P',
      'Q',
      'R,S,T,U',
    ];
    const rows = (year: number, total: number) => [
      ...sectors.map((s, i) => `61.11;${year};adhk;${s};${i + 1}0,5`),
      `61.11;${year};adhk;TOTAL;${total}`,
    ];
    const { screen, user, input } = await openImport();
    // 10,5 + 20,5 + … + 170,5 = 1.538,5
    await user.upload(
      input,
      csv('pdrb-uji.csv', [
        'kode_wilayah;tahun;harga;kode_sektor;nilai',
        ...rows(2023, 1538.5).map((r) => r.replace('1538.5', '1538,5')),
        ...rows(2024, 1600),
      ]),
    );
    expect(await screen.findByText('18 baris sah siap diimpor; 1 baris dilewati.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Laporan baris yang dilewati' })).toHaveTextContent(
      'Jumlah 17 sektor (1.538,50) tidak sama dengan total (1.600)',
    );
  });

  it('takes a file dropped on the drop zone', async () => {
    const { screen, input } = await openImport();
    const zone = input.closest('.drop-zone')!;
    fireEvent.drop(zone, { dataTransfer: { files: [csv('rumah-uji.csv', NEW_INDICATOR)] } });
    expect(await screen.findByRole('heading', { name: 'Pemeriksaan rumah-uji.csv' })).toBeInTheDocument();
  });

  it('replaces an imported file with a new version', async () => {
    const { screen, user, input } = await openImport();
    await user.upload(input, csv('rumah-uji.csv', NEW_INDICATOR));
    await user.click(await screen.findByRole('button', { name: 'Impor 2 baris sah' }));
    await user.click(await screen.findByRole('button', { name: 'Ganti rumah-uji.csv dengan berkas lain' }));
    expect(screen.getByText(/Memilih berkas pengganti untuk rumah-uji\.csv/)).toBeInTheDocument();
    await user.upload(input, csv('rumah-uji-v2.csv', NEW_INDICATOR.slice(0, 2)));
    await user.click(await screen.findByRole('button', { name: 'Ganti dengan 1 baris sah' }));
    const list = await screen.findByRole('region', { name: 'Data yang sudah diimpor' });
    await waitFor(() => expect(within(list).getAllByRole('row')).toHaveLength(2));
    expect(within(list).getAllByRole('row')[1]).toHaveTextContent('rumah-uji-v2.csv');
  });

  it('shows where an imported PDRB table differs from the bundled one and lets the user keep the bundled', async () => {
    const sectors = [
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
      'G',
      'H',
      'I',
      'J',
      'K',
      'L',
      'M,N',
      'O',
      'P',
      'Q',
      'R,S,T,U',
    ];
    const { screen, user, input } = await openImport();
    // Ketapang 2026 Q1 ADHK is in the bundled data; these are test values for it.
    await user.upload(
      input,
      csv('pdrb-ketapang-uji.csv', [
        'kode_wilayah;tahun;triwulan;harga;kode_sektor;nilai',
        ...sectors.map((s) => `61.04;2026;Q1;adhk;${s};100`),
      ]),
    );
    await user.click(await screen.findByRole('button', { name: 'Impor 17 baris sah' }));
    const conflicts = await screen.findByRole('region', { name: /Berbeda dengan data bawaan: PDRB/ }, SLOW);
    const row = within(conflicts).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent(/^Kabupaten Ketapang2026 Q1 · ADHK1\.700,00/);
    await user.click(within(conflicts).getByRole('button', { name: 'Pakai semua data bawaan' }));
    await waitFor(() => expect(within(conflicts).getByRole('combobox')).toHaveValue('bundled'));
  });

  it('says when the browser keeps nothing, and still imports for the visit', async () => {
    // @ts-expect-error private mode: no IndexedDB
    delete globalThis.indexedDB;
    const { screen, user, input } = await openImport();
    expect(await screen.findByText(/tidak mengizinkan penyimpanan/)).toBeInTheDocument();
    await user.upload(input, csv('rumah-uji.csv', NEW_INDICATOR));
    await user.click(await screen.findByRole('button', { name: 'Impor 2 baris sah' }));
    expect(
      await screen.findByRole('link', { name: 'Lihat Rumah layak huni (uji) di peta' }),
    ).toBeInTheDocument();
  });
});
