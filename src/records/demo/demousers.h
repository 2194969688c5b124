#pragma once
#include "records/storenames.h"
// The users of a demo file (issue 12): admin, kader and gizi (the
// nutritionist), each with the PIN 123456, so that a demo can be signed in to
// at once (`tumbuh-cli demo` prints them). The kader's home posyandu is the
// demo's first posyandu. Demo files only: a real file's first user is made by
// whoever starts it.
#include "store/user.h"

#include <span>

namespace tumbuh::records {

struct DemoUser {
    const char* name;
    Role role;
};

inline constexpr const char* kDemoPin = "123456";

inline std::span<const DemoUser> demoUsers()
{
    static constexpr DemoUser kUsers[] = {{"admin", Role::Admin}, {"kader", Role::Kader}, {"gizi", Role::Nutritionist}};
    return kUsers;
}

} // namespace tumbuh::records
