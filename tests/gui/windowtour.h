#pragma once

#include "exampledata.h"
#include "ui/agentspage.h"
#include "ui/certificatepanel.h"
#include "ui/dashboardpage.h"
#include "ui/deliverylogmodel.h"
#include "ui/deliverylogpage.h"
#include "ui/mainwindow.h"
#include "ui/queuemodel.h"
#include "ui/queuepage.h"
#include "ui/sessionspage.h"
#include "ui/settingspage.h"
#include "ui/translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

#include <functional>

namespace RelayDesk::Test {

/// Walks the main window the way a person looks around: every page, and on each page every tab, with a row
/// selected where a page explains it. The translation and layout tests check what each stop shows.
struct WindowTour
{
    using Stop = std::function<void(const QString& where, QWidget* page)>;

    /// The data rows of a test that runs once per language the window ships: column "language", rows en,
    /// de and fr.
    static void addLanguageRows()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en_US");
        QTest::newRow("de") << QStringLiteral("de_DE");
        QTest::newRow("fr") << QStringLiteral("fr_FR");
    }

    /// Switches the application to a language (none: English, as a person with an English locale sees it).
    static void useLanguage(const QString& name)
    {
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        const QLocale locale(name);
        QLocale::setDefault(locale);
        installTranslators(qApp, locale);
    }

    /// The example sessions the Live Sessions page shows.
    static QList<SessionInfo> sessions()
    {
        QList<SessionInfo> list;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 3; ++i) {
            SessionInfo s;
            s.id = quint64(i + 1);
            s.client = QStringLiteral("192.168.1.%1:%2").arg(20 + i).arg(50000 + i);
            s.listener = QStringLiteral("submission");
            s.tlsVersion = QStringLiteral("TLSv1.3");
            s.tlsCipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
            s.agent = i == 1 ? QString() : QStringLiteral("billing-app");
            s.state = i == 1 ? QStringLiteral("ready") : QStringLiteral("data");
            s.bytesIn = 1200 + i * 53000;
            s.startedMs = now - (i + 1) * 4100;
            list << s;
        }
        return list;
    }

    static void visitTabs(const QString& where, QWidget* page, const Stop& stop)
    {
        stop(where, page);
        for (QTabWidget* tabs : page->findChildren<QTabWidget*>()) {
            if (!tabs->isVisible())
                continue;
            for (int tab = 1; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                QTest::qWait(30);
                stop(where + QStringLiteral(" / ") + tabs->tabText(tab), page);
            }
            tabs->setCurrentIndex(0);
        }
    }

    /// Shows every page of a window filled with ExampleData and calls stop at each page and tab.
    static void visit(MainWindow& window, const Stop& stop)
    {
        window.showPage(MainWindow::Dashboard);
        window.dashboardPage()->setListeners(
            {{QStringLiteral("submission"), QStringLiteral("0.0.0.0:587"), true, true, {}},
             {QStringLiteral("lan"), QStringLiteral("192.168.1.2:25"), true, false,
              QStringLiteral("address already in use")}});
        window.dashboardPage()->setCertificate(QDateTime::currentDateTime().addDays(9),
                                               QStringLiteral("4F:2A:91:0C:7E:5B:...:E1"));
        // The counts arrive from a worker thread; a tile whose text arrives mid-check is not yet laid out.
        QSignalSpy counted(window.dashboardPage(), &DashboardPage::snapshotShown);
        window.dashboardPage()->refresh();
        QTRY_VERIFY(counted.count() >= 1);
        QTRY_VERIFY(window.dashboardPage()->alerts().size() >= 2);
        visitTabs(QStringLiteral("Dashboard"), window.dashboardPage(), stop);

        QSignalSpy agentsLoaded(window.agentsPage(), &AgentsPage::agentsLoaded);
        window.agentsPage()->reload(QStringLiteral("billing-app"));
        QTRY_VERIFY(agentsLoaded.count() >= 1);
        window.showPage(MainWindow::Agents);
        QTest::qWait(100);
        visitTabs(QStringLiteral("Mail Agents"), window.agentsPage(), stop);

        window.sessionsPage()->setSessions(sessions());
        window.showPage(MainWindow::Sessions);
        window.sessionsPage()->view()->selectRow(0);
        visitTabs(QStringLiteral("Live Sessions"), window.sessionsPage(), stop);

        window.showPage(MainWindow::Queue);
        QTRY_VERIFY(window.queuePage()->model()->rowCount() > 0);
        window.queuePage()->view()->selectRow(1);
        QTest::qWait(100);
        visitTabs(QStringLiteral("Queue"), window.queuePage(), stop);

        window.showPage(MainWindow::Logs);
        QTRY_VERIFY(window.deliveryLogPage()->model()->rowCount() > 0);
        // A bounced row: its details explain the reply and say what to do.
        window.deliveryLogPage()->view()->selectRow(3);
        QTest::qWait(400); // the attempts and their explanations load on a worker thread
        visitTabs(QStringLiteral("Delivery Logs"), window.deliveryLogPage(), stop);

        window.showPage(MainWindow::SettingsPageIndex);
        QTRY_VERIFY(!window.settingsPage()->isBusy());
        QTRY_VERIFY(!window.settingsPage()->certificatePanel()->isBusy());
        visitTabs(QStringLiteral("Settings"), window.settingsPage(), stop);
    }

    /// What a person can read in a widget tree: labels, buttons, group boxes, tabs, headers, line edits,
    /// combo boxes, list items, rich text and the menu bar.
    static QStringList visibleTexts(QWidget* root)
    {
        QStringList texts;
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* widget : widgets) {
            if (!widget->isVisible())
                continue;
            if (auto* label = qobject_cast<QLabel*>(widget))
                texts << label->text();
            if (auto* button = qobject_cast<QAbstractButton*>(widget))
                texts << button->text();
            if (auto* box = qobject_cast<QGroupBox*>(widget))
                texts << box->title();
            if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
                for (int i = 0; i < tabs->count(); ++i)
                    texts << tabs->tabText(i);
            }
            if (auto* line = qobject_cast<QLineEdit*>(widget))
                texts << line->placeholderText();
            if (auto* combo = qobject_cast<QComboBox*>(widget)) {
                for (int i = 0; i < combo->count(); ++i)
                    texts << combo->itemText(i);
            }
            if (auto* list = qobject_cast<QListWidget*>(widget)) {
                for (int i = 0; i < list->count(); ++i)
                    texts << list->item(i)->text();
            }
            if (auto* header = qobject_cast<QHeaderView*>(widget); header && header->model()) {
                for (int i = 0; i < header->count(); ++i)
                    texts << header->model()->headerData(i, header->orientation()).toString();
            }
            if (auto* browser = qobject_cast<QTextBrowser*>(widget))
                texts << browser->toPlainText().split(QLatin1Char('\n'));
            if (auto* bar = qobject_cast<QMenuBar*>(widget)) {
                for (QAction* menu : bar->actions()) {
                    texts << menu->text();
                    if (menu->menu()) {
                        for (QAction* action : menu->menu()->actions())
                            texts << action->text();
                    }
                }
            }
        }
        QStringList cleaned;
        for (QString text : texts) {
            text.remove(QLatin1Char('&'));
            text = text.trimmed();
            if (!text.isEmpty())
                cleaned << text;
        }
        return cleaned;
    }
};

} // namespace RelayDesk::Test
