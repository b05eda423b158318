// The run filter language and sorting: which runs an expression keeps, and for a bad expression,
// the message and the position of the offending token.

#include "core/runs/RunQuery.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace grove;

namespace {

RunRecord makeRun(qint64 id, RunStatus status, double validAuc, int maxDepth, double eta, const QString& dataset)
{
    RunRecord run;
    run.id = id;
    run.status = status;
    run.experiment = id % 2 ? u"baseline"_s : u"tuning"_s;
    run.setup = RunSetup::fromJson(QJsonObject{
        {u"target"_s, u"churned"_s},
        {u"task"_s, u"binary"_s},
        {u"params"_s, QJsonObject{{u"max_depth"_s, maxDepth}, {u"eta"_s, eta}, {u"tree_method"_s, u"hist"_s},
                                  {u"extra"_s, QJsonObject{{u"max_leaves"_s, u"31"_s}}}}},
        {u"data"_s, QJsonObject{{u"dataset"_s, QJsonObject{{u"name"_s, dataset}}}}},
    });
    if (status == RunStatus::Finished)
        run.finalMetrics = QJsonObject{{u"valid"_s, QJsonObject{{u"auc"_s, validAuc}, {u"logloss"_s, 1 - validAuc}}},
                                       {u"train"_s, QJsonObject{{u"auc"_s, validAuc + 0.05}}}};
    return run;
}

QList<RunRecord> runs()
{
    return {makeRun(1, RunStatus::Finished, 0.95, 4, 0.1, u"customer_churn"_s),
            makeRun(2, RunStatus::Finished, 0.88, 8, 0.3, u"customer_churn"_s),
            makeRun(3, RunStatus::Running, 0, 6, 0.05, u"credit"_s),
            makeRun(4, RunStatus::Failed, 0, 6, 0.3, u"Churn 2026"_s),
            makeRun(5, RunStatus::Finished, 0.91, 6, 0.2, u"credit"_s)};
}

QList<qint64> matching(const RunFilter& filter)
{
    QList<qint64> ids;
    for (RunRecord run : runs()) {
        if (run.id == 2 || run.id == 5)
            run.tags = QStringList{u"baseline"_s};
        if (run.id == 3)
            run.note = u"Tried the new credit features"_s;
        if (filter.matches(run))
            ids << run.id;
    }
    return ids;
}

} // namespace

class TestRunQuery : public QObject
{
    Q_OBJECT

private slots:
    void filters_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QList<qint64>>("expected");
        using Ids = QList<qint64>;
        QTest::newRow("empty keeps all") << u""_s << Ids{1, 2, 3, 4, 5};
        QTest::newRow("spaces keep all") << u"   "_s << Ids{1, 2, 3, 4, 5};
        QTest::newRow("metric threshold") << u"valid.auc > 0.9"_s << Ids{1, 5};
        QTest::newRow("and with a parameter") << u"valid.auc > 0.9 and params.max_depth <= 4"_s << Ids{1};
        QTest::newRow("or") << u"status = running or status = failed"_s << Ids{3, 4};
        QTest::newRow("and binds tighter than or") << u"status = running or valid.auc >= 0.91 and params.eta = 0.2"_s << Ids{3, 5};
        QTest::newRow("parentheses") << u"(status = running or valid.auc >= 0.91) and params.eta <= 0.1"_s << Ids{1, 3};
        QTest::newRow("not") << u"not status = finished"_s << Ids{3, 4};
        QTest::newRow("not not") << u"not not status = finished"_s << Ids{1, 2, 5};
        QTest::newRow("missing metric matches no comparison") << u"valid.auc < 0.5"_s << Ids{};
        QTest::newRow("unknown metric matches nothing") << u"valid.ndcg > 0"_s << Ids{};
        QTest::newRow("!=") << u"params.max_depth != 6"_s << Ids{1, 2};
        QTest::newRow("== same as =") << u"params.max_depth == 6"_s << Ids{3, 4, 5};
        QTest::newRow("numbers compare as numbers") << u"params.max_depth > 10"_s << Ids{};
        QTest::newRow("text compares without case") << u"status = FINISHED"_s << Ids{1, 2, 5};
        QTest::newRow("contains") << u"dataset ~ churn"_s << Ids{1, 2, 4};
        QTest::newRow("quoted value with a space") << u"dataset = \"Churn 2026\""_s << Ids{4};
        QTest::newRow("extra parameter") << u"params.max_leaves = 31"_s << Ids{1, 2, 3, 4, 5};
        QTest::newRow("text parameter") << u"params.tree_method = hist and id <= 2"_s << Ids{1, 2};
        QTest::newRow("tag") << u"tag:baseline"_s << Ids{2, 5};
        QTest::newRow("tag and metric") << u"tag:baseline and valid.auc > 0.9"_s << Ids{5};
        QTest::newRow("free text") << u"credit"_s << Ids{3, 5};
        QTest::newRow("free text and comparison side by side") << u"customer status = finished"_s << Ids{1, 2};
        QTest::newRow("free text matches the target") << u"churned status = finished"_s << Ids{1, 2, 5};
        QTest::newRow("free text matches the experiment") << u"tuning"_s << Ids{2, 4};
        QTest::newRow("free text matches the note") << u"features"_s << Ids{3};
        QTest::newRow("note field") << u"note ~ \"new credit\""_s << Ids{3};
        QTest::newRow("keywords in any case") << u"status = running OR status = failed"_s << Ids{3, 4};
        QTest::newRow("train split") << u"train.auc >= 1"_s << Ids{1};
        QTest::newRow("no spaces around operators") << u"valid.auc>0.9 and params.eta<0.15"_s << Ids{1};
    }

    void filters()
    {
        QFETCH(QString, expression);
        QFETCH(QList<qint64>, expected);
        auto filter = RunFilter::parse(expression);
        QVERIFY2(filter.ok(), filter.ok() ? "" : qPrintable(filter.error().message));
        QCOMPARE(matching(*filter), expected);
    }

    void badExpressions_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("length");
        QTest::newRow("unknown field") << u"valid.auc > 0.9 and vald.auc > 1"_s << u"unknown field \"vald.auc\""_s << 20 << 8;
        QTest::newRow("metric without a name") << u"valid. > 1"_s << u"unknown field \"valid.\""_s << 0 << 6;
        QTest::newRow("ends after and") << u"valid.auc > 0.9 and"_s << u"ends too early"_s << 19 << 1;
        QTest::newRow("value missing") << u"valid.auc >"_s << u"needs a value"_s << 10 << 1;
        QTest::newRow("value missing before a parenthesis") << u"(valid.auc > )"_s << u"needs a value"_s << 13 << 1;
        QTest::newRow("operator first") << u"> 0.9"_s << u"needs a field"_s << 0 << 1;
        QTest::newRow("two operators") << u"valid.auc > > 0.9"_s << u"needs a value"_s << 12 << 1;
        QTest::newRow("unclosed parenthesis") << u"(status = finished"_s << u"not closed"_s << 0 << 1;
        QTest::newRow("stray closing parenthesis") << u"status = finished)"_s << u"without a matching"_s << 17 << 1;
        QTest::newRow("unclosed quote") << u"dataset = \"churn"_s << u"not closed"_s << 10 << 6;
        QTest::newRow("bang alone") << u"status ! finished"_s << u"not an operator"_s << 7 << 1;
        QTest::newRow("or first") << u"or status = finished"_s << u"needs a condition"_s << 0 << 2;
        QTest::newRow("empty tag") << u"tag:"_s << u"name the tag"_s << 0 << 4;
        QTest::newRow("quoted field") << u"\"valid.auc\" > 1"_s << u"field name"_s << 0 << 11;
        QTest::newRow("not at the end") << u"status = finished and not"_s << u"ends too early"_s << 25 << 1;
        // NaN compares equal to everything here, and an infinity is no threshold.
        QTest::newRow("nan threshold") << u"valid.auc >= nan"_s << u"not a finite number"_s << 13 << 3;
        QTest::newRow("NaN equality") << u"params.alpha = NaN"_s << u"not a finite number"_s << 15 << 3;
        QTest::newRow("infinite threshold") << u"params.eta < -inf"_s << u"not a finite number"_s << 13 << 4;
        QTest::newRow("overflowing threshold") << u"valid.auc > 1e999"_s << u"not a finite number"_s << 12 << 5;
        // Bounded, so that a hostile filter cannot exhaust the stack.
        QTest::newRow("parentheses too deep") << QString(101, u'(') + u"x"_s + QString(101, u')') << u"levels deep"_s << 100 << 1;
        QTest::newRow("not too deep") << u"not "_s.repeated(101) + u"x"_s << u"levels deep"_s << 400 << 3;
        QTest::newRow("too long") << u"x "_s.repeated(2001) << u"too long"_s << 4000 << 1;
    }

    void finiteThresholdsAndTextStillWork()
    {
        for (const QString& expression : {u"valid.auc > 1e-999"_s, u"experiment = \"nan\""_s, u"experiment ~ inf"_s,
                                          QString(100, u'(') + u"x"_s + QString(100, u')'), u"not "_s.repeated(100) + u"x"_s}) {
            auto filter = RunFilter::parse(expression);
            QVERIFY2(filter.ok(), filter.ok() ? "" : qPrintable(filter.error().message));
        }
    }

    void controlCharactersInTheExpressionAreEscaped()
    {
        const QString expression = u"valid.auc > 0.9 and \x1b[31m\u202e > 1"_s;
        RunFilter::SyntaxError error;
        auto filter = RunFilter::parse(expression, &error);
        QVERIFY(!filter.ok());
        QCOMPARE(error.position, 20);
        QCOMPARE(error.length, 6);
        const QStringList lines = filter.error().message.split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].contains(u"unknown field \"\\e[31m\\u202e\""_s), qPrintable(lines[0]));
        QCOMPARE(lines[1], u"  valid.auc > 0.9 and \\e[31m\\u202e > 1"_s);
        // The underline stands under the escaped token.
        QCOMPARE(lines[2], QString(22, u' ') + QString(12, u'^'));
    }

    void badExpressions()
    {
        QFETCH(QString, expression);
        QFETCH(QString, message);
        QFETCH(int, position);
        QFETCH(int, length);
        RunFilter::SyntaxError error;
        auto filter = RunFilter::parse(expression, &error);
        QVERIFY(!filter.ok());
        QCOMPARE(filter.error().kind, ErrorKind::BadInput);
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QCOMPARE(error.position, qsizetype(position));
        QCOMPARE(error.length, qsizetype(length));
        // The full message names the column and underlines the token under the expression.
        QVERIFY(filter.error().message.startsWith(u"Filter, character %1:"_s.arg(position + 1)));
        const QStringList lines = filter.error().message.split(u'\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[1], u"  "_s + expression);
        QCOMPARE(lines[2].indexOf(u'^'), position + 2);
    }

    void sorting()
    {
        QList<RunRecord> list = runs();
        QVERIFY(sortRuns(list, u"-valid.auc"_s).ok());
        QList<qint64> ids;
        for (const RunRecord& run : list)
            ids << run.id;
        // Runs without the metric (running, failed) go last, in their original order.
        QCOMPARE(ids, (QList<qint64>{1, 5, 2, 3, 4}));

        QVERIFY(sortRuns(list, u"params.eta"_s).ok());
        ids.clear();
        for (const RunRecord& run : list)
            ids << run.id;
        QCOMPARE(ids, (QList<qint64>{3, 1, 5, 2, 4}));

        auto bad = sortRuns(list, u"vaild.auc"_s);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(u"vaild.auc"_s));
    }
};

QTEST_MAIN(TestRunQuery)
#include "tst_run_query.moc"
