#pragma once
// records moves data in and out of the store and speaks the store's
// vocabulary (Database, Result, Error, Child, Measurement, ...): inside
// tumbuh::records those names need no store:: prefix. Records' own names are
// records::, never store::.
namespace tumbuh::store {
class Database;
}
namespace tumbuh::records {
using namespace tumbuh::store;
}
