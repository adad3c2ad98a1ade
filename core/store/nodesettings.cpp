#include "core/store/nodesettings.h"
#include "core/util/datadirmode.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace RelayDesk {

namespace {

QString pathOf(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("node.conf"));
}

} // namespace

bool NodeSettings::isNodeKey(const QString& key)
{
    // The host name too: each node greets, signs its Received: lines and names its certificate as itself
    // (an outside tester renamed every node, and made each issue a new certificate, from one node's window).
    // And the listeners' certificate and key: files in this node's data directory (an outside tester's import
    // on one node made every node serve it, read from the first node's directory).
    return key == QLatin1String("listener.submission.address") ||
           key == QLatin1String("listener.smtps.address") || key == QLatin1String("listener.lan.address") ||
           key == QLatin1String("server.hostname") || key == QLatin1String("tls.certificate") ||
           key == QLatin1String("tls.key") || key == QLatin1String("tls.second_certificate") ||
           key == QLatin1String("tls.second_key");
}

QMap<QString, QString> NodeSettings::values(const QString& dataDir)
{
    QMap<QString, QString> values;
    QFile file(pathOf(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return values;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine(4096)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0)
            continue;
        const QString key = line.left(equals).trimmed();
        if (isNodeKey(key))
            values.insert(key, line.mid(equals + 1).trimmed());
    }
    return values;
}

Status NodeSettings::set(const QString& dataDir, const QString& key, const QString& value)
{
    if (!isNodeKey(key))
        return Status::failure(
            QStringLiteral("%1 is not a setting of one node (those are the listeners' addresses, the host "
                           "name and the TLS certificate and key)")
                .arg(key));
    QMap<QString, QString> all = values(dataDir);
    if (value.isEmpty())
        all.remove(key);
    else
        all.insert(key, value);
    QSaveFile file(pathOf(dataDir));
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            QStringLiteral("cannot write %1: %2").arg(pathOf(dataDir), file.errorString()));
    file.write("# This node's own settings (docs/scaling.md); they win over the shared store's.\n");
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        file.write((it.key() + QLatin1Char('=') + it.value() + QLatin1Char('\n')).toUtf8());
    if (!file.commit())
        return Status::failure(
            QStringLiteral("cannot write %1: %2").arg(pathOf(dataDir), file.errorString()));
    DataDirMode::apply(pathOf(dataDir), DataDirMode(dataDir).fileMode());
    return {};
}

} // namespace RelayDesk
