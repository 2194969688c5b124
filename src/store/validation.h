#pragma once
// Collects the findings of one validation: every error (so that a form can
// mark all wrong fields at once) and every warning. Also the table of text
// fields: how long each may be and which characters none may hold.
#include "store/result.h"

#include <array>
#include <string_view>
#include <vector>

namespace tumbuh::store {

class Validation {
public:
    void fail(Error error);
    void warn(Warning warning);
    bool failedOn(const QString& field) const;
    bool failed() const { return !errors_.empty(); }

    // The first error, with the others in Error::more; or success with the
    // warnings.
    Result<void> result() const;
    const std::vector<Warning>& warnings() const { return warnings_; }

    // Checks a text field against kTextRules (a field not in the table gets
    // the default rule): at most `maxChars` characters (Unicode code points),
    // and none of the characters that make text lie about itself: C0 control
    // characters (U+0000-U+001F; tab and line breaks only in multi-line
    // fields), DEL and C1 (U+007F-U+009F), bidirectional overrides, embeddings
    // and isolates (U+202A-U+202E, U+2066-U+2069) and the direction marks
    // U+200E/U+200F. Refused with a message naming the field.
    void checkText(const QString& field, const QString& value);

private:
    std::vector<Error> errors_;
    std::vector<Warning> warnings_;
};

// How long a text field may be. Names fit a card and a register line with
// room to spare (the longest Indonesian names are about 60 characters);
// addresses a line of a letter; notes a paragraph.
struct TextRule {
    std::string_view field;
    int maxChars;
    bool multiLine; // tab and line breaks allowed
};

inline constexpr std::array kTextRules{
    TextRule{"name", 100, false},
    TextRule{"mother_name", 100, false},
    TextRule{"father_name", 100, false},
    TextRule{"measured_by", 100, false},
    TextRule{"referred_by", 100, false},
    TextRule{"destination", 200, false},
    TextRule{"address", 200, false},
    TextRule{"rt", 10, false},
    TextRule{"rw", 10, false},
    TextRule{"kelurahan", 100, false},
    TextRule{"kecamatan", 100, false},
    TextRule{"kabupaten", 100, false},
    TextRule{"province", 100, false},
    TextRule{"region_code_version", 100, false},
    TextRule{"notes", 1000, true},
};
// Any other text field.
inline constexpr TextRule kDefaultTextRule{"", 200, false};

const TextRule& textRule(const QString& field);

} // namespace tumbuh::store
