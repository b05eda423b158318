#include "ui/runs/CompareView.h"

#include "core/data/CsvFormat.h"
#include "core/train/RunConfig.h"
#include "ui/common/Dialogs.h"
#include "ui/runs/RunFormat.h"
#include "ui/workspace/WorkspaceController.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QMenu>
#include <QSaveFile>
#include <QToolButton>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QSplitter>
#include <QTableWidget>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidget* table(QWidget* parent, const QString& name)
{
    auto* widget = new QTableWidget(parent);
    widget->setObjectName(name);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->setAlternatingRowColors(true);
    widget->horizontalHeader()->setStretchLastSection(false);
    return widget;
}

const QColor kHighlight(0xff, 0xf0, 0xb3);

} // namespace

CompareView::CompareView(WorkspaceController* workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_title(new QLabel(this)), m_metric(new QComboBox(this)),
      m_split(new QComboBox(this)), m_logScale(new QCheckBox(tr("&Log scale"), this)), m_smoothing(new QDoubleSpinBox(this)),
      m_allSettings(new QCheckBox(tr("Show &all settings"), this)), m_chart(new QChartView(this)),
      m_settings(table(this, u"compareSettings"_s)), m_metrics(table(this, u"compareMetrics"_s))
{
    setObjectName(u"compareView"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_metric->setObjectName(u"compareMetricCombo"_s);
    m_split->setObjectName(u"compareSplitCombo"_s);
    m_split->addItem(RunFormat::splitName(u"valid"_s), u"valid"_s);
    m_split->addItem(RunFormat::splitName(u"train"_s), u"train"_s);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setRubberBand(QChartView::RectangleRubberBand); // drag to zoom; right-click zooms out
    m_chart->setMinimumHeight(280);
    m_chart->setToolTip(tr("Drag a rectangle to zoom in; right-click to zoom out."));

    m_smoothing->setObjectName(u"compareSmoothingSpin"_s);
    m_smoothing->setRange(0, 0.99);
    m_smoothing->setSingleStep(0.1);
    m_smoothing->setDecimals(2);
    m_smoothing->setSpecialValueText(tr("off"));
    m_smoothing->setToolTip(tr("Exponential moving average of the curves (0: off). Hovering still shows the exact value."));
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Metric:"), this));
    controls->addWidget(m_metric);
    controls->addWidget(new QLabel(tr("Data:"), this));
    controls->addWidget(m_split);
    controls->addWidget(m_logScale);
    controls->addWidget(new QLabel(tr("Smoothing:"), this));
    controls->addWidget(m_smoothing);
    controls->addStretch(1);
    controls->addWidget(m_allSettings);
    auto* exportButton = new QToolButton(this);
    exportButton->setObjectName(u"compareExportButton"_s);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    auto ask = [this](const QString& caption, const QString& name, const QString& filter) {
        return Dialogs::saveFile(this, caption, QDir::home().filePath(name), filter);
    };
    exportMenu->addAction(tr("Chart as PNG…"), this, [this, ask] {
        const QString path = ask(tr("Export Chart"), u"comparison.png"_s, tr("PNG images (*.png)"));
        if (!path.isEmpty() && exportChart(path))
            emit message(tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path)));
    });
    exportMenu->addAction(tr("Settings Table as CSV…"), this, [this, ask] {
        const QString path = ask(tr("Export Settings"), u"comparison-settings.csv"_s, tr("CSV files (*.csv)"));
        if (!path.isEmpty() && exportTable(m_settings, path))
            emit message(tr("Saved the settings to %1.").arg(QDir::toNativeSeparators(path)));
    });
    exportMenu->addAction(tr("Metrics Table as CSV…"), this, [this, ask] {
        const QString path = ask(tr("Export Metrics"), u"comparison-metrics.csv"_s, tr("CSV files (*.csv)"));
        if (!path.isEmpty() && exportTable(m_metrics, path))
            emit message(tr("Saved the metrics to %1.").arg(QDir::toNativeSeparators(path)));
    });
    exportButton->setMenu(exportMenu);
    controls->addWidget(exportButton);

    auto* tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(m_settings);
    tables->addWidget(m_metrics);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(m_chart);
    vertical->addWidget(tables);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(controls);
    layout->addWidget(vertical, 1);

    connect(m_metric, &QComboBox::currentIndexChanged, this, &CompareView::rebuildChart);
    connect(m_split, &QComboBox::currentIndexChanged, this, &CompareView::rebuildChart);
    connect(m_logScale, &QCheckBox::toggled, this, &CompareView::rebuildChart);
    connect(m_smoothing, &QDoubleSpinBox::valueChanged, this, &CompareView::rebuildChart);
    connect(m_allSettings, &QCheckBox::toggled, this, &CompareView::fillSettings);
    setRuns({});
}

void CompareView::setRuns(const QList<qint64>& runIds)
{
    m_records.clear();
    m_histories.clear();
    if (Workspace* workspace = m_workspace->workspace()) {
        RunStore store(workspace->database());
        for (qint64 id : runIds) {
            auto run = store.byId(id);
            auto history = store.history(id);
            if (!run || !history || !run->has_value()) {
                emit errorOccurred(!run ? run.error().toString() : !history ? history.error().toString()
                                                                            : tr("There is no run %1.").arg(id));
                continue;
            }
            m_records << **run;
            m_histories.push_back(std::move(*history));
        }
    }
    m_comparison = compareRuns(m_records);
    m_title->setText(m_records.isEmpty() ? tr("Select two or more runs in the Runs panel and choose Compare.")
                                         : tr("Comparing %n run(s)", nullptr, int(m_records.size())));
    QStringList metrics;
    for (const auto& history : m_histories) {
        for (const StoredSeries& series : history) {
            if (!metrics.contains(series.metric))
                metrics << series.metric;
        }
    }
    const QString previous = m_metric->currentText();
    {
        const QSignalBlocker blocker(m_metric);
        m_metric->clear();
        m_metric->addItems(metrics);
        if (metrics.contains(previous))
            m_metric->setCurrentText(previous);
    }
    rebuildChart();
    fillSettings();
    fillMetrics();
}

QString CompareView::runLabel(int index) const
{
    const RunRecord& run = m_records[index];
    QStringList parts;
    for (const QString& setting : m_comparison.differing) {
        if (parts.size() == 3) {
            parts << u"…"_s;
            break;
        }
        const QString name = setting.startsWith(u"params."_s) ? setting.mid(7) : setting;
        parts << u"%1=%2"_s.arg(name, m_comparison.settings.value(setting).value(index));
    }
    return parts.isEmpty() ? tr("Run %1").arg(run.id) : tr("Run %1 · %2").arg(run.id).arg(parts.join(u", "_s));
}

void CompareView::rebuildChart()
{
    auto* chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignRight);
    const QString metric = m_metric->currentText();
    const QString split = m_split->currentData().toString();
    chart->setTitle(metric.isEmpty() ? QString() : tr("%1 on the %2 data").arg(metric, RunFormat::splitName(split)));
    auto* x = new QValueAxis;
    x->setTitleText(tr("Iteration"));
    x->setLabelFormat(u"%d"_s);
    chart->addAxis(x, Qt::AlignBottom);
    QAbstractAxis* y = nullptr;
    const bool log = m_logScale->isChecked();
    if (log) {
        auto* axis = new QLogValueAxis;
        axis->setLabelFormat(u"%.3g"_s);
        y = axis;
    } else {
        auto* axis = new QValueAxis;
        axis->setLabelFormat(u"%.4g"_s);
        y = axis;
    }
    chart->addAxis(y, Qt::AlignLeft);
    double low = INFINITY, high = -INFINITY, last = 1;
    for (int i = 0; i < m_records.size(); ++i) {
        for (const StoredSeries& series : m_histories[std::size_t(i)]) {
            if (series.metric != metric || series.split != split || series.fold != -1)
                continue;
            // Every point is drawn: no sampling, whatever the number of rounds.
            QList<QPointF> points;
            points.reserve(qsizetype(series.values.size()));
            const double weight = m_smoothing->value();
            double smoothed = NAN;
            for (std::size_t r = 0; r < series.values.size(); ++r) {
                double v = series.values[r];
                if (!std::isfinite(v) || (log && v <= 0))
                    continue;
                smoothed = std::isnan(smoothed) ? v : weight * smoothed + (1 - weight) * v;
                v = smoothed;
                points.append({double(r), v});
                low = std::min(low, v);
                high = std::max(high, v);
            }
            last = std::max(last, double(series.values.size() - 1));
            auto* line = new QLineSeries;
            line->setName(runLabel(i));
            line->append(points);
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            // The read-out shows the stored value of the nearest iteration, never a smoothed one.
            connect(line, &QLineSeries::hovered, this, [line, raw = series.values](const QPointF& point, bool state) {
                if (!state || raw.empty()) {
                    QToolTip::hideText();
                    return;
                }
                const std::size_t index = std::size_t(std::clamp(std::lround(point.x()), 0L, long(raw.size()) - 1));
                QToolTip::showText(QCursor::pos(), tr("%1\niteration %2: %3")
                                                       .arg(line->name())
                                                       .arg(index)
                                                       .arg(QString::number(raw[index], 'g', 10)));
            });
        }
    }
    x->setRange(0, last);
    x->applyNiceNumbers();
    if (std::isfinite(low) && std::isfinite(high)) {
        const double pad = high > low ? (high - low) * 0.05 : std::max(std::abs(high) * 0.05, 1e-3);
        y->setRange(log ? low / 1.1 : low - pad, log ? high * 1.1 : high + pad);
    }
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void CompareView::fillSettings()
{
    const QStringList names = m_allSettings->isChecked() ? m_comparison.settings.keys() : m_comparison.differing;
    m_settings->clear();
    m_settings->setColumnCount(int(m_records.size()) + 1);
    m_settings->setRowCount(int(names.size()));
    QStringList header{m_allSettings->isChecked() ? tr("Setting") : tr("Setting that differs")};
    for (const RunRecord& run : m_records)
        header << tr("Run %1").arg(run.id);
    m_settings->setHorizontalHeaderLabels(header);
    m_settings->verticalHeader()->hide();
    for (int row = 0; row < names.size(); ++row) {
        const QStringList values = m_comparison.settings.value(names[row]);
        const bool differs = m_comparison.differing.contains(names[row]);
        QTableWidgetItem* name = cell(names[row]);
        if (differs) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_settings->setItem(row, 0, name);
        for (int c = 0; c < values.size(); ++c) {
            QTableWidgetItem* item = cell(values[c]);
            item->setToolTip(values[c]);
            item->setData(Qt::UserRole, values[c]);
            if (differs)
                item->setBackground(kHighlight);
            m_settings->setItem(row, c + 1, item);
        }
    }
    m_settings->resizeColumnsToContents();
    for (int c = 0; c < m_settings->columnCount(); ++c)
        m_settings->setColumnWidth(c, std::min(m_settings->columnWidth(c), 240)); // hashes are long; hover shows all
}

void CompareView::fillMetrics()
{
    const QStringList keys = m_comparison.finalMetricKeys({u"valid"_s, u"train"_s});
    m_metrics->clear();
    m_metrics->setColumnCount(int(m_records.size()) + 1);
    m_metrics->setRowCount(int(keys.size()));
    QStringList header{tr("Final metric")};
    for (const RunRecord& run : m_records)
        header << tr("Run %1").arg(run.id);
    m_metrics->setHorizontalHeaderLabels(header);
    m_metrics->verticalHeader()->hide();
    for (int row = 0; row < keys.size(); ++row) {
        const QString split = keys[row].section(u'.', 0, 0), metric = keys[row].section(u'.', 1);
        m_metrics->setItem(row, 0, cell(keys[row]));
        int best = -1;
        double bestValue = 0;
        for (int c = 0; c < m_records.size(); ++c) {
            const QJsonValue value = m_records[c].finalMetrics.value(split).toObject().value(metric);
            if (!value.isDouble()) {
                m_metrics->setItem(row, c + 1, cell(QString()));
                continue;
            }
            const double v = value.toDouble();
            QTableWidgetItem* item = cell(QString::number(v, 'g', 8));
            item->setData(Qt::UserRole, QString::number(v, 'g', QLocale::FloatingPointShortest));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_metrics->setItem(row, c + 1, item);
            const bool better = metricIsMaximized(metric) ? v > bestValue : v < bestValue;
            if (best < 0 || better) {
                best = c;
                bestValue = v;
            }
        }
        // The best run of each metric on the validation data stands out.
        if (best >= 0 && split == u"valid"_s) {
            QTableWidgetItem* item = m_metrics->item(row, best + 1);
            item->setBackground(kHighlight);
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setToolTip(tr("The best %1 of these runs").arg(metric));
        }
    }
    m_metrics->resizeColumnsToContents();
}

bool CompareView::exportChart(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !m_chart->grab().save(&file, "PNG") || !file.commit()) {
        emit errorOccurred(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

bool CompareView::exportTable(QTableWidget* table, const QString& path)
{
    QByteArray csv;
    QStringList fields;
    for (int c = 0; c < table->columnCount(); ++c)
        fields << csvField(table->horizontalHeaderItem(c) ? table->horizontalHeaderItem(c)->text() : QString());
    csv += fields.join(u',').toUtf8() + '\n';
    for (int row = 0; row < table->rowCount(); ++row) {
        fields.clear();
        for (int c = 0; c < table->columnCount(); ++c) {
            // Full values (the cells may show them shortened).
            const QTableWidgetItem* item = table->item(row, c);
            const QVariant full = item ? item->data(Qt::UserRole) : QVariant();
            fields << csvField(full.isValid() ? full.toString() : item ? item->text() : QString());
        }
        csv += fields.join(u',').toUtf8() + '\n';
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        emit errorOccurred(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

int CompareView::curveCount() const { return int(m_chart->chart()->series().size()); }

int CompareView::pointCount(int curve) const
{
    const auto series = m_chart->chart()->series();
    auto* line = curve >= 0 && curve < series.size() ? qobject_cast<QLineSeries*>(series[curve]) : nullptr;
    return line ? int(line->count()) : 0;
}

double CompareView::pointValue(int curve, int index) const
{
    const auto series = m_chart->chart()->series();
    auto* line = curve >= 0 && curve < series.size() ? qobject_cast<QLineSeries*>(series[curve]) : nullptr;
    return line && index >= 0 && index < line->count() ? line->at(index).y() : NAN;
}

} // namespace grove
