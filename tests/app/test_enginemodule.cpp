// SPDX-License-Identifier: GPL-3.0-or-later
// The program's start (app/engine.h with MAILSETUP_ENGINE_MODULE): the wizard's first
// page comes up without the engine module and the libraries only the engine needs
// (OpenSSL, Qt Network, Qt Print Support); going on loads it; the command line runs
// through it; without it the program says what is missing and where it looked.
#include "engine.h"
#include "setupwizard.h"

#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

using namespace mailsetup;

namespace {

// The file names of the shared objects mapped into this process.
QStringList mappedLibraries()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        qFatal("cannot read /proc/self/maps");
    QStringList names;
    for (const QByteArray& line : maps.readAll().split('\n')) {
        const qsizetype slash = line.lastIndexOf('/');
        if (slash >= 0 && line.contains(".so"))
            names << QString::fromLocal8Bit(line.mid(slash + 1));
    }
    names.removeDuplicates();
    return names;
}

bool isMapped(const QString& prefix)
{
    const QStringList names = mappedLibraries();
    return std::any_of(names.begin(), names.end(),
                       [&](const QString& name) { return name.startsWith(prefix); });
}

const QStringList engineOnly = {QStringLiteral("libmailsetup-engine"), QStringLiteral("libcrypto"),
                                QStringLiteral("libQt6Network"), QStringLiteral("libQt6PrintSupport")};

} // namespace

class TestEngineModule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        // The engine looks for mail programs in the home folder: an empty one.
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral(".config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral(".local/share")).toLocal8Bit());
    }

    // First: once loaded, the module stays.
    void firstPageWithoutTheEngine()
    {
        SetupWizard wizard(wizardEngineFactory());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(SetupWizard::ProviderPageId));
        auto* list = wizard.findChild<QListWidget*>(QStringLiteral("providerList"));
        QVERIFY(list);
        QVERIFY2(list->count() >= 2, "the built-in profiles are listed");
        for (const QString& library : engineOnly)
            QVERIFY2(!isMapped(library),
                     qPrintable(library + QStringLiteral(" is loaded for the first page")));

        // Going on: the chosen profile is loaded again with its certificate checked
        // (OpenSSL), and the next page is the engine's.
        const QList<QListWidgetItem*> pcug = list->findItems(QStringLiteral("PCUG"), Qt::MatchStartsWith);
        QCOMPARE(pcug.size(), 1);
        list->setCurrentItem(pcug.first());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::DetailsPageId));
        QVERIFY(isMapped(QStringLiteral("libmailsetup-engine")));
        QVERIFY(isMapped(QStringLiteral("libcrypto")));

        // The helpdesk panel is the engine's; it shows what the first page logged and
        // what is logged now: the log's signals reach from the program into the module.
        wizard.setHelpdeskMode(true);
        QWidget* panel = wizard.sideWidget();
        QVERIFY(panel);
        QCOMPARE(panel->objectName(), QStringLiteral("helpdeskPanel"));
        auto* log = panel->findChild<QPlainTextEdit*>(QStringLiteral("helpdeskLog"));
        QVERIFY(log);
        QVERIFY2(log->toPlainText().contains(QStringLiteral("Provider: PCUG")),
                 qPrintable(log->toPlainText()));
        wizard.log()->add(QStringLiteral("a line from the test"));
        QVERIFY(log->toPlainText().contains(QStringLiteral("a line from the test")));
        auto* settings = panel->findChild<QPlainTextEdit*>(QStringLiteral("helpdeskSettings"));
        QVERIFY(settings && settings->toPlainText().contains(QStringLiteral("Provider: PCUG")));
        wizard.setHelpdeskMode(false);
        QVERIFY(!wizard.sideWidget());
    }

    void commandLineThroughTheModule()
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        QCOMPARE(runEngineCommandLine({QStringLiteral("mailsetup"), QStringLiteral("profiles")}, outStream,
                                      errStream),
                 0);
        outStream.flush();
        QVERIFY2(out.contains(QStringLiteral("pcug\t")), qPrintable(out));
    }

    // The program alone, as if its package were half installed.
    void programWithoutItsModule()
    {
        QTemporaryDir dir;
        const QString program = dir.filePath(QStringLiteral("mailsetup"));
        QVERIFY(QFile::copy(QStringLiteral(MAILSETUP_BINARY_DIR "/app/mailsetup"), program));
        QVERIFY(QFile::setPermissions(program, QFile::ReadOwner | QFile::ExeOwner));

        QProcess commands;
        commands.start(program, {QStringLiteral("profiles")});
        QVERIFY(commands.waitForFinished(30000));
        const QString err = QString::fromUtf8(commands.readAllStandardError());
        QCOMPARE(commands.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("libmailsetup-engine.so is missing")), qPrintable(err));
        QVERIFY2(err.contains(dir.path()), qPrintable(err)); // where it looked
        QVERIFY(commands.readAllStandardOutput().isEmpty());

        // The first page needs no engine, so the wizard still comes up.
        QProcess wizard;
        wizard.start(program, {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("first.png"))});
        QVERIFY(wizard.waitForFinished(30000));
        QCOMPARE(wizard.exitCode(), 0);
        QVERIFY(wizard.readAllStandardOutput().contains("Who gave you your email address?"));
    }
};

QTEST_MAIN(TestEngineModule)
#include "test_enginemodule.moc"
