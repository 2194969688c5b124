#pragma once
// The audit log's JSON text of a row (before_json, after_json): the same
// bytes as QJsonDocument(o).toJson(QJsonDocument::Compact), written straight
// into a buffer. An import writes one audit entry per household it adds,
// and QJsonDocument's copy of the object into its own document, then into
// text, costs more than the entry's INSERT.
#include <QByteArray>

class QJsonObject;

namespace tumbuh::store {

// Appends o as compact JSON to out (keys in the object's order, which is
// QJsonObject's sorted order). Empty objects give "{}".
void appendCompactJson(QByteArray& out, const QJsonObject& o);
QByteArray compactJson(const QJsonObject& o);

} // namespace tumbuh::store
