// SPDX-License-Identifier: GPL-3.0-or-later
// The report as a page (diagnosisReportHtml) and the fix wording for where it is shown,
// on a report made in the test: one endpoint that works once the CA is installed, one
// whose server answered with markup and echoed a password the probe had redacted.
#include "diagnosisreport.h"
#include "verdicts.h"

#include <QTest>
#include <QTextDocument>

using namespace mailsetup;

namespace {

DiagnosisReport sampleReport()
{
    DiagnosisReport report;
    report.profileId = QStringLiteral("pcug");
    report.profileName = QStringLiteral("PCUG <test> & co");
    report.caName = QStringLiteral("CAcert Class 1 root certificate");
    report.timeoutMs = 10000;
    report.loginChecked = true;

    EndpointResult works;
    works.endpoint.protocol = MailProtocol::Smtp;
    works.endpoint.host = QStringLiteral("smtps.tip.net.au");
    works.endpoint.port = works.endpoint.profilePort = 465;
    works.endpoint.security = Security::Ssl;
    works.verdict = Verdict::WorksAfterCaInstall;
    works.stage = ProbeStage::Done;
    works.tlsEstablished = true;
    works.tlsProtocol = QStringLiteral("TLSv1.3");
    works.chain.checked = true;
    works.chain.trustedByProfileCa = true;
    works.greeting = QStringLiteral("220 smtps.tip.net.au ESMTP");
    works.transcript << TranscriptLine{12, TranscriptLine::Client,
                                       QStringLiteral("AUTH PLAIN [password redacted]")}
                     << TranscriptLine{15, TranscriptLine::Server,
                                       QStringLiteral("235 2.7.0 Authentication successful")};

    EndpointResult refused;
    refused.endpoint.protocol = MailProtocol::Pop3;
    refused.endpoint.host = QStringLiteral("mailhost.pcug.org.au");
    refused.endpoint.port = refused.endpoint.profilePort = 110;
    refused.endpoint.security = Security::StartTls;
    refused.verdict = Verdict::Refused;
    refused.stage = ProbeStage::Greeting;
    refused.detail = QStringLiteral("-ERR <script>alert(1)</script>");
    refused.transcript << TranscriptLine{3, TranscriptLine::Server,
                                         QStringLiteral("-ERR <script>alert(1)</script>")};

    report.endpoints = {works, refused};
    describeVerdicts(report.endpoints, report.caName);
    report.recommendation = recommend(report.endpoints, QStringLiteral("alice@pcug.org.au"));
    return report;
}

} // namespace

class TestDiagnosisReport : public QObject
{
    Q_OBJECT

private slots:
    void wizardWordingByDefault()
    {
        const DiagnosisReport report = sampleReport();
        QCOMPARE(report.endpoints[0].fix, QStringLiteral("install it on the next page"));
    }

    void wordingOfWhereItIsShown()
    {
        DiagnosisReport report = sampleReport();
        const QString command =
            QStringLiteral("mailsetup certificate install --profile pcug --confirm-fingerprint AB");
        describeVerdicts(report.endpoints, report.caName, command);
        QCOMPARE(report.endpoints[0].fix, command);
        // Only the CA fix changes; others keep their words.
        QVERIFY(!report.endpoints[1].fix.contains(command));
        QVERIFY(!report.endpoints[1].fix.isEmpty());
    }

    void htmlHasVerdictsFixesAndEscapedServerText()
    {
        const DiagnosisReport report = sampleReport();
        const QString html = diagnosisReportHtml(report);
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("PCUG &lt;test&gt; &amp; co")));
        QVERIFY2(!html.contains(QStringLiteral("<script>")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("-ERR &lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QStringLiteral("[password redacted]")));

        // What a reader sees, laid out by QTextDocument as the PDF is.
        QTextDocument document;
        document.setHtml(html);
        const QString text = document.toPlainText();
        for (const EndpointResult& r : report.endpoints) {
            QVERIFY2(text.contains(r.endpoint.label()), qPrintable(r.endpoint.label()));
            QVERIFY2(text.contains(r.summary), qPrintable(r.summary));
            QVERIFY2(text.contains(r.fix), qPrintable(r.fix));
            QVERIFY(text.contains(QStringLiteral("verdict %1").arg(verdictId(r.verdict))));
        }
        QVERIFY(text.contains(QStringLiteral("C: AUTH PLAIN [password redacted]")));
        QVERIFY(text.contains(QStringLiteral("Log-in checked with the password given (not shown).")));
        // Receiving does not work, so there is no recommendation to apply, and it says why.
        QVERIFY2(
            text.contains(QStringLiteral("No recommendation: send with SMTP smtps.tip.net.au:465 (SSL/TLS); "
                                         "no safe way to receive mail works from here.")),
            qPrintable(text));
    }

    void aCommandToTypeIsShownOnceAsABlock()
    {
        DiagnosisReport report = sampleReport();
        report.endpoints << report.endpoints[0];
        report.endpoints[2].endpoint.port = report.endpoints[2].endpoint.profilePort = 587;
        report.endpoints[2].endpoint.security = Security::StartTls;
        const QString fingerprint = QStringLiteral("07:ED:BD:82:4A:49:88:CF:EF:42:15:DA:20:D4:8C:2B:41:D7:15:"
                                                   "29:D7:C9:00:F5:70:92:6F:27:7C:C2:30:C5");
        describeVerdicts(
            report.endpoints, report.caName,
            QStringLiteral("compare the fingerprint, then install it with: mailsetup certificate install "
                           "--profile pcug --confirm-fingerprint %1")
                .arg(fingerprint));
        const QString html = diagnosisReportHtml(report);
        QCOMPARE(html.count(QStringLiteral(">mailsetup certificate install")), 1); // one fix for both servers
        QVERIFY2(html.contains(
                     QStringLiteral("<p><b>SMTP smtps.tip.net.au:465 (SSL/TLS), SMTP smtps.tip.net.au:587 "
                                    "(STARTTLS):</b> compare the fingerprint, then install it with:")),
                 qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral(">mailsetup certificate install \\\n"
                                              "    --profile pcug \\\n"
                                              "    --confirm-fingerprint \\\n"
                                              "    %1</pre>")
                                   .arg(fingerprint)),
                 qPrintable(html));
    }

    void transcriptsCanBeLeftOut()
    {
        const QString html = diagnosisReportHtml(sampleReport(), false);
        QVERIFY(!html.contains(QStringLiteral("<pre")));
        QVERIFY(!html.contains(QStringLiteral("235 2.7.0")));
        QVERIFY(html.contains(QStringLiteral("install it on the next page")));
    }
};

QTEST_MAIN(TestDiagnosisReport)
#include "test_diagnosisreport.moc"
