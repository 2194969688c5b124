#pragma once
// A typed entry of the program's settings: one key, one type, one default,
// declared once (AppSettings) instead of key strings scattered over the code.
#include <QSettings>
#include <QString>
#include <QVariant>

#include <utility>

namespace tumbuh::ui {

template <typename T>
class Setting {
public:
    Setting(QSettings& store, QString key, T fallback = T{})
        : store_(&store), key_(std::move(key)), fallback_(std::move(fallback)) { }

    T get() const
    {
        const QVariant v = store_->value(key_);
        // A value of the wrong type (an older program, a hand-edited file)
        // reads as the default rather than as garbage.
        if (!v.isValid() || !v.canConvert<T>())
            return fallback_;
        return v.value<T>();
    }
    void set(const T& value) { store_->setValue(key_, QVariant::fromValue(value)); }
    void reset() { store_->remove(key_); }
    bool isSet() const { return store_->contains(key_); }

    const QString& key() const { return key_; }
    const T& fallback() const { return fallback_; }

private:
    QSettings* store_;
    QString key_;
    T fallback_;
};

} // namespace tumbuh::ui
