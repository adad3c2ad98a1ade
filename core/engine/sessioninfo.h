#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace RelayDesk {

/// A snapshot of one SMTP session for the Live Sessions view.
struct SessionInfo
{
    quint64 id = 0;
    QString client;     ///< "192.0.2.7:51234"
    QString listener;   ///< "submission", "smtps" or "lan"
    QString tlsVersion; ///< empty while plaintext
    QString tlsCipher;
    QString agent; ///< authenticated or trusted-device agent; empty before AUTH
    QString
        state; ///< SmtpServerProtocol::stateName: "connected", "ready", "transaction", "auth", "data", ...
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    qint64 startedMs = 0;
    qint64 endedMs = 0; ///< 0 while the session is open
    int messages = 0;   ///< messages accepted in this session

    /// What a state means, in the English words the command line prints and the window translates
    /// (SessionsModel): "transaction" (between MAIL and DATA) is "addressing", "data" "receiving message".
    static QString stateWords(const QString& state);
};

/// The state of one listener for the dashboard.
struct ListenerStatus
{
    QString name;    ///< "submission", "smtps", "lan"
    QString address; ///< "127.0.0.1:2587"
    bool enabled = false;
    bool listening = false;
    QString error; ///< why it is not listening
};

} // namespace RelayDesk

Q_DECLARE_METATYPE(RelayDesk::SessionInfo)
Q_DECLARE_METATYPE(RelayDesk::ListenerStatus)
