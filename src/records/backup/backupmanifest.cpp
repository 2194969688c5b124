#include "records/backup/backupmanifest.h"

#include "records/filesafety.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tumbuh::records {
namespace {

const QString kFormat = QStringLiteral("tumbuh-backups");

Error manifestError(const QString& message)
{
    return Error{ErrorCode::CannotOpen, {}, message, {}, {}};
}

} // namespace

const QString BackupManifest::kFileName = QStringLiteral("tumbuh-backups.json");

Result<BackupManifest> BackupManifest::load(const QString& folder)
{
    BackupManifest m;
    m.folder_ = folder;
    const QString path = QDir(folder).filePath(kFileName);
    if (!QFileInfo::exists(path))
        return m;
    QFile f(path);
    const auto foreign = [&] {
        return manifestError(QCoreApplication::translate("tumbuh::records",
                                                         "The file %1 is not Tumbuh's record of its backups, so no "
                                                         "backup is written into that folder. Choose another backup "
                                                         "folder, or move that file away.")
                                 .arg(QDir::toNativeSeparators(path)));
    };
    if (!f.open(QIODevice::ReadOnly)) {
        return manifestError(QCoreApplication::translate("tumbuh::records", "The file %1 cannot be read.")
                                 .arg(QDir::toNativeSeparators(path)));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != kFormat)
        return foreign();
    m.next_ = std::max<qint64>(1, root.value(QStringLiteral("next")).toInteger());
    for (const QJsonValue& v : root.value(QStringLiteral("backups")).toArray()) {
        const QJsonObject o = v.toObject();
        Entry e{o.value(QStringLiteral("file")).toString(), o.value(QStringLiteral("database")).toString(),
                o.value(QStringLiteral("sequence")).toInteger(), o.value(QStringLiteral("size")).toInteger(),
                o.value(QStringLiteral("sha256")).toString().toLatin1(), o.value(QStringLiteral("base")).toString()};
        // Only plain names inside the folder.
        if (e.file.isEmpty() || e.file.contains(QLatin1Char('/')) || e.file.contains(QLatin1Char('\\')))
            continue;
        m.next_ = std::max(m.next_, e.sequence + 1);
        m.entries_.push_back(std::move(e));
    }
    return m;
}

Result<void> BackupManifest::save() const
{
    QJsonArray list;
    for (const Entry& e : entries_) {
        QJsonObject o{{QStringLiteral("file"), e.file},
                      {QStringLiteral("database"), e.database},
                      {QStringLiteral("sequence"), e.sequence},
                      {QStringLiteral("size"), e.size},
                      {QStringLiteral("sha256"), QString::fromLatin1(e.sha256)}};
        if (!e.base.isEmpty())
            o.insert(QStringLiteral("base"), e.base);
        list.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("next"), next_},
                           {QStringLiteral("backups"), list}};
    const QString path = QDir(folder_).filePath(kFileName);
    const QString part = path + QStringLiteral(".part");
    {
        QFile f(part);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || f.write(QJsonDocument(root).toJson()) < 0 || !f.flush()) {
            f.remove();
            return manifestError(QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written.")
                                     .arg(QDir::toNativeSeparators(path)));
        }
    }
    if (auto moved = filesafety::replaceFile(part, path); !moved) {
        QFile::remove(part);
        return moved.error();
    }
    return {};
}

Result<BackupManifest::Entry> BackupManifest::add(const QString& file, const QString& database, const QString& base)
{
    remove(file);
    Entry e{file, database, next_++, QFileInfo(pathOf(Entry{file, {}, 0, 0, {}, {}})).size(), {}, base};
    e.sha256 = sha256(pathOf(e));
    if (e.sha256.isEmpty()) {
        return manifestError(QCoreApplication::translate("tumbuh::records", "The file %1 cannot be read.")
                                 .arg(QDir::toNativeSeparators(pathOf(e))));
    }
    entries_.push_back(e);
    return e;
}

std::vector<BackupManifest::Entry> BackupManifest::of(const QString& database) const
{
    std::vector<Entry> out;
    std::copy_if(entries_.begin(), entries_.end(), std::back_inserter(out),
                 [&](const Entry& e) { return e.database == database; });
    std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) { return a.sequence > b.sequence; });
    return out;
}

void BackupManifest::remove(const QString& file)
{
    entries_.erase(std::remove_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.file == file; }),
                   entries_.end());
}

bool BackupManifest::matches(const Entry& e) const
{
    const QFileInfo info(pathOf(e));
    return info.isFile() && !info.isSymLink() && info.size() == e.size && sha256(info.filePath()) == e.sha256;
}

QString BackupManifest::pathOf(const Entry& e) const
{
    return QDir(folder_).filePath(e.file);
}

QByteArray BackupManifest::sha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return {};
    return h.result().toHex();
}

} // namespace tumbuh::records
