// Issue 8, point 6: `tumbuh-cli zscore` never writes garbage. A value like
// 1e300 wrote NUL bytes into the z column (a to_chars failure ignored); a
// row with too few fields was padded silently; a failed run had already
// replaced the previous output with a partial file. Each test runs the real
// tumbuh-cli on real files (synthetic values only).
#include "support/recordsfixture.h"

#include <boost/test/unit_test.hpp>

#include <QDir>

using namespace tumbuh::records::test;

namespace {

const QByteArray kHeader = "sex,age,weight\n";

// The output row of a file's line `line` (1 = the header).
QByteArray outputLine(const QByteArray& output, int line)
{
    const QList<QByteArray> lines = output.split('\n');
    return line - 1 < lines.size() ? lines[line - 1] : QByteArray();
}

} // namespace

BOOST_AUTO_TEST_SUITE(faults_zscore_garbage)

BOOST_AUTO_TEST_CASE(huge_weight_is_refused_with_line_and_column_and_writes_no_nul)
{
    Folder f;
    const QString in = f.path(QStringLiteral("in.csv"));
    const QString out = f.path(QStringLiteral("out.csv"));
    writeText(in, kHeader + "1,370,9.2\n1,370,1e300\n2,400,-1e300\n");
    QString said;
    const int code = runCli({QStringLiteral("zscore"), in, QStringLiteral("-o"), out}, &said);
    BOOST_TEST(code == 1, said.toStdString());
    const QByteArray written = readText(out);
    BOOST_TEST(!written.contains('\0'));
    BOOST_TEST(said.contains(QStringLiteral("line 3, column weight: '1e300'")), said.toStdString());
    BOOST_TEST(said.contains(QStringLiteral("line 4, column weight: '-1e300'")), said.toStdString());
    // The rows are still there, their results blank; the good row is computed.
    BOOST_TEST(outputLine(written, 2).startsWith("1,370,9.2,,,0,,1,,,-0.47,0"), outputLine(written, 2).constData());
    BOOST_TEST(outputLine(written, 3) == "1,370,1e300,,,,,,,,,,,,,,,,,,,,,");
    BOOST_TEST(outputLine(written, 4) == "2,400,-1e300,,,,,,,,,,,,,,,,,,,,,");
}

BOOST_AUTO_TEST_CASE(inf_and_nan_are_unreadable_values)
{
    Folder f;
    const QString in = f.path(QStringLiteral("in.csv"));
    const QString out = f.path(QStringLiteral("out.csv"));
    writeText(in, kHeader + "1,370,inf\n1,370,nan\n1,1e300,9.2\n");
    QString said;
    BOOST_TEST(runCli({QStringLiteral("zscore"), in, QStringLiteral("-o"), out}, &said) == 1, said.toStdString());
    BOOST_TEST(!readText(out).contains('\0'));
    BOOST_TEST(said.contains(QStringLiteral("line 2, column weight: 'inf'")), said.toStdString());
    BOOST_TEST(said.contains(QStringLiteral("line 3, column weight: 'nan'")), said.toStdString());
    BOOST_TEST(said.contains(QStringLiteral("line 4, column age: '1e300'")), said.toStdString());
    BOOST_TEST(said.contains(QStringLiteral("3 of 3 rows rejected")), said.toStdString());
}

BOOST_AUTO_TEST_CASE(short_row_is_reported_with_its_line_and_column)
{
    Folder f;
    const QString in = f.path(QStringLiteral("in.csv"));
    const QString out = f.path(QStringLiteral("out.csv"));
    // Line 3 lacks its weight: before, it was padded and computed as a row
    // without weight (exit 0, no word).
    writeText(in, kHeader + "1,370,9.2\n1,370\n1,370,9.2\n");
    QString said;
    BOOST_TEST(runCli({QStringLiteral("zscore"), in, QStringLiteral("-o"), out}, &said) == 1, said.toStdString());
    BOOST_TEST(said.contains(QStringLiteral("line 3, column weight: missing, the row has 2 fields but the header has 3")),
               said.toStdString());
    BOOST_TEST(said.contains(QStringLiteral("1 of 3 rows rejected")), said.toStdString());
    const QByteArray written = readText(out);
    // Row n of the output is still row n of the input, with blank results.
    BOOST_TEST(outputLine(written, 3) == "1,370,,,,,,,,,,,,,,,,,,,,,,");
    BOOST_TEST(outputLine(written, 4).startsWith("1,370,9.2,,,0,,1,,,-0.47,0"));
}

BOOST_AUTO_TEST_CASE(failed_run_midway_leaves_the_previous_output_byte_identical)
{
    Folder f;
    const QString in = f.path(QStringLiteral("in.csv"));
    const QString out = f.path(QStringLiteral("out.csv"));
    // A thousand good rows, then an unterminated quote: the run fails after
    // writing (and, before, replacing) the output.
    QByteArray input = kHeader;
    for (int i = 0; i < 1000; ++i)
        input += "1,370,9.2\n";
    input += "\"2,700,6.9\n";
    writeText(in, input);
    const QByteArray previous = "sex,age,weight,zwei\n1,370,9.2,-0.47\n";
    writeText(out, previous);
    QString said;
    BOOST_TEST(runCli({QStringLiteral("zscore"), in, QStringLiteral("-o"), out}, &said) == 2, said.toStdString());
    BOOST_TEST(said.contains(QStringLiteral("unterminated quote")), said.toStdString());
    BOOST_TEST(readText(out) == previous);
    // No temporary file is left beside it.
    BOOST_TEST(QDir(f.dir.path()).entryList(QDir::Files).size() == 2);
}

BOOST_AUTO_TEST_SUITE_END()
