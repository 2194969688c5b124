#pragma once
// Layout of the generated table data; only whotables.cpp, anthro.cpp (which
// reads its rows directly) and the generated source include this.
#include "growth/whotables.h"

namespace tumbuh::growth::data {

struct TableData {
    int firstKey;
    int count;
    const Lms* rows[2]; // boys, girls
};

struct VelocityData {
    const VelocityRow* rows;
    int count;
};

extern const TableData kWei, kLen, kBmi, kHc, kAc, kTs, kSs, kWfl, kWfh, kHfa2007, kWfa2007,
    kBfa2007;
extern const VelocityData kWeightInc1moBoys, kWeightInc1moGirls, kWeightInc2moBoys,
    kWeightInc2moGirls, kLengthInc2moBoys, kLengthInc2moGirls, kHeadcInc2moBoys,
    kHeadcInc2moGirls;

} // namespace tumbuh::growth::data
