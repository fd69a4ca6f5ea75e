// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyparsers.h"

#include <QCoreApplication>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

// Splits the next line off `buffer` at `offset`: LF ends it, a CR before it is dropped
// (some servers send bare LF). Returns false when no line end is there yet.
struct Line
{
    QByteArrayView text;
    qsizetype next = 0; // offset after the line end
};

enum class LineStatus
{
    Found,
    NeedMore,
    TooLong
};

LineStatus nextLine(QByteArrayView buffer, qsizetype offset, qsizetype maxLineLength, Line* line)
{
    const QByteArrayView rest = buffer.sliced(offset);
    const qsizetype end = rest.indexOf('\n');
    if (end < 0)
        return rest.size() > maxLineLength ? LineStatus::TooLong : LineStatus::NeedMore;
    if (end > maxLineLength)
        return LineStatus::TooLong;
    QByteArrayView text = rest.first(end);
    if (text.endsWith('\r'))
        text.chop(1);
    line->text = text;
    line->next = offset + end + 1;
    return LineStatus::Found;
}

MailReply malformed(const QString& why)
{
    MailReply reply;
    reply.status = ReplyStatus::Malformed;
    reply.error = why;
    return reply;
}

MailReply tooLong(qsizetype maxLineLength)
{
    return malformed(tr("a line longer than %1 bytes").arg(maxLineLength));
}

MailReply tooManyLines()
{
    return malformed(tr("a reply of more than %1 lines").arg(MaxReplyLines));
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

QByteArray upperWord(QByteArrayView text)
{
    const qsizetype space = text.indexOf(' ');
    return (space < 0 ? text : text.first(space)).toByteArray().toUpper();
}

QStringList splitWords(QByteArrayView text)
{
    return QString::fromLatin1(text.toByteArray()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

MailReply parseSmtpReply(QByteArrayView buffer, qsizetype maxLineLength)
{
    MailReply reply;
    qsizetype offset = 0;
    for (;;) {
        Line line;
        const LineStatus status = nextLine(buffer, offset, maxLineLength, &line);
        if (status == LineStatus::TooLong)
            return tooLong(maxLineLength);
        if (status == LineStatus::NeedMore) {
            // Already wrong before its end: say so now rather than wait for a line end.
            const QByteArrayView partial =
                buffer.sliced(offset).first(qMin<qsizetype>(3, buffer.size() - offset));
            for (char c : partial) {
                if (!isDigit(c))
                    return malformed(
                        tr("not an SMTP reply: \"%1\"").arg(printableBytes(buffer.sliced(offset), 60)));
            }
            return reply;
        }
        const QByteArrayView text = line.text;
        const bool shapeOk = text.size() >= 3 && isDigit(text[0]) && isDigit(text[1]) && isDigit(text[2]) &&
                             text[0] >= '2' && text[0] <= '5' &&
                             (text.size() == 3 || text[3] == ' ' || text[3] == '-');
        if (!shapeOk)
            return malformed(tr("not an SMTP reply: \"%1\"").arg(printableBytes(text, 60)));
        const int code = (text[0] - '0') * 100 + (text[1] - '0') * 10 + (text[2] - '0');
        if (reply.lines.isEmpty())
            reply.code = code;
        else if (code != reply.code)
            return malformed(
                tr("an SMTP reply whose lines have different codes (%1, %2)").arg(reply.code).arg(code));
        if (reply.lines.size() >= MaxReplyLines)
            return tooManyLines();
        reply.lines << (text.size() > 4 ? text.sliced(4).toByteArray() : QByteArray());
        offset = line.next;
        if (text.size() == 3 || text[3] == ' ') {
            reply.status = ReplyStatus::Complete;
            reply.consumed = offset;
            reply.positive = code < 400;
            reply.continuation = code == 334;
            return reply;
        }
    }
}

MailReply parsePop3Reply(QByteArrayView buffer, bool multiLine, qsizetype maxLineLength)
{
    MailReply reply;
    Line line;
    LineStatus status = nextLine(buffer, 0, maxLineLength, &line);
    if (status == LineStatus::TooLong)
        return tooLong(maxLineLength);
    if (status == LineStatus::NeedMore) {
        // "+OK" / "-ERR" can be judged from the first bytes.
        const QByteArrayView start = buffer.first(qMin<qsizetype>(buffer.size(), 4));
        if (!QByteArrayView("+OK").startsWith(start.first(qMin<qsizetype>(start.size(), 3))) &&
            !QByteArrayView("-ERR").startsWith(start))
            return malformed(tr("not a POP3 reply: \"%1\"").arg(printableBytes(buffer, 60)));
        return reply;
    }
    const QByteArrayView first = line.text;
    if (first.startsWith("+OK") && (first.size() == 3 || first[3] == ' ')) {
        reply.positive = true;
    } else if (first.startsWith("-ERR") && (first.size() == 4 || first[4] == ' ')) {
        reply.positive = false;
    } else {
        return malformed(tr("not a POP3 reply: \"%1\"").arg(printableBytes(first, 60)));
    }
    reply.lines << first
                       .sliced(reply.positive ? qMin<qsizetype>(4, first.size())
                                              : qMin<qsizetype>(5, first.size()))
                       .toByteArray();
    qsizetype offset = line.next;
    if (multiLine && reply.positive) {
        for (;;) {
            status = nextLine(buffer, offset, maxLineLength, &line);
            if (status == LineStatus::TooLong)
                return tooLong(maxLineLength);
            if (status == LineStatus::NeedMore)
                return MailReply{};
            offset = line.next;
            if (line.text == ".")
                break;
            if (reply.lines.size() >= MaxReplyLines)
                return tooManyLines();
            // RFC 1939: a line starting with "." is sent with one more ".".
            reply.lines << (line.text.startsWith('.') ? line.text.sliced(1) : line.text).toByteArray();
        }
    }
    reply.status = ReplyStatus::Complete;
    reply.consumed = offset;
    return reply;
}

MailReply parseImapReply(QByteArrayView buffer, QByteArrayView tag, qsizetype maxLineLength)
{
    MailReply reply;
    qsizetype offset = 0;
    for (;;) {
        Line line;
        const LineStatus status = nextLine(buffer, offset, maxLineLength, &line);
        if (status == LineStatus::TooLong)
            return tooLong(maxLineLength);
        if (status == LineStatus::NeedMore) {
            const QByteArrayView rest = buffer.sliced(offset);
            const bool plausible =
                rest.isEmpty() || rest[0] == '*' ||
                (!tag.isEmpty() &&
                 (rest[0] == '+' || tag.startsWith(rest.first(qMin(rest.size(), tag.size())))));
            if (!plausible)
                return malformed(tr("not an IMAP reply: \"%1\"").arg(printableBytes(rest, 60)));
            return MailReply{};
        }
        if (reply.lines.size() >= MaxReplyLines)
            return tooManyLines();
        const QByteArrayView text = line.text;
        offset = line.next;
        reply.lines << text.toByteArray();
        if (text.startsWith("* ")) {
            if (!tag.isEmpty())
                continue;
            // The greeting: exactly one untagged OK, PREAUTH or BYE.
            reply.statusWord = upperWord(text.sliced(2));
            if (reply.statusWord != "OK" && reply.statusWord != "PREAUTH" && reply.statusWord != "BYE")
                return malformed(tr("not an IMAP greeting: \"%1\"").arg(printableBytes(text, 60)));
            reply.positive = reply.statusWord != "BYE";
            reply.status = ReplyStatus::Complete;
            reply.consumed = offset;
            return reply;
        }
        if (!tag.isEmpty() && (text == "+" || text.startsWith("+ "))) {
            reply.continuation = true;
            reply.status = ReplyStatus::Complete;
            reply.consumed = offset;
            return reply;
        }
        if (!tag.isEmpty() && text.startsWith(tag) && text.size() > tag.size() && text[tag.size()] == ' ') {
            reply.statusWord = upperWord(text.sliced(tag.size() + 1));
            if (reply.statusWord != "OK" && reply.statusWord != "NO" && reply.statusWord != "BAD")
                return malformed(
                    tr("an IMAP reply with status \"%1\"").arg(printableBytes(reply.statusWord, 20)));
            reply.positive = reply.statusWord == "OK";
            reply.status = ReplyStatus::Complete;
            reply.consumed = offset;
            return reply;
        }
        return malformed(tr("not an IMAP reply: \"%1\"").arg(printableBytes(text, 60)));
    }
}

QStringList smtpExtensions(const MailReply& ehloReply)
{
    QStringList extensions;
    for (qsizetype i = 1; i < ehloReply.lines.size(); ++i) {
        QStringList words = splitWords(ehloReply.lines.at(i));
        if (words.isEmpty())
            continue;
        words[0] = words[0].toUpper();
        extensions << words.join(QLatin1Char(' '));
    }
    return extensions;
}

QStringList smtpAuthMechanisms(const QStringList& extensions)
{
    QStringList mechanisms;
    for (const QString& extension : extensions) {
        // "AUTH PLAIN LOGIN", and the pre-RFC "AUTH=PLAIN LOGIN" some servers still send.
        if (!extension.startsWith(QLatin1String("AUTH ")) && !extension.startsWith(QLatin1String("AUTH=")))
            continue;
        for (const QString& word : extension.mid(5).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!mechanisms.contains(word.toUpper()))
                mechanisms << word.toUpper();
        }
    }
    return mechanisms;
}

QStringList pop3Capabilities(const MailReply& capaReply)
{
    QStringList capabilities;
    if (!capaReply.positive)
        return capabilities;
    for (qsizetype i = 1; i < capaReply.lines.size(); ++i) {
        QStringList words = splitWords(capaReply.lines.at(i));
        if (words.isEmpty())
            continue;
        words[0] = words[0].toUpper();
        capabilities << words.join(QLatin1Char(' '));
    }
    return capabilities;
}

QStringList pop3AuthMechanisms(const QStringList& capabilities)
{
    QStringList mechanisms;
    for (const QString& capability : capabilities) {
        if (capability.startsWith(QLatin1String("SASL ")))
            mechanisms << capability.mid(5).toUpper().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return mechanisms;
}

QStringList imapCapabilities(const MailReply& reply)
{
    QStringList capabilities;
    auto add = [&capabilities](QByteArrayView words) {
        for (const QString& word : splitWords(words)) {
            if (!capabilities.contains(word.toUpper()))
                capabilities << word.toUpper();
        }
    };
    for (const QByteArray& line : reply.lines) {
        if (line.toUpper().startsWith("* CAPABILITY ")) {
            add(QByteArrayView(line).sliced(13));
            continue;
        }
        const qsizetype start = line.toUpper().indexOf("[CAPABILITY ");
        if (start >= 0) {
            const qsizetype end = line.indexOf(']', start);
            if (end > start)
                add(QByteArrayView(line).sliced(start + 12, end - start - 12));
        }
    }
    return capabilities;
}

QStringList imapAuthMechanisms(const QStringList& capabilities)
{
    QStringList mechanisms;
    for (const QString& capability : capabilities) {
        if (capability.startsWith(QLatin1String("AUTH=")))
            mechanisms << capability.mid(5);
    }
    return mechanisms;
}

QString printableBytes(QByteArrayView bytes, qsizetype maxChars)
{
    QString text;
    for (char c : bytes) {
        if (text.size() >= maxChars) {
            text += QStringLiteral("…");
            break;
        }
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f)
            text += QLatin1Char(c);
        else
            text += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return text;
}

} // namespace mailsetup
