// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

// Parsers for what SMTP, POP3 and IMAP servers answer. Plain functions over the bytes
// received so far, so that a fuzz target can call them directly: they never read
// past `buffer`, never allocate more than the buffer holds, and report a line longer
// than `maxLineLength` as malformed instead of waiting for more (a hostile server
// that sends 10 MB without a line end must not make us keep it all).
namespace mailsetup {

enum class ReplyStatus
{
    Incomplete, // more bytes are needed
    Complete,
    Malformed
};

struct MailReply
{
    ReplyStatus status = ReplyStatus::Incomplete;
    qsizetype consumed = 0;    // bytes of the buffer this reply used (Complete only)
    QList<QByteArray> lines;   // without line ends; SMTP: the text after the code; POP3:
                               // after +OK/-ERR, then the multi-line body; IMAP: whole lines
    int code = 0;              // SMTP: the reply code
    bool positive = false;     // SMTP 2xx/3xx, POP3 +OK, IMAP OK (tagged or greeting)
    bool continuation = false; // IMAP "+ ...", SMTP 334: the server waits for more
    QByteArray statusWord;     // IMAP: OK, NO, BAD, PREAUTH, BYE
    QString error;             // Malformed: why, in plain words
};

constexpr qsizetype DefaultMaxLineLength = 8192; // RFC 5321 allows 512; IMAP lines run longer
constexpr int MaxReplyLines = 500;

// One SMTP reply (RFC 5321 4.2): lines "250-..." then a last "250 ..." with one code.
MailReply parseSmtpReply(QByteArrayView buffer, qsizetype maxLineLength = DefaultMaxLineLength);

// One POP3 response (RFC 1939 3): "+OK ..." or "-ERR ..."; with multiLine, a positive
// response continues up to a line holding only "." (dot-stuffing removed).
MailReply
parsePop3Reply(QByteArrayView buffer, bool multiLine, qsizetype maxLineLength = DefaultMaxLineLength);

// IMAP (RFC 3501 7): with an empty tag, the greeting ("* OK", "* PREAUTH", "* BYE");
// otherwise untagged lines up to the line tagged `tag`, or a "+" continuation.
MailReply
parseImapReply(QByteArrayView buffer, QByteArrayView tag, qsizetype maxLineLength = DefaultMaxLineLength);

// Capabilities, each upper-cased keyword with its parameters ("AUTH PLAIN LOGIN").
QStringList smtpExtensions(const MailReply& ehloReply); // the EHLO reply minus its first line
QStringList smtpAuthMechanisms(const QStringList& extensions);
QStringList pop3Capabilities(const MailReply& capaReply);
QStringList pop3AuthMechanisms(const QStringList& capabilities); // from "SASL ..."
// Every "* CAPABILITY" line and [CAPABILITY ...] response code in the reply.
QStringList imapCapabilities(const MailReply& reply);
QStringList imapAuthMechanisms(const QStringList& capabilities); // from AUTH=...

// Bytes shown to people: printable ASCII kept, everything else as \xNN, cut at maxChars.
QString printableBytes(QByteArrayView bytes, qsizetype maxChars = 200);

} // namespace mailsetup
