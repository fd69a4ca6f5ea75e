// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretscan.h"

namespace proof {

QList<QByteArray> secretForms(const QByteArray& password, const QByteArray& user)
{
    QList<QByteArray> forms{password, password.toPercentEncoding(), password.toBase64(),
                            (QByteArray(1, '\0') + user + '\0' + password).toBase64(),
                            (user + '\0' + user + '\0' + password).toBase64()};
    for (int offset = 0; offset < 3; ++offset) {
        const QByteArray encoded = (QByteArray(offset, 'x') + password + "xxx").toBase64();
        // Groups of 4 characters encode 3 bytes: drop the first group when it holds a
        // byte before the password and the last two, which hold bytes after it.
        const int start = offset == 0 ? 0 : 4;
        forms << encoded.mid(start, encoded.size() - start - 8);
    }
    return forms;
}

QStringList findSecrets(const QMap<QString, QByteArray>& sources, const QList<QByteArray>& forms)
{
    QStringList found;
    for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
        for (const QByteArray& form : forms) {
            if (!form.isEmpty() && it.value().contains(form))
                found << QStringLiteral("%1: %2").arg(it.key(), QString::fromLatin1(form));
        }
    }
    return found;
}

int countSecrets(const QByteArray& bytes, const QList<QByteArray>& forms)
{
    int count = 0;
    for (const QByteArray& form : forms)
        count += form.isEmpty() ? 0 : int(bytes.count(form));
    return count;
}

} // namespace proof
