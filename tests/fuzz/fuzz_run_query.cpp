// The run filter language (`grove-cli runs --filter`, the Runs panel's filter box) and sort keys:
// parsing any text gives a filter or an error, never a crash or a stack overflow; an error points
// inside the text and its message prints safely (no control character but the line breaks
// between message, expression and underline); a filter evaluates on runs with and without the
// values it names.
#include "core/common/SafeText.h"
#include "core/runs/RunQuery.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace grove;
using namespace Qt::StringLiterals;

namespace {

QList<RunRecord> makeRuns()
{
    QList<RunRecord> runs;
    RunRecord finished;
    finished.id = 1;
    finished.experiment = u"baseline"_s;
    finished.status = RunStatus::Finished;
    finished.setup = RunSetup::fromJson(QJsonObject{{u"task"_s, u"binary"_s},
                                  {u"target"_s, u"churned"_s},
                                  {u"threads"_s, 2},
                                  {u"seed"_s, u"7"_s},
                                  {u"metrics"_s, QJsonArray{u"logloss"_s, u"auc"_s}},
                                  {u"params"_s, QJsonObject{{u"eta"_s, 0.1},
                                                            {u"max_depth"_s, 4},
                                                            {u"extra"_s, QJsonObject{{u"grow_policy"_s, u"lossguide"_s}}}}}});
    finished.finalMetrics = QJsonObject{{u"valid"_s, QJsonObject{{u"auc"_s, 0.83}, {u"logloss"_s, 0.41}}}};
    finished.bestMetrics = finished.finalMetrics;
    finished.bestIteration = 40;
    finished.roundsDone = 50;
    finished.tags = QStringList{u"sweep"_s, u"fast"_s};
    finished.note = u"first try\nsecond line"_s;
    runs << finished;

    RunRecord failed;
    failed.id = 2;
    failed.experiment = u"Default"_s;
    failed.status = RunStatus::Failed;
    failed.message = u"XGBoost refused a parameter"_s;
    runs << failed;

    RunRecord queued;
    queued.id = 3;
    queued.experiment = u"sweep \u202e odd"_s;
    queued.status = RunStatus::Queued;
    queued.setup = RunSetup::fromJson(QJsonObject{{u"params"_s, QJsonObject{{u"eta"_s, u"0.3"_s}}}});
    queued.finalMetrics = QJsonObject{{u"valid"_s, QJsonObject{{u"auc"_s, u"not a number"_s}}}};
    runs << queued;
    return runs;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const QList<RunRecord> runs = makeRuns();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));

    RunFilter::SyntaxError syntax;
    const auto filter = RunFilter::parse(text, &syntax);
    if (!filter) {
        const QString message = filter.error().message;
        if (message.isEmpty() || syntax.message.isEmpty() || syntax.position < 0 || syntax.position > text.size() ||
            syntax.length < 1)
            std::abort();
        if (findUnsafeCharacter(QString(message).remove(u'\n')))
            std::abort();
    } else {
        for (const RunRecord& run : runs)
            filter->matches(run);
    }

    // The first line as a sort key.
    QList<RunRecord> sorted = runs;
    const auto status = sortRuns(sorted, text.section(u'\n', 0, 0));
    if (status && sorted.size() != runs.size())
        std::abort();
    return 0;
}
