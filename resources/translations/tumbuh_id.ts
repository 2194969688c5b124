<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>CardPrinting</name>
    <message>
        <source>Growth card</source>
        <translation>Kartu pertumbuhan</translation>
    </message>
    <message>
        <source>Print growth card</source>
        <translation>Cetak kartu pertumbuhan</translation>
    </message>
</context>
<context>
    <name>ChartFormat</name>
    <message>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 bl</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 th</translation>
    </message>
    <message>
        <source>%1 y %2 mo</source>
        <translation>%1 th %2 bl</translation>
    </message>
    <message>
        <source>Age: %1</source>
        <translation>Umur: %1</translation>
    </message>
    <message>
        <source>z-score: %1</source>
        <translation>z-skor: %1</translation>
    </message>
    <message>
        <source>no z-score</source>
        <translation>tidak ada z-skor</translation>
    </message>
    <message>
        <source>WHO flag: probably a measuring or typing error. Measure again.</source>
        <translation>Tanda WHO: kemungkinan salah ukur atau salah ketik. Ukur ulang.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>%1 mo</source>
        <translation>%1 bl</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 th</translation>
    </message>
    <message>
        <source>%1 y %2 mo</source>
        <translation>%1 th %2 bl</translation>
    </message>
    <message>
        <source>F</source>
        <comment>sex, short</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>M</source>
        <comment>sex, short</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Lying</source>
        <translation>Terlentang</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Berdiri</translation>
    </message>
    <message>
        <source>WFA</source>
        <comment>weight-for-age, BB/U</comment>
        <translation>BB/U</translation>
    </message>
    <message>
        <source>HFA</source>
        <comment>length/height-for-age, PB/U or TB/U</comment>
        <translation>TB/U</translation>
    </message>
    <message>
        <source>WFH</source>
        <comment>weight-for-length/height, BB/PB or BB/TB</comment>
        <translation>BB/TB</translation>
    </message>
    <message>
        <source>BFA</source>
        <comment>BMI-for-age, IMT/U</comment>
        <translation>IMT/U</translation>
    </message>
    <message>
        <source>HCFA</source>
        <comment>head circumference-for-age, LK/U</comment>
        <translation>LK/U</translation>
    </message>
    <message>
        <source>ACFA</source>
        <comment>arm circumference-for-age, LiLA/U</comment>
        <translation>LiLA/U</translation>
    </message>
    <message>
        <source>Weight-for-age</source>
        <translation>Berat badan menurut umur (BB/U)</translation>
    </message>
    <message>
        <source>Length/height-for-age</source>
        <translation>Panjang/tinggi badan menurut umur (PB/U, TB/U)</translation>
    </message>
    <message>
        <source>Weight-for-length/height</source>
        <translation>Berat badan menurut panjang/tinggi badan (BB/PB, BB/TB)</translation>
    </message>
    <message>
        <source>BMI-for-age</source>
        <translation>IMT menurut umur (IMT/U)</translation>
    </message>
    <message>
        <source>Head circumference-for-age</source>
        <translation>Lingkar kepala menurut umur (LK/U)</translation>
    </message>
    <message>
        <source>Arm circumference-for-age</source>
        <translation>LiLA menurut umur (LiLA/U)</translation>
    </message>
    <message>
        <source>Length/height %1 cm lower than last time: measure again?</source>
        <translation>Panjang/tinggi badan %1 cm lebih rendah dari pengukuran sebelumnya: ukur ulang?</translation>
    </message>
    <message>
        <source>Weight changed by %1 % in about a month: weigh again?</source>
        <translation>Berat badan berubah %1% dalam sekitar sebulan: timbang ulang?</translation>
    </message>
    <message>
        <source>Weight and length/height exactly as last time: is that right?</source>
        <translation>Berat dan panjang/tinggi badan sama persis dengan pengukuran sebelumnya: sudah benar?</translation>
    </message>
    <message>
        <source>Measured standing before 24 months: counted as length (+0.7 cm)</source>
        <translation>Diukur berdiri sebelum 24 bulan: dihitung sebagai panjang badan (+0,7 cm)</translation>
    </message>
    <message>
        <source>Measured lying from 24 months: counted as height (−0.7 cm)</source>
        <translation>Diukur terlentang sejak 24 bulan: dihitung sebagai tinggi badan (−0,7 cm)</translation>
    </message>
    <message>
        <source>Under 9 months a child is measured lying: the standing position is ignored</source>
        <translation>Anak di bawah 9 bulan diukur terlentang: cara ukur berdiri diabaikan</translation>
    </message>
    <message>
        <source>How the length/height was measured is missing</source>
        <translation>Cara ukur panjang/tinggi badan belum dipilih</translation>
    </message>
    <message>
        <source>%1 is outside WHO&apos;s plausible range: check the measurement</source>
        <translation>%1 di luar batas wajar WHO: periksa pengukurannya</translation>
    </message>
    <message>
        <source>Oedema: the weight-based z-scores are not computed</source>
        <translation>Edema: z-skor yang memakai berat badan tidak dihitung</translation>
    </message>
    <message>
        <source>%1 — first time weighed</source>
        <translation>%1 — pertama kali ditimbang</translation>
    </message>
    <message numerus="yes">
        <source>%1 — not weighed last month (last weighed %n month(s) ago)</source>
        <translation>
            <numerusform>%1 — tidak ditimbang bulan lalu (terakhir ditimbang %n bulan lalu)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — not weighed last month</source>
        <translation>%1 — tidak ditimbang bulan lalu</translation>
    </message>
    <message>
        <source>%1 — Gained %2 g (KBM %3 g)</source>
        <translation>%1 — Naik %2 g (KBM %3 g)</translation>
    </message>
    <message>
        <source>%1 — Gained %2 g</source>
        <translation>%1 — Naik %2 g</translation>
    </message>
    <message>
        <source>%1 — Did not gain: lost %2 g (KBM %3 g)</source>
        <translation>%1 — Tidak naik: turun %2 g (KBM %3 g)</translation>
    </message>
    <message>
        <source>%1 — Did not gain: lost %2 g</source>
        <translation>%1 — Tidak naik: turun %2 g</translation>
    </message>
    <message>
        <source>%1 — Did not gain: same weight as last month</source>
        <translation>%1 — Tidak naik: berat sama dengan bulan lalu</translation>
    </message>
    <message>
        <source>%1 — Did not gain: gained %2 g, less than the KBM of %3 g</source>
        <translation>%1 — Tidak naik: naik %2 g, kurang dari KBM %3 g</translation>
    </message>
    <message>
        <source>2T: did not gain weight twice in a row</source>
        <translation>2T: dua kali berturut-turut berat badan tidak naik</translation>
    </message>
    <message>
        <source>T: did not gain weight</source>
        <translation>T: berat badan tidak naik</translation>
    </message>
    <message>
        <source>BGM: below the red line (WFA below −3 SD)</source>
        <translation>BGM: di bawah garis merah (BB/U di bawah −3 SD)</translation>
    </message>
    <message>
        <source>Above the orange line (WFA above +1 SD)</source>
        <translation>Di atas garis oranye (BB/U di atas +1 SD)</translation>
    </message>
    <message>
        <source>Oedema on both feet</source>
        <translation>Edema di kedua kaki</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Berkas Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <source>Tumbuh database (*.db);;All files (*)</source>
        <translation>Basis data Tumbuh (*.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nama berkas:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Pilih berkas yang akan diimpor</translation>
    </message>
    <message>
        <source>CSV or Excel (*.csv *.xls *.xlsx *.htm *.html);;All files (*)</source>
        <translation>CSV atau Excel (*.csv *.xls *.xlsx *.htm *.html);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>GrowthChartSpec</name>
    <message>
        <source>Weight-for-age</source>
        <translation>Berat badan menurut umur (BB/U)</translation>
    </message>
    <message>
        <source>Length/height-for-age</source>
        <translation>Panjang/tinggi badan menurut umur (PB/U, TB/U)</translation>
    </message>
    <message>
        <source>Weight-for-length</source>
        <translation>Berat badan menurut panjang badan (BB/PB)</translation>
    </message>
    <message>
        <source>Weight-for-height</source>
        <translation>Berat badan menurut tinggi badan (BB/TB)</translation>
    </message>
    <message>
        <source>BMI-for-age</source>
        <translation>IMT menurut umur (IMT/U)</translation>
    </message>
    <message>
        <source>Head circumference-for-age</source>
        <translation>Lingkar kepala menurut umur (LK/U)</translation>
    </message>
    <message>
        <source>Arm circumference-for-age</source>
        <translation>LiLA menurut umur (LiLA/U)</translation>
    </message>
    <message>
        <source>Height-for-age, 5-19 years</source>
        <translation>Tinggi badan menurut umur, 5-19 tahun</translation>
    </message>
    <message>
        <source>Weight-for-age, 5-10 years</source>
        <translation>Berat badan menurut umur, 5-10 tahun</translation>
    </message>
    <message>
        <source>BMI-for-age, 5-19 years</source>
        <translation>IMT menurut umur, 5-19 tahun</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>BB (kg)</translation>
    </message>
    <message>
        <source>Length/height (cm)</source>
        <translation>PB/TB (cm)</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Tinggi badan (cm)</translation>
    </message>
    <message>
        <source>BMI (kg/m²)</source>
        <translation>IMT (kg/m²)</translation>
    </message>
    <message>
        <source>Head circumference (cm)</source>
        <translation>Lingkar kepala (cm)</translation>
    </message>
    <message>
        <source>Arm circumference (cm)</source>
        <translation>LiLA (cm)</translation>
    </message>
    <message>
        <source>Length (cm)</source>
        <translation>Panjang badan (cm)</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>Umur (tahun)</translation>
    </message>
    <message>
        <source>Age (months)</source>
        <translation>Umur (bulan)</translation>
    </message>
    <message>
        <source>length %1 cm, lying</source>
        <translation>panjang %1 cm, terlentang</translation>
    </message>
    <message>
        <source>height %1 cm, standing</source>
        <translation>tinggi %1 cm, berdiri</translation>
    </message>
    <message>
        <source>length/height %1 cm</source>
        <translation>panjang/tinggi %1 cm</translation>
    </message>
    <message>
        <source> (read as %1 cm)</source>
        <translation> (dibaca %1 cm)</translation>
    </message>
    <message>
        <source>Weight %1 kg</source>
        <translation>Berat %1 kg</translation>
    </message>
    <message>
        <source>Weight %1 kg, %2</source>
        <translation>Berat %1 kg, %2</translation>
    </message>
    <message>
        <source>BMI %1 kg/m²</source>
        <translation>IMT %1 kg/m²</translation>
    </message>
    <message>
        <source>Head circumference %1 cm</source>
        <translation>Lingkar kepala %1 cm</translation>
    </message>
    <message>
        <source>Arm circumference %1 cm</source>
        <translation>LiLA %1 cm</translation>
    </message>
    <message>
        <source>Height %1 cm</source>
        <translation>Tinggi %1 cm</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>length (lying)</source>
        <translation>panjang (terlentang)</translation>
    </message>
    <message>
        <source>height (standing)</source>
        <translation>tinggi (berdiri)</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Pengukuran</translation>
    </message>
    <message>
        <source>WHO flag: measure again</source>
        <translation>Tanda WHO: ukur ulang</translation>
    </message>
    <message>
        <source>No measurements on this chart yet</source>
        <translation>Belum ada pengukuran untuk grafik ini</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hentikan</translation>
    </message>
</context>
<context>
    <name>StatusMarker</name>
    <message>
        <source>Not measured yet</source>
        <translation>Belum diukur</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Perlu diperhatikan</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Bermasalah</translation>
    </message>
    <message>
        <source>Severe problem</source>
        <translation>Bermasalah berat</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>All indices normal</source>
        <translation>Semua indeks normal</translation>
    </message>
</context>
<context>
    <name>TrendChartSpec</name>
    <message>
        <source>Weight-for-age</source>
        <translation>Berat badan menurut umur (BB/U)</translation>
    </message>
    <message>
        <source>Length/height-for-age</source>
        <translation>Panjang/tinggi badan menurut umur (PB/U, TB/U)</translation>
    </message>
    <message>
        <source>Weight-for-length/height</source>
        <translation>Berat badan menurut panjang/tinggi badan (BB/PB, BB/TB)</translation>
    </message>
    <message>
        <source>BMI-for-age</source>
        <translation>IMT menurut umur (IMT/U)</translation>
    </message>
    <message>
        <source>Head circumference-for-age</source>
        <translation>Lingkar kepala menurut umur (LK/U)</translation>
    </message>
    <message>
        <source>Arm circumference-for-age</source>
        <translation>LiLA menurut umur (LiLA/U)</translation>
    </message>
    <message>
        <source>Weight/age</source>
        <translation>BB/U</translation>
    </message>
    <message>
        <source>Length/age</source>
        <translation>PB/U, TB/U</translation>
    </message>
    <message>
        <source>Weight/length</source>
        <translation>BB/PB, BB/TB</translation>
    </message>
    <message>
        <source>BMI/age</source>
        <translation>IMT/U</translation>
    </message>
    <message>
        <source>Head/age</source>
        <translation>LK/U</translation>
    </message>
    <message>
        <source>Arm/age</source>
        <translation>LiLA/U</translation>
    </message>
    <message>
        <source>z-scores over time</source>
        <translation>Z-skor dari waktu ke waktu</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Age (months)</source>
        <translation>Umur (bulan)</translation>
    </message>
    <message>
        <source>z-score (SD)</source>
        <translation>z-skor (SD)</translation>
    </message>
    <message>
        <source>WHO flag</source>
        <translation>Tanda WHO</translation>
    </message>
    <message>
        <source>No z-scores to show yet</source>
        <translation>Belum ada z-skor untuk ditampilkan</translation>
    </message>
</context>
<context>
    <name>tumbuh::app</name>
    <message>
        <source>Growth monitoring for the posyandu.</source>
        <translation>Pemantauan pertumbuhan untuk posyandu.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Buka berkas basis data ini.</translation>
    </message>
    <message>
        <source>Start on this page: register, posyandu-day, at-risk, report or child:UID.</source>
        <translation>Mulai di halaman ini: register, posyandu-day, at-risk, report atau child:UID.</translation>
    </message>
    <message>
        <source>Save the page as a PNG image and exit.</source>
        <translation>Simpan halaman sebagai gambar PNG lalu keluar.</translation>
    </message>
    <message>
        <source>Language: id (Bahasa Indonesia) or en (English).</source>
        <translation>Bahasa: id (Bahasa Indonesia) atau en (English).</translation>
    </message>
    <message>
        <source>--lang takes id or en, not %1.</source>
        <translation>--lang berisi id atau en, bukan %1.</translation>
    </message>
    <message>
        <source>--page takes register, posyandu-day, at-risk, report or child:UID, not %1.</source>
        <translation>--page berisi register, posyandu-day, at-risk, report atau child:UID, bukan %1.</translation>
    </message>
    <message>
        <source>Sign in as this user, with the PIN in the TUMBUH_PIN environment variable.</source>
        <translation>Masuk sebagai pengguna ini, dengan PIN dari variabel lingkungan TUMBUH_PIN.</translation>
    </message>
    <message>
        <source>With --screenshot: the window&apos;s size in logical pixels, e.g. 1024x600 (default 1280x800). For 150 % scaling set QT_SCALE_FACTOR=1.5 and use 1280x720 (a 1920x1080 picture).</source>
        <translation>Dengan --screenshot: ukuran jendela dalam piksel logis, mis. 1024x600 (bawaan 1280x800). Untuk skala 150 % pasang QT_SCALE_FACTOR=1.5 dan pakai 1280x720 (gambar 1920x1080).</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, such as 1024x600, not %1.</source>
        <translation>--size berisi LEBARxTINGGI dalam piksel, misalnya 1024x600, bukan %1.</translation>
    </message>
</context>
<context>
    <name>tumbuh::app::AppController</name>
    <message>
        <source>The window cannot be %1x%2: the picture is %3x%4.</source>
        <translation>Jendela tidak bisa %1x%2: gambarnya %3x%4.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Restoring a backup needs an admin to sign in.</source>
        <translation>Memulihkan cadangan hanya boleh oleh admin yang masuk dengan PIN-nya.</translation>
    </message>
    <message>
        <source>The monthly report took too long.</source>
        <translation>Laporan bulanan terlalu lama dibuat.</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>Basis data hanya-baca</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Pemulihan gagal</translation>
    </message>
    <message>
        <source>No child %1 in %2.</source>
        <translation>Tidak ada anak %1 di %2.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Cadangkan</translation>
    </message>
    <message>
        <source>--screenshot needs a database: --db FILE.</source>
        <translation>--screenshot memerlukan basis data: --db BERKAS.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Pencadangan gagal</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Cadangan tersimpan: %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>This file has users: sign in with --user NAME and the PIN in TUMBUH_PIN.</source>
        <translation>Berkas ini punya pengguna: masuk dengan --user NAMA dan PIN di TUMBUH_PIN.</translation>
    </message>
    <message>
        <source>--user needs the PIN in the TUMBUH_PIN environment variable.</source>
        <translation>--user perlu PIN di variabel lingkungan TUMBUH_PIN.</translation>
    </message>
</context>
<context>
    <name>tumbuh::cli</name>
    <message>
        <source>%1 children who need attention in %2:</source>
        <translation>%1 anak perlu perhatian pada %2:</translation>
    </message>
    <message>
        <source>  %1 (%2 months, mother %3, RT %4/RW %5): %6, %7</source>
        <translation>  %1 (%2 bulan, ibu %3, RT %4/RW %5): %6, %7</translation>
    </message>
    <message>
        <source>Say who is working: add --user NAME (the PIN is asked for, or read from TUMBUH_PIN).</source>
        <translation>Sebutkan siapa yang bekerja: tambahkan --user NAMA (PIN akan ditanyakan, atau dibaca dari TUMBUH_PIN).</translation>
    </message>
    <message>
        <source>PIN for %1: </source>
        <translation>PIN untuk %1: </translation>
    </message>
    <message>
        <source>No PIN for %1: type it in a terminal, or set TUMBUH_PIN for a script.</source>
        <translation>Tidak ada PIN untuk %1: ketik PIN di terminal, atau isi TUMBUH_PIN untuk skrip.</translation>
    </message>
    <message>
        <source>This file had no user yet: %1 is now its first user, an admin, with the PIN given.</source>
        <translation>Berkas ini belum punya pengguna: %1 sekarang menjadi pengguna pertama, sebagai admin, dengan PIN yang diberikan.</translation>
    </message>
    <message>
        <source>Demo users: %1 — PIN %2</source>
        <translation>Pengguna demo: %1 — PIN %2</translation>
    </message>
    <message>
        <source>  The month&apos;s report as of its last day: the F1/SKDN table by age group and sex, its ratios, the nutrition status (Permenkes 2/2020) with prevalences and their 95 % intervals, the referrals and counselling of the month, the by-name list of the children weighed (e-PPGBM columns) and the 12-month trend.
  --month       YYYY-MM, not in the future
  --posyandu    a posyandu&apos;s name or UID; give it again for several; none: every posyandu
  --format csv  OUT is a folder: skdn.csv, status.csv, flagged.csv, prevalence.csv, ratios.csv, referrals.csv, trend.csv, daftar-anak.csv (names and NIK only in daftar-anak.csv)
  --format xlsx OUT is a workbook: sheets F1 SKDN, Status gizi, Rujukan, Daftar anak, Tren
  --format pdf  OUT is an A4 PDF: one page a posyandu can pin to the wall, and for several posyandu a comparison
  Exit status: 0 done, 2 failed.</source>
        <translation>  Laporan bulan itu per hari terakhirnya: tabel F1/SKDN menurut kelompok umur dan jenis kelamin, rasionya, status gizi (Permenkes 2/2020) dengan prevalensi dan selang kepercayaan 95 %, rujukan dan konseling bulan itu, daftar nama anak yang ditimbang (kolom e-PPGBM) dan tren 12 bulan.
  --month       TTTT-BB, bukan bulan yang akan datang
  --posyandu    nama atau UID posyandu; ulangi untuk beberapa; tanpa ini: semua posyandu
  --format csv  OUT adalah folder: skdn.csv, status.csv, flagged.csv, prevalence.csv, ratios.csv, referrals.csv, trend.csv, daftar-anak.csv (nama dan NIK hanya di daftar-anak.csv)
  --format xlsx OUT berupa buku kerja: lembar F1 SKDN, Status gizi, Rujukan, Daftar anak, Tren
  --format pdf  OUT berupa PDF A4: satu halaman yang bisa ditempel posyandu di dinding, dan untuk beberapa posyandu sebuah perbandingan
  Status keluar: 0 selesai, 2 gagal.</translation>
    </message>
    <message>
        <source>--month is a month written YYYY-MM, such as 2024-05, not &quot;%1&quot;.</source>
        <translation>--month adalah bulan yang ditulis TTTT-BB, misalnya 2024-05, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The month %1 has not come yet: give this month or an earlier one.</source>
        <translation>Bulan %1 belum tiba: berikan bulan ini atau bulan sebelumnya.</translation>
    </message>
    <message>
        <source>The report was not written (%1): %2</source>
        <translation>Laporan tidak ditulis (%1): %2</translation>
    </message>
    <message>
        <source>--format is xlsx, csv or pdf, not &quot;%1&quot;.</source>
        <translation>--format adalah xlsx, csv atau pdf, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The report of %1 (%2 posyandu) is written to %3.</source>
        <translation>Laporan %1 (%2 posyandu) sudah ditulis ke %3.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Cara pakai: %1</translation>
    </message>
    <message>
        <source>Give the arguments as in: %1 (tumbuh-cli %2 --help).</source>
        <translation>Sebutkan argumennya seperti: %1 (tumbuh-cli %2 --help).</translation>
    </message>
    <message>
        <source>Old backup removed: %1</source>
        <translation>Cadangan lama dihapus: %1</translation>
    </message>
    <message>
        <source>  Writes a synthetic demo city (invented names and NIKs) into a new database file, with the users admin, kader and gizi (nutritionist), each with the PIN 123456.
  --children  number of children (default 600)
  --months    months of history up to today (default 24)
  --seed      the same seed gives the same data (default 1)
  --today     the last posyandu day (default: the current date)
  --posyandu  number of posyandu (default: about one per 110 children)
  Exit status: 0 done, 2 failed.</source>
        <translation>  Menulis kota contoh rekaan (nama dan NIK rekaan) ke berkas basis data baru, dengan pengguna admin, kader dan gizi (ahli gizi), masing-masing dengan PIN 123456.
  --children  jumlah anak (bawaan 600)
  --months    jumlah bulan riwayat sampai hari ini (bawaan 24)
  --seed      seed yang sama menghasilkan data yang sama (bawaan 1)
  --today     hari posyandu terakhir (bawaan: tanggal hari ini)
  --posyandu  jumlah posyandu (bawaan: sekitar satu per 110 anak)
  Status keluar: 0 selesai, 2 gagal.</translation>
    </message>
    <message>
        <source>The seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>Seed harus bilangan bulat, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>Tanggal &quot;%1&quot; tidak berbentuk TTTT-BB-HH.</translation>
    </message>
    <message>
        <source>Demo database written: %1 (%2 posyandu, %3 households, %4 children, %5 measurements, %6 referrals) in %7 s, %8 MB.</source>
        <translation>Basis data contoh ditulis: %1 (%2 posyandu, %3 keluarga, %4 anak, %5 pengukuran, %6 rujukan) dalam %7 detik, %8 MB.</translation>
    </message>
    <message>
        <source>  children: one row per child with its UUID; measurements: one row per measurement with the child&apos;s UUID, NIK, name, sex, birth date and the posyandu.
  What is exported imports back unchanged (tumbuh-cli import).
  NIKs are masked unless --full-nik (nutritionist, admin); children without consent for reporting are left out.
  Exit status: 0 done, 2 failed.</source>
        <translation>  children: satu baris per anak dengan UUID-nya; measurements: satu baris per pengukuran dengan UUID, NIK, nama, jenis kelamin, tanggal lahir anak dan posyandunya.
  Hasil ekspor dapat diimpor kembali tanpa berubah (tumbuh-cli import).
  NIK disamarkan kecuali dengan --full-nik (ahli gizi, admin); anak tanpa persetujuan untuk pelaporan tidak disertakan.
  Status keluar: 0 selesai, 2 gagal.</translation>
    </message>
    <message>
        <source>--what is children or measurements, not &quot;%1&quot;.</source>
        <translation>--what berisi children atau measurements, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>%1 baris ditulis ke %2.</translation>
    </message>
    <message>
        <source>children</source>
        <translation>anak</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>pengukuran</translation>
    </message>
    <message>
        <source>one row per measurement with the child&apos;s columns</source>
        <translation>satu baris per pengukuran dengan kolom-kolom anak</translation>
    </message>
    <message>
        <source>A mapping is written column=field, not &quot;%1&quot;.</source>
        <translation>Pemetaan ditulis kolom=isian, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Layout: %1.</source>
        <translation>Bentuk berkas: %1.</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Kolom: %1.</translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation>Kolom yang tidak dipakai: %1.</translation>
    </message>
    <message>
        <source>Rows read: %1.</source>
        <translation>Baris yang dibaca: %1.</translation>
    </message>
    <message>
        <source>Children: %1 added, %2 changed, %3 unchanged.</source>
        <translation>Anak: %1 ditambah, %2 diubah, %3 tidak berubah.</translation>
    </message>
    <message>
        <source>Measurements: %1 added, %2 changed, %3 unchanged.</source>
        <translation>Pengukuran: %1 ditambah, %2 diubah, %3 tidak berubah.</translation>
    </message>
    <message>
        <source>New posyandu: %1; new households: %2.</source>
        <translation>Posyandu baru: %1; keluarga baru: %2.</translation>
    </message>
    <message>
        <source>Saved with a warning: %1 (first ones below).</source>
        <translation>Disimpan dengan peringatan: %1 (yang pertama di bawah ini).</translation>
    </message>
    <message>
        <source>Rows rejected: %1.</source>
        <translation>Baris yang ditolak: %1.</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  baris %1: %2</translation>
    </message>
    <message>
        <source>  ... and %1 more%2.</source>
        <translation>  ... dan %1 lagi%2.</translation>
    </message>
    <message>
        <source> (all in %1)</source>
        <translation> (semuanya di %1)</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Uji coba: tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Nothing was saved, because rows were rejected and --all-or-nothing was given.</source>
        <translation>Tidak ada yang disimpan, karena ada baris yang ditolak dan --all-or-nothing diberikan.</translation>
    </message>
    <message>
        <source>Saved in %1 s.</source>
        <translation>Disimpan dalam %1 detik.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Opsi %1 memerlukan nilai.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opsi %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>The option %1 needs a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>Opsi %1 memerlukan bilangan bulat dari %2 sampai %3, bukan &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>  Writes a compressed backup into DIR (default: the folder &quot;backups&quot; next to the database): a full one, NAME-yyyyMMdd-HHmmss.db.zst, or one with only the changes since the newest full one, NAME-yyyyMMdd-HHmmss.db.delta.zst. Keeps the newest N (default 10) and the full backups they need.
  Only backups this program wrote into DIR are removed, oldest first as recorded in DIR/tumbuh-backups.json; other files are never touched.
  Exit status: 0 done, 2 failed.</source>
        <translation>  Menulis cadangan yang dipadatkan ke FOLDER (bawaan: folder &quot;backups&quot; di samping basis data): cadangan penuh, NAMA-yyyyMMdd-HHmmss.db.zst, atau cadangan yang hanya berisi perubahan sejak cadangan penuh terbaru, NAMA-yyyyMMdd-HHmmss.db.delta.zst. Menyimpan N cadangan terbaru (bawaan 10) dan cadangan penuh yang dibutuhkannya.
  Hanya cadangan yang ditulis program ini ke FOLDER yang dihapus, yang terlama lebih dulu menurut catatan FOLDER/tumbuh-backups.json; berkas lain tidak pernah disentuh.
  Status keluar: 0 selesai, 2 gagal.</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Cadangan ditulis: %1</translation>
    </message>
    <message>
        <source>Backups kept: %1.</source>
        <translation>Cadangan yang disimpan: %1.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated (%4 deleted), %5 unchanged, %6 skipped.</source>
        <translation>%1: %2 ditambah, %3 diperbarui (%4 dihapus), %5 tidak berubah, %6 dilewati.</translation>
    </message>
    <message>
        <source>  Merges a posyandu package by UUID: new rows are added, the newer edit wins, deletions are carried; merging the same package again changes nothing. An encrypted package asks for its passphrase (or reads TUMBUH_PASSPHRASE).
  Exit status: 0 merged, 1 merged but some rows skipped, 2 failed.</source>
        <translation>  Menggabungkan paket posyandu menurut UUID: baris baru ditambahkan, perubahan yang lebih baru yang dipakai, penghapusan ikut terbawa; menggabungkan paket yang sama lagi tidak mengubah apa pun. Untuk paket terenkripsi, kata sandinya ditanyakan (atau dibaca dari TUMBUH_PASSPHRASE).
  Status keluar: 0 tergabung, 1 tergabung tetapi ada baris yang dilewati, 2 gagal.</translation>
    </message>
    <message>
        <source>Package of %1 (from %2, %3).</source>
        <translation>Paket %1 (dari %2, %3).</translation>
    </message>
    <message>
        <source>Posyandu</source>
        <translation>Posyandu</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Pengukuran</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>  skipped %1 %2: %3</source>
        <translation>  dilewati %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 rows changed in %2 s.</source>
        <translation>%1 baris berubah dalam %2 detik.</translation>
    </message>
    <message>
        <source>  Writes one posyandu&apos;s data (its children with all their measurements and referrals, families, deleted rows too) into one file, to merge elsewhere with tumbuh-cli merge.
  --encrypt: the file is encrypted with a passphrase (at least 8 characters), asked twice on the terminal or read from TUMBUH_PASSPHRASE; merge asks for it again.
  Exit status: 0 done, 2 failed.</source>
        <translation>  Menulis data satu posyandu (anak-anaknya beserta semua pengukuran dan rujukannya, keluarga, termasuk baris yang dihapus) ke satu berkas, untuk digabungkan di tempat lain dengan tumbuh-cli merge.
  --encrypt: berkas dienkripsi dengan kata sandi (paling sedikit 8 karakter), ditanyakan dua kali di terminal atau dibaca dari TUMBUH_PASSPHRASE; merge menanyakannya lagi.
  Status keluar: 0 selesai, 2 gagal.</translation>
    </message>
    <message>
        <source>  Checks the backup (integrity, schema version), keeps a copy of the database file it replaces, then puts the backup in its place. Close the program before restoring.
  Restoring needs the admin role. --user signs in to the current database when it opens; when it is damaged, to the backup being restored.
  Exit status: 0 restored, 2 refused or failed (nothing replaced).</source>
        <translation>  Memeriksa cadangan (keutuhan, versi skema), menyimpan salinan berkas basis data yang digantikannya, lalu menaruh cadangan di tempatnya. Tutup program sebelum memulihkan.
  Memulihkan hanya boleh oleh admin. --user masuk ke basis data yang sekarang bila berkas itu bisa dibuka; bila rusak, ke cadangan yang dipulihkan.
  Status keluar: 0 dipulihkan, 2 ditolak atau gagal (tidak ada yang diganti).</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (%3 children, %4 measurements).</source>
        <translation>%1 dipulihkan dari %2 (%3 anak, %4 pengukuran).</translation>
    </message>
    <message>
        <source>The replaced file was kept as %1.</source>
        <translation>Berkas yang digantikan disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a child&apos;s UID (export the children to see them: tumbuh-cli export --what children).</source>
        <translation>&quot;%1&quot; bukan UID anak (ekspor daftar anak untuk melihatnya: tumbuh-cli export --what children).</translation>
    </message>
    <message>
        <source>There is no child with the UID %1 in this database.</source>
        <translation>Tidak ada anak dengan UID %1 di basis data ini.</translation>
    </message>
    <message>
        <source>       tumbuh-cli card --db FILE.db --child UID -o CARD.pdf [--paper a4|a5]
       tumbuh-cli card --db FILE.db --child UID --child UID ... -o FOLDER
       tumbuh-cli card --db FILE.db --posyandu NAME|UID -o FOLDER
  Writes the growth card for the mother (landscape, in Indonesian: the weight and length/height charts and the latest result) as PDF, the same card as the child&apos;s page prints. With several children, or the active children of a posyandu, one file per child in FOLDER, named after the child (kartu-NAME-UID.pdf).
  --paper     a4 (default) or a5
  Exit status: 0 done, 1 some cards not written, 2 failed.</source>
        <translation>            tumbuh-cli card --db BERKAS.db --child UID -o KARTU.pdf [--paper a4|a5]
            tumbuh-cli card --db BERKAS.db --child UID --child UID ... -o FOLDER
            tumbuh-cli card --db BERKAS.db --posyandu NAMA|UID -o FOLDER
  Menulis kartu pertumbuhan untuk ibu (mendatar, dalam bahasa Indonesia: grafik berat badan dan panjang/tinggi badan serta hasil terakhir) sebagai PDF, kartu yang sama dengan yang dicetak dari halaman anak. Untuk beberapa anak, atau semua anak aktif satu posyandu, satu berkas per anak di FOLDER, dinamai menurut nama anak (kartu-NAMA-UID.pdf).
  --paper     a4 (bawaan) atau a5
  Status keluar: 0 selesai, 1 sebagian kartu tidak ditulis, 2 gagal.</translation>
    </message>
    <message>
        <source>--paper is a4 or a5, not &quot;%1&quot;.</source>
        <translation>--paper adalah a4 atau a5, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The posyandu %1 has no active children.</source>
        <translation>Posyandu %1 tidak punya anak aktif.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Growth card of %1 written to %2.</source>
        <translation>Kartu pertumbuhan %1 ditulis ke %2.</translation>
    </message>
    <message>
        <source>The card of %1 was not written (%2): %3</source>
        <translation>Kartu %1 tidak ditulis (%2): %3</translation>
    </message>
    <message>
        <source>%1 growth cards written to %2.</source>
        <translation>%1 kartu pertumbuhan ditulis ke %2.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Check its name and folder; to start a new database with this import, add --create.</source>
        <translation>Berkas basis data %1 tidak ada. Periksa nama dan foldernya; untuk memulai basis data baru dengan impor ini, tambahkan --create.</translation>
    </message>
    <message>
        <source>  Imports children, measurements, or one row per measurement with the child&apos;s columns (e-PPGBM lists); the columns are recognised from the header.
  --create          make FILE.db as a new database when it does not exist (without it, a missing FILE.db is refused: a mistyped name does not start a new, empty database)
  --dry-run         report what would be added, changed and rejected; save nothing
  --rejects OUT.csv write the rejected rows with the reason (alasan, reason)
  --map             name columns explicitly, e.g. &quot;Berat Badan=weight_kg,Kol 7=ignore&quot;
  --all-or-nothing  save nothing when any row is rejected
  --posyandu        the posyandu for files without a posyandu column
  --update-by-nik   change the child a NIK finds even when its name, birth date and mother&apos;s name all differ (otherwise such a row is refused as a mistyped NIK)
  Exit status: 0 all rows accepted, 1 some rows rejected, 2 failed.</source>
        <translation>  Mengimpor anak, pengukuran, atau satu baris per pengukuran dengan kolom-kolom anak (daftar e-PPGBM); kolom dikenali dari judulnya.
  --create          buat BERKAS.db sebagai basis data baru bila belum ada (tanpa ini, BERKAS.db yang tidak ada ditolak: nama yang salah ketik tidak memulai basis data baru yang kosong)
  --dry-run         laporkan apa yang akan ditambah, diubah dan ditolak; tidak menyimpan apa pun
  --rejects KELUARAN.csv tulis baris yang ditolak beserta alasannya (alasan, reason)
  --map             sebutkan kolom secara jelas, mis. &quot;Berat Badan=weight_kg,Kol 7=ignore&quot;
  --all-or-nothing  tidak menyimpan apa pun bila ada baris yang ditolak
  --posyandu        posyandu untuk berkas tanpa kolom posyandu
  --update-by-nik   ubah anak yang ditemukan lewat NIK walaupun nama, tanggal lahir dan nama ibunya semuanya berbeda (tanpa opsi ini baris seperti itu ditolak sebagai NIK salah ketik)
  Status keluar: 0 semua baris diterima, 1 sebagian baris ditolak, 2 gagal.</translation>
    </message>
    <message>
        <source>  Writes the referral slip (surat rujukan) of one referral as a PDF, A5 portrait, in Indonesian: the posyandu and the sender, the child (NIK masked but for its last 4 digits), the parents, the address, the last measurements with their z-scores, the reasons, the destination and a reply part to tear off. A referral for violence or neglect prints no reason, only the UPTD PPA / SAPA 129 contact.
  Exit status: 0 done, 2 failed.</source>
        <translation>  Menulis surat rujukan satu rujukan sebagai PDF, A5 tegak, dalam bahasa Indonesia: posyandu dan pengirim, anak (NIK disamarkan kecuali 4 angka terakhir), orang tua, alamat, hasil pengukuran terakhir dengan z-skornya, alasan, tempat rujukan, dan bagian balasan untuk digunting. Rujukan karena kekerasan atau penelantaran tidak mencetak alasan apa pun, hanya kontak UPTD PPA / SAPA 129.
  Status keluar: 0 selesai, 2 gagal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a referral&apos;s UID.</source>
        <translation>&quot;%1&quot; bukan UID rujukan.</translation>
    </message>
    <message>
        <source>The referral slip was not written (%1): %2</source>
        <translation>Surat rujukan tidak ditulis (%1): %2</translation>
    </message>
    <message>
        <source>Referral slip of %1 written to %2.</source>
        <translation>Surat rujukan %1 ditulis ke %2.</translation>
    </message>
    <message>
        <source>Package of %1 written to %2: %3 children, %4 measurements, %5 referrals (%8 steps), %9 counselling records, %6 households, %7 posyandu.</source>
        <translation>Paket %1 ditulis ke %2: %3 anak, %4 pengukuran, %5 rujukan (%8 langkah), %9 catatan edukasi, %6 keluarga, %7 posyandu.</translation>
    </message>
    <message>
        <source>Referral steps</source>
        <translation>Langkah rujukan</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>Edukasi</translation>
    </message>
    <message>
        <source>  One row per referral (of a child or its household), oldest first: its status, follow-up date, days overdue and last note. --overdue: only those still referred after their follow-up date; --today sets the day to count from (default: today).
  A referral for violence or neglect (kekerasan) is listed with the reasons &quot;rahasia&quot; and no note.
  Exit status: 0 done, 2 failed.</source>
        <translation>  Satu baris per rujukan (anak atau keluarganya), yang terlama dulu: statusnya, tanggal tindak lanjut, berapa hari terlambat dan catatan terakhir. --overdue: hanya yang masih dirujuk setelah tanggal tindak lanjutnya; --today menentukan hari hitungan (bawaan: hari ini).
  Rujukan karena kekerasan atau penelantaran (kekerasan) ditulis dengan alasan &quot;rahasia&quot; dan tanpa catatan.
  Status keluar: 0 selesai, 2 gagal.</translation>
    </message>
    <message>
        <source>  One row per child who needs attention in the month (the Perlu perhatian list): the reason codes joined by &quot;;&quot;, the strongest action (rujuk, edukasi, pantau), age, mother, RT/RW and the open referral&apos;s status. Without --posyandu, every posyandu of the file. Without -o, the list is shown here (every role); a CSV file (-o) has the children&apos;s names and needs a role that may export them (nutritionist, admin).
  Exit status: 0 done, 2 failed.</source>
        <translation>  Satu baris per anak yang perlu perhatian pada bulan itu (daftar Perlu perhatian): kode alasan digabung dengan &quot;;&quot;, tindakan terkuat (rujuk, edukasi, pantau), umur, ibu, RT/RW dan status rujukan yang masih terbuka. Tanpa --posyandu, semua posyandu dalam berkas. Tanpa -o, daftar ditampilkan di sini (semua peran); berkas CSV (-o) memuat nama anak dan hanya boleh dibuat oleh peran yang boleh mengekspornya (ahli gizi, admin).
  Status keluar: 0 selesai, 2 gagal.</translation>
    </message>
    <message>
        <source>--month is a year and a month as YYYY-MM (for example 2026-11), not &quot;%1&quot;.</source>
        <translation>--month berisi tahun dan bulan sebagai YYYY-MM (misalnya 2026-11), bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 children who need attention in %2 written to %3.</source>
        <translation>%1 anak yang perlu perhatian pada %2 ditulis ke %3.</translation>
    </message>
    <message>
        <source>Passphrase for the package: </source>
        <translation>Kata sandi untuk paket: </translation>
    </message>
    <message>
        <source>No passphrase: set TUMBUH_PASSPHRASE or run the command on a terminal.</source>
        <translation>Tidak ada kata sandi: isi TUMBUH_PASSPHRASE atau jalankan perintah di terminal.</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Kata sandi yang sama sekali lagi: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Kedua kata sandi berbeda; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Passphrase of the package: </source>
        <translation>Kata sandi paket: </translation>
    </message>
    <message>
        <source>The package is encrypted and there is no passphrase: set TUMBUH_PASSPHRASE or run the command on a terminal.</source>
        <translation>Paket ini terenkripsi dan tidak ada kata sandi: isi TUMBUH_PASSPHRASE atau jalankan perintah di terminal.</translation>
    </message>
    <message>
        <source>  Writes the consent notice for parents (surat persetujuan orang tua / wali) as a PDF, A4 portrait, in Indonesian: who keeps the data, what is recorded, the three purposes with boxes to tick, how long the data are kept, the parent&apos;s rights, and lines to sign. Blank, or with --child the child&apos;s name, birth date, NIK (masked unless your role may see full NIKs) and guardian filled in.
  Exit status: 0 done, 2 failed.</source>
        <translation>  Menulis surat persetujuan orang tua / wali sebagai PDF, A4 tegak, dalam bahasa Indonesia: siapa yang menyimpan data, data apa yang dicatat, tiga tujuan dengan kotak untuk dicentang, berapa lama data disimpan, hak orang tua, dan tempat tanda tangan. Kosong, atau dengan --child berisi nama anak, tanggal lahir, NIK (disamarkan kecuali peran Anda boleh melihat NIK lengkap) dan orang tua / wali.
  Status keluar: 0 selesai, 2 gagal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a child&apos;s UID.</source>
        <translation>&quot;%1&quot; bukan UID anak.</translation>
    </message>
    <message>
        <source>The consent notice was not written (%1): %2</source>
        <translation>Surat persetujuan tidak ditulis (%1): %2</translation>
    </message>
    <message>
        <source>Consent notice written to %1.</source>
        <translation>Surat persetujuan ditulis ke %1.</translation>
    </message>
    <message>
        <source>Consent statements</source>
        <translation>Pernyataan persetujuan</translation>
    </message>
    <message>
        <source>Totals rows skipped: %1.</source>
        <translation>Baris jumlah/total yang dilewati: %1.</translation>
    </message>
</context>
<context>
    <name>tumbuh::records</name>
    <message numerus="yes">
        <source>%n child(ren) left out: no consent of the parents for reporting (yet).</source>
        <translation>
            <numerusform>%n anak tidak disertakan karena belum/tidak ada persetujuan orang tua untuk pelaporan.</numerusform>
        </translation>
    </message>
    <message>
        <source>This child is not in the database.</source>
        <translation>Anak ini tidak ada di basis data.</translation>
    </message>
    <message>
        <source>The import stopped: a row it wrote to the table %1 refers to row %2 of the table %3, which does not exist. Nothing was saved.</source>
        <translation>Impor dihentikan: baris yang ditulisnya ke tabel %1 merujuk ke baris %2 di tabel %3, yang tidak ada. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak bisa ditulis: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); the built-in attention rules are used.</source>
        <translation>%1 tidak bisa dibaca (%2); aturan bawaan untuk anak yang perlu perhatian dipakai.</translation>
    </message>
    <message>
        <source>%1: %2. The built-in attention rules are used.</source>
        <translation>%1: %2. Aturan bawaan untuk anak yang perlu perhatian dipakai.</translation>
    </message>
    <message>
        <source>This NIK belongs to another child (name %1, born %2). Check the NIK in this row; if the NIK is right and the name, birth date and mother&apos;s name are what changed, import again with --update-by-nik.</source>
        <translation>NIK ini milik anak lain (nama %1, lahir %2). Periksa NIK pada baris ini; bila NIK-nya benar dan yang berubah adalah nama, tanggal lahir dan nama ibu, impor lagi dengan --update-by-nik.</translation>
    </message>
    <message>
        <source>This row changes the child&apos;s birth date, sex or status, and then %1 of the child&apos;s saved measurements would be wrong, for example: %2 Check the row; if it is right, correct those measurements first.</source>
        <translation>Baris ini mengubah tanggal lahir, jenis kelamin atau status anak, sehingga %1 pengukuran anak yang sudah tersimpan menjadi salah, misalnya: %2 Periksa baris ini; bila sudah benar, perbaiki dulu pengukuran-pengukuran itu.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Berkas %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The file %1 is not Tumbuh&apos;s record of its backups, so no backup is written into that folder. Choose another backup folder, or move that file away.</source>
        <translation>Berkas %1 bukan catatan cadangan Tumbuh, jadi tidak ada cadangan yang ditulis ke folder itu. Pilih folder cadangan lain, atau pindahkan berkas itu.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Berkas %1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>The file %1 is empty: it has no header line.</source>
        <translation>Berkas %1 kosong: tidak ada baris judul kolom.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>Impor dibatalkan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The database %1 already holds data: demo data is only written into an empty database.</source>
        <translation>Basis data %1 sudah berisi data: data contoh hanya ditulis ke basis data yang kosong.</translation>
    </message>
    <message>
        <source>The file %1 already exists: choose a new file for the demo database.</source>
        <translation>Berkas %1 sudah ada: pilih berkas baru untuk basis data contoh.</translation>
    </message>
    <message>
        <source>Creating the demo database was cancelled.</source>
        <translation>Pembuatan basis data contoh dibatalkan.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Berkas %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>The output file %1 is the database itself: choose another file name. Nothing was written.</source>
        <translation>Berkas keluaran %1 adalah basis data itu sendiri: pilih nama berkas lain. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The output file %1 is a database: choose another file name. Nothing was written.</source>
        <translation>Berkas keluaran %1 adalah sebuah basis data: pilih nama berkas lain. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The output file %1 is the input file: choose another file name. Nothing was written.</source>
        <translation>Berkas keluaran %1 adalah berkas masukan: pilih nama berkas lain. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The output file %1 is also another output of this command: choose another file name. Nothing was written.</source>
        <translation>Berkas keluaran %1 juga keluaran lain dari perintah ini: pilih nama berkas lain. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The mapping names the column &quot;%1&quot;, which the file does not have.</source>
        <translation>Pemetaan menyebut kolom &quot;%1&quot;, padahal kolom itu tidak ada di berkas.</translation>
    </message>
    <message>
        <source>The mapping names the field &quot;%1&quot;, which does not exist. Fields: %2.</source>
        <translation>Pemetaan menyebut isian &quot;%1&quot;, padahal isian itu tidak ada. Isian yang ada: %2.</translation>
    </message>
    <message>
        <source>The columns of this file were not recognised. A list of children needs the child&apos;s name, sex and birth date (e.g. Nama, JK, Tgl Lahir); a list of measurements also needs the date and a value (e.g. Tanggal Pengukuran, Berat, Tinggi, Cara Ukur); measurements alone need the child&apos;s UID or NIK. Name other columns with a mapping (column=field).</source>
        <translation>Kolom berkas ini tidak dikenali. Daftar anak memerlukan nama anak, jenis kelamin dan tanggal lahir (mis. Nama, JK, Tgl Lahir); daftar pengukuran juga memerlukan tanggal dan satu nilai (mis. Tanggal Pengukuran, Berat, Tinggi, Cara Ukur); pengukuran saja memerlukan UID atau NIK anak. Sebutkan kolom lain dengan pemetaan (kolom=isian).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (dd/mm/yyyy, dd-mm-yyyy or yyyy-mm-dd).</source>
        <translation>%1: &quot;%2&quot; bukan tanggal (hh/bb/tttt, hh-bb-tttt atau tttt-bb-hh).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: &quot;%2&quot; bukan angka.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a sex (L/P, laki-laki/perempuan, 1/2 or M/F).</source>
        <translation>%1: &quot;%2&quot; bukan jenis kelamin (L/P, laki-laki/perempuan, 1/2 atau M/F).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a way of measuring (Terlentang/Berdiri, l/h or lying/standing).</source>
        <translation>%1: &quot;%2&quot; bukan cara ukur (Terlentang/Berdiri, l/h atau lying/standing).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not yes or no (1/0, ya/tidak).</source>
        <translation>%1: &quot;%2&quot; bukan ya atau tidak (1/0, ya/tidak).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a status (aktif, pindah, meninggal).</source>
        <translation>%1: &quot;%2&quot; bukan status (aktif, pindah, meninggal).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a UUID.</source>
        <translation>%1: &quot;%2&quot; bukan UUID.</translation>
    </message>
    <message>
        <source>The child %1 was deleted in this database; an import does not bring it back.</source>
        <translation>Anak %1 sudah dihapus di basis data ini; impor tidak mengembalikannya.</translation>
    </message>
    <message>
        <source>No child in this database matches this row (by UID, NIK, or name, birth date and mother&apos;s name).</source>
        <translation>Tidak ada anak di basis data ini yang cocok dengan baris ini (menurut UID, NIK, atau nama, tanggal lahir dan nama ibu).</translation>
    </message>
    <message>
        <source>The posyandu %1 was deleted in this database.</source>
        <translation>Posyandu %1 sudah dihapus di basis data ini.</translation>
    </message>
    <message>
        <source>The posyandu %1 is not in this database and the row gives no name for it.</source>
        <translation>Posyandu %1 tidak ada di basis data ini dan baris ini tidak menyebut namanya.</translation>
    </message>
    <message>
        <source>The measurement %1 was deleted in this database; an import does not bring it back.</source>
        <translation>Pengukuran %1 sudah dihapus di basis data ini; impor tidak mengembalikannya.</translation>
    </message>
    <message>
        <source>The measurement %1 belongs to another child.</source>
        <translation>Pengukuran %1 milik anak lain.</translation>
    </message>
    <message>
        <source>Not merged, because its %1 could not be merged.</source>
        <translation>Tidak digabungkan, karena %1-nya tidak dapat digabungkan.</translation>
    </message>
    <message>
        <source>The file %1 is not a Tumbuh posyandu package.</source>
        <translation>Berkas %1 bukan paket posyandu Tumbuh.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Berkas %1 tidak ada.</translation>
    </message>
    <message>
        <source>The package %1 is damaged: %2</source>
        <translation>Paket %1 rusak: %2</translation>
    </message>
    <message>
        <source>Several posyandu are named &quot;%1&quot;; give the posyandu&apos;s UID instead.</source>
        <translation>Ada beberapa posyandu bernama &quot;%1&quot;; sebutkan UID posyandu-nya.</translation>
    </message>
    <message>
        <source>There is no posyandu &quot;%1&quot; in this database.</source>
        <translation>Tidak ada posyandu &quot;%1&quot; di basis data ini.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Folder cadangan %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The old backup %1 cannot be deleted.</source>
        <translation>Cadangan lama %1 tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Cadangan %1 tidak ada.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and cannot be used: %2</source>
        <translation>Cadangan %1 rusak dan tidak dapat dipakai: %2</translation>
    </message>
    <message>
        <source>the file is too short.</source>
        <translation>berkasnya terlalu pendek.</translation>
    </message>
    <message>
        <source>its size does not match its header.</source>
        <translation>ukurannya tidak sesuai dengan kepala berkasnya.</translation>
    </message>
    <message>
        <source>its content does not match its checksum.</source>
        <translation>isinya tidak sesuai dengan nilai pemeriksaannya.</translation>
    </message>
    <message>
        <source>its header cannot be read.</source>
        <translation>kepala berkasnya tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The backup %1 holds only the changes since the backup %2, and that file is missing. Put it back in the same folder, or restore a full backup (a name ending in .db.zst or .db).</source>
        <translation>Cadangan %1 hanya berisi perubahan sejak cadangan %2, dan berkas itu tidak ada. Kembalikan berkas itu ke folder yang sama, atau pulihkan dari cadangan penuh (namanya berakhiran .db.zst atau .db).</translation>
    </message>
    <message>
        <source>its chain of backups does not end.</source>
        <translation>rantai cadangannya tidak berujung.</translation>
    </message>
    <message>
        <source>The backup %1 holds only the changes since the backup %2, but that file is not the one it was made from. Restore a full backup (a name ending in .db.zst or .db).</source>
        <translation>Cadangan %1 hanya berisi perubahan sejak cadangan %2, tetapi berkas itu bukan berkas yang dipakai saat cadangan dibuat. Pulihkan dari cadangan penuh (namanya berakhiran .db.zst atau .db).</translation>
    </message>
    <message>
        <source>The file %1 is not a Tumbuh backup.</source>
        <translation>Berkas %1 bukan cadangan Tumbuh.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and was not used: %2</source>
        <translation>Cadangan %1 rusak dan tidak dipakai: %2</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Tumbuh (schema %2; this program knows up to %3). Update Tumbuh to restore it.</source>
        <translation>Cadangan %1 dibuat oleh Tumbuh versi yang lebih baru (skema %2; program ini mengenal sampai %3). Perbarui Tumbuh untuk memulihkannya.</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 adalah basis data itu sendiri, bukan cadangannya.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Folder untuk %1 tidak ada.</translation>
    </message>
    <message>
        <source>The database %1 is open in another program. Close every program that shows it, then restore again. Nothing was changed.</source>
        <translation>Basis data %1 sedang dibuka di program lain. Tutup semua program yang menampilkannya, lalu pulihkan lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>There is no referral with the UID %1 in this database.</source>
        <translation>Tidak ada rujukan dengan UID %1 di basis data ini.</translation>
    </message>
    <message>
        <source>The package %1 was written by another version of Tumbuh (package format %2, schema %3; this program reads format %4, schema %6 to %5). Use the same version on both computers.</source>
        <translation>Paket %1 dibuat oleh versi Tumbuh yang lain (format paket %2, skema %3; program ini membaca format %4, skema %6 sampai %5). Gunakan versi yang sama di kedua komputer.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV (a quote is not closed).</source>
        <translation>berkas tidak dapat dibaca sebagai CSV (ada tanda kutip yang tidak ditutup).</translation>
    </message>
    <message>
        <source>The destinations file is empty.</source>
        <translation>Berkas tujuan rujukan kosong.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing (the header must name code, group, label_id, label_en and contact).</source>
        <translation>kolom "%1" tidak ada (baris judul harus memuat code, group, label_id, label_en dan contact).</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; must be letters, digits or _ and not empty.</source>
        <translation>kode "%1" harus berisi huruf, angka atau _ dan tidak boleh kosong.</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; is unknown (write health or lintas_sektor).</source>
        <translation>kelompok "%1" tidak dikenal (tulis health atau lintas_sektor).</translation>
    </message>
    <message>
        <source>the Indonesian name (label_id) of &quot;%1&quot; is empty.</source>
        <translation>nama Indonesia (label_id) untuk "%1" kosong.</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is already used on line %2.</source>
        <translation>kode "%1" sudah dipakai di baris %2.</translation>
    </message>
    <message>
        <source>The destinations file lists no destination.</source>
        <translation>Berkas tujuan rujukan tidak memuat satu tujuan pun.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); the built-in list of destinations is used.</source>
        <translation>%1 tidak dapat dibaca (%2); daftar tujuan bawaan program yang dipakai.</translation>
    </message>
    <message>
        <source>%1: %2 The built-in list of destinations is used.</source>
        <translation>%1: %2 Daftar tujuan bawaan program yang dipakai.</translation>
    </message>
    <message>
        <source>The encrypted package %1 is damaged or was changed after it was written; nothing was merged. Ask for the package again.</source>
        <translation>Paket terenkripsi %1 rusak atau sudah diubah setelah ditulis; tidak ada yang digabungkan. Mintalah paketnya lagi.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>Kata sandi terlalu pendek: pakai paling sedikit %1 karakter.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Pustaka kriptografi tidak dapat dijalankan.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Memori tidak cukup untuk membuat kunci dari kata sandi.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Berkas %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The file %1 is not an encrypted Tumbuh package.</source>
        <translation>Berkas %1 bukan paket Tumbuh terenkripsi.</translation>
    </message>
    <message>
        <source>The encrypted package %1 is incomplete (cut short); nothing was merged. Copy it again from the original.</source>
        <translation>Paket terenkripsi %1 tidak lengkap (terpotong); tidak ada yang digabungkan. Salin lagi dari berkas aslinya.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the encrypted package %1 was changed; nothing was merged.</source>
        <translation>Kata sandi salah, atau paket terenkripsi %1 sudah diubah; tidak ada yang digabungkan.</translation>
    </message>
    <message>
        <source>No private temporary folder can be made: %1</source>
        <translation>Folder sementara pribadi tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>moved away</source>
        <translation>pindah</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>meninggal</translation>
    </message>
    <message>
        <source>kader</source>
        <translation>kader</translation>
    </message>
    <message>
        <source>nutritionist</source>
        <translation>ahli gizi</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Pengukuran</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Referral step</source>
        <translation>Langkah rujukan</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>Edukasi</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Posyandu</source>
        <translation>Posyandu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Data contoh</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ditambah</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>bulk import</source>
        <translation>impor massal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Birth date estimated</source>
        <translation>Tanggal lahir perkiraan</translation>
    </message>
    <message>
        <source>Has a KIA book</source>
        <translation>Punya buku KIA</translation>
    </message>
    <message>
        <source>Oedema</source>
        <translation>Edema</translation>
    </message>
    <message>
        <source>Referral for the family</source>
        <translation>Rujukan untuk keluarga</translation>
    </message>
    <message>
        <source>Agreed to the referral</source>
        <translation>Setuju dirujuk</translation>
    </message>
    <message>
        <source>Date of the statement</source>
        <translation>Tanggal pernyataan</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>Nama orang tua/wali</translation>
    </message>
    <message>
        <source>Relation to the child</source>
        <translation>Hubungan dengan anak</translation>
    </message>
    <message>
        <source>Growth monitoring</source>
        <translation>Pemantauan pertumbuhan</translation>
    </message>
    <message>
        <source>Reporting to the Dinkes</source>
        <translation>Pelaporan ke Dinkes</translation>
    </message>
    <message>
        <source>Cross-sector referral</source>
        <translation>Rujukan lintas sektor</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Persetujuan ditarik</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Dihapus pada</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>lying down (length)</source>
        <translation>berbaring (panjang badan)</translation>
    </message>
    <message>
        <source>standing (height)</source>
        <translation>berdiri (tinggi badan)</translation>
    </message>
    <message>
        <source>contents removed when the child&apos;s data was anonymised</source>
        <translation>isi dihapus saat data anak dianonimkan</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN diatur ulang</translation>
    </message>
    <message>
        <source>PIN created</source>
        <translation>PIN dibuat</translation>
    </message>
    <message>
        <source>There is no child with the UID %1 in this database.</source>
        <translation>Tidak ada anak dengan UID %1 di basis data ini.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be read as a table.</source>
        <translation>Berkas %1 terlalu besar untuk dibaca sebagai tabel.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or incomplete, so it cannot be read as an .xlsx workbook (%2). Nothing was saved. Copy or download the file again.</source>
        <translation>Berkas %1 rusak atau tidak lengkap, sehingga tidak dapat dibaca sebagai buku kerja .xlsx (%2). Tidak ada yang disimpan. Salin atau unduh berkas itu lagi.</translation>
    </message>
    <message>
        <source>The file %1 is not an .xlsx workbook (it is not a zip archive). Nothing was saved. Save it from the spreadsheet as .xlsx or CSV, or import the original e-PPGBM download.</source>
        <translation>Berkas %1 bukan buku kerja .xlsx (bukan arsip zip). Tidak ada yang disimpan. Simpan dari program lembar kerja sebagai .xlsx atau CSV, atau impor berkas asli unduhan e-PPGBM.</translation>
    </message>
    <message>
        <source>The file %1 is a zip archive without a worksheet, so it is not an .xlsx workbook. Nothing was saved. Save it from the spreadsheet as .xlsx or CSV.</source>
        <translation>Berkas %1 adalah arsip zip tanpa lembar kerja, jadi bukan buku kerja .xlsx. Tidak ada yang disimpan. Simpan dari program lembar kerja sebagai .xlsx atau CSV.</translation>
    </message>
    <message>
        <source>the sheet cannot be opened</source>
        <translation>lembar kerjanya tidak dapat dibuka</translation>
    </message>
    <message>
        <source>the sheet ends too early</source>
        <translation>lembar kerjanya terputus sebelum selesai</translation>
    </message>
    <message>
        <source>reading stopped after row %1: %2</source>
        <translation>pembacaan berhenti setelah baris %1: %2</translation>
    </message>
    <message>
        <source>None of the first %1 rows of the sheet &quot;%2&quot; in %3 is a header row that Tumbuh recognises. Nothing was saved. %4</source>
        <translation>Tidak ada baris judul kolom yang dikenali Tumbuh di antara %1 baris pertama lembar &quot;%2&quot; dalam %3. Tidak ada yang disimpan. %4</translation>
    </message>
    <message>
        <source>The file %1 has no table. An e-PPGBM list saved as .xls is a web page with a table of children; this file is not one. Nothing was saved. Use the original e-PPGBM download, or save the list as .xlsx or CSV.</source>
        <translation>Berkas %1 tidak berisi tabel. Daftar e-PPGBM yang disimpan sebagai .xls adalah halaman web berisi tabel anak; berkas ini bukan itu. Tidak ada yang disimpan. Gunakan berkas asli unduhan e-PPGBM, atau simpan daftar itu sebagai .xlsx atau CSV.</translation>
    </message>
    <message>
        <source>No table in %1 has a header row that Tumbuh recognises. Nothing was saved. %2</source>
        <translation>Tidak ada tabel dalam %1 yang punya baris judul kolom yang dikenali Tumbuh. Tidak ada yang disimpan. %2</translation>
    </message>
    <message>
        <source>The file %1 is an Excel 97-2003 workbook in Excel&apos;s own binary format, which Tumbuh cannot read. Nothing was saved. Open it in the spreadsheet and save it as .xlsx, or use the original e-PPGBM download (a web page saved as .xls), which Tumbuh reads.</source>
        <translation>Berkas %1 adalah buku kerja Excel 97-2003 dalam format biner Excel sendiri, yang tidak dapat dibaca Tumbuh. Tidak ada yang disimpan. Buka di program lembar kerja lalu simpan sebagai .xlsx, atau gunakan berkas asli unduhan e-PPGBM (halaman web yang disimpan sebagai .xls), yang dapat dibaca Tumbuh.</translation>
    </message>
</context>
<context>
    <name>tumbuh::report</name>
    <message>
        <source>The list of children by name is left out: this role may not see children&apos;s names in a report.</source>
        <translation>Daftar anak dengan nama tidak disertakan: hanya ahli gizi atau admin yang dapat melihat nama anak dalam laporan.</translation>
    </message>
    <message>
        <source>The PDF %1 could not be started.</source>
        <translation>PDF %1 tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written: %2.</source>
        <translation>PDF %1 tidak dapat ditulis: %2.</translation>
    </message>
    <message>
        <source>The spreadsheet %1 could not be written: %2.</source>
        <translation>Lembar kerja %1 tidak dapat ditulis: %2.</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>berkas tidak dapat dibuat</translation>
    </message>
</context>
<context>
    <name>tumbuh::store</name>
    <message>
        <source>kader</source>
        <translation>kader</translation>
    </message>
    <message>
        <source>nutritionist</source>
        <translation>ahli gizi</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>see full NIKs</source>
        <translation>melihat NIK lengkap</translation>
    </message>
    <message>
        <source>add or change children</source>
        <translation>menambah atau mengubah data anak</translation>
    </message>
    <message>
        <source>add or change measurements</source>
        <translation>menambah atau mengubah hasil ukur</translation>
    </message>
    <message>
        <source>make referrals</source>
        <translation>membuat rujukan</translation>
    </message>
    <message>
        <source>close referrals</source>
        <translation>menutup rujukan</translation>
    </message>
    <message>
        <source>record counselling</source>
        <translation>mencatat edukasi</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>mencatat persetujuan</translation>
    </message>
    <message>
        <source>print for the family</source>
        <translation>mencetak untuk keluarga</translation>
    </message>
    <message>
        <source>make the monthly report</source>
        <translation>membuat laporan bulanan</translation>
    </message>
    <message>
        <source>export data with children&apos;s names</source>
        <translation>mengekspor data yang memuat nama anak</translation>
    </message>
    <message>
        <source>make a posyandu package</source>
        <translation>membuat paket posyandu</translation>
    </message>
    <message>
        <source>merge posyandu packages</source>
        <translation>menggabungkan paket posyandu</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>membuat cadangan</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>memulihkan cadangan</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>membaca log audit</translation>
    </message>
    <message>
        <source>export everything held on a child</source>
        <translation>mengekspor semua data seorang anak</translation>
    </message>
    <message>
        <source>anonymise a child</source>
        <translation>menganonimkan data anak</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>mengelola pengguna</translation>
    </message>
    <message>
        <source>Ask a nutritionist or an admin.</source>
        <translation>Minta bantuan ahli gizi atau admin.</translation>
    </message>
    <message>
        <source>Ask an admin.</source>
        <translation>Minta bantuan admin.</translation>
    </message>
    <message>
        <source>The role %1 may not %2. %3</source>
        <translation>Peran %1 tidak boleh %2. %3</translation>
    </message>
    <message>
        <source>This child belongs to another posyandu: a kader changes the children of their own posyandu only.</source>
        <translation>Anak ini terdaftar di posyandu lain: kader hanya mengubah data anak di posyandunya sendiri.</translation>
    </message>
    <message>
        <source>A PIN has at least 6 digits.</source>
        <translation>PIN paling sedikit 6 angka.</translation>
    </message>
    <message>
        <source>A PIN has at least 6 digits; a password at least 8 characters.</source>
        <translation>PIN paling sedikit 6 angka; kata sandi paling sedikit 8 karakter.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Pustaka kriptografi tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the PIN.</source>
        <translation>Memori tidak cukup untuk mengamankan PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this user is locked until %1. Wait, or ask an admin to reset the PIN.</source>
        <translation>Terlalu banyak PIN salah: pengguna ini dikunci sampai pukul %1. Tunggu, atau minta admin mengatur ulang PIN.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot; in this file.</source>
        <translation>Tidak ada pengguna bernama &quot;%1&quot; di berkas ini.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; has been deactivated. Ask an admin.</source>
        <translation>Pengguna &quot;%1&quot; sudah dinonaktifkan. Minta bantuan admin.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; has no PIN yet: open Tumbuh to set one.</source>
        <translation>Pengguna &quot;%1&quot; belum punya PIN: buka program Tumbuh untuk membuatnya.</translation>
    </message>
    <message>
        <source>This file has users already: sign in as one of them.</source>
        <translation>Berkas ini sudah punya pengguna: masuklah sebagai salah satunya.</translation>
    </message>
    <message>
        <source>There is a user named &quot;%1&quot; already.</source>
        <translation>Sudah ada pengguna bernama &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more wrong PIN(s) lock this user for a while.</source>
        <translation>
            <numerusform>PIN salah. %n kali lagi salah, pengguna ini dikunci sementara.</numerusform>
        </translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Kelurahan/desa</source>
        <translation>Kelurahan/desa</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Diukur oleh</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Dirujuk oleh</translation>
    </message>
    <message>
        <source>Region code list</source>
        <translation>Daftar kode wilayah</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3 are allowed. Shorten it.</source>
        <translation>%1 terlalu panjang: %2 karakter, paling banyak %3. Persingkat.</translation>
    </message>
    <message>
        <source>%1 contains a hidden control or text-direction character (%2) that cannot be saved. Type the text again without it.</source>
        <translation>%1 berisi karakter kontrol atau pengatur arah teks yang tersembunyi (%2) dan tidak dapat disimpan. Ketik ulang teksnya tanpa karakter itu.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Berkas %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Tumbuh database (it is not an SQLite database file).</source>
        <translation>Berkas %1 bukan basis data Tumbuh (bukan berkas basis data SQLite).</translation>
    </message>
    <message>
        <source>The database file %1 is damaged: it is truncated (only %2 bytes).</source>
        <translation>Berkas basis data %1 rusak: isinya terpotong (hanya %2 bita).</translation>
    </message>
    <message>
        <source>The database file %1 is damaged: its header is invalid.</source>
        <translation>Berkas basis data %1 rusak: kepala berkasnya tidak sah.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged: it is truncated (%2 bytes, %3 expected).</source>
        <translation>Berkas basis data %1 rusak: isinya terpotong (%2 bita, seharusnya %3).</translation>
    </message>
    <message numerus="yes">
        <source>The database file %1 is damaged; nothing was written to it. The check found %n problem(s), the first: “%2”.</source>
        <translation>
            <numerusform>Berkas basis data %1 rusak; tidak ada yang ditulis ke dalamnya. Pemeriksaan menemukan %n masalah, yang pertama: “%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database file %1 is damaged: %2</source>
        <translation>Berkas basis data %1 rusak: %2</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened: %2</source>
        <translation>Berkas basis data %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>A backup of it exists and can be restored: %1</source>
        <translation>Ada cadangannya yang dapat dipulihkan: %1</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Berkas basis data %1 tidak ada.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be created: the folder does not exist or cannot be written.</source>
        <translation>Berkas basis data %1 tidak dapat dibuat: foldernya tidak ada atau tidak dapat ditulisi.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 bukan sebuah berkas.</translation>
    </message>
    <message>
        <source>The database file %1 is empty and read-only: it cannot be set up.</source>
        <translation>Berkas basis data %1 kosong dan hanya-baca: tidak dapat disiapkan.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not a Tumbuh database.</source>
        <translation>Berkas %1 adalah basis data SQLite milik program lain, bukan basis data Tumbuh.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Tumbuh (schema %2; this program knows up to %3). Update Tumbuh to open it.</source>
        <translation>Basis data %1 ditulis oleh Tumbuh versi yang lebih baru (skema %2; program ini hanya mengenal sampai %3). Perbarui Tumbuh untuk membukanya.</translation>
    </message>
    <message>
        <source>The database %1 must be upgraded to this version of Tumbuh, but it is read-only.</source>
        <translation>Basis data %1 perlu ditingkatkan ke versi Tumbuh ini, tetapi berkasnya hanya-baca.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only: it can be viewed, but changes cannot be saved.</source>
        <translation>Berkas basis data %1 hanya-baca: datanya dapat dilihat, tetapi perubahan tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The database file %1 cannot use write-ahead logging (journal mode is %2).</source>
        <translation>Berkas basis data %1 tidak dapat memakai write-ahead logging (mode jurnalnya %2).</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>%1 is the row&apos;s number in the batch (1 = first), %2 the reason</extracomment>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Birth weight</source>
        <translation>Berat badan lahir</translation>
    </message>
    <message>
        <source>Birth length</source>
        <translation>Panjang badan lahir</translation>
    </message>
    <message>
        <source>Mother&apos;s name</source>
        <translation>Nama ibu</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>Nama ayah</translation>
    </message>
    <message>
        <source>Mother&apos;s NIK</source>
        <translation>NIK ibu</translation>
    </message>
    <message>
        <source>Father&apos;s NIK</source>
        <translation>NIK ayah</translation>
    </message>
    <message>
        <source>Family card number (No. KK)</source>
        <translation>Nomor Kartu Keluarga (No. KK)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Posyandu</source>
        <translation>Posyandu</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Date of moving away or death</source>
        <translation>Tanggal pindah atau meninggal</translation>
    </message>
    <message>
        <source>Measurement date</source>
        <translation>Tanggal pengukuran</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Berat badan</translation>
    </message>
    <message>
        <source>Length/height</source>
        <translation>Panjang/tinggi badan</translation>
    </message>
    <message>
        <source>How length/height was measured</source>
        <translation>Cara ukur panjang/tinggi badan</translation>
    </message>
    <message>
        <source>Head circumference</source>
        <translation>Lingkar kepala</translation>
    </message>
    <message>
        <source>Mid-upper arm circumference (LiLA)</source>
        <translation>Lingkar lengan atas (LiLA)</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Tanggal rujukan</translation>
    </message>
    <message>
        <source>Date of arrival at the destination</source>
        <translation>Tanggal tiba di tempat rujukan</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Referral destination</source>
        <translation>Tujuan rujukan</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Kode wilayah</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>%1 must be filled in.</source>
        <translation>%1 wajib diisi.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4; %5 %4 was entered.</source>
        <translation>%1 harus antara %2 dan %3 %4; yang diisi %5 %4.</translation>
    </message>
    <message>
        <source>%1 must be exactly 16 digits; &quot;%2&quot; has %3 characters.</source>
        <translation>%1 harus tepat 16 angka; &quot;%2&quot; berisi %3 karakter.</translation>
    </message>
    <message>
        <source>%1 cannot be in the future (%2 was entered).</source>
        <translation>%1 tidak boleh di masa depan (yang diisi %2).</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be before the child&apos;s birth date (%3).</source>
        <translation>%1 (%2) tidak boleh sebelum tanggal lahir anak (%3).</translation>
    </message>
    <message>
        <source>Birth date cannot be more than 19 years ago: %1 was entered, the earliest allowed is %2.</source>
        <translation>Tanggal lahir tidak boleh lebih dari 19 tahun yang lalu: yang diisi %1, paling awal %2.</translation>
    </message>
    <message>
        <source>A length/height was entered without how it was measured: choose lying (length) or standing (height).</source>
        <translation>Panjang/tinggi badan diisi tanpa cara ukur: pilih telentang (panjang badan) atau berdiri (tinggi badan).</translation>
    </message>
    <message>
        <source>How length/height was measured is given, but no length/height was entered.</source>
        <translation>Cara ukur sudah dipilih, tetapi panjang/tinggi badan tidak diisi.</translation>
    </message>
    <message>
        <source>Nothing was measured: enter at least the weight, the length/height, the head circumference or the arm circumference.</source>
        <translation>Belum ada hasil pengukuran: isi paling sedikit berat badan, panjang/tinggi badan, lingkar kepala atau lingkar lengan atas.</translation>
    </message>
    <message>
        <source>Enter the date the child moved away or died.</source>
        <translation>Isi tanggal anak pindah atau meninggal.</translation>
    </message>
    <message>
        <source>Measurement date (%1) is after the child&apos;s recorded date of death (%2).</source>
        <translation>Tanggal pengukuran (%1) sesudah tanggal meninggal anak yang tercatat (%2).</translation>
    </message>
    <message>
        <source>NIK %1 already belongs to another child: %2, born %3.</source>
        <translation>NIK %1 sudah dipakai anak lain: %2, lahir %3.</translation>
    </message>
    <message>
        <source>%1 was not found; it may have been deleted.</source>
        <translation>%1 tidak ditemukan; mungkin sudah dihapus.</translation>
    </message>
    <message>
        <source>%1 still has %2 registered children; move or delete them first.</source>
        <translation>%1 masih mempunyai %2 anak terdaftar; pindahkan atau hapus dulu anak-anak itu.</translation>
    </message>
    <message>
        <source>Region code &quot;%1&quot; must look like PP.KK.CC.DDDD (for example 64.71.05.1002), or a beginning of it.</source>
        <translation>Kode wilayah &quot;%1&quot; harus berbentuk PP.KK.CC.DDDD (misalnya 64.71.05.1002), atau bagian awalnya.</translation>
    </message>
    <message>
        <source>Phone number &quot;%1&quot; may contain only digits, spaces, +, - and parentheses, at most 20 characters.</source>
        <translation>Nomor telepon &quot;%1&quot; hanya boleh berisi angka, spasi, +, - dan tanda kurung, paling banyak 20 karakter.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be before %3 (%4).</source>
        <translation>%1 (%2) tidak boleh sebelum %3 (%4).</translation>
    </message>
    <message>
        <source>A referral marked as arrived needs the date of arrival.</source>
        <translation>Rujukan yang ditandai sudah tiba perlu tanggal tibanya.</translation>
    </message>
    <message>
        <source>NIK %1 encodes the birth date %2, but the birth date entered is %3. Check both; the NIK is kept as entered.</source>
        <translation>NIK %1 memuat tanggal lahir %2, tetapi tanggal lahir yang diisi %3. Periksa keduanya; NIK tetap disimpan seperti yang diisi.</translation>
    </message>
    <message>
        <source>NIK %1 is a girl&apos;s NIK (day of birth plus 40), but the child is entered as a boy.</source>
        <translation>NIK %1 adalah NIK perempuan (tanggal lahir ditambah 40), tetapi anak diisi sebagai laki-laki.</translation>
    </message>
    <message>
        <source>NIK %1 is a boy&apos;s NIK, but the child is entered as a girl (a girl&apos;s NIK has 40 added to the day of birth).</source>
        <translation>NIK %1 adalah NIK laki-laki, tetapi anak diisi sebagai perempuan (pada NIK perempuan tanggal lahir ditambah 40).</translation>
    </message>
    <message>
        <source>Digits 7 to 12 of NIK %1 are not a date of birth (DDMMYY, +40 on the day for girls). Check the NIK.</source>
        <translation>Angka ke-7 sampai ke-12 NIK %1 bukan tanggal lahir (TTBBTT, tanggal ditambah 40 untuk perempuan). Periksa NIK.</translation>
    </message>
    <message>
        <source>A child named %1, born %2, with mother %3 is already registered. Is this the same child?</source>
        <translation>Anak bernama %1, lahir %2, dengan ibu %3 sudah terdaftar. Apakah ini anak yang sama?</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed; the file was left as it was. Details: %2</source>
        <translation>Peningkatan basis data ke versi %1 gagal; berkas dibiarkan seperti semula. Rincian: %2</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Kesalahan basis data: %1</translation>
    </message>
    <message>
        <source>The database %1 is open in %2 (pid %3, user %4, computer %5), which may be changing it. Close that program or wait until it has finished, then try again. Nothing was changed.</source>
        <translation>Basis data %1 sedang dibuka di %2 (pid %3, pengguna %4, komputer %5), yang mungkin sedang mengubahnya. Tutup program itu atau tunggu sampai selesai, lalu coba lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The disk is full: free some space on the disk, then try again. Nothing was lost; what was already saved is safe.</source>
        <translation>Disk penuh: kosongkan ruang di disk lalu coba lagi. Tidak ada data yang hilang; yang sudah disimpan tetap aman.</translation>
    </message>
    <message>
        <source>The database is busy: another program is using it. Wait a moment or close the other program, then try again. Nothing was lost; what was already saved is safe.</source>
        <translation>Basis data sedang sibuk: program lain sedang memakainya. Tunggu sebentar atau tutup program lain itu, lalu coba lagi. Tidak ada data yang hilang; yang sudah disimpan tetap aman.</translation>
    </message>
    <message>
        <source>The database is read-only (the file, its folder or the disk cannot be written): the change was not saved. Copy the file to a folder you may write, or ask whoever manages this computer.</source>
        <translation>Basis data hanya dapat dibaca (berkasnya, foldernya, atau disknya tidak dapat ditulisi): perubahan tidak disimpan. Salin berkas ke folder yang boleh Anda tulisi, atau tanyakan kepada pengelola komputer ini.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened: it or its folder is missing, or you may not use it. Check the file&apos;s name and folder, or ask whoever manages this computer for access.</source>
        <translation>Berkas basis data %1 tidak dapat dibuka: berkas atau foldernya tidak ada, atau Anda tidak diizinkan memakainya. Periksa nama dan folder berkas, atau mintalah akses kepada pengelola komputer ini.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: it or its folder is missing, or you may not use it. Check the file&apos;s name and folder, or ask whoever manages this computer for access.</source>
        <translation>Berkas basis data tidak dapat dibuka: berkas atau foldernya tidak ada, atau Anda tidak diizinkan memakainya. Periksa nama dan folder berkas, atau mintalah akses kepada pengelola komputer ini.</translation>
    </message>
    <message>
        <source>The disk could not be read or written (was it removed, or is it failing?). Check the disk, then try again; what was already saved is safe.</source>
        <translation>Disk tidak dapat dibaca atau ditulisi (apakah dicabut, atau rusak?). Periksa disknya, lalu coba lagi; yang sudah disimpan tetap aman.</translation>
    </message>
    <message>
        <source>A completed, missed or cancelled referral needs its closing date.</source>
        <translation>Rujukan yang selesai, tidak datang, atau dibatalkan perlu tanggal ditutupnya.</translation>
    </message>
    <message>
        <source>Reasons for the referral</source>
        <translation>Alasan rujukan</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Tanggal tindak lanjut</translation>
    </message>
    <message>
        <source>Date of this step</source>
        <translation>Tanggal langkah ini</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Counselling date</source>
        <translation>Tanggal edukasi</translation>
    </message>
    <message>
        <source>Counselling topic</source>
        <translation>Topik edukasi</translation>
    </message>
    <message>
        <source>Counselled by</source>
        <translation>Pemberi edukasi</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>A referral that is &quot;%1&quot; cannot be changed to &quot;%2&quot;. Nothing was changed.</source>
        <translation>Rujukan yang &quot;%1&quot; tidak dapat diubah menjadi &quot;%2&quot;. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be before the previous step (&quot;%3&quot; on %4).</source>
        <translation>%1 (%2) tidak boleh sebelum langkah sebelumnya (&quot;%3&quot; pada %4).</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>dirujuk</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>tidak datang</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>The database file %1 cannot be created: %2</source>
        <translation>Berkas basis data %1 tidak dapat dibuat: %2</translation>
    </message>
    <message>
        <source>The check record %1 cannot be written: %2</source>
        <translation>Catatan pemeriksaan %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Changes are no longer saved: the check found the database file damaged. %1</source>
        <translation>Perubahan tidak disimpan lagi: pemeriksaan menemukan berkas basis data rusak. %1</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::ChildChartsView</name>
    <message>
        <source>Weight-for-age</source>
        <translation>BB/U</translation>
    </message>
    <message>
        <source>Length/height-for-age</source>
        <translation>PB/U · TB/U</translation>
    </message>
    <message>
        <source>Weight-for-length</source>
        <translation>BB/PB</translation>
    </message>
    <message>
        <source>Weight-for-height</source>
        <translation>BB/TB</translation>
    </message>
    <message>
        <source>BMI-for-age</source>
        <translation>IMT/U</translation>
    </message>
    <message>
        <source>Head circumference</source>
        <translation>LK/U</translation>
    </message>
    <message>
        <source>MUAC-for-age</source>
        <translation>LiLA/U</translation>
    </message>
    <message>
        <source>Height-for-age 5–19 y</source>
        <translation>TB/U 5–19 th</translation>
    </message>
    <message>
        <source>Weight-for-age 5–10 y</source>
        <translation>BB/U 5–10 th</translation>
    </message>
    <message>
        <source>BMI-for-age 5–19 y</source>
        <translation>IMT/U 5–19 th</translation>
    </message>
    <message>
        <source>All z-scores</source>
        <translation>Semua z-skor</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::ChildDialog</name>
    <message>
        <source>Edit child</source>
        <translation>Ubah data anak</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Tambah anak</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Many babies have no NIK yet: it can be added later.</source>
        <translation>Banyak bayi belum punya NIK: boleh diisi nanti.</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::NikField</name>
    <message>
        <source>Retype</source>
        <translation>Ketik ulang</translation>
    </message>
    <message>
        <source>The NIK is hidden for your role. Press to type the whole NIK again.</source>
        <translation>NIK disembunyikan untuk peran Anda. Tekan untuk mengetik ulang NIK lengkap.</translation>
    </message>
    <message>
        <source>Hidden for your role: the stored NIK is kept unless you retype it.</source>
        <translation>Disembunyikan untuk peran Anda: NIK yang tersimpan tetap dipakai kecuali Anda mengetik ulang.</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::ChildForm</name>
    <message>
        <source>Child</source>
        <translation>Data anak</translation>
    </message>
    <message>
        <source>Posyandu</source>
        <translation>Posyandu</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;name</source>
        <translation>&amp;Nama anak</translation>
    </message>
    <message>
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <source>16 digits; leave empty if the child has none yet</source>
        <translation>16 angka; kosongkan jika anak belum punya</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>&amp;Male</source>
        <translation>&amp;Laki-laki</translation>
    </message>
    <message>
        <source>&amp;Female</source>
        <translation>&amp;Perempuan</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Tanggal lahir</translation>
    </message>
    <message>
        <source>Approximate date (the family knows only the month or year)</source>
        <translation>Tanggal perkiraan (keluarga hanya tahu bulan atau tahunnya)</translation>
    </message>
    <message>
        <source>Birth &amp;weight (kg)</source>
        <translation>&amp;Berat lahir (kg)</translation>
    </message>
    <message>
        <source>Birth &amp;length (cm)</source>
        <translation>Panjan&amp;g lahir (cm)</translation>
    </message>
    <message>
        <source>M&amp;other&apos;s name</source>
        <translation>Nama &amp;ibu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Pindah</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Meninggal</translation>
    </message>
    <message>
        <source>Choose male or female.</source>
        <translation>Pilih laki-laki atau perempuan.</translation>
    </message>
    <message>
        <source>Write the date as day-month-year, e.g. 17-08-2023.</source>
        <translation>Tulis tanggal sebagai hari-bulan-tahun, misalnya 17-08-2023.</translation>
    </message>
    <message>
        <source>Write a number in kilograms, e.g. 3,2.</source>
        <translation>Tulis angka dalam kilogram, misalnya 3,2.</translation>
    </message>
    <message>
        <source>Write a number in centimetres, e.g. 49,5.</source>
        <translation>Tulis angka dalam sentimeter, misalnya 49,5.</translation>
    </message>
    <message>
        <source>Age today: %1</source>
        <translation>Umur hari ini: %1</translation>
    </message>
    <message>
        <source>Has a Buku KIA / KMS</source>
        <translation>Punya Buku KIA/KMS</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::ChildListModel</name>
    <message>
        <source>Oedema</source>
        <translation>Edema</translation>
    </message>
    <message>
        <source>2T</source>
        <translation>2T</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>Belum diukur</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 pada %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Lahir %1</translation>
    </message>
    <message>
        <source>Born %1, NIK %2</source>
        <translation>Lahir %1, NIK %2</translation>
    </message>
    <message>
        <source>Born %1 (approximate)</source>
        <translation>Lahir %1 (perkiraan)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Sex</source>
        <comment>column, short</comment>
        <translation>JK</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Mother&apos;s name</source>
        <translation>Nama ibu</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Last weighing</source>
        <translation>Penimbangan terakhir</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Status of the last visit: the worst of weight-for-age, length/height-for-age, weight-for-length/height and BMI-for-age</source>
        <translation>Status kunjungan terakhir: yang terburuk dari BB/U, PB/U atau TB/U, BB/PB atau BB/TB, dan IMT/U</translation>
    </message>
    <message>
        <source>N/T/O/B of the last weighing and its weight-for-age category</source>
        <translation>N/T/O/B penimbangan terakhir dan kategori BB/U-nya</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::ChildPage</name>
    <message>
        <source>Yes, delete</source>
        <translation>Ya, hapus</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Choose a child in the children register (double-click the name or press Enter).</source>
        <translation>Pilih anak di Daftar balita (klik dua kali namanya atau tekan Enter).</translation>
    </message>
    <message>
        <source>Edit &amp;child</source>
        <translation>Ubah data &amp;anak</translation>
    </message>
    <message>
        <source>Change the child&apos;s or the family&apos;s data</source>
        <translation>Ubah data anak atau keluarganya</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Riwayat pengukuran</translation>
    </message>
    <message>
        <source>Change measurement…</source>
        <translation>Ubah pengukuran…</translation>
    </message>
    <message>
        <source>Change the selected measurement (Ctrl+E)</source>
        <translation>Ubah pengukuran yang dipilih (Ctrl+E)</translation>
    </message>
    <message>
        <source>Delete measurement…</source>
        <translation>Hapus pengukuran…</translation>
    </message>
    <message>
        <source>Delete the selected measurement (Delete); it can be undone with Ctrl+Z</source>
        <translation>Hapus pengukuran yang dipilih (Delete); dapat dibatalkan dengan Ctrl+Z</translation>
    </message>
    <message>
        <source>The measurements could not be read: %1</source>
        <translation>Riwayat pengukuran tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>weight %1 kg</source>
        <translation>berat %1 kg</translation>
    </message>
    <message>
        <source>length/height %1 cm</source>
        <translation>panjang/tinggi %1 cm</translation>
    </message>
    <message>
        <source>Delete the measurement of %1 on %2 (%3)?

The deletion is recorded in the audit log and can be undone with Ctrl+Z.</source>
        <translation>Hapus pengukuran %1 tanggal %2 (%3)?

Penghapusan dicatat dalam log audit dan dapat dibatalkan dengan Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete measurement</source>
        <translation>Hapus pengukuran</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>Cetak kartu…</translation>
    </message>
    <message>
        <source>Print the growth card for the mother: the weight and length/height charts and the latest result (Ctrl+P)</source>
        <translation>Cetak kartu pertumbuhan untuk ibu: grafik berat badan dan panjang/tinggi badan serta hasil terakhir (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save card as PDF…</source>
        <translation>Simpan kartu PDF…</translation>
    </message>
    <message>
        <source>Save the growth card as a PDF file, to print later or send</source>
        <translation>Simpan kartu pertumbuhan sebagai berkas PDF, untuk dicetak nanti atau dikirim</translation>
    </message>
    <message>
        <source>No child is shown.</source>
        <translation>Belum ada anak yang ditampilkan.</translation>
    </message>
    <message>
        <source>Save growth card</source>
        <translation>Simpan kartu pertumbuhan</translation>
    </message>
    <message>
        <source>The card could not be saved to %1: %2</source>
        <translation>Kartu tidak dapat disimpan ke %1: %2</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::ChildRightsActions</name>
    <message>
        <source>Export child&apos;s data</source>
        <translation>Ekspor data anak</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Export child&apos;s data…</source>
        <translation>Ekspor data anak…</translation>
    </message>
    <message>
        <source>Everything held on this child, as a PDF and a JSON file, for the parent who asks (nutritionist or admin)</source>
        <translation>Semua data yang disimpan tentang anak ini, sebagai berkas PDF dan JSON, untuk orang tua yang memintanya (ahli gizi atau admin)</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonimkan…</translation>
    </message>
    <message>
        <source>Remove the child&apos;s name and the family&apos;s personal data; the measurements stay for the statistics (admin only)</source>
        <translation>Hapus nama anak dan data pribadi keluarganya; hasil pengukuran tetap disimpan untuk statistik (hanya admin)</translation>
    </message>
    <message>
        <source>Anonymise %1?

The name becomes &quot;%2&quot;; the NIK, the mother&apos;s name and the notes are removed. When no brother or sister is registered in the same family, the parents&apos; names and NIKs, the address, the phone and the No. KK are removed too; otherwise the child is taken out of the family&apos;s record. The notes of measurements, referrals and counselling, the guardian&apos;s name in the consent and the old values in the audit log are removed. The birth date, sex, posyandu and all measurements stay, for the statistics.

This cannot be undone. Backups made before keep the old data until they are deleted.

Type the child&apos;s name or ANONIMKAN to confirm:</source>
        <translation>Anonimkan %1?

Namanya menjadi &quot;%2&quot;; NIK, nama ibu dan catatannya dihapus. Bila tidak ada kakak atau adik yang terdaftar di keluarga yang sama, nama dan NIK ayah dan ibu, alamat, nomor telepon dan No. KK juga dihapus; bila ada, anak ini dikeluarkan dari data keluarga itu. Catatan pengukuran, rujukan dan edukasi, nama wali pada persetujuan, dan isi lama di log audit dihapus. Tanggal lahir, jenis kelamin, posyandu dan semua hasil pengukuran tetap disimpan untuk statistik.

Ini tidak bisa dibatalkan. Cadangan yang dibuat sebelumnya masih berisi data lama sampai cadangan itu dihapus.

Ketik nama anak atau ANONIMKAN untuk meneruskan:</translation>
    </message>
    <message>
        <source>The child&apos;s data could not be exported: %1</source>
        <translation>Data anak tidak bisa diekspor: %1</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>Tersimpan: %1 dan %2.</translation>
    </message>
    <message>
        <source>Anonymise child</source>
        <translation>Anonimkan anak</translation>
    </message>
    <message>
        <source>What you typed is neither the child&apos;s name nor ANONIMKAN: nothing was changed.</source>
        <translation>Yang Anda ketik bukan nama anak dan bukan ANONIMKAN: tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The child could not be anonymised: %1</source>
        <translation>Anak tidak bisa dianonimkan: %1</translation>
    </message>
    <message>
        <source>The child is now &quot;%1&quot;. Backups made before keep the old data until they are deleted.</source>
        <translation>Anak ini sekarang bernama &quot;%1&quot;. Cadangan yang dibuat sebelumnya masih berisi data lama sampai cadangan itu dihapus.</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::ChildProfileView</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>umur %1</translation>
    </message>
    <message>
        <source>born %1 (approximate)</source>
        <translation>lahir %1 (perkiraan)</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>lahir %1</translation>
    </message>
    <message>
        <source>birth weight %1 kg</source>
        <translation>berat lahir %1 kg</translation>
    </message>
    <message>
        <source>no NIK yet</source>
        <translation>belum punya NIK</translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation>NIK %1</translation>
    </message>
    <message>
        <source>Posyandu %1</source>
        <translation>Posyandu %1</translation>
    </message>
    <message>
        <source>moved away on %1</source>
        <translation>pindah sejak %1</translation>
    </message>
    <message>
        <source>died on %1</source>
        <translation>meninggal %1</translation>
    </message>
    <message>
        <source>Mother: %1</source>
        <translation>Ibu: %1</translation>
    </message>
    <message>
        <source>Father: %1</source>
        <translation>Ayah: %1</translation>
    </message>
    <message>
        <source>RT/RW %1/%2</source>
        <translation>RT/RW %1/%2</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>HP %1</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Keluarga: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Catatan: %1</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::CommandStack</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A menu entry: &quot;Undo: Save the measurement of Ani&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::DatabaseErrorDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>Basis data tidak dapat dibuka</translation>
    </message>
    <message>
        <source>A backup exists: %1. Restoring it puts the data back as it was when the backup was made; the damaged file is kept beside it.</source>
        <translation>Ada cadangan: %1. Memulihkannya mengembalikan data seperti saat cadangan dibuat; berkas yang rusak tetap disimpan di sampingnya.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Buka berkas lain…</translation>
    </message>
    <message>
        <source>&amp;Start a new database…</source>
        <translation>Buat basis data &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>hh-bb-tttt</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Pilih dari kalender</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::DayHeader</name>
    <message>
        <source>Posyandu day</source>
        <translation>Hari posyandu</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Posyandu:</source>
        <translation>&amp;Posyandu:</translation>
    </message>
    <message>
        <source>%1 of %2 children measured</source>
        <translation>%1 dari %2 anak sudah diukur</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::DecimalInput</name>
    <message>
        <source>Type a number only, for example 8.5</source>
        <translation>Tulis angka saja, misalnya 8,5</translation>
    </message>
    <message>
        <source>Only one decimal separator, for example 8.5</source>
        <translation>Hanya satu koma desimal, misalnya 8,5</translation>
    </message>
    <message numerus="yes">
        <source>At most %n digit(s) after the decimal separator</source>
        <translation>
            <numerusform>Paling banyak %n angka di belakang koma</numerusform>
        </translation>
    </message>
    <message>
        <source>This number is far too large</source>
        <translation>Angka ini terlalu besar</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::DeleteMeasurementCommand</name>
    <message>
        <source>Delete measurement</source>
        <translation>Hapus pengukuran</translation>
    </message>
    <message>
        <source>Delete the measurement of %1</source>
        <translation>Hapus pengukuran %1</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::EditMeasurementCommand</name>
    <message>
        <source>Change measurement</source>
        <translation>Ubah pengukuran</translation>
    </message>
    <message>
        <source>Change the measurement of %1</source>
        <translation>Ubah pengukuran %1</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::EntryPanel</name>
    <message>
        <source>Save (Enter)</source>
        <translation>Simpan (Enter)</translation>
    </message>
    <message>
        <source>Undo last save (Ctrl+Z)</source>
        <translation>Batalkan simpan terakhir (Ctrl+Z)</translation>
    </message>
    <message>
        <source>mother: %1</source>
        <translation>ibu: %1</translation>
    </message>
    <message>
        <source>already measured today — Enter saves the correction</source>
        <translation>sudah diukur hari ini — Enter menyimpan perbaikannya</translation>
    </message>
    <message>
        <source>already measured this month on %1</source>
        <translation>sudah diukur bulan ini tanggal %1</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::FileCheckStatus</name>
    <message>
        <source>The database file is damaged</source>
        <translation>Berkas basis data rusak</translation>
    </message>
    <message>
        <source>%1

Changes are no longer saved. Close Tumbuh, then open the file again: Tumbuh offers to restore the newest backup. Ask the puskesmas for help if there is none.</source>
        <translation>%1

Perubahan tidak disimpan lagi. Tutup Tumbuh, lalu buka berkas ini lagi: Tumbuh akan menawarkan untuk memulihkan cadangan terbaru. Jika tidak ada cadangan, minta bantuan puskesmas.</translation>
    </message>
    <message>
        <source>File check: running…</source>
        <translation>Pemeriksaan berkas: sedang berjalan…</translation>
    </message>
    <message>
        <source>The whole file is read in the background; you can work on.</source>
        <translation>Seluruh berkas sedang dibaca di latar belakang; Anda bisa tetap bekerja.</translation>
    </message>
    <message>
        <source>File check: good</source>
        <translation>Pemeriksaan berkas: baik</translation>
    </message>
    <message>
        <source>The whole database file was read and is undamaged.</source>
        <translation>Seluruh berkas basis data sudah dibaca dan tidak rusak.</translation>
    </message>
    <message>
        <source>File check: DAMAGED, changes are not saved</source>
        <translation>Pemeriksaan berkas: RUSAK, perubahan tidak disimpan</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::FirstStartDialog</name>
    <message>
        <source>Welcome to Tumbuh</source>
        <translation>Selamat datang di Tumbuh</translation>
    </message>
    <message>
        <source>Welcome to Tumbuh, the growth monitor for the posyandu.</source>
        <translation>Selamat datang di Tumbuh, pemantau pertumbuhan untuk posyandu.</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Nama Anda</translation>
    </message>
    <message>
        <source>written in the log of every change</source>
        <translation>dicatat pada setiap perubahan data</translation>
    </message>
    <message>
        <source>&amp;Start a database for my posyandu</source>
        <translation>&amp;Buat basis data untuk posyandu saya</translation>
    </message>
    <message>
        <source>Posyandu &amp;name</source>
        <translation>Nama &amp;posyandu</translation>
    </message>
    <message>
        <source>e.g. Posyandu Melati 3</source>
        <translation>misalnya Posyandu Melati 3</translation>
    </message>
    <message>
        <source>&amp;Kelurahan/desa</source>
        <translation>Kelurahan/&amp;desa</translation>
    </message>
    <message>
        <source>Kec&amp;amatan</source>
        <translation>Kec&amp;amatan</translation>
    </message>
    <message>
        <source>Kabupaten/&amp;kota</source>
        <translation>Kabupaten/&amp;kota</translation>
    </message>
    <message>
        <source>&amp;Try a demo posyandu first</source>
        <translation>&amp;Coba dulu posyandu contoh</translation>
    </message>
    <message>
        <source>About 120 invented children with two years of visits, to look around safely. Nothing in it is about real people.</source>
        <translation>Sekitar 120 anak rekaan dengan kunjungan dua tahun, untuk mencoba dengan aman. Tidak ada data orang sungguhan di dalamnya.</translation>
    </message>
    <message>
        <source>&amp;Open a database file I already have…</source>
        <translation>B&amp;uka berkas basis data yang sudah ada…</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Write the posyandu&apos;s name.</source>
        <translation>Tulis nama posyandu.</translation>
    </message>
    <message>
        <source>Your &amp;PIN</source>
        <translation>&amp;PIN Anda</translation>
    </message>
    <message>
        <source>6 digits or more, to sign in</source>
        <translation>6 angka atau lebih, untuk masuk</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN</source>
        <translation>&amp;Ulangi PIN</translation>
    </message>
    <message>
        <source>Write your name: you will be the first user, the admin.</source>
        <translation>Tulis nama Anda: Anda menjadi pengguna pertama, yaitu admin.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>Kedua PIN tidak sama. Ketik lagi.</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::HouseholdForm</name>
    <message>
        <source>Family</source>
        <translation>Data keluarga</translation>
    </message>
    <message>
        <source>Fa&amp;mily</source>
        <translation>K&amp;eluarga</translation>
    </message>
    <message>
        <source>A younger sibling joins the family already registered for the older child</source>
        <translation>Adik dimasukkan ke keluarga yang sudah terdaftar untuk kakaknya</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>Ala&amp;mat</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Kelurahan/desa</source>
        <translation>Kelurahan/desa</translation>
    </message>
    <message>
        <source>Family card no. (KK)</source>
        <translation>No. Kartu Keluarga (KK)</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>Nama ayah</translation>
    </message>
    <message>
        <source>Father&apos;s NIK</source>
        <translation>NIK ayah</translation>
    </message>
    <message>
        <source>Mother&apos;s NIK</source>
        <translation>NIK ibu</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Family notes</source>
        <translation>Catatan keluarga</translation>
    </message>
    <message>
        <source>e.g. receives PKH or BPNT</source>
        <translation>misalnya menerima PKH atau BPNT</translation>
    </message>
    <message>
        <source>Mother: %1</source>
        <translation>Ibu: %1</translation>
    </message>
    <message>
        <source>Father: %1</source>
        <translation>Ayah: %1</translation>
    </message>
    <message>
        <source>RT/RW %1/%2</source>
        <translation>RT/RW %1/%2</translation>
    </message>
    <message>
        <source>Family #%1</source>
        <translation>Keluarga #%1</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Keluarga baru</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::LastVisitText</name>
    <message>
        <source>last month</source>
        <translation>bulan lalu</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n bulan lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 kg</source>
        <translation>%1: %2 kg</translation>
    </message>
    <message>
        <source>%1: %2 cm (%3)</source>
        <translation>%1: %2 cm (%3)</translation>
    </message>
    <message>
        <source>%1: %2 cm</source>
        <translation>%1: %2 cm</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::AboutDialog</name>
    <message>
        <source>About Tumbuh</source>
        <translation>Tentang Tumbuh</translation>
    </message>
    <message>
        <source>Tumbuh %1</source>
        <translation>Tumbuh %1</translation>
    </message>
    <message>
        <source>Growth monitoring for the posyandu: WHO z-scores, Permenkes 2/2020 categories, N/T/O/B and KBM, offline.</source>
        <translation>Pemantauan pertumbuhan untuk posyandu: z-skor WHO, kategori Permenkes 2/2020, N/T/O/B dan KBM, tanpa internet.</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later (GPL-3.0-or-later): you may use, copy, share and change Tumbuh. It comes with no warranty.</source>
        <translation>GNU General Public License versi 3 atau yang lebih baru (GPL-3.0-or-later): Tumbuh boleh dipakai, disalin, dibagikan dan diubah. Tumbuh diberikan tanpa jaminan apa pun.</translation>
    </message>
    <message>
        <source>WHO Child Growth Standards 2006 (0–5 years) and WHO Growth Reference 2007 (5–19 years), copied unchanged from WHO&apos;s own software and built into the program.</source>
        <translation>Standar Pertumbuhan Anak WHO 2006 (0–5 tahun) dan Referensi Pertumbuhan WHO 2007 (5–19 tahun), disalin tanpa perubahan dari perangkat lunak WHO sendiri dan tertanam di dalam program.</translation>
    </message>
    <message>
        <source>Made automatically once a day and when Tumbuh closes, if something changed; the newest %1 are kept.</source>
        <translation>Dibuat otomatis sekali sehari dan saat Tumbuh ditutup, bila ada perubahan; %1 cadangan terbaru disimpan.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versi:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lisensi:</translation>
    </message>
    <message>
        <source>Growth tables:</source>
        <translation>Tabel pertumbuhan:</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Berkas data:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Folder data:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Cadangan:</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::MainWindow</name>
    <message>
        <source>Large &amp;text</source>
        <translation>&amp;Teks besar</translation>
    </message>
    <message>
        <source>Larger letters in the posyandu-day form and result</source>
        <translation>Huruf lebih besar di formulir dan hasil Hari posyandu</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>The monthly report: F1/SKDN, nutrition status, Excel, CSV and PDF (Ctrl+5)</source>
        <translation>Laporan bulanan: F1/SKDN, status gizi, Excel, CSV dan PDF (Ctrl+5)</translation>
    </message>
    <message>
        <source>Children register</source>
        <translation>Daftar balita</translation>
    </message>
    <message>
        <source>All children of the posyandu (Ctrl+1)</source>
        <translation>Semua balita di posyandu (Ctrl+1)</translation>
    </message>
    <message>
        <source>Posyandu day</source>
        <translation>Hari posyandu</translation>
    </message>
    <message>
        <source>Weigh and measure, child after child (Ctrl+2)</source>
        <translation>Timbang dan ukur, satu per satu (Ctrl+2)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>The record of the chosen child: measurements and charts (Ctrl+3)</source>
        <translation>Catatan anak yang dipilih: pengukuran dan grafik (Ctrl+3)</translation>
    </message>
    <message>
        <source>The posyandu-day screen is not available in this build.</source>
        <translation>Layar hari posyandu tidak tersedia di versi ini.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Buka basis data…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Basis data &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Cadangkan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Find a child</source>
        <translation>&amp;Cari anak</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Ba&amp;hasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;About Tumbuh</source>
        <translation>&amp;Tentang Tumbuh</translation>
    </message>
    <message>
        <source>Tumbuh — %1</source>
        <translation>Tumbuh — %1</translation>
    </message>
    <message>
        <source>%1 (read-only: changes cannot be saved)</source>
        <translation>%1 (hanya-baca: perubahan tidak dapat disimpan)</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Pengguna: %1</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>Children to refer, counsel or watch this month (Ctrl+4)</source>
        <translation>Anak yang perlu dirujuk, diedukasi atau dipantau bulan ini (Ctrl+4)</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Log audit…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Pengguna…</translation>
    </message>
    <message>
        <source>Add users, reset a PIN, deactivate</source>
        <translation>Tambah pengguna, atur ulang PIN, nonaktifkan</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>This file is open read-only: nothing can be imported into it.</source>
        <translation>Berkas ini terbuka hanya-baca: tidak ada yang dapat diimpor ke dalamnya.</translation>
    </message>
    <message>
        <source>Children and measurements from a CSV file or an e-PPGBM list (for the nutritionist and the admin)</source>
        <translation>Anak dan pengukuran dari berkas CSV atau daftar e-PPGBM (untuk ahli gizi dan admin)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::MeasurementDialog</name>
    <message>
        <source>Edit measurement of %1</source>
        <translation>Ubah pengukuran %1</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>&amp;Weight (kg)</source>
        <translation>&amp;Berat badan (kg)</translation>
    </message>
    <message>
        <source>&amp;Length/height (cm)</source>
        <translation>&amp;Panjang/tinggi badan (cm)</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Cara ukur</translation>
    </message>
    <message>
        <source>L&amp;ying</source>
        <translation>&amp;Terlentang</translation>
    </message>
    <message>
        <source>S&amp;tanding</source>
        <translation>Berdi&amp;ri</translation>
    </message>
    <message>
        <source>&amp;Head circumference (cm)</source>
        <translation>Lingkar &amp;kepala (cm)</translation>
    </message>
    <message>
        <source>&amp;MUAC (cm)</source>
        <translation>&amp;LiLA (cm)</translation>
    </message>
    <message>
        <source>&amp;Oedema (swelling of both feet)</source>
        <translation>&amp;Edema (bengkak di kedua kaki)</translation>
    </message>
    <message>
        <source>Measured &amp;by</source>
        <translation>Diukur &amp;oleh</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Write the date as day-month-year, e.g. 17-08-2023.</source>
        <translation>Tulis tanggal sebagai hari-bulan-tahun, misalnya 17-08-2023.</translation>
    </message>
    <message>
        <source>Write a number, e.g. 8,5 or 8.5.</source>
        <translation>Tulis angka, misalnya 8,5 atau 8.5.</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::MeasurementForm</name>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;Berat badan</translation>
    </message>
    <message>
        <source>&amp;Length/height</source>
        <translation>&amp;Panjang/tinggi badan</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Cara ukur</translation>
    </message>
    <message>
        <source>&amp;Head circumference</source>
        <translation>Lingkar &amp;kepala</translation>
    </message>
    <message>
        <source>&amp;Arm circumference (MUAC)</source>
        <translation>Lingkar &amp;lengan atas (LiLA)</translation>
    </message>
    <message>
        <source>Oedema</source>
        <translation>Edema</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>L&amp;ying</source>
        <translation>&amp;Terlentang</translation>
    </message>
    <message>
        <source>&amp;Standing</source>
        <translation>Berdi&amp;ri</translation>
    </message>
    <message>
        <source>Oedema on both feet</source>
        <translation>Edema di kedua kaki</translation>
    </message>
    <message>
        <source>e.g. 8.5</source>
        <translation>mis. 8,5</translation>
    </message>
    <message>
        <source>e.g. 72.4</source>
        <translation>mis. 72,4</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>boleh kosong</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::MeasurementHistoryModel</name>
    <message>
        <source>H</source>
        <comment>standing height, short</comment>
        <translation>TB</translation>
    </message>
    <message>
        <source>L</source>
        <comment>lying length, short</comment>
        <translation>PB</translation>
    </message>
    <message>
        <source>2T</source>
        <translation>2T</translation>
    </message>
    <message>
        <source>%1: z = %2</source>
        <translation>%1: z = %2</translation>
    </message>
    <message>
        <source>Outside WHO&apos;s plausible range: check the measurement</source>
        <translation>Di luar batas wajar WHO: periksa pengukurannya</translation>
    </message>
    <message>
        <source> — second time in a row (2T)</source>
        <translation> — dua kali berturut-turut (2T)</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Measured by %1</source>
        <translation>Diukur oleh %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>BB (kg)</translation>
    </message>
    <message>
        <source>Head (cm)</source>
        <translation>LK (cm)</translation>
    </message>
    <message>
        <source>MUAC (cm)</source>
        <translation>LiLA (cm)</translation>
    </message>
    <message>
        <source>N/T</source>
        <translation>N/T</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>L = length, measured lying; H = height, measured standing</source>
        <translation>PB = panjang badan, diukur terlentang; TB = tinggi badan, diukur berdiri</translation>
    </message>
    <message>
        <source>Head circumference</source>
        <translation>Lingkar kepala</translation>
    </message>
    <message>
        <source>Mid-upper arm circumference</source>
        <translation>Lingkar lengan atas (LiLA)</translation>
    </message>
    <message>
        <source>N gained, T did not gain, O not weighed last month, B first weighing</source>
        <translation>N naik, T tidak naik, O tidak ditimbang bulan lalu, B baru pertama kali ditimbang</translation>
    </message>
    <message>
        <source>Values to check again (measure again?)</source>
        <translation>Nilai yang perlu diperiksa lagi (ukur ulang?)</translation>
    </message>
    <message>
        <source>L/H (cm)</source>
        <translation>PB/TB (cm)</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::PosyanduDayPage</name>
    <message>
        <source>The date cannot be in the future (today is %1).</source>
        <translation>Tanggal tidak boleh di masa depan (hari ini %1).</translation>
    </message>
    <message>
        <source>No children expected on this day</source>
        <translation>Tidak ada anak yang diharapkan datang hari ini</translation>
    </message>
    <message>
        <source>Choose a child on the list</source>
        <translation>Pilih anak di daftar</translation>
    </message>
    <message>
        <source>Type the weight: the result appears here while you type.</source>
        <translation>Ketik berat badan: hasilnya muncul di sini selagi Anda mengetik.</translation>
    </message>
    <message>
        <source>Not saved: correct the value marked in red first.</source>
        <translation>Belum disimpan: perbaiki dulu isian yang bertanda merah.</translation>
    </message>
    <message>
        <source>Not saved: see the message beside the field.</source>
        <translation>Belum disimpan: lihat pesan di samping isian.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>2T</source>
        <translation>2T</translation>
    </message>
    <message>
        <source>BGM</source>
        <translation>BGM</translation>
    </message>
    <message>
        <source>Every child on the list has been measured.</source>
        <translation>Semua anak di daftar sudah diukur.</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>Tidak dapat dibatalkan: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Dibatalkan: %1</translation>
    </message>
    <message>
        <source>Undone: %1. The values are back in the form to be corrected.</source>
        <translation>Dibatalkan: %1. Nilainya kembali di formulir untuk diperbaiki.</translation>
    </message>
    <message>
        <source>The child was registered but is not expected here on this day (another posyandu, or 5 years or older).</source>
        <translation>Anak sudah didaftarkan, tetapi tidak termasuk daftar hari ini (posyandu lain, atau umur 5 tahun ke atas).</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::RegisterPage</name>
    <message>
        <source>Children register</source>
        <translation>Daftar balita</translation>
    </message>
    <message>
        <source>Search by name, NIK or mother&apos;s name  (Ctrl+F)</source>
        <translation>Cari nama anak, NIK atau nama ibu  (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Add child</source>
        <translation>&amp;Tambah anak</translation>
    </message>
    <message>
        <source>Register a new child and the family (Ctrl+N)</source>
        <translation>Daftarkan anak baru dan keluarganya (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit child</source>
        <translation>&amp;Ubah data anak</translation>
    </message>
    <message>
        <source>Change the selected child&apos;s data (F2)</source>
        <translation>Ubah data anak yang dipilih (F2)</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Buka catatan anak</translation>
    </message>
    <message>
        <source>Open the selected child&apos;s record: measurements and charts (Enter)</source>
        <translation>Buka catatan anak yang dipilih: pengukuran dan grafik (Enter)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tampilkan:</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Semua umur</translation>
    </message>
    <message>
        <source>0–5 months</source>
        <translation>0–5 bulan</translation>
    </message>
    <message>
        <source>6–11 months</source>
        <translation>6–11 bulan</translation>
    </message>
    <message>
        <source>12–23 months</source>
        <translation>12–23 bulan</translation>
    </message>
    <message>
        <source>24–59 months</source>
        <translation>24–59 bulan</translation>
    </message>
    <message>
        <source>60 months and over</source>
        <translation>60 bulan ke atas</translation>
    </message>
    <message>
        <source>Boys and girls</source>
        <translation>Laki-laki dan perempuan</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Needs attention (yellow, orange, red)</source>
        <translation>Perlu perhatian (kuning, oranye, merah)</translation>
    </message>
    <message>
        <source>Normal (green)</source>
        <translation>Normal (hijau)</translation>
    </message>
    <message>
        <source>Watch (yellow)</source>
        <translation>Perlu diperhatikan (kuning)</translation>
    </message>
    <message>
        <source>Problem (orange)</source>
        <translation>Bermasalah (oranye)</translation>
    </message>
    <message>
        <source>Severe problem (red)</source>
        <translation>Bermasalah berat (merah)</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>Belum diukur</translation>
    </message>
    <message>
        <source>Not weighed for 2 months or more</source>
        <translation>Tidak ditimbang 2 bulan atau lebih</translation>
    </message>
    <message>
        <source>All posyandu</source>
        <translation>Semua posyandu</translation>
    </message>
    <message>
        <source>All RT/RW</source>
        <translation>Semua RT/RW</translation>
    </message>
    <message>
        <source>RT/RW %1</source>
        <translation>RT/RW %1</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Daftar tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus saringan</translation>
    </message>
    <message>
        <source>Clear the search and show every child under five</source>
        <translation>Hapus pencarian dan tampilkan semua balita</translation>
    </message>
    <message>
        <source>Under five (0–59 months)</source>
        <translation>Balita (0–59 bulan)</translation>
    </message>
    <message>
        <source>Children: %1</source>
        <translation>%1 anak</translation>
    </message>
    <message>
        <source>Shown: %1 of %2 children</source>
        <translation>%1 dari %2 anak ditampilkan</translation>
    </message>
    <message>
        <source>No child is registered yet. Press &quot;Add child&quot; (Ctrl+N) to register the first one.</source>
        <translation>Belum ada anak yang terdaftar. Tekan &quot;Tambah anak&quot; (Ctrl+N) untuk mendaftarkan anak pertama.</translation>
    </message>
    <message>
        <source>No child matches the search and the filters. &quot;Clear filters&quot; shows every child under five.</source>
        <translation>Tidak ada anak yang cocok dengan pencarian dan saringan. &quot;Hapus saringan&quot; menampilkan semua balita.</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::ReportPage</name>
    <message>
        <source>Counting the report of %1…</source>
        <translation>Menghitung laporan %1…</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Laporan tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>%1 children on the register (S), %2 weighed (D) in %3.</source>
        <translation>%1 balita terdaftar (S), %2 ditimbang (D) pada %3.</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <source>&amp;Posyandu:</source>
        <translation>&amp;Posyandu:</translation>
    </message>
    <message>
        <source>All posyandu in the file</source>
        <translation>Semua posyandu dalam berkas</translation>
    </message>
    <message>
        <source>Save &amp;Excel…</source>
        <translation>Simpan &amp;Excel…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Simpan &amp;CSV…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Simpan P&amp;DF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Ceta&amp;k…</translation>
    </message>
    <message>
        <source>The whole report as an Excel workbook for the puskesmas</source>
        <translation>Seluruh laporan sebagai berkas Excel untuk puskesmas</translation>
    </message>
    <message>
        <source>One CSV file per table, in a folder you choose</source>
        <translation>Satu berkas CSV untuk setiap tabel, di folder yang Anda pilih</translation>
    </message>
    <message>
        <source>One A4 page to pin on the wall or to send</source>
        <translation>Satu halaman A4 untuk ditempel di dinding atau dikirim</translation>
    </message>
    <message>
        <source>F1 / SKDN</source>
        <translation>F1 / SKDN</translation>
    </message>
    <message>
        <source>Nutrition status</source>
        <translation>Status gizi</translation>
    </message>
    <message>
        <source>Posyandu compared</source>
        <translation>Perbandingan posyandu</translation>
    </message>
    <message>
        <source>Ratios (target 80 %)</source>
        <translation>Rasio (target 80 %)</translation>
    </message>
    <message>
        <source>Prevalence with its 95 % interval: in a small posyandu one number says little</source>
        <translation>Prevalensi dengan interval 95 %: di posyandu kecil satu angka saja belum banyak artinya</translation>
    </message>
    <message>
        <source>Save the monthly report as Excel</source>
        <translation>Simpan laporan bulanan sebagai Excel</translation>
    </message>
    <message>
        <source>Save the monthly report as PDF</source>
        <translation>Simpan laporan bulanan sebagai PDF</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation>Pilih folder untuk berkas CSV</translation>
    </message>
    <message>
        <source>There is no report yet.</source>
        <translation>Belum ada laporan.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>Not saved to %1: %2</source>
        <translation>Tidak tersimpan ke %1: %2</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Laporan bulanan</translation>
    </message>
    <message>
        <source>Print the monthly report</source>
        <translation>Cetak laporan bulanan</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::ResultPanel</name>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>2T</source>
        <translation>2T</translation>
    </message>
    <message>
        <source>BGM</source>
        <translation>BGM</translation>
    </message>
    <message>
        <source>Did not gain weight twice in a row</source>
        <translation>Dua kali berturut-turut berat badan tidak naik</translation>
    </message>
    <message>
        <source>Below the red line of the KMS</source>
        <translation>Di bawah garis merah KMS</translation>
    </message>
    <message>
        <source>Refer to the health worker (bidan / puskesmas):</source>
        <translation>Rujuk ke petugas kesehatan (bidan / puskesmas):</translation>
    </message>
    <message>
        <source>Measure again first: a value looks wrong</source>
        <translation>Ukur ulang dulu: ada nilai yang tidak wajar</translation>
    </message>
    <message>
        <source>No N/T from a weight that may be wrong: weigh again</source>
        <translation>Belum ada N/T dari berat yang mungkin salah: timbang ulang</translation>
    </message>
    <message>
        <source>implausible — measure again?</source>
        <translation>nilai tidak wajar — ukur ulang?</translation>
    </message>
    <message>
        <source>implausible</source>
        <translation>tidak wajar</translation>
    </message>
    <message>
        <source>The date is before the child&apos;s birth date.</source>
        <translation>Tanggal ini sebelum tanggal lahir anak.</translation>
    </message>
    <message>
        <source>Weight not entered yet: no N/T</source>
        <translation>Berat badan belum diisi: belum ada N/T</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>Rujuk…</translation>
    </message>
    <message>
        <source>Record the referral: where the child goes, with these reasons filled in</source>
        <translation>Catat rujukan: ke mana anak dirujuk, dengan alasan-alasan ini sudah terisi</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::ResultText</name>
    <message>
        <source>WFA</source>
        <comment>BB/U</comment>
        <translation>BB/U</translation>
    </message>
    <message>
        <source>LFA</source>
        <comment>PB/U</comment>
        <translation>PB/U</translation>
    </message>
    <message>
        <source>HFA</source>
        <comment>TB/U</comment>
        <translation>TB/U</translation>
    </message>
    <message>
        <source>WFL</source>
        <comment>BB/PB</comment>
        <translation>BB/PB</translation>
    </message>
    <message>
        <source>WFH</source>
        <comment>BB/TB</comment>
        <translation>BB/TB</translation>
    </message>
    <message>
        <source>BFA</source>
        <comment>IMT/U</comment>
        <translation>IMT/U</translation>
    </message>
    <message>
        <source>HCFA</source>
        <comment>LK/U</comment>
        <translation>LK/U</translation>
    </message>
    <message>
        <source>ACFA</source>
        <comment>LiLA/U</comment>
        <translation>LiLA/U</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>not computed: oedema</source>
        <translation>tidak dihitung: edema</translation>
    </message>
    <message>
        <source>outside the WHO table</source>
        <translation>di luar tabel WHO</translation>
    </message>
    <message>
        <source>not for this age</source>
        <translation>tidak untuk umur ini</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>tidak dihitung</translation>
    </message>
    <message>
        <source>✓ good</source>
        <translation>✓ baik</translation>
    </message>
    <message>
        <source>! watch</source>
        <translation>! perhatikan</translation>
    </message>
    <message>
        <source>!! problem</source>
        <translation>!! bermasalah</translation>
    </message>
    <message>
        <source>!!! severe</source>
        <translation>!!! berat</translation>
    </message>
    <message>
        <source>Measured standing before 24 months: counted as length + 0.7 cm%1</source>
        <translation>Diukur berdiri sebelum 24 bulan: dihitung sebagai panjang badan + 0,7 cm%1</translation>
    </message>
    <message>
        <source>Measured lying from 24 months: counted as height − 0.7 cm%1</source>
        <translation>Diukur terlentang sejak 24 bulan: dihitung sebagai tinggi badan − 0,7 cm%1</translation>
    </message>
    <message>
        <source>Under 9 months a child is measured lying down: measure again lying?</source>
        <translation>Anak di bawah 9 bulan diukur terlentang: ukur ulang terlentang?</translation>
    </message>
    <message>
        <source>Length fell by %1 cm since the last measurement — measure again?</source>
        <translation>Panjang badan turun %1 cm dari pengukuran terakhir — ukur ulang?</translation>
    </message>
    <message>
        <source>Height fell by %1 cm since the last measurement — measure again?</source>
        <translation>Tinggi badan turun %1 cm dari pengukuran terakhir — ukur ulang?</translation>
    </message>
    <message>
        <source>Weight changed by more than 20% in a month (%1%) — weigh again?</source>
        <translation>Berat berubah lebih dari 20% dalam sebulan (%1%) — timbang ulang?</translation>
    </message>
    <message>
        <source>Exactly the same as last month (weight and length/height) — measured again?</source>
        <translation>Sama persis dengan bulan lalu (berat dan panjang/tinggi) — sudah diukur ulang?</translation>
    </message>
    <message>
        <source>Choose how the length/height was measured: lying or standing</source>
        <translation>Pilih cara ukur panjang/tinggi: terlentang atau berdiri</translation>
    </message>
    <message>
        <source>%1 %2: implausible value — measure again?</source>
        <translation>%1 %2: nilai tidak wajar — ukur ulang?</translation>
    </message>
    <message>
        <source>Oedema: weight-based z-scores are not computed</source>
        <translation>Edema: z-skor yang memakai berat badan tidak dihitung</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Right for the age: lying under 24 months</source>
        <translation>Sesuai umur: terlentang di bawah 24 bulan</translation>
    </message>
    <message>
        <source>Right for the age: standing from 24 months</source>
        <translation>Sesuai umur: berdiri mulai 24 bulan</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::RosterModel</name>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>✎ typing</source>
        <translation>✎ diisi</translation>
    </message>
    <message>
        <source>2T</source>
        <translation>2T</translation>
    </message>
    <message>
        <source>BGM</source>
        <translation>BGM</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Values typed but not saved yet</source>
        <translation>Sudah diketik, belum disimpan</translation>
    </message>
    <message>
        <source>Not measured today; already measured this month on %1</source>
        <translation>Belum diukur hari ini; sudah diukur bulan ini tanggal %1</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>Belum diukur</translation>
    </message>
    <message>
        <source>Measured on this day</source>
        <translation>Sudah diukur hari ini</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>JK</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Ibu</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Kunjungan terakhir</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::RosterPanel</name>
    <message>
        <source>Find a child or mother (Ctrl+F)</source>
        <translation>Cari nama anak atau ibu (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only children not measured yet</source>
        <translation>Hanya yang belum diukur</translation>
    </message>
    <message>
        <source>New child not on the list…</source>
        <translation>Anak baru (belum ada di daftar)…</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::SaveChildCommand</name>
    <message>
        <source>Add the child %1</source>
        <translation>Tambah anak %1</translation>
    </message>
    <message>
        <source>Change the data of %1</source>
        <translation>Ubah data %1</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::SaveMeasurementCommand</name>
    <message>
        <source>Save measurement</source>
        <translation>Simpan pengukuran</translation>
    </message>
    <message>
        <source>Save the measurement of %1</source>
        <translation>Simpan pengukuran %1</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::AttentionListModel</name>
    <message>
        <source>Refer</source>
        <translation>Rujuk</translation>
    </message>
    <message>
        <source>Counsel</source>
        <translation>Edukasi</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Pantau</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Dirujuk</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — terlambat</translation>
    </message>
    <message>
        <source>Last visit: %1</source>
        <translation>Kunjungan terakhir: %1</translation>
    </message>
    <message>
        <source>Referred on %1</source>
        <translation>Dirujuk pada %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Tujuan: %1</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <source>Follow up by %1</source>
        <translation>Tindak lanjut paling lambat %1</translation>
    </message>
    <message>
        <source>counselled</source>
        <translation>sudah diedukasi</translation>
    </message>
    <message>
        <source>Counselling was recorded for this child this month.</source>
        <translation>Edukasi untuk anak ini sudah dicatat bulan ini.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Ibu</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Posyandu</source>
        <translation>Posyandu</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>Edukasi</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::AttentionPage</name>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <source>&amp;Posyandu:</source>
        <translation>&amp;Posyandu:</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Buka catatan anak</translation>
    </message>
    <message>
        <source>Open the selected child&apos;s record (Enter)</source>
        <translation>Buka catatan anak yang dipilih (Enter)</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>Rujuk…</translation>
    </message>
    <message>
        <source>Record counselling…</source>
        <translation>Catat edukasi…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tampilkan:</translation>
    </message>
    <message>
        <source>Overdue referrals only</source>
        <translation>Hanya rujukan yang terlambat</translation>
    </message>
    <message>
        <source>Children whose referral is still waiting after its follow-up date</source>
        <translation>Anak yang rujukannya masih menunggu setelah tanggal tindak lanjut</translation>
    </message>
    <message>
        <source>All posyandu</source>
        <translation>Semua posyandu</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Semua alasan</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <source>Making the list… %p%</source>
        <translation>Menyusun daftar… %p%</translation>
    </message>
    <message>
        <source>The list could not be made: %1</source>
        <translation>Daftar tidak dapat disusun: %1</translation>
    </message>
    <message>
        <source>Children who need attention: %1</source>
        <translation>Anak yang perlu perhatian: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2 children</source>
        <translation>Tampil: %1 dari %2 anak</translation>
    </message>
    <message>
        <source>refer %1, counsel %2, watch %3</source>
        <translation>rujuk %1, edukasi %2, pantau %3</translation>
    </message>
    <message>
        <source>No child needs attention in this month.</source>
        <translation>Tidak ada anak yang perlu perhatian pada bulan ini.</translation>
    </message>
    <message>
        <source>No child matches the filters.</source>
        <translation>Tidak ada anak yang cocok dengan pilihan tampilan.</translation>
    </message>
    <message>
        <source>Refer the selected child, with its reasons filled in (Ctrl+R)</source>
        <translation>Rujuk anak yang dipilih, alasannya sudah terisi (Ctrl+R)</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Belum tersedia</translation>
    </message>
    <message>
        <source>Record the counselling given to the family (Ctrl+E)</source>
        <translation>Catat edukasi yang diberikan kepada keluarga (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>FollowUpText</name>
    <message>
        <source>Family income or work (ekonomi)</source>
        <translation>Ekonomi keluarga: pekerjaan atau penghasilan</translation>
    </message>
    <message>
        <source>Needs social assistance: PKH, BPNT (bansos)</source>
        <translation>Perlu bantuan sosial: PKH, BPNT (bansos)</translation>
    </message>
    <message>
        <source>Violence or neglect (kekerasan)</source>
        <translation>Kekerasan atau penelantaran</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kesehatan</translation>
    </message>
    <message>
        <source>Other sectors (lintas sektor)</source>
        <translation>Lintas sektor</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>rahasia</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::ChildFollowUpView</name>
    <message>
        <source>Referrals &amp; counselling</source>
        <translation>Rujukan &amp; edukasi</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Counselling (edukasi)</source>
        <translation>Edukasi</translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation>&amp;Rujuk…</translation>
    </message>
    <message>
        <source>Refer the child or the family to the puskesmas or another service (Ctrl+R)</source>
        <translation>Rujuk anak atau keluarganya ke puskesmas atau layanan lain (Ctrl+R)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Ubah &amp;status…</translation>
    </message>
    <message>
        <source>Record what happened to the selected referral: arrived, completed, did not come, cancelled</source>
        <translation>Catat kelanjutan rujukan yang dipilih: diterima, selesai, tidak datang, dibatalkan</translation>
    </message>
    <message>
        <source>Record co&amp;unselling…</source>
        <translation>Catat &amp;edukasi…</translation>
    </message>
    <message>
        <source>Record the counselling (edukasi) given to the family</source>
        <translation>Catat edukasi yang diberikan kepada keluarga</translation>
    </message>
    <message>
        <source>See &amp;family…</source>
        <translation>Lihat &amp;keluarga…</translation>
    </message>
    <message>
        <source>The household: address, notes, every child with its status, open referrals</source>
        <translation>Keluarga: alamat, catatan, semua anak dengan statusnya, rujukan yang masih berjalan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>Catatan terakhir</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>family</source>
        <translation>keluarga</translation>
    </message>
    <message>
        <source>child</source>
        <translation>anak</translation>
    </message>
    <message numerus="yes">
        <source>%1 — overdue %n day(s)</source>
        <translation>
            <numerusform>%1 — terlambat %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>ditutup %1</translation>
    </message>
    <message>
        <source>arrived %1</source>
        <translation>diterima %1</translation>
    </message>
    <message>
        <source>&amp;Print referral slip…</source>
        <translation>&amp;Cetak surat rujukan…</translation>
    </message>
    <message>
        <source>Print the referral slip (surat rujukan, A5) of the selected referral for the family to take along</source>
        <translation>Cetak surat rujukan (A5) dari rujukan yang dipilih untuk dibawa keluarga</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Save the referral slip of the selected referral as a PDF file</source>
        <translation>Simpan surat rujukan dari rujukan yang dipilih sebagai berkas PDF</translation>
    </message>
    <message>
        <source>Choose a referral in the list first.</source>
        <translation>Pilih dulu sebuah rujukan di daftar.</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <translation>Surat rujukan</translation>
    </message>
    <message>
        <source>Print referral slip</source>
        <translation>Cetak surat rujukan</translation>
    </message>
    <message>
        <source>Save referral slip</source>
        <translation>Simpan surat rujukan</translation>
    </message>
    <message>
        <source>The slip could not be saved to %1: %2</source>
        <translation>Surat rujukan tidak dapat disimpan ke %1: %2</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::CounsellingDialog</name>
    <message>
        <source>This file is open read-only: the counselling cannot be saved.</source>
        <translation>Berkas ini dibuka hanya-baca: edukasi tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>Record counselling</source>
        <translation>Catat edukasi</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>T&amp;opik</translation>
    </message>
    <message>
        <source>Given &amp;by</source>
        <translation>&amp;Diberikan oleh</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>e.g. showed the mother how to make MP-ASI</source>
        <translation>mis. menunjukkan cara membuat MP-ASI kepada ibu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Type the date as day-month-year, e.g. 15-03-2026.</source>
        <translation>Ketik tanggal sebagai hari-bulan-tahun, mis. 15-03-2026.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>Tanggal %1 ada di masa depan.</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::HouseholdDialog</name>
    <message>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Children of the family</source>
        <translation>Anak-anak dalam keluarga</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Rujukan yang masih berjalan</translation>
    </message>
    <message>
        <source>Counselling (edukasi)</source>
        <translation>Edukasi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>JK</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Kunjungan terakhir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>No household is recorded for this child.</source>
        <translation>Keluarga anak ini belum dicatat.</translation>
    </message>
    <message>
        <source>Family of %1</source>
        <translation>Keluarga %1</translation>
    </message>
    <message>
        <source>RT %1 / RW %2</source>
        <translation>RT %1 / RW %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Alamat: %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>belum dicatat</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telepon: %1</translation>
    </message>
    <message>
        <source>Family notes: %1</source>
        <translation>Catatan keluarga: %1</translation>
    </message>
    <message>
        <source>none (e.g. receives PKH or BPNT)</source>
        <translation>tidak ada (mis. menerima PKH atau BPNT)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>%1 (whole family)</source>
        <translation>%1 (seluruh keluarga)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — overdue %n day(s)</source>
        <translation>
            <numerusform>%1 — terlambat %n hari</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::ReferralDialog</name>
    <message>
        <source>e.g. the family will go on Monday</source>
        <translation>mis. keluarga akan datang hari Senin</translation>
    </message>
    <message>
        <source>This file is open read-only: the referral cannot be saved.</source>
        <translation>Berkas ini dibuka hanya-baca: rujukan tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Rujuk</translation>
    </message>
    <message>
        <source>The c&amp;hild</source>
        <translation>&amp;Anak</translation>
    </message>
    <message>
        <source>The &amp;whole family</source>
        <translation>&amp;Seluruh keluarga</translation>
    </message>
    <message>
        <source>Refer the household, e.g. to social assistance or child protection</source>
        <translation>Rujuk keluarganya, mis. ke bantuan sosial atau perlindungan anak</translation>
    </message>
    <message>
        <source>The child has no household recorded.</source>
        <translation>Keluarga anak ini belum dicatat.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Family &amp;agrees</source>
        <translation>Keluarga &amp;setuju</translation>
    </message>
    <message>
        <source>Refer &amp;to</source>
        <translation>Ditu&amp;jukan ke</translation>
    </message>
    <message>
        <source>Referred &amp;by</source>
        <translation>Dirujuk &amp;oleh</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>Tindak &amp;lanjut pada</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Belum ditanyakan</translation>
    </message>
    <message>
        <source>Yes, the family agrees</source>
        <translation>Ya, keluarga setuju</translation>
    </message>
    <message>
        <source>No, the family does not agree</source>
        <translation>Tidak, keluarga tidak setuju</translation>
    </message>
    <message numerus="yes">
        <source>The referral is overdue when the family has not arrived by this day (setting: %n day(s) after the referral).</source>
        <translation>
            <numerusform>Rujukan terlambat bila keluarga belum datang sampai hari ini (pengaturan: %n hari sesudah rujukan).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save referral</source>
        <translation>Simpan rujukan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Type the date of the referral.</source>
        <translation>Ketik tanggal rujukan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Type it as day-month-year, e.g. 15-03-2026.</source>
        <translation>"%1" bukan tanggal. Ketik sebagai hari-bulan-tahun, mis. 15-03-2026.</translation>
    </message>
    <message>
        <source>The date %1 is in the future. Type the day the child was referred.</source>
        <translation>Tanggal %1 ada di masa depan. Ketik hari anak dirujuk.</translation>
    </message>
    <message>
        <source>Tick at least one reason.</source>
        <translation>Centang paling sedikit satu alasan.</translation>
    </message>
    <message>
        <source>Choose where the child or the family is referred.</source>
        <translation>Pilih ke mana anak atau keluarga dirujuk.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Type it as day-month-year, e.g. 29-03-2026.</source>
        <translation>"%1" bukan tanggal. Ketik sebagai hari-bulan-tahun, mis. 29-03-2026.</translation>
    </message>
    <message>
        <source>The follow-up date cannot be before the referral.</source>
        <translation>Tanggal tindak lanjut tidak boleh sebelum tanggal rujukan.</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::ReferralStatusDialog</name>
    <message>
        <source>Referral status</source>
        <translation>Status rujukan</translation>
    </message>
    <message>
        <source>&amp;New status</source>
        <translation>Status &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>&amp;Note (outcome)</source>
        <translation>&amp;Catatan (hasil)</translation>
    </message>
    <message>
        <source>e.g. PMT 90 hari, rujuk RS</source>
        <translation>mis. PMT 90 hari, rujuk RS</translation>
    </message>
    <message>
        <source>Recorded &amp;by</source>
        <translation>Dicatat &amp;oleh</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Simpan status</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The referral was not found (it may have been deleted).</source>
        <translation>Rujukan tidak ditemukan (mungkin sudah dihapus).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: referred on %2 to %3.&lt;br&gt;Reasons: %4&lt;br&gt;Status now: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: dirujuk pada %2 ke %3.&lt;br&gt;Alasan: %4&lt;br&gt;Status sekarang: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This referral is closed (%1): its status cannot change any more.</source>
        <translation>Rujukan ini sudah ditutup (%1): statusnya tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Type the date as day-month-year, e.g. 15-03-2026.</source>
        <translation>Ketik tanggal sebagai hari-bulan-tahun, mis. 15-03-2026.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>Tanggal %1 ada di masa depan.</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::AuditTableModel</name>
    <message>
        <source>the program itself</source>
        <translation>program sendiri</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::AuditDialog</name>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Choose a row to see the change in full.</source>
        <translation>Pilih satu baris untuk melihat perubahannya selengkapnya.</translation>
    </message>
    <message>
        <source>Every row that matches the filters, for an inspector</source>
        <translation>Semua baris yang cocok dengan saringan, untuk pemeriksa</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Pengguna:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabel:</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Anak:</translation>
    </message>
    <message>
        <source>Dates from:</source>
        <translation>Tanggal dari:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua pengguna</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (dinonaktifkan)</translation>
    </message>
    <message>
        <source>Every table</source>
        <translation>Semua tabel</translation>
    </message>
    <message>
        <source>Type a child&apos;s name and pick it (empty: every child)</source>
        <translation>Ketik nama anak lalu pilih (kosong: semua anak)</translation>
    </message>
    <message>
        <source>The newest %1 rows; scroll down for more.</source>
        <translation>%1 baris terbaru; gulir ke bawah untuk melihat lebih banyak.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n baris.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 %4</source>
        <translation>%1 · %2 · %3 %4</translation>
    </message>
    <message>
        <source>Child: %1</source>
        <translation>Anak: %1</translation>
    </message>
    <message>
        <source>No field changed.</source>
        <translation>Tidak ada isian yang berubah.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Ekspor log audit</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Audit log not exported</source>
        <translation>Log audit tidak diekspor</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n baris ditulis ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::UpgradeNotice</name>
    <message>
        <source>Tumbuh</source>
        <translation>Tumbuh</translation>
    </message>
    <message>
        <source>Updating %1 for this version of Tumbuh.

This happens once. A big file can take a minute; please wait and do not turn the computer off. Nothing is lost if it is interrupted.</source>
        <translation>Memperbarui %1 untuk versi Tumbuh ini.

Ini hanya terjadi sekali. Berkas yang besar bisa makan waktu semenit; mohon tunggu dan jangan matikan komputer. Tidak ada yang hilang bila terputus.</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::SignInDialog</name>
    <message>
        <source>Sign in — Tumbuh</source>
        <translation>Masuk — Tumbuh</translation>
    </message>
    <message>
        <source>Nobody works in this file yet. Who looks after it?</source>
        <translation>Belum ada pengguna di berkas ini. Siapa yang mengurusnya?</translation>
    </message>
    <message>
        <source>The screen was locked. Type your PIN to go on.</source>
        <translation>Layar dikunci. Ketik PIN Anda untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Who is working today?</source>
        <translation>Siapa yang bekerja hari ini?</translation>
    </message>
    <message>
        <source>Demo: admin, kader, gizi — PIN 123456</source>
        <translation>Demo: admin, kader, gizi — PIN 123456</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Nama Anda</translation>
    </message>
    <message>
        <source>the first user looks after the users (admin)</source>
        <translation>pengguna pertama mengurus para pengguna (admin)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>&amp;PIN (6 digits or more)</source>
        <translation>&amp;PIN (6 angka atau lebih)</translation>
    </message>
    <message>
        <source>&amp;New PIN (6 digits or more)</source>
        <translation>PIN &amp;baru (6 angka atau lebih)</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN</source>
        <translation>&amp;Ulangi PIN</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>&amp;Ganti pengguna</translation>
    </message>
    <message>
        <source>&amp;Quit Tumbuh</source>
        <translation>&amp;Keluar dari Tumbuh</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>You have no PIN yet: choose one and type it twice. Keep it to yourself.</source>
        <translation>Anda belum punya PIN: pilih PIN dan ketik dua kali. Jangan beri tahu orang lain.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: %1 is locked until %2.</source>
        <translation>Terlalu banyak PIN salah: %1 dikunci sampai pukul %2.</translation>
    </message>
    <message>
        <source>Write your name.</source>
        <translation>Tulis nama Anda.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>Kedua PIN tidak sama. Ketik lagi.</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::UserEditDialog</name>
    <message>
        <source>Kader</source>
        <translation>Kader</translation>
    </message>
    <message>
        <source>Nutritionist</source>
        <translation>Ahli gizi</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Every posyandu</source>
        <translation>Semua posyandu</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <source>&amp;Home posyandu</source>
        <translation>Posyandu &amp;asal</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation>PIN &amp;baru</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>P&amp;IN</translation>
    </message>
    <message>
        <source>Re&amp;peat the PIN</source>
        <translation>&amp;Ulangi PIN</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Pengguna baru</translation>
    </message>
    <message>
        <source>Change user</source>
        <translation>Ubah pengguna</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Atur ulang PIN</translation>
    </message>
    <message>
        <source>Reset the PIN of %1</source>
        <translation>Atur ulang PIN %1</translation>
    </message>
    <message>
        <source>Write the user&apos;s name.</source>
        <translation>Tulis nama pengguna.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>Kedua PIN tidak sama. Ketik lagi.</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::UsersDialog</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Tambah pengguna…</translation>
    </message>
    <message>
        <source>&amp;Reset PIN…</source>
        <translation>Atur &amp;ulang PIN…</translation>
    </message>
    <message>
        <source>&amp;Change role or posyandu…</source>
        <translation>&amp;Ubah peran atau posyandu…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Home posyandu</source>
        <translation>Posyandu asal</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Dikunci sampai</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Lock the screen after this long without use:</source>
        <translation>Kunci layar jika tidak dipakai selama:</translation>
    </message>
    <message>
        <source>every posyandu</source>
        <translation>semua posyandu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no (deactivated)</source>
        <translation>tidak (dinonaktifkan)</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Aktifkan lagi</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>%1 can now sign in with the PIN given.</source>
        <translation>%1 sekarang bisa masuk dengan PIN yang diberikan.</translation>
    </message>
    <message>
        <source>The PIN of %1 is reset (and any lock lifted).</source>
        <translation>PIN %1 sudah diatur ulang (dan kuncinya dibuka).</translation>
    </message>
    <message>
        <source>%1 is the last active admin: make another admin first.</source>
        <translation>%1 adalah admin terakhir yang aktif: jadikan orang lain admin dulu.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 bisa masuk lagi.</translation>
    </message>
    <message>
        <source>%1 is deactivated: kept in the log, cannot sign in.</source>
        <translation>%1 dinonaktifkan: tetap tercatat di log, tidak bisa masuk.</translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation>%1 sudah disimpan.</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::ConsentDialog</name>
    <message>
        <source>This file is open read-only: the consent cannot be saved.</source>
        <translation>Berkas ini dibuka hanya-baca: persetujuan tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Catat persetujuan</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Tarik persetujuan</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>&amp;Parent or guardian</source>
        <translation>&amp;Orang tua / wali</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>&amp;Hubungan</translation>
    </message>
    <message>
        <source>Agrees to</source>
        <translation>Setuju untuk</translation>
    </message>
    <message>
        <source>Still agrees to</source>
        <translation>Masih setuju untuk</translation>
    </message>
    <message>
        <source>&amp;Growth monitoring</source>
        <translation>&amp;Pemantauan pertumbuhan</translation>
    </message>
    <message>
        <source>Re&amp;porting to the Dinkes / e-PPGBM (with the child&apos;s name)</source>
        <translation>Pe&amp;laporan ke Dinkes / e-PPGBM (dengan nama anak)</translation>
    </message>
    <message>
        <source>Referral to &amp;other services</source>
        <translation>&amp;Rujukan lintas sektor</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>e.g. signed notice kept in the posyandu folder</source>
        <translation>mis. surat yang ditandatangani disimpan di map posyandu</translation>
    </message>
    <message>
        <source>e.g. the mother asked by telephone</source>
        <translation>mis. ibu meminta lewat telepon</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>ibu</translation>
    </message>
    <message>
        <source>father</source>
        <translation>ayah</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>wali</translation>
    </message>
    <message>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <source>Type the date as day-month-year, e.g. 15-03-2026.</source>
        <translation>Ketik tanggal sebagai hari-bulan-tahun, mis. 15-03-2026.</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::ChildConsentView</name>
    <message>
        <source>monitoring</source>
        <translation>pemantauan</translation>
    </message>
    <message>
        <source>reporting</source>
        <translation>pelaporan</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>rujukan</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>ibu</translation>
    </message>
    <message>
        <source>father</source>
        <translation>ayah</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>wali</translation>
    </message>
    <message>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <source>withdrawn %1 by %2 (%3)</source>
        <translation>ditarik %1 oleh %2 (%3)</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>ditarik %1</translation>
    </message>
    <message>
        <source> — still agrees to: %1</source>
        <translation> — masih setuju: %1</translation>
    </message>
    <message>
        <source>given %1 by %2 (%3)</source>
        <translation>diberikan %1 oleh %2 (%3)</translation>
    </message>
    <message>
        <source>no purpose</source>
        <translation>tanpa tujuan</translation>
    </message>
    <message>
        <source>The consent could not be read: %1</source>
        <translation>Persetujuan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>No parent&apos;s consent recorded</source>
        <translation>Belum ada persetujuan orang tua</translation>
    </message>
    <message>
        <source>Parent&apos;s consent: %1</source>
        <translation>Persetujuan orang tua: %1</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Riwayat (%1)</translation>
    </message>
    <message>
        <source> · recorded by %1</source>
        <translation> · dicatat oleh %1</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Catat persetujuan…</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Tarik persetujuan…</translation>
    </message>
    <message>
        <source>Print consent notice…</source>
        <translation>Cetak surat persetujuan…</translation>
    </message>
    <message>
        <source>Every statement, newest first</source>
        <translation>Semua pernyataan, yang terbaru di atas</translation>
    </message>
    <message>
        <source>No child is shown.</source>
        <translation>Tidak ada anak yang ditampilkan.</translation>
    </message>
    <message>
        <source>Save consent notice</source>
        <translation>Simpan surat persetujuan</translation>
    </message>
    <message>
        <source>The consent notice could not be saved to %1: %2</source>
        <translation>Surat persetujuan tidak dapat disimpan ke %1: %2</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::ImportReportView</name>
    <message>
        <source>child&apos;s ID in Tumbuh</source>
        <translation>ID anak di Tumbuh</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>child&apos;s name</source>
        <translation>nama anak</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>jenis kelamin</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>tanggal lahir</translation>
    </message>
    <message>
        <source>birth date is approximate</source>
        <translation>tanggal lahir perkiraan</translation>
    </message>
    <message>
        <source>birth weight (kg)</source>
        <translation>berat lahir (kg)</translation>
    </message>
    <message>
        <source>birth weight (g)</source>
        <translation>berat lahir (g)</translation>
    </message>
    <message>
        <source>birth length (cm)</source>
        <translation>panjang lahir (cm)</translation>
    </message>
    <message>
        <source>birth length (mm)</source>
        <translation>panjang lahir (mm)</translation>
    </message>
    <message>
        <source>mother&apos;s name</source>
        <translation>nama ibu</translation>
    </message>
    <message>
        <source>father&apos;s name</source>
        <translation>nama ayah</translation>
    </message>
    <message>
        <source>household&apos;s ID in Tumbuh</source>
        <translation>ID keluarga di Tumbuh</translation>
    </message>
    <message>
        <source>address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>kelurahan or desa</source>
        <translation>kelurahan atau desa</translation>
    </message>
    <message>
        <source>kecamatan</source>
        <translation>kecamatan</translation>
    </message>
    <message>
        <source>kabupaten or kota</source>
        <translation>kabupaten atau kota</translation>
    </message>
    <message>
        <source>province</source>
        <translation>provinsi</translation>
    </message>
    <message>
        <source>posyandu</source>
        <translation>posyandu</translation>
    </message>
    <message>
        <source>posyandu&apos;s ID in Tumbuh</source>
        <translation>ID posyandu di Tumbuh</translation>
    </message>
    <message>
        <source>child&apos;s status (active, moved...)</source>
        <translation>status anak (aktif, pindah...)</translation>
    </message>
    <message>
        <source>date of the status</source>
        <translation>tanggal status</translation>
    </message>
    <message>
        <source>notes on the child</source>
        <translation>catatan tentang anak</translation>
    </message>
    <message>
        <source>has a KIA book</source>
        <translation>punya buku KIA</translation>
    </message>
    <message>
        <source>measurement&apos;s ID in Tumbuh</source>
        <translation>ID pengukuran di Tumbuh</translation>
    </message>
    <message>
        <source>date of measuring</source>
        <translation>tanggal pengukuran</translation>
    </message>
    <message>
        <source>weight (kg)</source>
        <translation>berat (kg)</translation>
    </message>
    <message>
        <source>weight (g)</source>
        <translation>berat (g)</translation>
    </message>
    <message>
        <source>length or height (cm)</source>
        <translation>panjang atau tinggi (cm)</translation>
    </message>
    <message>
        <source>length or height (mm)</source>
        <translation>panjang atau tinggi (mm)</translation>
    </message>
    <message>
        <source>lying or standing</source>
        <translation>terlentang atau berdiri</translation>
    </message>
    <message>
        <source>head circumference (cm)</source>
        <translation>lingkar kepala (cm)</translation>
    </message>
    <message>
        <source>upper arm circumference, LiLA (cm)</source>
        <translation>lingkar lengan atas, LiLA (cm)</translation>
    </message>
    <message>
        <source>oedema</source>
        <translation>edema</translation>
    </message>
    <message>
        <source>measured by</source>
        <translation>diukur oleh</translation>
    </message>
    <message>
        <source>notes on the measurement</source>
        <translation>catatan pengukuran</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>tidak dipakai</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Baris ditolak</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>If you import this file:</source>
        <translation>Bila berkas ini diimpor:</translation>
    </message>
    <message>
        <source>The import is finished:</source>
        <translation>Impor selesai:</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Baris dibaca: %1</translation>
    </message>
    <message>
        <source>Children: %1 new, %2 would change, %3 unchanged</source>
        <translation>Anak: %1 baru, %2 akan berubah, %3 tetap</translation>
    </message>
    <message>
        <source>Children: %1 new, %2 changed, %3 unchanged</source>
        <translation>Anak: %1 baru, %2 berubah, %3 tetap</translation>
    </message>
    <message>
        <source>Measurements: %1 new, %2 would change, %3 unchanged</source>
        <translation>Pengukuran: %1 baru, %2 akan berubah, %3 tetap</translation>
    </message>
    <message>
        <source>Measurements: %1 new, %2 changed, %3 unchanged</source>
        <translation>Pengukuran: %1 baru, %2 berubah, %3 tetap</translation>
    </message>
    <message>
        <source>New posyandu: %1</source>
        <translation>Posyandu baru: %1</translation>
    </message>
    <message>
        <source>New households: %1</source>
        <translation>Keluarga baru: %1</translation>
    </message>
    <message>
        <source>Rows refused: %1</source>
        <translation>Baris ditolak: %1</translation>
    </message>
    <message>
        <source>Saved with a warning: %1</source>
        <translation>Disimpan dengan peringatan: %1</translation>
    </message>
    <message>
        <source>Every column of the file is used.</source>
        <translation>Semua kolom berkas dipakai.</translation>
    </message>
    <message>
        <source>Columns not used: %1</source>
        <translation>Kolom yang tidak dipakai: %1</translation>
    </message>
    <message>
        <source>Refused rows (%1)</source>
        <translation>Baris ditolak (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Peringatan (%1)</translation>
    </message>
    <message>
        <source>The first %1 refused rows are listed; all %2 are in the file of refused rows when you save one.</source>
        <translation>Yang tampil %1 baris ditolak pertama; ke-%2 baris ada di berkas baris yang ditolak bila Anda menyimpannya.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom di berkas</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Dibaca sebagai</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
</context>
<context>
    <name>tumbuh::ui::ImportDialog</name>
    <message>
        <source>Checking the file… %1 rows read</source>
        <translation>Memeriksa berkas… %1 baris dibaca</translation>
    </message>
    <message>
        <source>Importing… %1 rows read</source>
        <translation>Mengimpor… %1 baris dibaca</translation>
    </message>
    <message>
        <source>Only a nutritionist (ahli gizi) or an admin may import a file: one file can change the children of every posyandu. Ask one of them to import it.</source>
        <translation>Hanya ahli gizi atau admin yang boleh mengimpor berkas: satu berkas dapat mengubah anak di semua posyandu. Minta salah satu dari mereka untuk mengimpornya.</translation>
    </message>
    <message>
        <source>Import children and measurements</source>
        <translation>Impor anak dan pengukuran</translation>
    </message>
    <message>
        <source>Children and measurements from a CSV file or an Excel list from e-PPGBM (.xls, .xlsx). Tumbuh first checks the whole file and shows what would change; nothing is saved until you press Import.</source>
        <translation>Anak dan pengukuran dari berkas CSV atau daftar Excel dari e-PPGBM (.xls, .xlsx). Tumbuh memeriksa seluruh berkas dulu dan menunjukkan apa yang akan berubah; belum ada yang disimpan sampai Anda menekan Impor.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Belum ada berkas yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>The file has no Posyandu column. &amp;Put its children in:</source>
        <translation>Berkas tidak punya kolom Posyandu. &amp;Masukkan anak-anaknya ke:</translation>
    </message>
    <message>
        <source>Save nothing at all if any row is refused</source>
        <translation>Jangan simpan apa pun bila ada baris yang ditolak</translation>
    </message>
    <message>
        <source>Save the list of refused rows to:</source>
        <translation>Simpan daftar baris yang ditolak ke:</translation>
    </message>
    <message>
        <source>a CSV file, with the line and the reason of each refused row</source>
        <translation>berkas CSV, dengan nomor baris dan alasan tiap baris yang ditolak</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Pi&amp;lih…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Periksa &amp;lagi</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>— choose a posyandu —</source>
        <translation>— pilih posyandu —</translation>
    </message>
    <message>
        <source>-refused</source>
        <translation>-ditolak</translation>
    </message>
    <message>
        <source>Save the refused rows</source>
        <translation>Simpan baris yang ditolak</translation>
    </message>
    <message>
        <source>Choose where to save the refused rows, or untick that option.</source>
        <translation>Pilih tempat menyimpan baris yang ditolak, atau hapus centang pilihan itu.</translation>
    </message>
    <message>
        <source>Stopping… nothing will be saved.</source>
        <translation>Menghentikan… tidak ada yang akan disimpan.</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was saved.</source>
        <translation>Pemeriksaan dihentikan. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was saved: the database is as it was.</source>
        <translation>Impor dihentikan. Tidak ada yang disimpan: basis data tetap seperti semula.</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Berkas tidak dapat diperiksa: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Tidak ada yang diimpor: %1</translation>
    </message>
    <message>
        <source>Checked. Nothing was saved. The file has no Posyandu column: choose the posyandu for its new children above, and the check runs again.</source>
        <translation>Sudah diperiksa. Tidak ada yang disimpan. Berkas tidak punya kolom Posyandu: pilih posyandu untuk anak-anak barunya di atas, lalu pemeriksaan diulang.</translation>
    </message>
    <message>
        <source>Checked. Nothing was saved. No row can be imported: see the reasons below.</source>
        <translation>Sudah diperiksa. Tidak ada yang disimpan. Tidak ada baris yang dapat diimpor: lihat alasannya di bawah.</translation>
    </message>
    <message>
        <source>Checked. Nothing was saved yet. Press Import to save what is listed below.</source>
        <translation>Sudah diperiksa. Belum ada yang disimpan. Tekan Impor untuk menyimpan yang tercantum di bawah.</translation>
    </message>
    <message>
        <source>The import had already finished when Cancel was pressed: it was saved.</source>
        <translation>Impor sudah selesai ketika Batal ditekan: hasilnya sudah disimpan.</translation>
    </message>
    <message>
        <source>Imported and saved.</source>
        <translation>Sudah diimpor dan disimpan.</translation>
    </message>
    <message>
        <source>Nothing was saved, because rows were refused and &quot;save nothing at all&quot; is ticked.</source>
        <translation>Tidak ada yang disimpan, karena ada baris yang ditolak dan &quot;jangan simpan apa pun&quot; dicentang.</translation>
    </message>
    <message>
        <source>Checking the file… nothing is saved.</source>
        <translation>Memeriksa berkas… tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Importing… press Cancel to stop with nothing saved.</source>
        <translation>Mengimpor… tekan Batal untuk berhenti tanpa menyimpan apa pun.</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Pilih berkas yang akan diimpor.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
</TS>
