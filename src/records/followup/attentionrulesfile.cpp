#include "records/followup/attentionrulesfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tumbuh::records {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tumbuh::records", text);
}

} // namespace

QString attentionRulesFileName()
{
    return QStringLiteral("attention-rules.csv");
}

LoadedAttentionRules loadAttentionRules(const QString& folder)
{
    LoadedAttentionRules out;
    out.rules = std::make_shared<const growth::AttentionRules>(growth::defaultAttentionRules());
    if (folder.isEmpty())
        return out;
    const QString path = QDir(folder).filePath(attentionRulesFileName());
    if (!QFileInfo::exists(path))
        return out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = tr("%1 cannot be read (%2); the built-in attention rules are used.")
                        .arg(QDir::toNativeSeparators(path), file.errorString());
        return out;
    }
    const QByteArray text = file.readAll();
    growth::AttentionRulesParseResult parsed = growth::parseAttentionRules(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    if (!parsed.ok()) {
        out.error = tr("%1: %2. The built-in attention rules are used.")
                        .arg(QDir::toNativeSeparators(path), QString::fromStdString(parsed.error));
        return out;
    }
    out.rules = std::make_shared<const growth::AttentionRules>(std::move(*parsed.rules));
    out.source = path;
    return out;
}

} // namespace tumbuh::records
