#include "ui/runs/SignificancePanel.h"

#include "ui/common/TaskRunner.h"
#include "ui/runs/ComparisonTables.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

const QColor kBetter(0x1a, 0x7f, 0x37), kWorse(0xc0, 0x1c, 0x28), kTie(0x6e, 0x6e, 0x6e);

QString figure(double value, int digits = 4)
{
    return std::isfinite(value) ? QString::number(value, 'g', digits) : u"–"_s;
}

QString signedFigure(double value)
{
    return std::isfinite(value) && value > 0 ? u"+"_s + figure(value) : figure(value);
}

} // namespace

QString SignificanceModel::mark(const QString& verdict)
{
    if (verdict == u"better"_s)
        return tr("▲ better");
    if (verdict == u"worse"_s)
        return tr("▼ worse");
    return tr("= tie");
}

void SignificanceModel::setResult(const GroupSignificance& result, const QString& baseline)
{
    beginResetModel();
    m_rows.clear();
    m_baseline = baseline;
    m_alpha = result.alpha;
    for (const GroupTest& group : result.others) {
        for (const auto& test : group.tests)
            m_rows << Row{group.label, test.first, group.design, test.second};
    }
    endResetModel();
}

int SignificanceModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int SignificanceModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SignificanceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const PairedTest& test = row.test;
    const QString& verdict = test.verdict;
    if (role == Qt::DisplayRole || role == Qt::UserRole) {
        switch (index.column()) {
        case Compared:
            return row.compared;
        case Metric:
            return row.metric;
        case Test:
            return tr("%1, %n pair(s)", nullptr, test.folds).arg(designName(row.design));
        case Difference:
            return signedFigure(test.meanDifference);
        case Interval:
            return u"[%1, %2]"_s.arg(signedFigure(test.low), signedFigure(test.high));
        case TValue:
            return figure(test.t, 3);
        case PValue:
            return figure(test.pValue, 3);
        case Verdict:
            return role == Qt::UserRole ? QVariant(verdict) : QVariant(mark(verdict));
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Difference && index.column() <= PValue)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ForegroundRole && index.column() == Verdict)
        return verdict == u"better"_s ? kBetter : verdict == u"worse"_s ? kWorse : kTie;
    if (role == Qt::ToolTipRole) {
        const QString difference = tr("Mean difference %1 (%2 interval %3 to %4), t = %5, p = %6.")
                                       .arg(signedFigure(test.meanDifference))
                                       .arg(u"%1 %"_s.arg((1 - m_alpha) * 100))
                                       .arg(signedFigure(test.low), signedFigure(test.high), figure(test.t, 3),
                                            figure(test.pValue, 3));
        QString meaning;
        if (verdict == u"better"_s)
            meaning = tr("%1 is significantly better than %2 on %3 (p < %4).").arg(row.compared, m_baseline, row.metric).arg(m_alpha);
        else if (verdict == u"worse"_s)
            meaning = tr("%1 is significantly worse than %2 on %3 (p < %4).").arg(row.compared, m_baseline, row.metric).arg(m_alpha);
        else
            meaning = tr("No significant difference between %1 and %2 on %3 at alpha %4.")
                          .arg(row.compared, m_baseline, row.metric)
                          .arg(m_alpha);
        return meaning + u'\n' + difference;
    }
    return {};
}

QVariant SignificanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Compared:
        return tr("Compared");
    case Metric:
        return tr("Metric");
    case Test:
        return tr("Test");
    case Difference:
        return tr("Difference");
    case Interval:
        return tr("Interval");
    case TValue:
        return tr("t");
    case PValue:
        return tr("p");
    case Verdict:
        return tr("Against baseline");
    default:
        return {};
    }
}

SignificancePanel::SignificancePanel(QWidget* parent)
    : QWidget(parent), m_runner(new TaskRunner(TaskRunner::Mode::LatestWins, this)), m_debounce(new QTimer(this)),
      m_model(new SignificanceModel(this)), m_baseline(new QComboBox(this)),
      m_alpha(new QDoubleSpinBox(this)), m_table(comparisonTable(this, u"significanceTable"_s, m_model)),
      m_summary(new QLabel(this)), m_problems(new QLabel(this))
{
    setObjectName(u"significancePanel"_s);
    m_baseline->setObjectName(u"significanceBaselineCombo"_s);
    m_baseline->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_baseline->setMinimumWidth(160); // a long group's name never widens the window
    m_baseline->setToolTip(tr("The run, or the group of runs, every other one is tested against."));
    m_alpha->setObjectName(u"significanceAlphaSpin"_s);
    m_alpha->setRange(0.001, 0.5);
    m_alpha->setDecimals(3);
    m_alpha->setSingleStep(0.01);
    m_alpha->setValue(0.05);
    m_alpha->setToolTip(tr("The significance level: a difference counts when its p-value is below it."));
    m_summary->setObjectName(u"significanceSummary"_s);
    m_summary->setWordWrap(true);
    m_problems->setObjectName(u"significanceProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #c01c28;"_s);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* explanation = new QLabel(
        tr("Corrected resampled t-test on the folds or held-out splits the runs share: Nadeau and Bengio for one "
           "cross-validation or repeated held-out splits, Bouckaert and Frank for repeated cross-validation "
           "(group repeats with Group by: Configuration)."),
        this);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Baseline:"), this));
    controls->addWidget(m_baseline);
    controls->addWidget(new QLabel(tr("Alpha:"), this));
    controls->addWidget(m_alpha);
    controls->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(controls);
    layout->addWidget(explanation);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addWidget(m_table, 1);

    // A spin of alpha or a regrouping sends many changes: test once, after the last.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &SignificancePanel::compute);
    connect(m_baseline, &QComboBox::currentIndexChanged, this, &SignificancePanel::invalidate);
    connect(m_alpha, &QDoubleSpinBox::valueChanged, this, &SignificancePanel::invalidate);
    showResult(GroupSignificance(), {});
}

void SignificancePanel::setGroups(std::shared_ptr<const ComparedRuns> runs, const QList<RunGroup>& groups, bool grouped)
{
    m_runs = std::move(runs);
    m_groups = groups;
    m_grouped = grouped;
    const QString previous = m_baseline->currentText();
    {
        const QSignalBlocker blocker(m_baseline);
        m_baseline->clear();
        for (const RunGroup& group : groups)
            m_baseline->addItem(grouped ? tr("%1 (n=%2)").arg(group.label).arg(group.members.size()) : group.label);
        const int index = m_baseline->findText(previous);
        m_baseline->setCurrentIndex(index >= 0 ? index : 0);
    }
    // The rows of other runs or groups must not stay on screen while these are tested.
    m_model->setResult(GroupSignificance(), {});
    m_problems->hide();
    invalidate();
}

void SignificancePanel::invalidate()
{
    ++m_requested;
    if (m_groups.size() < 2 || !m_runs) {
        // Nothing to test: said at once.
        m_runner->dropAll();
        m_debounce->stop();
        showResult(GroupSignificance(), {});
        m_shown = m_requested;
        return;
    }
    m_summary->setText(tr("Testing…"));
    if (isVisible())
        m_debounce->start();
}

void SignificancePanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!isUpToDate() && !m_debounce->isActive())
        compute();
}

void SignificancePanel::compute()
{
    m_debounce->stop();
    const int baseline = m_baseline->currentIndex();
    if (!m_runs || baseline < 0 || baseline >= m_groups.size() || m_groups.size() < 2)
        return;
    const quint64 generation = m_requested;
    const QString label = m_groups[baseline].label;
    m_runner->run(
        {},
        [runs = m_runs, groups = m_groups, baseline, alpha = m_alpha->value()](JobControl&) {
            return significanceOfGroups(runs->records, runs->histories, groups, baseline, alpha);
        },
        [this, generation, label](GroupSignificance result) {
            if (generation != m_requested)
                return; // the input changed since: its own test is on the way
            showResult(std::move(result), label);
            m_shown = generation;
        });
}

void SignificancePanel::showResult(GroupSignificance result, const QString& baseline)
{
    m_result = std::move(result);
    m_model->setResult(m_result, baseline);
    if (m_result.baseline < 0) {
        m_summary->setText(tr("Compare two or more runs to test their differences."));
        m_problems->clear();
        m_problems->hide();
        return;
    }
    fitColumns(m_table);
    const QStringList problems = m_result.problems();
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    const int tested = m_result.tested();
    const QString counts = m_grouped ? tr("%n group(s) tested, metric by metric", nullptr, tested)
                                     : tr("%n run(s) tested, metric by metric", nullptr, tested);
    m_summary->setText(tested == 0 ? tr("Nothing could be tested against %1.").arg(baseline)
                                   : tr("Against %1, alpha %2: %3 better, %4 tied, %5 worse (%6).")
                                         .arg(baseline)
                                         .arg(m_result.alpha)
                                         .arg(tr("▲ %1").arg(m_result.wins), tr("= %1").arg(m_result.ties),
                                              tr("▼ %1").arg(m_result.losses), counts));
}

} // namespace grove
