#include "ui/storeerrortext.h"

#include <QRegularExpression>

namespace RelayDesk {

QString StoreErrorText::of(const QString& error)
{
    // The sentences of Database::explainOpenFailure (core/store/database.cpp), each "... (driver text)" at
    // the end.
    static const QRegularExpression unreachable(
        QStringLiteral("cannot reach the PostgreSQL server at (\\S+) \\(.*\\)$"));
    static const QRegularExpression password(
        QStringLiteral("the PostgreSQL server at (\\S+) refused the password of user '([^']*)' \\(.*\\)$"));
    static const QRegularExpression noPassword(QStringLiteral(
        "the PostgreSQL server at (\\S+) asks user '([^']*)' for a password, and none was given \\(.*\\)$"));
    static const QRegularExpression tls(
        QStringLiteral("TLS to the PostgreSQL server at (\\S+) failed \\((.*)\\)$"));
    static const QRegularExpression unopened(
        QStringLiteral("cannot open the PostgreSQL store (\\S+) \\((.*)\\)$"));
    // A session that went away in the middle of a statement: the driver's words only.
    static const QRegularExpression lost(QStringLiteral("server closed the connection unexpectedly|"
                                                        "no connection to the server|terminating connection"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (const auto m = unreachable.match(error); m.hasMatch())
        return error.left(m.capturedStart()) +
               tr("cannot reach the PostgreSQL server at %1").arg(m.captured(1));
    if (const auto m = password.match(error); m.hasMatch())
        return error.left(m.capturedStart()) +
               tr("the PostgreSQL server at %1 refused the password of user \"%2\"")
                   .arg(m.captured(1), m.captured(2));
    if (const auto m = noPassword.match(error); m.hasMatch())
        return error.left(m.capturedStart()) +
               tr("the PostgreSQL server at %1 asks user \"%2\" for a password, and none was given")
                   .arg(m.captured(1), m.captured(2));
    if (const auto m = tls.match(error); m.hasMatch())
        return error.left(m.capturedStart()) +
               tr("TLS to the PostgreSQL server at %1 failed (%2)").arg(m.captured(1), m.captured(2));
    static const QRegularExpression noDatabase(
        QStringLiteral("the PostgreSQL server at (\\S+) has no database '([^']*)': create it, or correct the "
                       "store's address "
                       "\\(.*\\)$"));
    if (const auto m = noDatabase.match(error); m.hasMatch())
        return error.left(m.capturedStart()) + tr("the PostgreSQL server at %1 has no database \"%2\": "
                                                  "create it, or correct the store's address")
                                                   .arg(m.captured(1), m.captured(2));
    if (const auto m = unopened.match(error); m.hasMatch())
        return error.left(m.capturedStart()) +
               tr("cannot open the PostgreSQL store %1 (%2)").arg(m.captured(1), m.captured(2));
    // A file of the data directory this user may not read (the store's address, written 0600 by another
    // admin): the system's reason comes in the window's language already, the rest did not (an outside
    // tester).
    static const QRegularExpression unreadable(QStringLiteral("^cannot read (/\\S+): (.*)$"));
    if (const auto m = unreadable.match(error); m.hasMatch())
        return tr("cannot read %1: %2. The file's owner, or root, can give it to the data directory's group "
                  "(chgrp, chmod g+r).")
            .arg(m.captured(1), m.captured(2));
    if (lost.match(error).hasMatch())
        return tr("the connection to the PostgreSQL server was lost");
    return error;
}

QString StoreErrorText::sentence(const QString& error)
{
    QString text = of(error);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace RelayDesk
