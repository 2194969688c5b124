#include "records/import/importreader.h"

namespace tumbuh::records {
namespace {

constexpr std::size_t kBatchRows = 2048;
constexpr std::size_t kBatchesAhead = 4; // bounded memory whatever the file size

} // namespace

ImportReader::ImportReader(RowSource& source, const ImportRowParser& parser)
    : source_(source), parser_(parser), thread_([this] { work(); })
{
}

ImportReader::~ImportReader()
{
    {
        const std::lock_guard lock(mutex_);
        stop_ = true;
    }
    changed_.notify_all();
    thread_.join();
}

void ImportReader::work()
{
    for (;;) {
        std::unique_ptr<Batch> batch;
        {
            const std::lock_guard lock(mutex_);
            if (!spare_.empty()) {
                batch = std::move(spare_.back());
                spare_.pop_back();
            }
        }
        if (batch) {
            batch->rows.clear();
            batch->failures.clear();
            batch->lines.clear();
            batch->text.clear();
            batch->cellEnds.clear();
            batch->firstCell.clear();
            batch->cells.clear();
            batch->ignored = 0;
        } else {
            batch = std::make_unique<Batch>();
            batch->rows.reserve(kBatchRows);
        }
        while (batch->rows.size() < kBatchRows) {
            if (!source_.next()) {
                batch->last = true;
                batch->failed = source_.failed();
                break;
            }
            const auto fields = source_.fields();
            // A line whose first cell starts with '#' is a note (the "left
            // out for want of consent" line of a by-name export): skipped.
            if (!fields.empty() && fields.front().starts_with('#'))
                continue;
            if (ImportRowParser::isEmpty(fields))
                continue;
            if (parser_.isSummary(fields)) {
                ++batch->ignored;
                continue;
            }
            batch->firstCell.push_back(batch->cellEnds.size());
            for (const std::string_view c : fields) {
                batch->text.append(c);
                batch->cellEnds.push_back(batch->text.size());
            }
            batch->lines.push_back(source_.line());
            batch->rows.emplace_back();
            batch->failures.push_back(parser_.parse(fields, batch->rows.back()));
        }
        batch->firstCell.push_back(batch->cellEnds.size());
        std::size_t begin = 0;
        for (const std::size_t end : batch->cellEnds) {
            batch->cells.emplace_back(batch->text.data() + begin, end - begin);
            begin = end;
        }
        const bool last = batch->last;
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return stop_ || ready_.size() < kBatchesAhead; });
            if (stop_)
                return;
            ready_.push_back(std::move(batch));
        }
        changed_.notify_all();
        if (last)
            return;
    }
}

bool ImportReader::next(Row& out)
{
    while (!current_ || index_ >= current_->rows.size()) {
        if (current_ && current_->last) {
            finished_ = true;
            failed_ = current_->failed;
        }
        if (finished_)
            return false;
        std::unique_ptr<Batch> batch;
        {
            std::unique_lock lock(mutex_);
            if (current_)
                spare_.push_back(std::move(current_));
            changed_.wait(lock, [&] { return !ready_.empty(); });
            batch = std::move(ready_.front());
            ready_.pop_front();
        }
        changed_.notify_all();
        current_ = std::move(batch);
        ignored_ += current_->ignored;
        index_ = 0;
    }
    const Batch& b = *current_;
    out.row = &b.rows[index_];
    out.failure = &b.failures[index_];
    out.line = b.lines[index_];
    out.cells = std::span<const std::string_view>(b.cells).subspan(b.firstCell[index_],
                                                                   b.firstCell[index_ + 1] - b.firstCell[index_]);
    ++index_;
    return true;
}

} // namespace tumbuh::records
