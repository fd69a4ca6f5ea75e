// SPDX-License-Identifier: GPL-3.0-or-later
// The whole wizard, driven offscreen as a person would, against a fixture home
// (Thunderbird profiles with a real NSS certificate database made by certutil) and
// the real shared mail service (Postfix + Dovecot on 127.0.0.1): the connection
// check, the certificate, the apply, the done page. And each way it must refuse:
// a blocked port (the check recommends the other variant, which apply writes), a
// wrong certificate (refused, nothing installed), a profile locked by a running
// Thunderbird during the apply (stopped, the other program put back).
// With MAILSETUP_SCREENSHOT_DIR set, every page is saved as PNG.
#include "applypage.h"
#include "certificatepage.h"
#include "clientspage.h"
#include "connectionpage.h"
#include "discoverypanel.h"
#include "documentactions.h"
#include "donepage.h"
#include "formats/prefsfile.h"
#include "helpdeskpanel.h"
#include "installationview.h"
#include "linuxtruststore.h"
#include "mailservice.h"
#include "providerpage.h"
#include "setupwizard.h"
#include "statuslabel.h"
#include "testfiles.h"
#include "toolrunner.h"
#include "wizardcontext.h"
#include "wizardfixture.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

using namespace mailsetup;

namespace {

using testfiles::readFile;
using testfiles::writeFile;

// bob's IMAP account at another provider: must stay exactly as it is.
const QByteArray& originalPrefs = wizardfixture::bobImapPrefs;

// Two profiles, as profiles.ini lists them when a person made a second one.
const QByteArray profilesIni =
    "[Profile0]\nName=default-release\nIsRelative=1\nPath=abcd1234.default-release\n"
    "Default=1\n\n[Profile1]\nName=work\nIsRelative=1\nPath=efgh5678.work\n\n"
    "[General]\nStartWithLastProfile=1\nVersion=2\n";

QString run(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

// A port nothing listens on: bound once by us, then closed again.
int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const int port = server.serverPort();
    server.close();
    return port;
}

template <typename T> T* find(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

bool insideComboBox(const QWidget* widget)
{
    for (const QWidget* w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (qobject_cast<const QComboBox*>(w))
            return true;
    }
    return false;
}

// A home with two Thunderbird profiles, each with an empty NSS certificate
// database made by NSS's own certutil, as Thunderbird makes at its first start.
struct Fixture
{
    QTemporaryDir home;
    QTemporaryDir data;
    QString error;

    QString profileDir(int i) const
    {
        return home.filePath(i == 0 ? QStringLiteral(".thunderbird/abcd1234.default-release")
                                    : QStringLiteral(".thunderbird/efgh5678.work"));
    }
    QString prefsPath(int i) const { return profileDir(i) + QStringLiteral("/prefs.js"); }
    QString backupRoot() const { return home.filePath(QStringLiteral(".local/share/mailsetup/backups")); }
    QString trustLog() const
    {
        return home.filePath(QStringLiteral(".local/share/mailsetup/trust-installs.json"));
    }

    bool create()
    {
        if (!home.isValid() || !data.isValid())
            return false;
        writeFile(home.filePath(QStringLiteral(".thunderbird/profiles.ini")), profilesIni);
        for (int i = 0; i < 2; ++i) {
            writeFile(prefsPath(i), originalPrefs);
            int code = -1;
            const QString out =
                run(QStringLiteral("certutil"),
                    {QStringLiteral("-N"), QStringLiteral("-d"), QStringLiteral("sql:") + profileDir(i),
                     QStringLiteral("--empty-password")},
                    &code);
            if (code != 0) {
                error = QStringLiteral("certutil -N: ") + out;
                return false;
            }
        }
        return true;
    }
    WizardContext context() const
    {
        WizardContext c;
        c.env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        c.backupRoot = backupRoot();
        c.trustLogPath = trustLog();
        c.diagnosisTimeoutMs = 8000;
        c.discovery.useNetwork = false; // built-in profiles only: tests never touch the internet
        return c;
    }
    // What certutil lists in one profile's database (nicknames and trust).
    QString nssListing(int i) const
    {
        return run(QStringLiteral("certutil"),
                   {QStringLiteral("-L"), QStringLiteral("-d"), QStringLiteral("sql:") + profileDir(i)});
    }
};

} // namespace

class WizardFlowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void happyPathWithHelpdeskView();
    void blockedPortRecommendsTheOtherVariant();
    void chosenPortIsKeptWhereItWorks();
    void wrongCertificateIsRefusedAndNothingInstalled();
    void profileWithWrongPinIsRefused();
    void lockedProfileStopsTheApplyAndPutsTheOtherBack();
    void findSettingsByEmailAddress();

private:
    QString writeProfile(const QString& name, const QHash<QString, int>& portOverrides = {});
    void openWizard(bool helpdesk = false);
    // Opens the wizard with this profile file and alice@example.test, on the connection page.
    void openAtConnectionPage(const QString& profile, int outgoingPort = 0);
    void clickNext(int expectedPage);
    void loadProfile(const QString& path);
    void enterDetails(const QString& name, const QString& email);
    void waitForCheck();
    void assertEveryControlNamed(const char* pageName);
    void screenshot(const QString& name);
    bool lockProfile(int i);
    QString smtpKeyFor(const PrefsFile& prefs, const QString& host, int port);

    e2e::MailService m_service;
    bool m_serviceUp = false;
    QString m_serviceWhy;
    std::unique_ptr<Fixture> m_fixture;
    std::unique_ptr<SetupWizard> m_wizard;
    QProcess* m_lock = nullptr;
};

void WizardFlowTest::initTestCase()
{
    m_serviceWhy = e2e::MailService::unavailableReason();
    if (m_serviceWhy.isEmpty()) {
        QString error;
        m_serviceUp = m_service.start(&error);
        if (!m_serviceUp)
            m_serviceWhy = error;
    }
}

void WizardFlowTest::cleanupTestCase()
{
    m_service.stop();
}

void WizardFlowTest::init()
{
    m_fixture = std::make_unique<Fixture>();
    QVERIFY2(m_fixture->create(), qPrintable(m_fixture->error));
}

void WizardFlowTest::cleanup()
{
    if (m_lock) {
        m_lock->kill();
        m_lock->waitForFinished(5000);
        delete m_lock;
        m_lock = nullptr;
    }
    // Message boxes opened by the pages go with the wizard.
    m_wizard.reset();
    m_fixture.reset();
}

// The diagnostics fixture (tests/data/diagnostics/mailservice.xml.in) with this
// instance's ports; a port given in portOverrides replaces the service's (closed ports).
QString WizardFlowTest::writeProfile(const QString& name, const QHash<QString, int>& portOverrides)
{
    QString xml =
        QString::fromUtf8(readFile(QStringLiteral(MAILSETUP_TEST_DATA "/diagnostics/mailservice.xml.in")));
    for (const char* port : {"SMTP", "SMTPS", "SUBM", "POP3", "POP3S", "IMAP", "IMAPS"}) {
        const QString key = QLatin1String(port);
        xml.replace(QStringLiteral("@%1@").arg(key),
                    QString::number(portOverrides.value(key, m_service.port(key))));
    }
    const QString caCopy = m_fixture->data.filePath(name + QStringLiteral(".ca.pem"));
    QFile::remove(caCopy);
    QFile::copy(m_service.caPath(), caCopy);
    const QByteArray der = QSslCertificate(readFile(caCopy)).toDer();
    xml.replace(QStringLiteral("@CA_FILE@"), QFileInfo(caCopy).fileName());
    xml.replace(QStringLiteral("@CA_SHA256@"),
                QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex()));
    const QString path = m_fixture->data.filePath(name);
    writeFile(path, xml.toUtf8());
    return path;
}

void WizardFlowTest::openWizard(bool helpdesk)
{
    WizardContext context = m_fixture->context();
    context.helpdesk = helpdesk;
    m_wizard = std::make_unique<SetupWizard>(context);
    m_wizard->resize(helpdesk ? 1180 : 820, 640);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void WizardFlowTest::openAtConnectionPage(const QString& profile, int outgoingPort)
{
    openWizard();
    if (QTest::currentTestFailed())
        return;
    loadProfile(profile);
    if (QTest::currentTestFailed())
        return;
    clickNext(SetupWizard::DetailsPageId);
    if (QTest::currentTestFailed())
        return;
    enterDetails(QStringLiteral("Alice Example"), QStringLiteral("alice@example.test"));
    if (QTest::currentTestFailed())
        return;
    if (outgoingPort) { // picked from the list, as a person does
        auto* outgoing = find<QComboBox>(m_wizard->currentPage(), "outgoingCombo");
        const int index = outgoing->findData(outgoingPort);
        QVERIFY(index >= 0);
        outgoing->setCurrentIndex(index);
        emit outgoing->activated(index);
    }
    clickNext(SetupWizard::ConnectionPageId);
}

void WizardFlowTest::clickNext(int expectedPage)
{
    QAbstractButton* next = m_wizard->button(QWizard::NextButton);
    QVERIFY2(next->isVisible() && next->isEnabled(), "Next is not available");
    next->click();
    QCOMPARE(m_wizard->currentId(), expectedPage);
}

void WizardFlowTest::loadProfile(const QString& path)
{
    auto* page = qobject_cast<ProviderPage*>(m_wizard->currentPage());
    QVERIFY(page);
    QVERIFY(page->loadProfileFile(path));
}

void WizardFlowTest::enterDetails(const QString& name, const QString& email)
{
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::DetailsPageId));
    auto* nameEdit = find<QLineEdit>(m_wizard->currentPage(), "nameEdit");
    auto* emailEdit = find<QLineEdit>(m_wizard->currentPage(), "emailEdit");
    nameEdit->clear();
    emailEdit->clear();
    QTest::keyClicks(nameEdit, name);
    QTest::keyClicks(emailEdit, email);
}

void WizardFlowTest::waitForCheck()
{
    auto* page = qobject_cast<ConnectionPage*>(m_wizard->currentPage());
    QVERIFY(page);
    QVERIFY(page->isChecking()); // started by itself on entering the page
    // The window stays responsive meanwhile: the event loop turns while we wait.
    QTRY_VERIFY_WITH_TIMEOUT(!page->isChecking(), 30000);
}

// Every interactive widget on the page (and in the helpdesk panel) has a name a
// screen reader can say: its own accessible name, a buddy label, or button text.
void WizardFlowTest::assertEveryControlNamed(const char* pageName)
{
    QSet<const QWidget*> labelled;
    for (const QLabel* label : m_wizard->findChildren<QLabel*>()) {
        if (label->buddy())
            labelled.insert(label->buddy());
    }
    QList<QWidget*> roots{m_wizard->currentPage()};
    if (m_wizard->sideWidget())
        roots << m_wizard->sideWidget();
    int checked = 0;
    for (QWidget* root : roots) {
        for (QWidget* w : root->findChildren<QWidget*>()) {
            if (insideComboBox(w) || !w->isVisibleTo(m_wizard.get()))
                continue;
            const bool interactive = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                                     qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractItemView*>(w) ||
                                     qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QTextEdit*>(w);
            if (!interactive)
                continue;
            ++checked;
            const auto* button = qobject_cast<QAbstractButton*>(w);
            const bool named = !w->accessibleName().isEmpty() || labelled.contains(w) ||
                               (button && !button->text().remove(QLatin1Char('&')).trimmed().isEmpty());
            QVERIFY2(named,
                     qPrintable(QStringLiteral("%1: %2 \"%3\" has no accessible name")
                                    .arg(QLatin1String(pageName), QLatin1String(w->metaObject()->className()),
                                         w->objectName())));
        }
    }
    QVERIFY2(checked > 0, pageName);
}

void WizardFlowTest::screenshot(const QString& name)
{
    const QString dir = qEnvironmentVariable("MAILSETUP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(250); // layouts settle, fonts load
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    QVERIFY2(m_wizard->grab().save(path), qPrintable(path));
}

// What a running Thunderbird does (nsProfileLock::LockWithFcntl), from another process.
bool WizardFlowTest::lockProfile(int i)
{
    m_lock = new QProcess;
    m_lock->start(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import fcntl,sys,time; f=open(sys.argv[1],'a'); fcntl.lockf(f, fcntl.LOCK_EX); "
                        "print('locked', flush=True); time.sleep(60)"),
         m_fixture->profileDir(i) + QStringLiteral("/.parentlock")});
    if (!m_lock->waitForStarted(10000))
        return false;
    while (!m_lock->canReadLine()) {
        if (!m_lock->waitForReadyRead(10000))
            return false;
    }
    return m_lock->readLine().trimmed() == "locked";
}

QString WizardFlowTest::smtpKeyFor(const PrefsFile& prefs, const QString& host, int port)
{
    const auto list = prefs.value(QStringLiteral("mail.smtpservers"));
    if (!list)
        return {};
    for (const QString& key : list->toString().split(QLatin1Char(','))) {
        const auto h = prefs.value(QStringLiteral("mail.smtpserver.%1.hostname").arg(key));
        const auto p = prefs.value(QStringLiteral("mail.smtpserver.%1.port").arg(key));
        if (h && p && h->toString() == host && p->toInt() == port)
            return key;
    }
    return {};
}

void WizardFlowTest::happyPathWithHelpdeskView()
{
    if (!m_serviceUp)
        QSKIP(qPrintable(m_serviceWhy));
    const QString profile = writeProfile(QStringLiteral("mailservice.xml"));
    openWizard(true);
    if (QTest::currentTestFailed())
        return;
    auto* panel = qobject_cast<HelpdeskPanel*>(m_wizard->sideWidget());
    QVERIFY2(panel, "helpdesk mode shows the panel");
    QVERIFY(m_wizard->helpdeskMode());

    loadProfile(profile);

    if (QTest::currentTestFailed())

        return;
    assertEveryControlNamed("provider");
    if (QTest::currentTestFailed())
        return;
    screenshot(QStringLiteral("09a-helpdesk-provider"));
    if (QTest::currentTestFailed())
        return;
    clickNext(SetupWizard::DetailsPageId);
    if (QTest::currentTestFailed())
        return;
    enterDetails(QStringLiteral("Alice Example"), QStringLiteral("alice@example.test"));
    if (QTest::currentTestFailed())
        return;
    assertEveryControlNamed("details");
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(panel->settingsText().contains(QLatin1String("alice@example.test")),
             qPrintable(panel->settingsText()));

    // Connection check: all seven ports of the real service answer; TLS from the first byte wins.
    clickNext(SetupWizard::ConnectionPageId);
    if (QTest::currentTestFailed())
        return;
    waitForCheck();
    if (QTest::currentTestFailed())
        return;
    QWizardPage* connection = m_wizard->currentPage();
    auto* servers = find<QTreeWidget>(connection, "serverList");
    QCOMPARE(servers->topLevelItemCount(), 7);
    for (int i = 0; i < servers->topLevelItemCount(); ++i) {
        const QString verdict = servers->topLevelItem(i)->data(0, Qt::UserRole).toString();
        QVERIFY2(verdict == QLatin1String("works-after-ca-install") || verdict == QLatin1String("works"),
                 qPrintable(servers->topLevelItem(i)->text(0) + QStringLiteral(": ") + verdict));
    }
    auto* status = find<StatusLabel>(connection, "connectionStatus");
    QCOMPARE(status->kind(), StatusLabel::Kind::Success);
    const QString smtps = QString::number(m_service.port(QStringLiteral("SMTPS")));
    const QString imaps = QString::number(m_service.port(QStringLiteral("IMAPS")));
    QVERIFY2(status->text().contains(QStringLiteral("127.0.0.1:") + smtps), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("127.0.0.1:") + imaps), qPrintable(status->text()));
    // Helpdesk: the raw report is on the page, the log has every endpoint.
    auto* raw = find<QPlainTextEdit>(connection, "rawDiagnosisReport");
    QVERIFY(raw->isVisible());
    QVERIFY(raw->toPlainText().contains(QStringLiteral("127.0.0.1:") + smtps));
    QVERIFY(panel->logText().contains(QStringLiteral("127.0.0.1:") + imaps));
    assertEveryControlNamed("connection");
    if (QTest::currentTestFailed())
        return;
    screenshot(QStringLiteral("09b-helpdesk-connection"));
    if (QTest::currentTestFailed())
        return;

    // The ordinary view from here on, as the subscriber sees it.
    m_wizard->setHelpdeskMode(false);
    QVERIFY(!m_wizard->sideWidget());
    QVERIFY(!raw->isVisible());
    m_wizard->resize(820, 640);
    screenshot(QStringLiteral("03-connection"));
    if (QTest::currentTestFailed())
        return;

    // Certificate: facts shown, install only after the confirmation, into both profiles' NSS databases.
    clickNext(SetupWizard::CertificatePageId);
    if (QTest::currentTestFailed())
        return;
    auto* certificate = qobject_cast<CertificatePage*>(m_wizard->currentPage());
    const QByteArray der = QSslCertificate(readFile(m_service.caPath())).toDer();
    const QString expected =
        QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper());
    QCOMPARE(certificate->shownFingerprint(), expected);
    QVERIFY(find<QLabel>(certificate, "certificateFingerprint")
                ->text()
                .remove(QLatin1Char('\n'))
                .contains(expected.left(47)));
    QVERIFY(find<QLabel>(certificate, "certificateFacts")->text().contains(QLatin1String("Subject:")));
    auto* install = find<QPushButton>(certificate, "installCertificateButton");
    QVERIFY(!install->isEnabled()); // not before "I have compared"
    const QList<QCheckBox*> stores = certificate->findChildren<QCheckBox*>(QStringLiteral("storeCheck"));
    QCOMPARE(stores.size(), 2);
    assertEveryControlNamed("certificate");
    if (QTest::currentTestFailed())
        return;
    screenshot(QStringLiteral("04-certificate"));
    if (QTest::currentTestFailed())
        return;
    find<QCheckBox>(certificate, "confirmFingerprintCheck")->click();
    QVERIFY(install->isEnabled());
    install->click();
    auto* certStatus = find<StatusLabel>(certificate, "certificateStatus");
    QTRY_VERIFY_WITH_TIMEOUT(certStatus->kind() != StatusLabel::Kind::Info, 30000);
    QVERIFY2(certStatus->kind() == StatusLabel::Kind::Success, qPrintable(certStatus->text()));
    for (int i = 0; i < 2; ++i)
        QVERIFY2(m_fixture->nssListing(i).contains(QLatin1String("C,,")),
                 qPrintable(m_fixture->nssListing(i)));
    QVERIFY(readFile(m_fixture->trustLog()).contains(expected.toLatin1()));
    screenshot(QStringLiteral("04b-certificate-installed"));
    if (QTest::currentTestFailed())
        return;

    // Mail programs: both profiles listed; the default one is ticked.
    clickNext(SetupWizard::ClientsPageId);
    if (QTest::currentTestFailed())
        return;
    auto* clients = qobject_cast<ClientsPage*>(m_wizard->currentPage());
    QCOMPARE(clients->views().size(), 2);
    assertEveryControlNamed("clients");
    if (QTest::currentTestFailed())
        return;
    screenshot(QStringLiteral("05-clients"));
    if (QTest::currentTestFailed())
        return;

    clickNext(SetupWizard::ReviewPageId);

    if (QTest::currentTestFailed())

        return;
    const QString review = find<QPlainTextEdit>(m_wizard->currentPage(), "reviewText")->toPlainText();
    QVERIFY2(review.contains(smtps), qPrintable(review));
    assertEveryControlNamed("review");
    if (QTest::currentTestFailed())
        return;
    screenshot(QStringLiteral("06-review"));
    if (QTest::currentTestFailed())
        return;

    m_wizard->button(QWizard::CommitButton)->click();
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::ApplyPageId));
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    auto* rows = find<QTreeWidget>(m_wizard->currentPage(), "applyList");
    for (int i = 0; i < rows->topLevelItemCount(); ++i)
        QCOMPARE(rows->topLevelItem(i)->text(1), QStringLiteral("Done"));
    assertEveryControlNamed("apply");
    if (QTest::currentTestFailed())
        return;
    screenshot(QStringLiteral("07-apply"));
    if (QTest::currentTestFailed())
        return;
    clickNext(SetupWizard::DonePageId);
    if (QTest::currentTestFailed())
        return;
    assertEveryControlNamed("done");
    if (QTest::currentTestFailed())
        return;
    screenshot(QStringLiteral("08-done"));
    if (QTest::currentTestFailed())
        return;

    // The files written: the recommended variant, as Thunderbird reads it.
    const QByteArray written = readFile(m_fixture->prefsPath(0));
    const PrefsFile after = PrefsFile::parse(written);
    QVERIFY(after.errors().isEmpty());
    const QString key = smtpKeyFor(after, QStringLiteral("127.0.0.1"), smtps.toInt());
    QVERIFY2(!key.isEmpty(), written.constData());
    QCOMPARE(after.value(QStringLiteral("mail.smtpserver.%1.try_ssl").arg(key))->toInt(), 3);
    QCOMPARE(after.value(QStringLiteral("mail.smtpserver.%1.username").arg(key))->toString(),
             QStringLiteral("alice"));
    QVERIFY2(written.contains(QByteArray("\", ") + imaps.toLatin1() + ");"), written.constData());
    QCOMPARE(after.value(QStringLiteral("mail.server.server1.hostname"))->toString(),
             QStringLiteral("imap.other.example"));             // bob's account untouched
    QCOMPARE(readFile(m_fixture->prefsPath(1)), originalPrefs); // the unticked profile untouched

    // The settings sheet as PDF and as text.
    auto* done = qobject_cast<DonePage*>(m_wizard->currentPage());
    const QString pdf = m_fixture->data.filePath(QStringLiteral("sheet.pdf"));
    QSignalSpy saved(done->sheetActions(), &DocumentActions::pdfSaved);
    done->sheetActions()->savePdfTo(pdf);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.first().at(1).toString(), QString());
    QVERIFY(readFile(pdf).startsWith("%PDF-"));
    done->sheetActions()->copyText();
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("127.0.0.1")));
    QVERIFY(!QGuiApplication::clipboard()->text().contains(QStringLiteral("wonderland")));

    // Undo: the file as it was, and the certificate out of both databases it went into.
    find<QPushButton>(done, "undoButton")->click();
    auto* undoStatus = find<StatusLabel>(done, "undoStatus");
    QTRY_VERIFY_WITH_TIMEOUT(undoStatus->kind() != StatusLabel::Kind::Info, 30000);
    QVERIFY2(undoStatus->kind() == StatusLabel::Kind::Success, qPrintable(undoStatus->text()));
    QVERIFY2(undoStatus->text().contains(QStringLiteral("The provider's certificate:")),
             qPrintable(undoStatus->text()));
    QCOMPARE(readFile(m_fixture->prefsPath(0)), originalPrefs);
    for (int i = 0; i < 2; ++i)
        QVERIFY2(!m_fixture->nssListing(i).contains(QLatin1String("C,,")),
                 qPrintable(m_fixture->nssListing(i)));
    QVERIFY(!readFile(m_fixture->trustLog()).contains(expected.toLatin1()));
    QVERIFY(!find<QPushButton>(done, "undoButton")->isEnabled()); // nothing left to undo
    const QString details = find<QLabel>(done, "doneDetails")->text();
    QVERIFY2(!details.contains(QStringLiteral("To undo later")) &&
                 !details.contains(QStringLiteral("What to do now")),
             qPrintable(details));
    QCOMPARE(done->subTitle(), QStringLiteral("Your mail program is as it was before."));
    screenshot(QStringLiteral("08b-done-undone"));
}

void WizardFlowTest::blockedPortRecommendsTheOtherVariant()
{
    if (!m_serviceUp)
        QSKIP(qPrintable(m_serviceWhy));
    // Implicit TLS blocked for sending and receiving (nothing listens there): the
    // check must fall back to STARTTLS on the submission port and on IMAP.
    const QString profile =
        writeProfile(QStringLiteral("blocked.xml"), {{QStringLiteral("SMTPS"), closedPort()},
                                                     {QStringLiteral("IMAPS"), closedPort()},
                                                     {QStringLiteral("POP3S"), closedPort()}});
    openAtConnectionPage(profile);
    if (QTest::currentTestFailed())
        return;
    waitForCheck();
    if (QTest::currentTestFailed())
        return;
    auto* servers = find<QTreeWidget>(m_wizard->currentPage(), "serverList");
    int unreachable = 0;
    for (int i = 0; i < servers->topLevelItemCount(); ++i) {
        if (servers->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("unreachable")) {
            ++unreachable;
            QCOMPARE(servers->topLevelItem(i)->text(1), QStringLiteral("Cannot be reached from here"));
        }
    }
    QCOMPARE(unreachable, 3);
    const QString subm = QString::number(m_service.port(QStringLiteral("SUBM")));
    auto* status = find<StatusLabel>(m_wizard->currentPage(), "connectionStatus");
    QCOMPARE(status->kind(), StatusLabel::Kind::Success);
    QVERIFY2(status->text().contains(QStringLiteral("127.0.0.1:") + subm), qPrintable(status->text()));
    screenshot(QStringLiteral("03b-connection-blocked-port"));
    if (QTest::currentTestFailed())
        return;

    clickNext(SetupWizard::CertificatePageId);

    if (QTest::currentTestFailed())

        return; // not installed: skipped
    clickNext(SetupWizard::ClientsPageId);
    if (QTest::currentTestFailed())
        return;
    clickNext(SetupWizard::ReviewPageId);
    if (QTest::currentTestFailed())
        return;
    m_wizard->button(QWizard::CommitButton)->click();
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    clickNext(SetupWizard::DonePageId);
    if (QTest::currentTestFailed())
        return;

    const PrefsFile after = PrefsFile::parse(readFile(m_fixture->prefsPath(0)));
    const QString key = smtpKeyFor(after, QStringLiteral("127.0.0.1"), subm.toInt());
    QVERIFY2(!key.isEmpty(), readFile(m_fixture->prefsPath(0)).constData());
    QCOMPARE(after.value(QStringLiteral("mail.smtpserver.%1.try_ssl").arg(key))->toInt(),
             2); // STARTTLS, required
    QVERIFY(
        smtpKeyFor(after, QStringLiteral("127.0.0.1"), m_service.port(QStringLiteral("SMTPS"))).isEmpty());
    // Receiving: IMAP with STARTTLS on the service's IMAP port.
    QString server;
    for (const QString& name : after.namesWithPrefix(QStringLiteral("mail.server."))) {
        if (name.endsWith(QLatin1String(".port")) &&
            after.value(name)->toInt() == m_service.port(QStringLiteral("IMAP")))
            server = name.section(QLatin1Char('.'), 2, 2);
    }
    if (server.isEmpty())
        qWarning("%s", readFile(m_fixture->prefsPath(0)).mid(900).constData());
    QVERIFY(!server.isEmpty());
    QCOMPARE(after.value(QStringLiteral("mail.server.%1.socketType").arg(server))->toInt(), 2);
    // The done page says the certificate was not installed.
    QVERIFY(find<QLabel>(m_wizard->currentPage(), "doneDetails")
                ->text()
                .contains(QLatin1String("not installed")));
}

// Sending on the submission port, picked on the details page: kept by the check while
// it works there, although implicit TLS works too; left, with a warning that says so,
// where it does not.
void WizardFlowTest::chosenPortIsKeptWhereItWorks()
{
    if (!m_serviceUp)
        QSKIP(qPrintable(m_serviceWhy));
    const int subm = m_service.port(QStringLiteral("SUBM"));
    const QString smtps = QString::number(m_service.port(QStringLiteral("SMTPS")));
    openAtConnectionPage(writeProfile(QStringLiteral("all.xml")), subm);
    if (QTest::currentTestFailed())
        return;
    waitForCheck();
    if (QTest::currentTestFailed())
        return;
    auto* status = find<StatusLabel>(m_wizard->currentPage(), "connectionStatus");
    QCOMPARE(status->kind(), StatusLabel::Kind::Success);
    QVERIFY2(status->text().contains(QStringLiteral("Sending: 127.0.0.1:%1, STARTTLS").arg(subm)),
             qPrintable(status->text()));

    const int closed = closedPort();
    m_wizard.reset();
    openAtConnectionPage(writeProfile(QStringLiteral("blocked-subm.xml"), {{QStringLiteral("SUBM"), closed}}),
                         closed);
    if (QTest::currentTestFailed())
        return;
    waitForCheck();
    if (QTest::currentTestFailed())
        return;
    status = find<StatusLabel>(m_wizard->currentPage(), "connectionStatus");
    QCOMPARE(status->kind(), StatusLabel::Kind::Warning);
    QVERIFY2(status->text().contains(QStringLiteral("Sending: 127.0.0.1:%1, SSL/TLS").arg(smtps)),
             qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("Note: port %1, chosen for sending, does not work from "
                                                    "here, so port %2 is used instead.")
                                         .arg(closed)
                                         .arg(smtps)),
             qPrintable(status->text()));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled()); // a warning, not a stop
    screenshot(QStringLiteral("03c-connection-chosen-port-blocked"));
}

void WizardFlowTest::wrongCertificateIsRefusedAndNothingInstalled()
{
    if (!m_serviceUp)
        QSKIP(qPrintable(m_serviceWhy));
    const QString profile = writeProfile(QStringLiteral("swapped.xml"));
    openAtConnectionPage(profile);
    if (QTest::currentTestFailed())
        return;
    find<QPushButton>(m_wizard->currentPage(), "skipCheckButton")->click();
    clickNext(SetupWizard::CertificatePageId);
    if (QTest::currentTestFailed())
        return;
    auto* certificate = m_wizard->currentPage();

    // Someone swaps the certificate file after the profile was loaded and shown.
    const QString caFile = m_fixture->data.filePath(QStringLiteral("swapped.xml.ca.pem"));
    int code = -1;
    const QString out = run(QStringLiteral("openssl"),
                            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                             m_fixture->data.filePath(QStringLiteral("wrong.key")), QStringLiteral("-out"),
                             caFile, QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                             QStringLiteral("/CN=Not the provider's CA")},
                            &code);
    QVERIFY2(code == 0, qPrintable(out));

    find<QCheckBox>(certificate, "confirmFingerprintCheck")->click();
    find<QPushButton>(certificate, "installCertificateButton")->click();
    auto* status = find<StatusLabel>(certificate, "certificateStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->kind() != StatusLabel::Kind::Info, 30000);
    QCOMPARE(status->kind(), StatusLabel::Kind::Error);
    QVERIFY2(status->text().contains(QLatin1String("Nothing was installed")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(caFile), qPrintable(status->text()));
    QVERIFY(!find<QPushButton>(certificate, "installCertificateButton")->isEnabled());
    screenshot(QStringLiteral("04c-certificate-refused"));
    if (QTest::currentTestFailed())
        return;
    for (int i = 0; i < 2; ++i)
        QVERIFY2(!m_fixture->nssListing(i).contains(QLatin1String("C,,")),
                 qPrintable(m_fixture->nssListing(i)));
    QVERIFY(!QFileInfo::exists(m_fixture->trustLog()));
    // Skipping is still allowed.
    clickNext(SetupWizard::ClientsPageId);
    if (QTest::currentTestFailed())
        return;
}

void WizardFlowTest::profileWithWrongPinIsRefused()
{
    // A profile whose pin is not its certificate's: the loader refuses it whole.
    QString xml =
        QString::fromUtf8(readFile(QStringLiteral(MAILSETUP_TEST_DATA "/diagnostics/mailservice.xml.in")));
    for (const char* port : {"SMTP", "SMTPS", "SUBM", "POP3", "POP3S", "IMAP", "IMAPS"})
        xml.replace(QStringLiteral("@%1@").arg(QLatin1String(port)), QStringLiteral("1"));
    const QString caFile = m_fixture->data.filePath(QStringLiteral("ca.pem"));
    int code = -1;
    const QString out = run(QStringLiteral("openssl"),
                            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                             m_fixture->data.filePath(QStringLiteral("ca.key")), QStringLiteral("-out"),
                             caFile, QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                             QStringLiteral("/CN=Some CA")},
                            &code);
    QVERIFY2(code == 0, qPrintable(out));
    xml.replace(QStringLiteral("@CA_FILE@"), QStringLiteral("ca.pem"));
    xml.replace(QStringLiteral("@CA_SHA256@"), QString(64, QLatin1Char('a')));
    const QString path = m_fixture->data.filePath(QStringLiteral("pinned.xml"));
    writeFile(path, xml.toUtf8());
    openWizard();
    if (QTest::currentTestFailed())
        return;
    auto* page = qobject_cast<ProviderPage*>(m_wizard->currentPage());
    QVERIFY(!page->loadProfileFile(path));
    auto* error = find<StatusLabel>(page, "profileError");
    QCOMPARE(error->kind(), StatusLabel::Kind::Error);
    QVERIFY2(error->text().contains(path), qPrintable(error->text()));
    // And a dialog says the same, naming the file.
    auto* box = m_wizard->findChild<QMessageBox*>(QStringLiteral("errorDialog"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(path), qPrintable(box->text()));
    box->close();
}

void WizardFlowTest::lockedProfileStopsTheApplyAndPutsTheOtherBack()
{
    openWizard();
    if (QTest::currentTestFailed())
        return;
    auto* list = find<QListWidget>(m_wizard->currentPage(), "providerList");
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("pcug"))
            list->setCurrentRow(i);
    }
    clickNext(SetupWizard::DetailsPageId);
    if (QTest::currentTestFailed())
        return;
    enterDetails(QStringLiteral("Alice Example"), QStringLiteral("alice@pcug.org.au"));
    if (QTest::currentTestFailed())
        return;
    clickNext(SetupWizard::ConnectionPageId);
    if (QTest::currentTestFailed())
        return;
    find<QPushButton>(m_wizard->currentPage(), "skipCheckButton")->click();
    clickNext(SetupWizard::CertificatePageId);
    if (QTest::currentTestFailed())
        return;
    clickNext(SetupWizard::ClientsPageId);
    if (QTest::currentTestFailed())
        return;
    auto* clients = qobject_cast<ClientsPage*>(m_wizard->currentPage());
    QCOMPARE(clients->views().size(), 2);
    for (InstallationView* view : clients->views()) {
        if (!view->checkBox()->isChecked())
            view->checkBox()->click();
    }
    clickNext(SetupWizard::ReviewPageId);
    if (QTest::currentTestFailed())
        return;

    // Thunderbird starts on the second profile while the person reads the changes.
    const int second = QDir::cleanPath(clients->views().at(1)->installation().location) ==
                               QDir::cleanPath(m_fixture->profileDir(1))
                           ? 1
                           : 0;
    QVERIFY(lockProfile(second));
    m_wizard->button(QWizard::CommitButton)->click();
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::ApplyPageId));
    auto* status = find<StatusLabel>(m_wizard->currentPage(), "applyStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->kind() == StatusLabel::Kind::Error, 20000);
    QVERIFY2(status->text().contains(QLatin1String("Stopped")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QLatin1String("put back")), qPrintable(status->text()));
    auto* rows = find<QTreeWidget>(m_wizard->currentPage(), "applyList");
    QCOMPARE(rows->topLevelItem(0)->text(1), QStringLiteral("Put back as it was"));
    QVERIFY(rows->topLevelItem(1)->text(1).startsWith(QLatin1String("Failed")));
    QVERIFY2(status->text().contains(QLatin1String("is in use")), qPrintable(status->text()));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    screenshot(QStringLiteral("07b-apply-stopped"));
    if (QTest::currentTestFailed())
        return;
    // Every byte as before, in both profiles.
    QCOMPARE(readFile(m_fixture->prefsPath(0)), originalPrefs);
    QCOMPARE(readFile(m_fixture->prefsPath(1)), originalPrefs);

    // Thunderbird quits; Try again sets up both.
    m_lock->kill();
    QVERIFY(m_lock->waitForFinished(5000));
    auto* retry = find<QPushButton>(m_wizard->currentPage(), "retryApplyButton");
    QVERIFY(retry->isVisible());
    retry->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::NextButton)->isEnabled(), 20000);
    QVERIFY(readFile(m_fixture->prefsPath(0)) != originalPrefs);
    QVERIFY(readFile(m_fixture->prefsPath(1)) != originalPrefs);
    clickNext(SetupWizard::DonePageId);
    if (QTest::currentTestFailed())
        return;
    // Undo on the done page takes back both.
    auto* undo = find<QPushButton>(m_wizard->currentPage(), "undoButton");
    undo->click();
    QTRY_COMPARE(find<StatusLabel>(m_wizard->currentPage(), "undoStatus")->kind(),
                 StatusLabel::Kind::Success);
    QCOMPARE(readFile(m_fixture->prefsPath(0)), originalPrefs);
    QCOMPARE(readFile(m_fixture->prefsPath(1)), originalPrefs);
}

void WizardFlowTest::findSettingsByEmailAddress()
{
    openWizard();
    if (QTest::currentTestFailed())
        return;
    auto* page = qobject_cast<ProviderPage*>(m_wizard->currentPage());
    auto* list = find<QListWidget>(page, "providerList");
    list->setCurrentRow(-1);
    DiscoveryPanel* panel = page->discoveryPanel();
    QTest::keyClicks(panel->emailEdit(), QStringLiteral("alice@pcug.org.au"));
    QVERIFY(panel->findButton()->isEnabled());
    panel->findButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 20000);
    QVERIFY(list->currentItem());
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("pcug"));
    QVERIFY(find<StatusLabel>(page, "discoveryStatus")->text().contains(QLatin1String("Found")));
    // The address found with carries over to the details page.
    clickNext(SetupWizard::DetailsPageId);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(find<QLineEdit>(m_wizard->currentPage(), "emailEdit")->text(),
             QStringLiteral("alice@pcug.org.au"));
}

QTEST_MAIN(WizardFlowTest)
#include "test_wizard_flow.moc"
