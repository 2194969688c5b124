// BulkScope: what it changes on the connection for a bulk write (a larger
// page cache, a second sorter thread, today pinned) it gives back when it
// ends, so that the program's later work runs as before.
#include "support/recordsfixture.h"

#include "records/bulkscope.h"
#include "records/nativestatement.h"

#include <boost/test/unit_test.hpp>

namespace tumbuh::records::test {
namespace {

std::int64_t pragma(Database& db, const char* name)
{
    auto q = NativeStatement::prepare(db, QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    BOOST_REQUIRE_MESSAGE(q.ok(), why(q));
    auto row = q->step();
    BOOST_REQUIRE(row.ok() && *row);
    return q->int64(0);
}

} // namespace

BOOST_AUTO_TEST_SUITE(bulk_scope)

BOOST_AUTO_TEST_CASE(the_connection_is_as_before_when_it_ends)
{
    Folder f;
    auto db = openDb(f.path(QStringLiteral("bulk.db")));
    const std::int64_t cache = pragma(*db, "cache_size");
    const std::int64_t threads = pragma(*db, "threads");
    {
        BulkScope bulk(*db);
        BOOST_TEST(pragma(*db, "cache_size") != cache);
        BOOST_TEST(pragma(*db, "threads") == 2);
    }
    BOOST_TEST(pragma(*db, "cache_size") == cache);
    BOOST_TEST(pragma(*db, "threads") == threads);
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
