#include "core/engine/sessioninfo.h"

namespace RelayDesk {

QString SessionInfo::stateWords(const QString& state)
{
    // RFC 5321 3.3: a mail transaction is MAIL, then RCPT, then DATA; between MAIL and DATA the client names
    // the sender and the recipients (an outside tester read "sending" there while the client sat idle).
    static const QList<std::pair<QString, QString>> words = {
        {QStringLiteral("connected"), QStringLiteral("connected")},
        {QStringLiteral("ready"), QStringLiteral("ready")},
        {QStringLiteral("transaction"), QStringLiteral("addressing")},
        {QStringLiteral("auth"), QStringLiteral("logging in")},
        {QStringLiteral("data"), QStringLiteral("receiving message")},
        {QStringLiteral("waiting"), QStringLiteral("waiting")},
        {QStringLiteral("closed"), QStringLiteral("closed")},
    };
    for (const auto& [name, text] : words) {
        if (name == state)
            return text;
    }
    return state;
}

} // namespace RelayDesk
