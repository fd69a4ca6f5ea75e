// SPDX-License-Identifier: GPL-3.0-or-later
// Instructions as plain text (to read out or paste into an email) and as HTML (to show
// or print). Both number the steps straight through, so "step 7" means one thing on the phone.
#include "instructions.h"

#include <QCoreApplication>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

QString quoted(const QString& text)
{
    return QStringLiteral("\"%1\"").arg(text);
}

// One step as a sentence; `mark` wraps labels, `code` what to type, `plain` the rest.
template <typename Mark, typename Code, typename Plain>
QString sentence(const InstructionStep& step, Mark mark, Code code, Plain plain)
{
    const QString where = step.where.isEmpty() ? QString() : plain(step.where) + QStringLiteral(": ");
    switch (step.kind) {
    case InstructionStep::Kind::Open:
        return tr("Open %1.").arg(mark(step.where));
    case InstructionStep::Kind::Click:
        return where + tr("click %1.").arg(mark(quoted(step.field)));
    case InstructionStep::Kind::Type:
        return where + tr("in %1 type %2").arg(mark(quoted(step.field)), code(step.value));
    case InstructionStep::Kind::Choose:
        return where + tr("in %1 choose %2.").arg(mark(quoted(step.field)), mark(quoted(step.value)));
    case InstructionStep::Kind::Tick:
        return where + tr("tick %1.").arg(mark(quoted(step.field)));
    case InstructionStep::Kind::Untick:
        return where + tr("clear the tick in %1.").arg(mark(quoted(step.field)));
    case InstructionStep::Kind::Say:
        break;
    }
    return step.field.isEmpty() ? plain(step.value) : where + code(step.value);
}

QString title(const ClientInstructions& in)
{
    return tr("Setting up %1 for %2 (%3)").arg(in.clientName, in.email, in.providerName);
}

} // namespace

QString instructionsToText(const ClientInstructions& in)
{
    const auto plain = [](const QString& s) { return s; };
    QStringList lines;
    lines << title(in) << QString();
    if (!in.intro.isEmpty())
        lines << in.intro << QString();
    for (const QString& warning : in.warnings)
        lines << tr("Important: %1").arg(warning) << QString();
    int number = 0;
    for (const InstructionSection& section : in.sections) {
        if (!section.title.isEmpty())
            lines << section.title;
        for (const InstructionStep& step : section.steps) {
            lines << QStringLiteral("%1. %2").arg(++number, 2).arg(sentence(step, plain, plain, plain));
            if (!step.note.isEmpty())
                lines << QStringLiteral("    ") + tr("Note: %1").arg(step.note);
        }
        lines << QString();
    }
    if (!in.providerNotes.isEmpty()) {
        lines << tr("From %1:").arg(in.providerName);
        for (const QString& note : in.providerNotes)
            lines << QStringLiteral("  ") + note;
        lines << QString();
    }
    if (!in.helpdesk.isEmpty())
        lines << tr("Help: %1").arg(in.helpdesk);
    if (!in.sources.isEmpty())
        lines << tr("(Names of menus and fields from: %1)").arg(in.sources.join(QStringLiteral("; ")));
    return lines.join(QLatin1Char('\n')).trimmed() + QLatin1Char('\n');
}

QString instructionsToHtml(const ClientInstructions& in)
{
    const auto mark = [](const QString& s) { return QStringLiteral("<b>%1</b>").arg(s.toHtmlEscaped()); };
    const auto code = [](const QString& s) {
        return QStringLiteral("<code>%1</code>").arg(s.toHtmlEscaped());
    };
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString html;
    html += QStringLiteral(
                "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>\n")
                .arg(esc(title(in)));
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(title(in)));
    if (!in.intro.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(esc(in.intro));
    for (const QString& warning : in.warnings)
        html += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(esc(tr("Important:")), esc(warning));
    int number = 0;
    for (const InstructionSection& section : in.sections) {
        if (!section.title.isEmpty())
            html += QStringLiteral("<h2>%1</h2>\n").arg(esc(section.title));
        html += QStringLiteral("<ol start=\"%1\">\n").arg(number + 1);
        for (const InstructionStep& step : section.steps) {
            ++number;
            QString item = sentence(step, mark, code, esc);
            if (!step.note.isEmpty())
                item += QStringLiteral("<br><i>%1</i>").arg(esc(tr("Note: %1").arg(step.note)));
            html += QStringLiteral("<li>%1</li>\n").arg(item);
        }
        html += QStringLiteral("</ol>\n");
    }
    if (!in.providerNotes.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("From %1").arg(in.providerName)));
        for (const QString& note : in.providerNotes)
            html += QStringLiteral("<p>%1</p>\n").arg(esc(note));
    }
    if (!in.helpdesk.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(esc(tr("Help:")), esc(in.helpdesk));
    if (!in.sources.isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>\n")
                    .arg(esc(
                        tr("Names of menus and fields from: %1").arg(in.sources.join(QStringLiteral("; ")))));
    html += QStringLiteral("</body></html>\n");
    return html;
}

} // namespace mailsetup
