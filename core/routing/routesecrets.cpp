#include "core/routing/routesecrets.h"
#include "core/store/database.h"
#include "core/store/nodesecrets.h"
#include "core/util/datadirmode.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace RelayDesk {

Expected<QHash<QString, QByteArray>> RouteSecrets::parse(const QByteArray& text)
{
    using Result = Expected<QHash<QString, QByteArray>>;
    QHash<QString, QByteArray> passwords;
    if (text.trimmed().isEmpty())
        return passwords;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (!document.isObject())
        return Result::failure(
            QStringLiteral("the route passwords are not readable (%1)").arg(error.errorString()));
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        passwords.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    return passwords;
}

QByteArray RouteSecrets::serialize(const QHash<QString, QByteArray>& passwords)
{
    QJsonObject object;
    for (auto it = passwords.cbegin(); it != passwords.cend(); ++it)
        object.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString RouteSecrets::path() const
{
    return QDir(m_dataDir).filePath(fileName());
}

Expected<QHash<QString, QByteArray>> RouteSecrets::read() const
{
    using Result = Expected<QHash<QString, QByteArray>>;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    if (NodeSecrets::shared(db.value())) {
        auto stored = NodeSecrets(db.value()).read(sharedName());
        if (!stored)
            return Result::failure(stored.error());
        return parse(stored.value().value_or(QByteArray()));
    }
    QFile file(path());
    if (!file.exists())
        return QHash<QString, QByteArray>();
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    return parse(file.readAll());
}

Expected<QByteArray> RouteSecrets::password(const QString& pattern) const
{
    auto all = read();
    if (!all)
        return Expected<QByteArray>::failure(all.error());
    return all->value(pattern);
}

Status RouteSecrets::setPassword(const QString& pattern, const QByteArray& password)
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Status::failure(db.error());
    auto all = read();
    if (!all)
        return Status::failure(all.error());
    QHash<QString, QByteArray> passwords = all.value();
    if (password.isEmpty() && !passwords.contains(pattern))
        return {};
    if (password.isEmpty())
        passwords.remove(pattern);
    else
        passwords.insert(pattern, password);
    return write(db.value(), passwords);
}

Status RouteSecrets::write(QSqlDatabase& db, const QHash<QString, QByteArray>& passwords) const
{
    if (NodeSecrets::shared(db)) {
        NodeSecrets secrets(db);
        return passwords.isEmpty()
                   ? secrets.remove(sharedName())
                   : secrets.write(sharedName(), serialize(passwords), QDateTime::currentMSecsSinceEpoch());
    }
    if (passwords.isEmpty()) {
        QFile::remove(path());
        return {};
    }
    // As smarthost.secret: restricted before a byte is written, then renamed over the old file.
    QSaveFile file(path());
    const QByteArray text = serialize(passwords);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(DataDirMode(m_dataDir).secretPermissions()) || file.write(text) != text.size() ||
        !file.commit())
        return Status::failure(
            QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

} // namespace RelayDesk
