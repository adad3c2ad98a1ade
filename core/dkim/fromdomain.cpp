#include "core/dkim/fromdomain.h"

namespace RelayDesk {

QByteArray FromDomain::of(QByteArrayView fromValue)
{
    // The first mailbox with comments (RFC 5322 3.2.2) and quoted strings (3.2.4) stepped over: the text
    // between < and > if there is an angle address, otherwise everything up to the first comma.
    QByteArray plain;
    QByteArray angle;
    bool inAngle = false;
    bool angleDone = false;
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < fromValue.size(); ++i) {
        const char c = fromValue[i];
        if (c == '\\' && (quoted || depth > 0)) {
            ++i; // a quoted-pair
            continue;
        }
        if (quoted) {
            if (c == '"')
                quoted = false;
            else if (!inAngle)
                plain += 'x'; // a display name's text: never an address
            continue;
        }
        if (depth > 0) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            continue;
        }
        if (c == '(') {
            depth = 1;
        } else if (c == '"') {
            quoted = true;
        } else if (c == '<' && !angleDone) {
            inAngle = true;
            angle.clear();
        } else if (c == '>' && inAngle) {
            inAngle = false;
            angleDone = true;
        } else if (c == ',' && !inAngle) {
            break;
        } else if (inAngle) {
            angle += c;
        } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            plain += c;
        }
    }
    if (quoted || depth > 0 || inAngle)
        return {};
    const QByteArray address = angleDone ? angle.trimmed() : plain;
    const qsizetype at = address.lastIndexOf('@');
    if (at < 0)
        return {};
    QByteArray domain = address.sliced(at + 1).trimmed().toLower();
    while (domain.endsWith('.'))
        domain.chop(1);
    if (domain.isEmpty() || domain.startsWith('[') || domain.contains(' '))
        return {};
    return domain;
}

} // namespace RelayDesk
