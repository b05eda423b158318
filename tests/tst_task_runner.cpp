// The window's background work: results arrive on the GUI thread, a newer request wins where
// views reload on selection, Cancel in the status bar interrupts the work, and nothing is
// delivered to an owner that has gone; a message that goes by itself waits for the pointer to leave.
#include "ui/common/MessageBar.h"
#include "ui/common/TaskProgress.h"
#include "ui/common/TaskRunner.h"

#include <QApplication>
#include <QVBoxLayout>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QStatusBar>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QToolButton>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace grove;

class TaskRunnerTest : public QObject
{
    Q_OBJECT

private slots:
    // A message that goes by itself waits while the pointer is over its window: the work area
    // below would move up under the pointer just as it clicks.
    void aMessageStaysWhileThePointerIsOverItsWindow()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* bar = new grove::MessageBar(&window);
        layout->addWidget(bar);
        layout->addWidget(new QWidget(&window));
        window.resize(400, 300);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        bar->setAutoHideDelay(40);
        QTest::mouseMove(&window, QPoint(200, 150));
        QTRY_VERIFY(window.underMouse());
        bar->showMessage(grove::MessageBar::Kind::Information, u"Saved."_s);
        QTest::qWait(200);
        QVERIFY(bar->isVisible());
        // The pointer moves to another window: the message goes.
        QWidget other;
        other.setGeometry(window.geometry().translated(window.width() + 40, 0));
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        QTest::mouseMove(&other, QPoint(50, 50));
        QTRY_VERIFY(!window.underMouse());
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 2000);
        // An error stays until it is closed, wherever the pointer is.
        bar->showMessage(grove::MessageBar::Kind::Error, u"Failed."_s);
        QTest::qWait(200);
        QVERIFY(bar->isVisible());
    }

    void resultArrivesOnTheGuiThread()
    {
        TaskRunner runner;
        QThread* workThread = nullptr;
        QThread* doneThread = nullptr;
        int value = 0;
        runner.run(
            {},
            [&](JobControl&) {
                workThread = QThread::currentThread();
                return 42;
            },
            [&](int result) {
                doneThread = QThread::currentThread();
                value = result;
            });
        QCOMPARE(runner.runningCount(), 1);
        QTRY_COMPARE(value, 42);
        QVERIFY(workThread != QThread::currentThread());
        QCOMPARE(doneThread, QThread::currentThread());
        QVERIFY(runner.isIdle());
    }

    // Qt's raster engine hands large fills to the global pool and waits for them: work that
    // stays there for a whole sweep made every paint of the window wait behind it.
    void workLeavesQtsGlobalPoolFree()
    {
        QSemaphore started, release;
        TaskRunner runner; // after the semaphores: destroyed first, once its work has ended
        QThread* workThread = nullptr;
        const auto unblock = qScopeGuard([&] { release.release(); }); // also when a check fails
        runner.run(
            {},
            [&](JobControl&) {
                workThread = QThread::currentThread();
                started.release();
                release.acquire();
                return 0;
            },
            [](int) {});
        QVERIFY(started.tryAcquire(1, 10000));
        QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
        QVERIFY(!QThreadPool::globalInstance()->contains(workThread));
        QVERIFY(TaskRunner::pool()->contains(workThread));
        release.release();
        QTRY_VERIFY(runner.isIdle());
    }

    // A sweep or an import holds a thread for minutes: with two of them running, a page's
    // reading still runs at once.
    void aReadingDoesNotWaitBehindTwoLongTasks()
    {
        QSemaphore started, release;
        TaskRunner longWork;
        TaskRunner reading;
        const auto unblock = qScopeGuard([&] { release.release(2); }); // also when a check fails
        for (int i = 0; i < 2; ++i) {
            longWork.run(
                {},
                [&](JobControl&) {
                    started.release();
                    release.acquire();
                    return 0;
                },
                [](int) {});
        }
        QVERIFY(started.tryAcquire(2, 10000));
        int value = 0;
        reading.run({}, [](JobControl&) { return 7; }, [&](int result) { value = result; });
        QTRY_COMPARE_WITH_TIMEOUT(value, 7, 5000);
        QCOMPARE(longWork.runningCount(), 2);
    }

    void theLatestRequestWins()
    {
        TaskRunner runner(TaskRunner::Mode::LatestWins);
        QSemaphore release;
        std::atomic<bool> firstInterrupted{false};
        QList<int> shown;
        // The first request blocks until the second has been made, as a slow read would.
        runner.run(
            {},
            [&](JobControl& control) {
                release.acquire();
                firstInterrupted = control.isInterruptionRequested();
                return 1;
            },
            [&](int v) { shown << v; });
        runner.run({}, [](JobControl&) { return 2; }, [&](int v) { shown << v; });
        release.release();
        runner.waitForAll();
        QVERIFY(firstInterrupted);
        QCOMPARE(shown, QList<int>{2});
    }

    void everyRequestCountsInAllMode()
    {
        TaskRunner runner(TaskRunner::Mode::All);
        QList<int> shown;
        for (int i = 1; i <= 3; ++i)
            runner.run({}, [i](JobControl&) { return i; }, [&](int v) { shown << v; });
        runner.waitForAll();
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, (QList<int>{1, 2, 3}));
    }

    void droppedResultsAreNotShown()
    {
        TaskRunner runner;
        QSemaphore release;
        bool called = false;
        runner.run(
            {},
            [&](JobControl& control) {
                release.acquire();
                return control.isInterruptionRequested();
            },
            [&](bool) { called = true; });
        runner.dropAll();
        release.release();
        runner.waitForAll();
        QVERIFY(!called);
        QVERIFY(runner.isIdle());
    }

    void aDestroyedRunnerDeliversNothing()
    {
        std::atomic<bool> started{false}, interrupted{false};
        bool called = false;
        {
            TaskRunner runner;
            runner.run(
                {},
                [&](JobControl& control) {
                    started = true;
                    QElapsedTimer waited;
                    waited.start();
                    while (!control.isInterruptionRequested() && waited.elapsed() < 10000)
                        QThread::msleep(1);
                    interrupted = control.isInterruptionRequested();
                    return 0;
                },
                [&](int) { called = true; });
            QTRY_VERIFY(started);
        } // the destructor interrupts the work and waits for it
        QCoreApplication::processEvents();
        QVERIFY(interrupted);
        QVERIFY(!called);
    }

    void titledTasksShowProgressAndCancel()
    {
        QStatusBar bar;
        bar.show();
        TaskRunner runner;
        runner.setStatusBar(&bar);
        QSemaphore started;
        bool cancelledSeen = false;
        runner.run(
            u"Reading things"_s,
            [&](JobControl& control) {
                control.reportProgress(0.5, u"half"_s);
                started.release();
                while (!control.isInterruptionRequested())
                    QThread::msleep(5);
                return true;
            },
            [&](bool cancelled) { cancelledSeen = cancelled; });
        started.acquire();
        TaskProgress* progress = nullptr;
        QTRY_VERIFY((progress = bar.findChild<TaskProgress*>()) != nullptr);
        QTRY_VERIFY(progress->findChild<QLabel*>()->text().contains(u"half"_s));
        QTest::mouseClick(progress->findChild<QToolButton*>(u"cancelTask"_s), Qt::LeftButton);
        QTRY_VERIFY(cancelledSeen);
        QTRY_VERIFY(bar.findChild<TaskProgress*>() == nullptr);
    }
};

QTEST_MAIN(TaskRunnerTest)
#include "tst_task_runner.moc"
