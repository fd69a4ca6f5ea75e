// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace proof {

// A password in every form a careless program could write it: as is, percent-encoded
// (URLs), and Base64 on its own (AUTH LOGIN), inside SASL PLAIN ("\0user\0pass",
// "user\0user\0pass") and inside any longer Base64 text (the three alignments, without
// the characters that depend on the neighbouring bytes).
QList<QByteArray> secretForms(const QByteArray& password, const QByteArray& user);

// "where: form" for each form found; `sources` maps a name (a file, "stdout") to bytes.
QStringList findSecrets(const QMap<QString, QByteArray>& sources, const QList<QByteArray>& forms);

// How often any of the forms occurs in bytes.
int countSecrets(const QByteArray& bytes, const QList<QByteArray>& forms);

} // namespace proof
