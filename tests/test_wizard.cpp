// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the wizard as a person would, against a fixture home and a temporary
// backup folder: the pages, the files it writes, undo, and the ways it refuses.
// With MAILSETUP_SCREENSHOT_DIR set, the happy path saves a PNG of every page.
#include "applypage.h"
#include "clientspage.h"
#include "connectionpage.h"
#include "detailspage.h"
#include "donepage.h"
#include "formats/prefsfile.h"
#include "installationview.h"
#include "providerpage.h"
#include "reviewpage.h"
#include "setupwizard.h"
#include "statuslabel.h"
#include "support/testfiles.h"
#include "support/wizardfixture.h"
#include "wizardcontext.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>
#include <memory>

using namespace mailsetup;

namespace {

using testfiles::readFile;
using testfiles::writeFile;

// bob's IMAP account at another provider: must stay exactly as it is.
const QByteArray& originalPrefs = wizardfixture::bobImapPrefs;

const QByteArray profilesIni = "[Profile0]\n"
                               "Name=default-release\n"
                               "IsRelative=1\n"
                               "Path=abcd1234.default-release\n"
                               "Default=1\n"
                               "\n"
                               "[General]\n"
                               "StartWithLastProfile=1\n"
                               "Version=2\n";

// A home folder with one Thunderbird profile holding bob's IMAP account.
struct Fixture
{
    QTemporaryDir home;
    QTemporaryDir data;

    bool create(bool withThunderbird = true)
    {
        if (!home.isValid() || !data.isValid())
            return false;
        if (!withThunderbird)
            return true;
        writeFile(home.filePath(QStringLiteral(".thunderbird/profiles.ini")), profilesIni);
        writeFile(prefsPath(), originalPrefs);
        return true;
    }
    QString profileDir() const
    {
        return home.filePath(QStringLiteral(".thunderbird/abcd1234.default-release"));
    }
    QString prefsPath() const { return profileDir() + QStringLiteral("/prefs.js"); }
    // Where BackupStore::defaultRoot() puts them on Linux.
    QString backupRoot() const { return home.filePath(QStringLiteral(".local/share/mailsetup/backups")); }
    WizardContext context() const
    {
        WizardContext c;
        c.env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        c.backupRoot = backupRoot();
        c.discovery.useNetwork = false; // tests never touch the internet
        return c;
    }
};

template <typename T> T* find(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

// Skips the widgets a QComboBox makes for its popup: they are the combo's own.
bool insideComboBox(const QWidget* widget)
{
    for (const QWidget* w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (qobject_cast<const QComboBox*>(w))
            return true;
    }
    return false;
}

} // namespace

class WizardTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void appliesAndUndoesTheAccount();
    void focusAloneChoosesNoProvider();
    void invalidEmailKeepsNextDisabled();
    void otherDomainWarnsButAllowsNext();
    void loginNameAndOutgoingServerCanBeChanged();
    void lockedProfileIsRefusedUntilCheckedAgain();
    void garbageProfileFileShowsFileAndLine();
    void profileFileWithAnErrorNamesTheLine();
    void validProfileFileIsAddedAndSelected();
    void noMailProgramSaysWhatToDo();
    void everyControlHasAnAccessibleName();
    void tabOrderFollowsTheLayout();

private:
    void clickNext(int expectedPage);
    void chooseProvider(const QString& bundledId);
    void enterDetails(const QString& name, const QString& email);
    void goToClientsPage();
    void skipConnectionAndCertificate();
    void applyAndGoToDone();
    void screenshot(const QString& name);
    bool lockProfile();

    std::unique_ptr<Fixture> m_fixture;
    std::unique_ptr<SetupWizard> m_wizard;
    QProcess* m_lock = nullptr;
};

void WizardTest::init()
{
    m_fixture = std::make_unique<Fixture>();
    QVERIFY(m_fixture->create());
    m_wizard = std::make_unique<SetupWizard>(m_fixture->context());
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void WizardTest::cleanup()
{
    if (m_lock) {
        m_lock->kill();
        m_lock->waitForFinished(5000);
        delete m_lock;
        m_lock = nullptr;
    }
    m_wizard.reset();
    m_fixture.reset();
}

void WizardTest::clickNext(int expectedPage)
{
    QAbstractButton* next = m_wizard->button(QWizard::NextButton);
    QVERIFY2(next->isVisible() && next->isEnabled(), "Next is not available");
    next->click();
    QCOMPARE(m_wizard->currentId(), expectedPage);
}

void WizardTest::chooseProvider(const QString& bundledId)
{
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::ProviderPageId));
    auto* list = find<QListWidget>(m_wizard.get(), "providerList");
    QVERIFY(list);
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == bundledId)
            list->setCurrentRow(i);
    }
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), bundledId);
}

void WizardTest::enterDetails(const QString& name, const QString& email)
{
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::DetailsPageId));
    auto* page = m_wizard->currentPage();
    auto* nameEdit = find<QLineEdit>(page, "nameEdit");
    auto* emailEdit = find<QLineEdit>(page, "emailEdit");
    QVERIFY(nameEdit && emailEdit);
    nameEdit->clear();
    emailEdit->clear();
    QTest::keyClicks(nameEdit, name);
    QTest::keyClicks(emailEdit, email);
}

void WizardTest::goToClientsPage()
{
    chooseProvider(QStringLiteral("pcug"));
    clickNext(SetupWizard::DetailsPageId);
    enterDetails(QStringLiteral("Alice Example"), QStringLiteral("alice@pcug.org.au"));
    skipConnectionAndCertificate();
}

// From the details page past the connection check (skipped: the PCUG servers are
// not reachable from a test machine) and the certificate page (not installed).
void WizardTest::skipConnectionAndCertificate()
{
    clickNext(SetupWizard::ConnectionPageId);
    auto* skip = find<QPushButton>(m_wizard->currentPage(), "skipCheckButton");
    QVERIFY(skip && skip->isEnabled());
    skip->click();
    QCOMPARE(find<StatusLabel>(m_wizard->currentPage(), "connectionStatus")->kind(),
             StatusLabel::Kind::Warning);
    clickNext(SetupWizard::CertificatePageId);
    clickNext(SetupWizard::ClientsPageId);
}

void WizardTest::applyAndGoToDone()
{
    QAbstractButton* apply = m_wizard->button(QWizard::CommitButton);
    QVERIFY(apply->isVisible() && apply->isEnabled());
    apply->click();
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::ApplyPageId));
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    clickNext(SetupWizard::DonePageId);
}

void WizardTest::screenshot(const QString& name)
{
    const QString dir = qEnvironmentVariable("MAILSETUP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(200); // let layouts settle and fonts load before grabbing
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    QVERIFY2(m_wizard->grab().save(path), qPrintable(path));
}

// What a running Thunderbird does (nsProfileLock::LockWithFcntl), from another process.
bool WizardTest::lockProfile()
{
    m_lock = new QProcess;
    m_lock->start(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import fcntl,sys,time; f=open(sys.argv[1],'a'); fcntl.lockf(f, fcntl.LOCK_EX); "
                        "print('locked', flush=True); time.sleep(60)"),
         m_fixture->profileDir() + QStringLiteral("/.parentlock")});
    if (!m_lock->waitForStarted(10000))
        return false;
    while (!m_lock->canReadLine()) {
        if (!m_lock->waitForReadyRead(10000))
            return false;
    }
    return m_lock->readLine().trimmed() == "locked";
}

void WizardTest::appliesAndUndoesTheAccount()
{
    chooseProvider(QStringLiteral("pcug"));
    const QLabel* providerDetails = find<QLabel>(m_wizard.get(), "providerDetails");
    QVERIFY(providerDetails->text().contains(QLatin1String("help@tip.net.au")));
    // The helpdesk's address and phone can be copied from there.
    QVERIFY(providerDetails->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    screenshot(QStringLiteral("01-provider"));
    clickNext(SetupWizard::DetailsPageId);

    enterDetails(QStringLiteral("Alice Example"), QStringLiteral("alice@pcug.org.au"));
    QWizardPage* details = m_wizard->currentPage();
    QCOMPARE(find<QLineEdit>(details, "usernameEdit")->text(), QStringLiteral("alice"));
    auto* outgoing = find<QComboBox>(details, "outgoingCombo");
    QCOMPARE(outgoing->count(), 3);
    QCOMPARE(outgoing->currentData().toInt(), 465);
    QVERIFY(!find<StatusLabel>(details, "detailsStatus")->isVisible());
    QVERIFY(
        find<QLabel>(details, "detailsSummary")->text().contains(QLatin1String("mailhost.pcug.org.au:995")));
    screenshot(QStringLiteral("02-details"));
    skipConnectionAndCertificate();

    auto* clients = qobject_cast<ClientsPage*>(m_wizard->currentPage());
    QVERIFY(clients);
    QCOMPARE(clients->views().size(), 1);
    QCheckBox* check = clients->views().first()->checkBox();
    QCOMPARE(QDir::cleanPath(check->property("location").toString()),
             QDir::cleanPath(m_fixture->profileDir()));
    QVERIFY(check->isEnabled());
    QVERIFY(check->isChecked());
    QCOMPARE(check->text(), QStringLiteral("Thunderbird"));
    QVERIFY(check->accessibleName().contains(QLatin1String("default-release")));
    QString cardText;
    for (const QLabel* label : clients->views().first()->findChildren<QLabel*>())
        cardText += label->text() + QLatin1Char('\n');
    QVERIFY(cardText.contains(QLatin1String("~/.thunderbird/abcd1234.default-release")));
    QVERIFY(cardText.contains(QLatin1String("bob@other.example")));
    QVERIFY(cardText.contains(QLatin1String("Add a new account for alice@pcug.org.au")));
    clickNext(SetupWizard::ReviewPageId);

    const QString review = find<QPlainTextEdit>(m_wizard->currentPage(), "reviewText")->toPlainText();
    QVERIFY(review.contains(QLatin1String("smtps.tip.net.au")));
    QVERIFY(review.contains(QLatin1String("mail.smtpserver")));
    QVERIFY(find<QLabel>(m_wizard->currentPage(), "backupLocation")
                ->text()
                .contains(QLatin1String("~/.local/share/mailsetup/backups")));
    QAbstractButton* apply = m_wizard->button(QWizard::CommitButton);
    QVERIFY(apply->isVisible() && apply->isEnabled());
    QCOMPARE(apply->text(), QStringLiteral("&Apply"));
    QCOMPARE(readFile(m_fixture->prefsPath()), originalPrefs); // nothing written before Apply
    applyAndGoToDone();

    QWizardPage* done = m_wizard->currentPage();
    auto* status = find<StatusLabel>(done, "doneStatus");
    QCOMPARE(status->kind(), StatusLabel::Kind::Success);
    QVERIFY2(status->text().contains(QLatin1String("Done")), qPrintable(status->text()));
    const QString doneText = find<QLabel>(done, "doneDetails")->text();
    QVERIFY(doneText.contains(QLatin1String("~/.thunderbird/abcd1234.default-release/prefs.js")));
    QVERIFY(doneText.contains(QLatin1String("Change number")));
    QVERIFY(!m_wizard->button(QWizard::BackButton)->isVisible());

    // The new outgoing server, as Thunderbird will read it; bob's settings as they were.
    const QByteArray written = readFile(m_fixture->prefsPath());
    const PrefsFile after = PrefsFile::parse(written);
    QVERIFY(after.errors().isEmpty());
    QString smtpKey;
    for (const QString& key :
         after.value(QStringLiteral("mail.smtpservers"))->toString().split(QLatin1Char(','))) {
        const auto host = after.value(QStringLiteral("mail.smtpserver.%1.hostname").arg(key));
        if (host && host->toString() == QLatin1String("smtps.tip.net.au"))
            smtpKey = key;
    }
    QVERIFY2(!smtpKey.isEmpty(), written.constData());
    QCOMPARE(after.value(QStringLiteral("mail.smtpserver.%1.port").arg(smtpKey))->toInt(), 465);
    QCOMPARE(after.value(QStringLiteral("mail.smtpserver.%1.try_ssl").arg(smtpKey))->toInt(), 3);
    QCOMPARE(after.value(QStringLiteral("mail.smtpserver.%1.username").arg(smtpKey))->toString(),
             QStringLiteral("alice"));
    QString identity;
    for (const QString& name : after.namesWithPrefix(QStringLiteral("mail.identity."))) {
        if (name.endsWith(QLatin1String(".useremail")) &&
            after.value(name)->toString() == QLatin1String("alice@pcug.org.au"))
            identity = name.section(QLatin1Char('.'), 2, 2);
    }
    QVERIFY(!identity.isEmpty());
    QCOMPARE(after.value(QStringLiteral("mail.identity.%1.smtpServer").arg(identity))->toString(), smtpKey);
    QCOMPARE(after.value(QStringLiteral("mail.identity.%1.fullName").arg(identity))->toString(),
             QStringLiteral("Alice Example"));

    const PrefsFile before = PrefsFile::parse(originalPrefs);
    for (const QString& name : before.names()) {
        if (name == QLatin1String("mail.accountmanager.accounts") ||
            name == QLatin1String("mail.smtpservers")) {
            QVERIFY(after.value(name)->toString().startsWith(before.value(name)->toString()));
            continue;
        }
        QVERIFY2(after.value(name) == before.value(name), qPrintable(name));
    }

    QAbstractButton* undo = find<QPushButton>(done, "undoButton");
    QVERIFY(undo->isVisible() && undo->isEnabled());
    undo->click();
    auto* undoStatus = find<StatusLabel>(done, "undoStatus");
    QTRY_COMPARE(undoStatus->kind(), StatusLabel::Kind::Success);
    QVERIFY(undoStatus->text().contains(QLatin1String("~/.thunderbird/abcd1234.default-release/prefs.js")));
    QVERIFY(!undo->isEnabled());
    QCOMPARE(readFile(m_fixture->prefsPath()), originalPrefs);
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
}

// A list makes its first row current when it gets the keyboard focus (the wizard gives
// it the focus as it opens). That is no one's choice: Next stays off, and no provider's
// details show, until a provider is picked.
void WizardTest::focusAloneChoosesNoProvider()
{
    auto* list = find<QListWidget>(m_wizard.get(), "providerList");
    QVERIFY(list->count() > 1);
    QFocusEvent focusIn(QEvent::FocusIn, Qt::TabFocusReason);
    QApplication::sendEvent(list, &focusIn);
    QCOMPARE(list->currentRow(), 0);
    QAbstractButton* next = m_wizard->button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());
    QCOMPARE(find<QLabel>(m_wizard.get(), "providerDetails")->text(),
             QStringLiteral("Choose a provider to see its details."));
    // The arrow key picks the next one; Enter then goes on with it.
    QTest::keyClick(list->viewport(), Qt::Key_Down);
    QTRY_VERIFY(next->isEnabled());
    QCOMPARE(list->selectedItems().size(), 1);
    QVERIFY(find<QLabel>(m_wizard.get(), "providerDetails")
                ->text()
                .contains(list->currentItem()->text().section(QLatin1Char(' '), 0, 0)));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::DetailsPageId));
}

void WizardTest::invalidEmailKeepsNextDisabled()
{
    chooseProvider(QStringLiteral("pcug"));
    clickNext(SetupWizard::DetailsPageId);
    QAbstractButton* next = m_wizard->button(QWizard::NextButton);
    QVERIFY(!next->isEnabled()); // nothing typed yet

    enterDetails(QStringLiteral("Alice"), QStringLiteral("alice at pcug.org.au"));
    QVERIFY(!next->isEnabled());
    auto* status = find<StatusLabel>(m_wizard->currentPage(), "detailsStatus");
    QVERIFY(status->isVisible());
    QCOMPARE(status->kind(), StatusLabel::Kind::Error);
    QVERIFY2(status->text().contains(QLatin1String("not an email address")), qPrintable(status->text()));

    enterDetails(QStringLiteral("Alice"), QStringLiteral("alice@pcug.org.au"));
    QVERIFY(next->isEnabled());
    QVERIFY(!status->isVisible());
}

void WizardTest::otherDomainWarnsButAllowsNext()
{
    chooseProvider(QStringLiteral("pcug"));
    clickNext(SetupWizard::DetailsPageId);
    enterDetails(QStringLiteral("Alice"), QStringLiteral("alice@example.com"));
    auto* status = find<StatusLabel>(m_wizard->currentPage(), "detailsStatus");
    QVERIFY(status->isVisible());
    QCOMPARE(status->kind(), StatusLabel::Kind::Warning);
    QVERIFY(status->text().contains(QLatin1String("@pcug.org.au")));
    QVERIFY(status->text().contains(QLatin1String("@example.com")));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void WizardTest::loginNameAndOutgoingServerCanBeChanged()
{
    chooseProvider(QStringLiteral("pcug"));
    clickNext(SetupWizard::DetailsPageId);
    QWizardPage* page = m_wizard->currentPage();
    enterDetails(QStringLiteral("Alice"), QStringLiteral("alice@pcug.org.au"));
    auto* username = find<QLineEdit>(page, "usernameEdit");
    username->selectAll();
    QTest::keyClicks(username, QStringLiteral("alice.x"));
    // Once typed, the log-in name is the person's: a corrected address keeps it.
    auto* email = find<QLineEdit>(page, "emailEdit");
    email->clear();
    QTest::keyClicks(email, QStringLiteral("alicia@pcug.org.au"));
    QCOMPARE(username->text(), QStringLiteral("alice.x"));

    auto* outgoing = find<QComboBox>(page, "outgoingCombo");
    const int submission = outgoing->findData(587);
    QVERIFY(submission >= 0);
    outgoing->setCurrentIndex(submission);
    emit outgoing->activated(submission); // what choosing it with mouse or keyboard sends
    const QString summary = find<QLabel>(page, "detailsSummary")->text();
    QVERIFY2(summary.contains(QLatin1String("smtps.tip.net.au:587, STARTTLS")), qPrintable(summary));
    QVERIFY(summary.contains(QLatin1String("user alice.x")));

    skipConnectionAndCertificate();
    clickNext(SetupWizard::ReviewPageId);
    const QString review = find<QPlainTextEdit>(m_wizard->currentPage(), "reviewText")->toPlainText();
    QVERIFY(review.contains(QLatin1String("587")));
    QVERIFY(review.contains(QLatin1String("alicia@pcug.org.au")));
}

void WizardTest::lockedProfileIsRefusedUntilCheckedAgain()
{
    QVERIFY(lockProfile());
    goToClientsPage();
    auto* clients = qobject_cast<ClientsPage*>(m_wizard->currentPage());
    QCOMPARE(clients->views().size(), 1);
    InstallationView* view = clients->views().first();
    QVERIFY(!view->checkBox()->isEnabled());
    QVERIFY(!view->checkBox()->isChecked());
    auto* outcome = view->findChild<StatusLabel*>(QStringLiteral("installationOutcome"));
    QVERIFY(outcome->isVisible());
    QCOMPARE(outcome->kind(), StatusLabel::Kind::Error);
    QVERIFY2(outcome->text().contains(QLatin1String("is in use")), qPrintable(outcome->text()));
    QVERIFY(outcome->text().contains(QLatin1String("Quit Thunderbird")));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(readFile(m_fixture->prefsPath()), originalPrefs);
    screenshot(QStringLiteral("05b-clients-thunderbird-running"));
    QVERIFY(!QDir(m_fixture->backupRoot()).exists() || QDir(m_fixture->backupRoot()).isEmpty());

    // Thunderbird quits; "Check again" makes it available without restarting the wizard.
    m_lock->kill();
    QVERIFY(m_lock->waitForFinished(5000));
    auto* again = find<QPushButton>(clients, "checkAgainButton");
    QVERIFY(again->isVisible() && again->isEnabled());
    again->click();
    QCOMPARE(clients->views().size(), 1);
    QVERIFY(clients->views().first()->checkBox()->isEnabled());
    QVERIFY(clients->views().first()->checkBox()->isChecked());
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void WizardTest::garbageProfileFileShowsFileAndLine()
{
    const QString path = m_fixture->data.filePath(QStringLiteral("garbage.xml"));
    writeFile(path, "this is not a profile\n<clientConfig <<<\n");
    auto* page = qobject_cast<ProviderPage*>(m_wizard->currentPage());
    QVERIFY(page);
    const int rows = find<QListWidget>(page, "providerList")->count();
    QVERIFY(!page->loadProfileFile(path));
    auto* error = find<StatusLabel>(page, "profileError");
    QVERIFY(error->isVisible());
    QCOMPARE(error->kind(), StatusLabel::Kind::Error);
    QVERIFY2(QRegularExpression(QRegularExpression::escape(path) + QStringLiteral(":\\d+: "))
                 .match(error->text())
                 .hasMatch(),
             qPrintable(error->text()));
    QCOMPARE(find<QListWidget>(page, "providerList")->count(), rows);
}

void WizardTest::profileFileWithAnErrorNamesTheLine()
{
    const QString path = m_fixture->data.filePath(QStringLiteral("broken.xml"));
    writeFile(path, "<clientConfig version=\"1.1\">\n"
                    "  <emailProvider id=\"example.org\">\n"
                    "    <domain>example.org</domain>\n"
                    "    <outgoingServer type=\"smtp\">\n"
                    "      <hostname>smtp.example.org</hostname>\n"
                    "      <port>many</port>\n"
                    "      <socketType>SSL</socketType>\n"
                    "      <authentication>password-cleartext</authentication>\n"
                    "    </outgoingServer>\n"
                    "  </emailProvider>\n"
                    "</clientConfig>\n");
    auto* page = qobject_cast<ProviderPage*>(m_wizard->currentPage());
    QVERIFY(!page->loadProfileFile(path));
    const QString text = find<StatusLabel>(page, "profileError")->text();
    QVERIFY2(text.contains(path + QStringLiteral(":6: <port>")), qPrintable(text));
}

void WizardTest::validProfileFileIsAddedAndSelected()
{
    const QString path = m_fixture->data.filePath(QStringLiteral("example.xml"));
    writeFile(path, "<clientConfig version=\"1.1\">\n"
                    "  <emailProvider id=\"example.org\">\n"
                    "    <domain>example.org</domain>\n"
                    "    <displayName>Example Mail</displayName>\n"
                    "    <outgoingServer type=\"smtp\">\n"
                    "      <hostname>smtp.example.org</hostname>\n"
                    "      <port>465</port>\n"
                    "      <socketType>SSL</socketType>\n"
                    "      <authentication>password-cleartext</authentication>\n"
                    "    </outgoingServer>\n"
                    "  </emailProvider>\n"
                    "</clientConfig>\n");
    auto* page = qobject_cast<ProviderPage*>(m_wizard->currentPage());
    auto* list = find<QListWidget>(page, "providerList");
    const int rows = list->count();
    QVERIFY(page->loadProfileFile(path));
    QVERIFY(page->loadProfileFile(path)); // opened twice: listed once
    QCOMPARE(list->count(), rows + 1);
    QCOMPARE(list->currentRow(), rows);
    QVERIFY(list->currentItem()->text().contains(QLatin1String("Example Mail")));
    QVERIFY(!find<StatusLabel>(page, "profileError")->isVisible());
    clickNext(SetupWizard::DetailsPageId);
    // One outgoing server: no choice to offer.
    QVERIFY(!find<QComboBox>(m_wizard->currentPage(), "outgoingCombo")->isVisible());
}

void WizardTest::noMailProgramSaysWhatToDo()
{
    m_wizard.reset();
    m_fixture = std::make_unique<Fixture>();
    QVERIFY(m_fixture->create(false));
    m_wizard = std::make_unique<SetupWizard>(m_fixture->context());
    m_wizard->show();
    goToClientsPage();
    auto* clients = qobject_cast<ClientsPage*>(m_wizard->currentPage());
    QVERIFY(clients->views().isEmpty());
    const QString intro = find<QLabel>(clients, "clientsIntro")->text();
    QVERIFY2(intro.contains(QLatin1String("No mail program")), qPrintable(intro));
    QVERIFY(intro.contains(QLatin1String("Install Thunderbird")));
    QVERIFY(intro.contains(QLatin1String("Check again")));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
}

void WizardTest::everyControlHasAnAccessibleName()
{
    const auto checkPage = [this](const char* pageName) {
        QSet<const QWidget*> labelled;
        for (const QLabel* label : m_wizard->findChildren<QLabel*>()) {
            if (label->buddy())
                labelled.insert(label->buddy());
        }
        QWidget* page = m_wizard->currentPage();
        QList<QWidget*> controls;
        for (QWidget* w : page->findChildren<QWidget*>()) {
            if (insideComboBox(w))
                continue;
            if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                qobject_cast<QComboBox*>(w) || qobject_cast<QListView*>(w) || qobject_cast<QTreeView*>(w) ||
                qobject_cast<QPlainTextEdit*>(w))
                controls << w;
        }
        for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                        QWizard::FinishButton, QWizard::CancelButton})
            controls << m_wizard->button(b);
        QVERIFY2(!controls.isEmpty(), pageName);
        for (QWidget* w : controls) {
            const auto* button = qobject_cast<QAbstractButton*>(w);
            const bool named = !w->accessibleName().isEmpty() || labelled.contains(w) ||
                               (button && !button->text().remove(QLatin1Char('&')).trimmed().isEmpty());
            QVERIFY2(named,
                     qPrintable(QStringLiteral("%1: %2 \"%3\" has no accessible name")
                                    .arg(QLatin1String(pageName), QLatin1String(w->metaObject()->className()),
                                         w->objectName())));
        }
        // Every mnemonic on screen leads to one place only.
        QHash<QChar, QString> mnemonics;
        const auto addMnemonic = [&](const QString& text, const QWidget* w) {
            const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
            if (at < 0 || !w->isVisible())
                return;
            const QChar key = text.at(at + 1).toLower();
            QVERIFY2(!mnemonics.contains(key),
                     qPrintable(QStringLiteral("%1: Alt+%2 is used by \"%3\" and \"%4\"")
                                    .arg(QLatin1String(pageName), key, mnemonics.value(key), text)));
            mnemonics.insert(key, text);
        };
        for (const QLabel* label : page->findChildren<QLabel*>()) {
            if (label->buddy())
                addMnemonic(label->text(), label);
        }
        for (const QAbstractButton* button : m_wizard->findChildren<QAbstractButton*>())
            addMnemonic(button->text(), button);
    };

    checkPage("provider");
    if (QTest::currentTestFailed())
        return;
    chooseProvider(QStringLiteral("pcug"));
    clickNext(SetupWizard::DetailsPageId);
    enterDetails(QStringLiteral("Alice Example"), QStringLiteral("alice@pcug.org.au"));
    checkPage("details");
    if (QTest::currentTestFailed())
        return;
    clickNext(SetupWizard::ConnectionPageId);
    QTRY_VERIFY_WITH_TIMEOUT(!qobject_cast<ConnectionPage*>(m_wizard->currentPage())->isChecking(), 20000);
    checkPage("connection");
    if (QTest::currentTestFailed())
        return;
    find<QPushButton>(m_wizard->currentPage(), "skipCheckButton")->click();
    clickNext(SetupWizard::CertificatePageId);
    checkPage("certificate");
    if (QTest::currentTestFailed())
        return;
    clickNext(SetupWizard::ClientsPageId);
    checkPage("clients");
    if (QTest::currentTestFailed())
        return;
    clickNext(SetupWizard::ReviewPageId);
    checkPage("review");
    if (QTest::currentTestFailed())
        return;
    m_wizard->button(QWizard::CommitButton)->click();
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    checkPage("apply");
    if (QTest::currentTestFailed())
        return;
    clickNext(SetupWizard::DonePageId);
    checkPage("done");
    if (QTest::currentTestFailed())
        return;
}

// The widgets Tab visits after `from`, in order, up to the wizard's own buttons.
static QStringList tabChain(QWidget* from, int count)
{
    QStringList names;
    QWidget* w = from;
    while (names.size() < count) {
        w = w->nextInFocusChain();
        if (w == from)
            break;
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled())
            names << (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                : w->objectName());
    }
    return names;
}

void WizardTest::tabOrderFollowsTheLayout()
{
    auto* list = find<QListWidget>(m_wizard->currentPage(), "providerList");
    QCOMPARE(tabChain(list, 1), QStringList{QStringLiteral("openProfileButton")});
    chooseProvider(QStringLiteral("pcug"));
    clickNext(SetupWizard::DetailsPageId);
    enterDetails(QStringLiteral("Alice"), QStringLiteral("alice@pcug.org.au"));
    QCOMPARE(tabChain(find<QLineEdit>(m_wizard->currentPage(), "nameEdit"), 3),
             (QStringList{QStringLiteral("emailEdit"), QStringLiteral("usernameEdit"),
                          QStringLiteral("outgoingCombo")}));
    skipConnectionAndCertificate();
    auto* clients = qobject_cast<ClientsPage*>(m_wizard->currentPage());
    QCOMPARE(tabChain(clients->views().first()->checkBox(), 1),
             QStringList{QStringLiteral("checkAgainButton")});
}

QTEST_MAIN(WizardTest)
#include "test_wizard.moc"
