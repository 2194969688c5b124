#include "records/backup/backuparchive.h"

#include "records/filesafety.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <zstd.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

namespace tumbuh::records {
namespace {

// The header frame: a zstd skippable frame (magic 0x184D2A50..5F, then its
// payload's size, both little-endian), its payload a JSON object.
constexpr quint32 kSkippableMagic = 0x184D2A5Au;
constexpr qint64 kFrameHeader = 8;
constexpr qint64 kMaxHeaderPayload = 64 * 1024;
const QString kFormat = QStringLiteral("tumbuh-backup");
constexpr int kFullLevel = 1;
constexpr int kDeltaLevel = 3;
constexpr int kMaxWindowLog = 31; // zstd's limit on 64-bit systems
constexpr int kMaxChain = 64;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Error archiveError(ErrorCode code, const QString& message)
{
    return Error{code, {}, message, {}, {}};
}

Error damaged(const QString& path, const QString& why)
{
    return archiveError(ErrorCode::Corrupt, QCoreApplication::translate("tumbuh::records", "The backup %1 is damaged and cannot be used: %2").arg(shown(path), why));
}

Error cannotWrite(const QString& path)
{
    return archiveError(ErrorCode::CannotOpen, QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written.").arg(shown(path)));
}

Error cannotRead(const QString& path)
{
    return archiveError(ErrorCode::CannotOpen, QCoreApplication::translate("tumbuh::records", "The file %1 cannot be read.").arg(shown(path)));
}

quint32 littleEndian(const char* p)
{
    quint32 v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(p[i]);
    return v;
}

void putLittleEndian(char* p, quint32 v)
{
    for (int i = 0; i < 4; ++i) {
        p[i] = static_cast<char>(v & 0xffu);
        v >>= 8;
    }
}

QByteArray sha256Of(const uchar* data, qint64 size)
{
    return QCryptographicHash::hash(QByteArrayView(data, size), QCryptographicHash::Sha256).toHex();
}

int windowLogFor(qint64 size)
{
    int log = 10;
    while (log < kMaxWindowLog && (qint64{1} << log) < size)
        ++log;
    return log;
}

struct CCtxDeleter {
    void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
};
struct DCtxDeleter {
    void operator()(ZSTD_DCtx* d) const { ZSTD_freeDCtx(d); }
};

// A file mapped for reading.
class Mapped {
public:
    explicit Mapped(const QString& path)
        : file_(path)
    {
        if (file_.open(QIODevice::ReadOnly) && file_.size() > 0) {
            size_ = file_.size();
            data_ = file_.map(0, size_);
        }
    }
    ~Mapped()
    {
        if (data_)
            file_.unmap(data_);
    }
    Mapped(const Mapped&) = delete;
    Mapped& operator=(const Mapped&) = delete;
    const uchar* data() const { return data_; }
    qint64 size() const { return size_; }

private:
    QFile file_;
    uchar* data_ = nullptr;
    qint64 size_ = 0;
};

QByteArray headerFrame(const ArchiveHeader& h)
{
    QJsonObject o{{QStringLiteral("format"), kFormat},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("kind"), h.kind == ArchiveHeader::Kind::Full ? QStringLiteral("full") : QStringLiteral("delta")},
                  {QStringLiteral("size"), h.size},
                  {QStringLiteral("sha256"), QString::fromLatin1(h.sha256)}};
    if (h.kind == ArchiveHeader::Kind::Delta) {
        o.insert(QStringLiteral("base"), h.base);
        o.insert(QStringLiteral("baseSha256"), QString::fromLatin1(h.baseSha));
    }
    if (h.auditEnd)
        o.insert(QStringLiteral("auditEnd"), *h.auditEnd);
    const QByteArray payload = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QByteArray frame(kFrameHeader, '\0');
    putLittleEndian(frame.data(), kSkippableMagic);
    putLittleEndian(frame.data() + 4, static_cast<quint32>(payload.size()));
    return frame + payload;
}

// The header and where the zstd frame starts.
std::optional<std::pair<ArchiveHeader, qint64>> readHeader(QFile& f)
{
    const QByteArray start = f.read(kFrameHeader);
    if (start.size() != kFrameHeader || littleEndian(start.constData()) != kSkippableMagic)
        return std::nullopt;
    const qint64 length = littleEndian(start.constData() + 4);
    if (length <= 0 || length > kMaxHeaderPayload)
        return std::nullopt;
    const QByteArray payload = f.read(length);
    if (payload.size() != length)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return std::nullopt;
    ArchiveHeader h;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == QStringLiteral("delta"))
        h.kind = ArchiveHeader::Kind::Delta;
    else if (kind != QStringLiteral("full"))
        return std::nullopt;
    h.size = o.value(QStringLiteral("size")).toInteger();
    h.sha256 = o.value(QStringLiteral("sha256")).toString().toLatin1();
    h.base = o.value(QStringLiteral("base")).toString();
    h.baseSha = o.value(QStringLiteral("baseSha256")).toString().toLatin1();
    if (o.contains(QStringLiteral("auditEnd")))
        h.auditEnd = o.value(QStringLiteral("auditEnd")).toInteger();
    // A base is a plain name in the same folder.
    if (h.size <= 0 || h.sha256.size() != 64
        || (h.kind == ArchiveHeader::Kind::Delta
            && (h.base.isEmpty() || h.base.contains(QLatin1Char('/')) || h.base.contains(QLatin1Char('\\')) || h.baseSha.size() != 64)))
        return std::nullopt;
    return std::make_pair(h, kFrameHeader + length);
}

Result<void> decompress(const QString& archive, qint64 frameStart, const ArchiveHeader& h, const QString& basePlain,
                        const QString& out)
{
    std::unique_ptr<Mapped> base;
    if (!basePlain.isEmpty()) {
        base = std::make_unique<Mapped>(basePlain);
        if (!base->data())
            return cannotRead(basePlain);
    }
    const Mapped in(archive);
    if (!in.data() || in.size() <= frameStart)
        return damaged(archive, QCoreApplication::translate("tumbuh::records", "the file is too short."));
    const uchar* frame = in.data() + frameStart;
    const auto frameSize = static_cast<std::size_t>(in.size() - frameStart);
    const unsigned long long contentSize = ZSTD_getFrameContentSize(frame, frameSize);
    if (contentSize != static_cast<unsigned long long>(h.size))
        return damaged(archive, QCoreApplication::translate("tumbuh::records", "its size does not match its header."));

    QFile o(out);
    if (!o.open(QIODevice::ReadWrite | QIODevice::Truncate) || !o.resize(h.size))
        return cannotWrite(out);
    uchar* dst = o.map(0, h.size);
    if (!dst) {
        o.close();
        QFile::remove(out);
        return cannotWrite(out);
    }
    std::unique_ptr<ZSTD_DCtx, DCtxDeleter> dctx(ZSTD_createDCtx());
    ZSTD_DCtx_setParameter(dctx.get(), ZSTD_d_windowLogMax, kMaxWindowLog);
    if (base)
        ZSTD_DCtx_refPrefix(dctx.get(), base->data(), static_cast<std::size_t>(base->size()));
    const std::size_t written = ZSTD_decompressDCtx(dctx.get(), dst, static_cast<std::size_t>(h.size), frame, frameSize);
    const bool ok = !ZSTD_isError(written) && written == static_cast<std::size_t>(h.size) && sha256Of(dst, h.size) == h.sha256;
    const QString why = ZSTD_isError(written) ? QString::fromUtf8(ZSTD_getErrorName(written))
                                              : QCoreApplication::translate("tumbuh::records", "its content does not match its checksum.");
    o.unmap(dst);
    o.close();
    if (!ok) {
        QFile::remove(out);
        return damaged(archive, why);
    }
    return {};
}

Result<void> extractChain(const QString& archive, const QString& out, int depth)
{
    if (!QFileInfo(archive).isFile())
        return archiveError(ErrorCode::FileNotFound, QCoreApplication::translate("tumbuh::records", "The backup %1 does not exist.").arg(shown(archive)));
    QFile f(archive);
    if (!f.open(QIODevice::ReadOnly))
        return cannotRead(archive);
    const auto read = readHeader(f);
    f.close();
    if (!read)
        return damaged(archive, QCoreApplication::translate("tumbuh::records", "its header cannot be read."));
    const auto& [h, frameStart] = *read;
    QString basePlain;
    if (h.kind == ArchiveHeader::Kind::Delta) {
        const QString basePath = QFileInfo(archive).dir().filePath(h.base);
        if (!QFileInfo(basePath).isFile()) {
            return archiveError(ErrorCode::FileNotFound,
                                QCoreApplication::translate("tumbuh::records",
                                                            "The backup %1 holds only the changes since the backup %2, and that "
                                                            "file is missing. Put it back in the same folder, or restore a "
                                                            "full backup (a name ending in .db.zst or .db).")
                                    .arg(shown(archive), h.base));
        }
        if (depth >= kMaxChain)
            return damaged(archive, QCoreApplication::translate("tumbuh::records", "its chain of backups does not end."));
        const auto baseHeader = BackupArchive::header(basePath);
        if (!baseHeader)
            return baseHeader.error();
        if (baseHeader->sha256 != h.baseSha) {
            return archiveError(ErrorCode::Corrupt,
                                QCoreApplication::translate("tumbuh::records",
                                                            "The backup %1 holds only the changes since the backup %2, but that "
                                                            "file is not the one it was made from. Restore a full backup (a name "
                                                            "ending in .db.zst or .db).")
                                    .arg(shown(archive), h.base));
        }
        basePlain = out + QStringLiteral(".base");
        if (auto r = extractChain(basePath, basePlain, depth + 1); !r) {
            QFile::remove(basePlain);
            return r.error();
        }
    }
    auto r = decompress(archive, frameStart, h, basePlain, out);
    if (!basePlain.isEmpty())
        QFile::remove(basePlain);
    return r;
}

} // namespace

const QString BackupArchive::kFullSuffix = QStringLiteral(".db.zst");
const QString BackupArchive::kDeltaSuffix = QStringLiteral(".db.delta.zst");

bool BackupArchive::isArchive(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = f.read(4);
    return start.size() == 4 && littleEndian(start.constData()) == kSkippableMagic;
}

Result<ArchiveHeader> BackupArchive::header(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return cannotRead(path);
    const auto read = readHeader(f);
    if (!read)
        return damaged(path, QCoreApplication::translate("tumbuh::records", "its header cannot be read."));
    return read->first;
}

Result<ArchiveHeader> BackupArchive::write(const QString& plain, const QString& target, std::optional<qint64> auditEnd,
                                           const QString& basePlain, const ArchiveHeader& base, const QString& baseName)
{
    const Mapped src(plain);
    if (!src.data())
        return cannotRead(plain);
    std::unique_ptr<Mapped> prefix;
    if (!basePlain.isEmpty()) {
        prefix = std::make_unique<Mapped>(basePlain);
        if (!prefix->data())
            return cannotRead(basePlain);
    }
    ArchiveHeader h;
    h.kind = prefix ? ArchiveHeader::Kind::Delta : ArchiveHeader::Kind::Full;
    h.size = src.size();
    h.sha256 = sha256Of(src.data(), src.size());
    h.auditEnd = auditEnd;
    if (prefix) {
        h.base = baseName;
        h.baseSha = base.sha256;
    }

    std::unique_ptr<ZSTD_CCtx, CCtxDeleter> cctx(ZSTD_createCCtx());
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_compressionLevel, prefix ? kDeltaLevel : kFullLevel);
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_checksumFlag, 1);
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_contentSizeFlag, 1);
    if (prefix) {
        // As `zstd --patch-from`: a window covering the base and the file,
        // long-distance matching to find the base's pages wherever they moved.
        const int windowLog = std::min(kMaxWindowLog, windowLogFor(std::max(src.size(), prefix->size())) + 1);
        ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_windowLog, windowLog);
        ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_enableLongDistanceMatching, 1);
        ZSTD_CCtx_refPrefix(cctx.get(), prefix->data(), static_cast<std::size_t>(prefix->size()));
    }
    ZSTD_CCtx_setPledgedSrcSize(cctx.get(), static_cast<unsigned long long>(src.size()));

    const QString part = target + QStringLiteral(".part");
    QFile out(part);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(headerFrame(h)) < 0)
        return cannotWrite(part);
    const auto fail = [&](const Error& e) {
        out.close();
        QFile::remove(part);
        return e;
    };
    if (prefix) {
        // One pass into a buffer: a delta is small, and the streaming
        // compressor would copy the whole window (the file) into its own.
        const std::size_t bound = ZSTD_compressBound(static_cast<std::size_t>(src.size()));
        const auto buffer = std::make_unique_for_overwrite<char[]>(bound);
        const std::size_t n = ZSTD_compress2(cctx.get(), buffer.get(), bound, src.data(), static_cast<std::size_t>(src.size()));
        if (ZSTD_isError(n))
            return fail(archiveError(ErrorCode::CannotOpen, QString::fromUtf8(ZSTD_getErrorName(n))));
        if (out.write(buffer.get(), static_cast<qint64>(n)) != static_cast<qint64>(n))
            return fail(cannotWrite(part));
    } else {
        std::array<char, 1 << 17> chunk{};
        ZSTD_inBuffer in{src.data(), static_cast<std::size_t>(src.size()), 0};
        for (;;) {
            ZSTD_outBuffer o{chunk.data(), chunk.size(), 0};
            const std::size_t left = ZSTD_compressStream2(cctx.get(), &o, &in, ZSTD_e_end);
            if (ZSTD_isError(left))
                return fail(archiveError(ErrorCode::CannotOpen, QString::fromUtf8(ZSTD_getErrorName(left))));
            if (out.write(chunk.data(), static_cast<qint64>(o.pos)) != static_cast<qint64>(o.pos))
                return fail(cannotWrite(part));
            if (left == 0)
                break;
        }
    }
    if (!out.flush())
        return fail(cannotWrite(part));
    out.close();
    if (auto moved = filesafety::replaceFile(part, target); !moved) {
        QFile::remove(part);
        return moved.error();
    }
    return h;
}

Result<void> BackupArchive::extract(const QString& archive, const QString& out)
{
    return extractChain(archive, out, 0);
}

} // namespace tumbuh::records
