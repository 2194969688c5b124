#pragma once
#include "records/storenames.h"
// A map from UUID to a row id, flat (open addressing, linear probing): one
// cache miss per lookup where a node-based map costs two or three. The CSV
// import looks a child up by UUID for each of a million rows.
#include "store/rowmeta.h"

#include <QUuid>

#include <cstdint>
#include <cstring>
#include <vector>

namespace tumbuh::records {

class UuidTable {
public:
    struct Value {
        RowId id = 0;
        bool flag = false; // the caller's (the child matcher: deleted)
    };

    const Value* find(const QUuid& key) const
    {
        if (slots_.empty())
            return nullptr;
        for (std::size_t i = slot(key);; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.state == State::Empty)
                return nullptr;
            if (s.state == State::Used && s.key == key)
                return &s.value;
        }
    }

    void insert(const QUuid& key, Value value)
    {
        if ((used_ + erased_ + 1) * 2 > slots_.size())
            grow();
        std::size_t target = SIZE_MAX;
        for (std::size_t i = slot(key);; i = (i + 1) & mask_) {
            Slot& s = slots_[i];
            if (s.state == State::Used && s.key == key) {
                s.value = value;
                return;
            }
            if (s.state == State::Erased && target == SIZE_MAX)
                target = i;
            if (s.state == State::Empty) {
                if (target == SIZE_MAX)
                    target = i;
                break;
            }
        }
        Slot& t = slots_[target];
        if (t.state == State::Erased)
            --erased_;
        t = Slot{key, value, State::Used};
        ++used_;
    }

    void erase(const QUuid& key)
    {
        if (slots_.empty())
            return;
        for (std::size_t i = slot(key);; i = (i + 1) & mask_) {
            Slot& s = slots_[i];
            if (s.state == State::Empty)
                return;
            if (s.state == State::Used && s.key == key) {
                s.state = State::Erased;
                --used_;
                ++erased_;
                return;
            }
        }
    }

    std::size_t size() const { return used_; }

private:
    enum class State : std::uint8_t { Empty,
                                      Used,
                                      Erased };
    struct Slot {
        QUuid key;
        Value value;
        State state = State::Empty;
    };

    std::size_t slot(const QUuid& key) const
    {
        std::uint64_t halves[2];
        static_assert(sizeof(halves) == sizeof(QUuid));
        std::memcpy(halves, &key, sizeof(halves));
        std::uint64_t h = (halves[0] * 0x9E3779B97F4A7C15ULL) ^ (halves[1] + 0xD1B54A32D192ED03ULL);
        h ^= h >> 31;
        h *= 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 29;
        return static_cast<std::size_t>(h) & mask_;
    }

    void grow()
    {
        std::vector<Slot> old = std::move(slots_);
        const std::size_t capacity = std::max<std::size_t>(64, old.size() * 2);
        slots_.assign(capacity, Slot{});
        mask_ = capacity - 1;
        used_ = 0;
        erased_ = 0;
        for (const Slot& s : old) {
            if (s.state == State::Used)
                insert(s.key, s.value);
        }
    }

    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
    std::size_t used_ = 0;
    std::size_t erased_ = 0;
};

} // namespace tumbuh::records
