// SPDX-License-Identifier: GPL-3.0-or-later
// The settings sheet as text, HTML and PDF: the servers, ports and fingerprints are
// there (read back from the PDF with poppler's pdftotext), and a password never is.
#include "accountsettings.h"
#include "pdfdocument.h"
#include "profileloader.h"
#include "settingssheet.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace mailsetup;

namespace {

AccountSettings resolve(const ProviderProfile& profile, const QString& email)
{
    AccountRequest request;
    request.email = email;
    request.realName = QStringLiteral("Alice Ng");
    return *resolveAccount(profile, request).settings;
}

// pdftotext from poppler-utils (scripts/install-deps.sh): the PDF as a reader sees it.
QString pdfText(const QString& pdfPath)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        qFatal("pdftotext not found: install poppler-utils (scripts/install-deps.sh)");
    QProcess process;
    process.start(tool, {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qFatal("pdftotext failed: %s", process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestSettingsSheet : public QObject
{
    Q_OBJECT

private:
    ProviderProfile m_pcug;
    SettingsSheet m_sheet;

private slots:
    void initTestCase()
    {
        const ProfileLoadResult loaded = ProfileLoader::loadBundled(QStringLiteral("pcug"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        m_pcug = *loaded.profile;
        m_sheet = buildSettingsSheet(m_pcug, resolve(m_pcug, QStringLiteral("alice@pcug.org.au")));
    }

    void recommendedAndAlternatives()
    {
        QCOMPARE(m_sheet.recommended.size(), 2);
        QCOMPARE(m_sheet.recommended[0].hostname, QStringLiteral("mailhost.pcug.org.au"));
        QCOMPARE(m_sheet.recommended[0].port, 995);
        QCOMPARE(m_sheet.recommended[1].hostname, QStringLiteral("smtps.tip.net.au"));
        QCOMPARE(m_sheet.recommended[1].port, 465);
        QCOMPARE(m_sheet.recommended[1].login, QStringLiteral("alice"));
        QVERIFY(m_sheet.recommended[1].security.contains(QLatin1String("encrypted from the first byte")));
        QList<int> ports;
        for (const SettingsSheet::Server& row : m_sheet.alternatives)
            ports << row.port;
        QCOMPARE(ports, (QList<int>{110, 587, 25}));
        QVERIFY(m_sheet.alternatives.last().when.contains(QLatin1String("port 25")));
        QCOMPARE(m_sheet.caSha256.left(11), QStringLiteral("07:ED:BD:82"));
        QCOMPARE(m_sheet.caSha1.size(), 59); // 20 bytes as hex pairs with colons
    }

    void textHasEverythingForThePhone()
    {
        const QString text = settingsSheetToText(m_sheet);
        for (const char* expected : {"alice@pcug.org.au", "smtps.tip.net.au", "mailhost.pcug.org.au", "465",
                                     "995", "587", "User name:  alice", "07:ED:BD:82:4A:49:88:CF",
                                     "help@tip.net.au", "Log-in:     normal password", "newsgroup tip.help",
                                     "(not CRAM-MD5)", "Your password is not on this sheet"})
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
    }

    void htmlIsOneTableEach()
    {
        const QString html = settingsSheetToHtml(m_sheet);
        QCOMPARE(html.count(QLatin1String("<table")), 2);
        QVERIFY(html.contains(QLatin1String("<b>smtps.tip.net.au</b>")));
        QVERIFY(html.contains(QLatin1String("<code>07:ED:BD:82")));
    }

    // The servers come back out of the PDF as a reader sees them; it is one page.
    void pdfReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
        PdfOptions options;
        options.title = m_sheet.title();
        QCOMPARE(writePdf(settingsSheetToHtml(m_sheet), path, options), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString text = pdfText(path);
        for (const char* expected : {"smtps.tip.net.au", "mailhost.pcug.org.au", "465", "995",
                                     "alice@pcug.org.au", "help@tip.net.au"})
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        QVERIFY2(
            text.simplified().remove(QLatin1Char(' ')).contains(QLatin1String("07:ED:BD:82:4A:49:88:CF")),
            qPrintable(text));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.waitForFinished(30000));
        const QString meta = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(meta.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(meta));
        QVERIFY2(meta.contains(QLatin1String("Mail settings for alice@pcug.org.au")), qPrintable(meta));
    }

    void writePdfNamesTheFile()
    {
        const QString error =
            writePdf(QStringLiteral("<p>x</p>"), QStringLiteral("/nonexistent-dir/sheet.pdf"));
        QVERIFY(error.contains(QLatin1String("/nonexistent-dir/sheet.pdf")));
    }

    // A provider file may carry a password (autoconfig <password>): never on the sheet.
    void neverAPassword()
    {
        const ProfileLoadResult loaded =
            ProfileLoader::load(QStringLiteral(MAILSETUP_TEST_DATA "/helpdesk/password-in-profile.xml"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        const SettingsSheet sheet = buildSettingsSheet(
            *loaded.profile, resolve(*loaded.profile, QStringLiteral("alice@example.test")));
        const QString secret = QStringLiteral("Sekrit-Wonderland-42");
        QVERIFY(settingsSheetToText(sheet).contains(QLatin1String("smtp.example.test")));
        QVERIFY(!settingsSheetToText(sheet).contains(secret));
        QVERIFY(!settingsSheetToHtml(sheet).contains(secret));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
        QCOMPARE(writePdf(settingsSheetToHtml(sheet), path), QString());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QLatin1String("smtp.example.test")), qPrintable(text));
        QVERIFY(!text.contains(secret));
    }
};

QTEST_MAIN(TestSettingsSheet)
#include "test_settingssheet.moc"
