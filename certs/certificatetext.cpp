// SPDX-License-Identifier: GPL-3.0-or-later
// The text side of certificates: fingerprints, PEM blocks, names. Apart from
// certificate.cpp (OpenSSL) so that code which only reads or shows these, such as a
// provider profile's pin on the wizard's first page, does not load OpenSSL.
#include "certificate.h"

#include <QRegularExpression>
#include <algorithm>

namespace mailsetup {

QString CertificateInfo::sha256Text() const
{
    return formatFingerprint(sha256);
}

QString CertificateInfo::commonName() const
{
    static const QRegularExpression cn(QStringLiteral("(?:^|,)CN=((?:[^,\\\\]|\\\\.)*)"));
    const auto match = cn.match(subject);
    return match.hasMatch() ? match.captured(1) : subject;
}

QList<QByteArray> pemCertificateBlocks(const QByteArray& text)
{
    static const QByteArray begin("-----BEGIN CERTIFICATE-----");
    static const QByteArray end("-----END CERTIFICATE-----");
    QList<QByteArray> blocks;
    qsizetype from = 0;
    while (true) {
        const qsizetype first = text.indexOf(begin, from);
        const qsizetype stop = first < 0 ? -1 : text.indexOf(end, first);
        if (stop < 0)
            return blocks;
        blocks << text.mid(first, stop + end.size() - first);
        from = stop + end.size();
    }
}

QByteArray parseSha256Fingerprint(const QString& text)
{
    QString hex = text;
    hex.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    const auto isHex = [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    };
    if (hex.size() != 64 || !std::all_of(hex.begin(), hex.end(), isHex))
        return {};
    return QByteArray::fromHex(hex.toLatin1());
}

QString formatFingerprint(const QByteArray& raw)
{
    return QString::fromLatin1(raw.toHex(':').toUpper());
}

QByteArray toPem(const QByteArray& der)
{
    const QByteArray base64 = der.toBase64();
    QByteArray pem("-----BEGIN CERTIFICATE-----\n");
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    pem += "-----END CERTIFICATE-----\n";
    return pem;
}

} // namespace mailsetup
