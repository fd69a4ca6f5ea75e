// SPDX-License-Identifier: GPL-3.0-or-later
// What a person sees of a plan: summary, notes, diff, and never a password.
#include "changeplan.h"

#include <QtTest>

using namespace mailsetup;

class TestChangePlan : public QObject
{
    Q_OBJECT

private slots:
    void redactsPasswordsItDidNotWrite_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("shown");
        QTest::newRow("muttrc") << "set smtp_pass = \"s3cret\""
                                << "set smtp_pass = ***";
        QTest::newRow("muttrc no spaces") << "set imap_pass=s3cret # mine"
                                          << "set imap_pass=***";
        QTest::newRow("url") << "set smtp_url = \"smtps://alice:s3cret@smtp.example.test:465\""
                             << "set smtp_url = \"smtps://alice:***@smtp.example.test:465\"";
        QTest::newRow("prefs") << "user_pref(\"mail.smtpserver.smtp1.password\", \"s3cret\");"
                               << "user_pref(\"mail.smtpserver.smtp1.password\", ***";
        QTest::newRow("claws") << "smtp_password=s3cret"
                               << "smtp_password=***";
        QTest::newRow("flag kept") << "storepass=true"
                                   << "storepass=true";
        QTest::newRow("host kept")
            << "user_pref(\"mail.smtpserver.smtp1.hostname\", \"smtp.passau.example\");"
            << "user_pref(\"mail.smtpserver.smtp1.hostname\", \"smtp.passau.example\");";
    }

    void redactsPasswordsItDidNotWrite()
    {
        QFETCH(QString, line);
        QFETCH(QString, shown);
        QCOMPARE(redactSecrets(line), shown);
    }

    void planTextHidesPasswordsInDiffAndDetails()
    {
        ChangePlan plan;
        plan.clientName = QStringLiteral("Mutt");
        plan.installationLabel = QStringLiteral("~/.muttrc");
        plan.summary << QStringLiteral("Set the outgoing server");
        plan.notes << QStringLiteral("Hooks were left alone");
        plan.files << FileChange{
            QStringLiteral("/home/a/.muttrc"),
            true,
            "set smtp_pass = \"wonderland\"\nset smtp_url = \"smtp://a:wonderland@old.example\"\n",
            "set smtp_pass = \"wonderland\"\nset smtp_url = \"smtps://a@new.example:465\"\n",
            {QStringLiteral(
                "smtp_url: \"smtp://a:wonderland@old.example\" → \"smtps://a@new.example:465\"")}};
        const QString text = plan.toText();
        QVERIFY2(!text.contains(QStringLiteral("wonderland")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("+set smtp_url = \"smtps://a@new.example:465\"")));
        QVERIFY(text.contains(QStringLiteral("* Set the outgoing server")));
        QVERIFY(text.contains(QStringLiteral("! Hooks were left alone")));
        QVERIFY(plan.canApply());

        ChangePlan refused = plan;
        refused.refusal = QStringLiteral("Mutt is running");
        QVERIFY(!refused.canApply());
        QVERIFY(refused.toText().contains(QStringLiteral("Nothing will be changed: Mutt is running")));
    }
};

QTEST_GUILESS_MAIN(TestChangePlan)
#include "test_changeplan.moc"
