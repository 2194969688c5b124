<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>tumbuh::store</name>
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
        <source>A completed or cancelled referral needs its closing date.</source>
        <translation>Rujukan yang selesai atau dibatalkan perlu tanggal selesainya.</translation>
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
        <source>The database is read-only: the change was not saved.</source>
        <translation>Basis data hanya-baca: perubahan tidak disimpan.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Kesalahan basis data: %1</translation>
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
    <name>tumbuh::ui::PosyanduDayPage</name>
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
    <message>
        <source>Save (Enter)</source>
        <translation>Simpan (Enter)</translation>
    </message>
    <message>
        <source>Undo last save (Ctrl+Z)</source>
        <translation>Batalkan simpan terakhir (Ctrl+Z)</translation>
    </message>
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
        <source>mother: %1</source>
        <translation>ibu: %1</translation>
    </message>
    <message>
        <source>already measured today — Enter saves the correction</source>
        <translation>sudah diukur hari ini — Enter menyimpan perbaikannya</translation>
    </message>
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
    <message>
        <source>Right for the age: lying under 24 months</source>
        <translation>Sesuai umur: terlentang di bawah 24 bulan</translation>
    </message>
    <message>
        <source>Right for the age: standing from 24 months</source>
        <translation>Sesuai umur: berdiri mulai 24 bulan</translation>
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
        <source>Undone: %1. The values are back in the form to be corrected.</source>
        <translation>Dibatalkan: %1. Nilainya kembali di formulir untuk diperbaiki.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Dibatalkan: %1</translation>
    </message>
    <message>
        <source>The child was registered but is not expected here on this day (another posyandu, or 5 years or older).</source>
        <translation>Anak sudah didaftarkan, tetapi tidak termasuk daftar hari ini (posyandu lain, atau umur 5 tahun ke atas).</translation>
    </message>
    <message>
        <source>%1 of %2 children measured</source>
        <translation>%1 dari %2 anak sudah diukur</translation>
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
</context>
<context>
    <name>tumbuh::ui::ResultText</name>
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
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
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
</TS>
