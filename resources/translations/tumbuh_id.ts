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
</TS>
