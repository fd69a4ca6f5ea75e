// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdiff.h"

#include <QList>
#include <QStringList>
#include <vector>

namespace mailsetup {
namespace {

QList<QByteArray> splitLines(const QByteArray& text)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            lines << text.mid(start, i - start + 1);
            start = i + 1;
        }
    }
    if (start < text.size())
        lines << text.mid(start);
    return lines;
}

enum class Op
{
    Keep,
    Delete,
    Insert
};
struct Edit
{
    Op op;
    int a; // index in before (Keep, Delete)
    int b; // index in after (Keep, Insert)
};

// Myers' greedy forward algorithm with a saved V per step for the backtrack.
std::vector<Edit> diffLines(const QList<QByteArray>& a, const QList<QByteArray>& b)
{
    const int n = int(a.size()), m = int(b.size());
    // Common prefix and suffix are free: most of a prefs.js is unchanged.
    int prefix = 0;
    while (prefix < n && prefix < m && a[prefix] == b[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && a[n - 1 - suffix] == b[m - 1 - suffix])
        ++suffix;
    const int an = n - prefix - suffix, bm = m - prefix - suffix;

    std::vector<Edit> edits;
    for (int i = 0; i < prefix; ++i)
        edits.push_back({Op::Keep, i, i});

    const int max = an + bm;
    const int offset = max + 1;
    std::vector<int> v(2 * max + 3, 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                                   : v[offset + k - 1] + 1;
            int y = x - k;
            while (x < an && y < bm && a[prefix + x] == b[prefix + y]) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= an && y >= bm) {
                found = d;
                break;
            }
        }
    }

    std::vector<Edit> middle;
    int x = an, y = bm;
    for (int d = found; d > 0; --d) {
        const std::vector<int>& pv = trace[d];
        const int k = x - y;
        const bool down = (k == -d || (k != d && pv[offset + k - 1] < pv[offset + k + 1]));
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = pv[offset + prevK];
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
            middle.push_back({Op::Keep, prefix + x, prefix + y});
        }
        if (down) {
            --y;
            middle.push_back({Op::Insert, prefix + x, prefix + y});
        } else {
            --x;
            middle.push_back({Op::Delete, prefix + x, prefix + y});
        }
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        middle.push_back({Op::Keep, prefix + x, prefix + y});
    }
    edits.insert(edits.end(), middle.rbegin(), middle.rend());
    for (int i = 0; i < suffix; ++i)
        edits.push_back({Op::Keep, n - suffix + i, m - suffix + i});
    return edits;
}

QString lineText(const QByteArray& line)
{
    QByteArray text = line;
    if (text.endsWith('\n'))
        text.chop(1);
    if (text.endsWith('\r'))
        text.chop(1);
    return QString::fromUtf8(text);
}

} // namespace

QString unifiedDiff(const QByteArray& before,
                    const QByteArray& after,
                    const QString& beforeName,
                    const QString& afterName,
                    int context)
{
    const QList<QByteArray> a = splitLines(before);
    const QList<QByteArray> b = splitLines(after);
    const std::vector<Edit> edits = diffLines(a, b);

    QStringList out;
    out << QStringLiteral("--- %1").arg(beforeName) << QStringLiteral("+++ %1").arg(afterName);
    const int count = int(edits.size());
    int i = 0;
    while (i < count) {
        while (i < count && edits[size_t(i)].op == Op::Keep)
            ++i;
        if (i >= count)
            break;
        // A hunk: from `context` lines before this change to `context` lines after
        // the last change that is within 2*context lines of the previous one.
        const int start = std::max(0, i - context);
        int end = i;
        int lastChange = i;
        while (end < count) {
            if (edits[size_t(end)].op != Op::Keep)
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = std::min(count, lastChange + context + 1);

        int aStart = -1, bStart = -1, aLen = 0, bLen = 0;
        QStringList body;
        for (int j = start; j < end; ++j) {
            const Edit& e = edits[size_t(j)];
            if (aStart < 0) {
                aStart = e.a;
                bStart = e.b;
            }
            switch (e.op) {
            case Op::Keep:
                ++aLen;
                ++bLen;
                body << QStringLiteral(" ") + lineText(a[e.a]);
                break;
            case Op::Delete:
                ++aLen;
                body << QStringLiteral("-") + lineText(a[e.a]);
                break;
            case Op::Insert:
                ++bLen;
                body << QStringLiteral("+") + lineText(b[e.b]);
                break;
            }
        }
        // diff -u numbers an empty range by the line before it.
        out << QStringLiteral("@@ -%1,%2 +%3,%4 @@")
                   .arg(aLen ? aStart + 1 : aStart)
                   .arg(aLen)
                   .arg(bLen ? bStart + 1 : bStart)
                   .arg(bLen);
        out << body;
        i = end;
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace mailsetup
