#include "core/admin/dnsquestions.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QTimer>

namespace RelayDesk {

namespace {

QString dnsQuestionsText(const char* text)
{
    return QCoreApplication::translate("RelayDesk::DnsQuestions", text);
}

QDnsLookup::Type lookupType(const QString& type)
{
    if (type == QLatin1String("MX"))
        return QDnsLookup::MX;
    if (type == QLatin1String("PTR"))
        return QDnsLookup::PTR;
    if (type == QLatin1String("A"))
        return QDnsLookup::A;
    if (type == QLatin1String("AAAA"))
        return QDnsLookup::AAAA;
    return QDnsLookup::TXT;
}

QStringList valuesOf(const QDnsLookup& lookup)
{
    QStringList values;
    switch (lookup.type()) {
    case QDnsLookup::TXT:
        // RFC 7208 3.3, RFC 6376 3.6.2.2: the character-strings of one record are one text.
        for (const QDnsTextRecord& record : lookup.textRecords()) {
            QByteArray joined;
            for (const QByteArray& part : record.values())
                joined += part;
            values << QString::fromUtf8(joined);
        }
        break;
    case QDnsLookup::MX:
        for (const QDnsMailExchangeRecord& record : lookup.mailExchangeRecords())
            values << QStringLiteral("%1 %2").arg(record.preference()).arg(record.exchange().toLower());
        break;
    case QDnsLookup::PTR:
        for (const QDnsDomainNameRecord& record : lookup.pointerRecords()) {
            QString name = record.value().toLower();
            while (name.endsWith(QLatin1Char('.')))
                name.chop(1);
            values << name;
        }
        break;
    default:
        for (const QDnsHostAddressRecord& record : lookup.hostAddressRecords())
            values << record.value().toString();
        break;
    }
    return values;
}

} // namespace

DnsQuestions::DnsQuestions(QObject* parent) : QObject(parent) {}

void DnsQuestions::ask(const QList<Question>& questions)
{
    m_lookups.clear();
    m_answers.clear();
    m_rawErrors.clear();
    m_pending = int(questions.size());
    for (int index = 0; index < questions.size(); ++index) {
        const Question& question = questions[index];
        DnsAnswer answer;
        answer.name = question.name;
        answer.type = question.type;
        m_answers << answer;
        m_rawErrors << int(QDnsLookup::NoError);
        auto* lookup = new QDnsLookup(lookupType(question.type), question.name, this);
        if (!m_nameserver.isNull())
            lookup->setNameserver(m_nameserver);
        // Our own deadline: a silent name server must not keep the check waiting.
        auto* timer = new QTimer(lookup);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, lookup, &QDnsLookup::abort);
        connect(lookup, &QDnsLookup::finished, this, [this, index]() { lookupDone(index); });
        m_lookups << lookup;
        timer->start(m_timeoutMs);
        lookup->lookup();
    }
    if (m_pending == 0)
        QTimer::singleShot(0, this, &DnsQuestions::settle);
}

void DnsQuestions::abort()
{
    for (QDnsLookup* lookup : std::as_const(m_lookups)) {
        if (lookup && !lookup->isFinished())
            lookup->abort();
    }
}

void DnsQuestions::lookupDone(int index)
{
    QDnsLookup* lookup = m_lookups.value(index);
    if (!lookup)
        return;
    DnsAnswer& answer = m_answers[index];
    m_rawErrors[index] = int(lookup->error());
    switch (lookup->error()) {
    case QDnsLookup::NoError:
        answer.values = valuesOf(*lookup);
        answer.outcome =
            answer.values.isEmpty() ? DnsAnswer::Outcome::NoRecords : DnsAnswer::Outcome::Records;
        break;
    case QDnsLookup::NotFoundError:
        answer.outcome = DnsAnswer::Outcome::NoRecords;
        break;
    case QDnsLookup::OperationCancelledError:
        answer.outcome = DnsAnswer::Outcome::Failed;
        answer.error = dnsQuestionsText(
            QT_TRANSLATE_NOOP("RelayDesk::DnsQuestions", "the name server did not answer in time"));
        break;
    default:
        answer.outcome = DnsAnswer::Outcome::Failed;
        answer.error = lookup->errorString();
        break;
    }
    m_lookups[index] = nullptr;
    lookup->deleteLater();
    if (--m_pending == 0)
        settle();
}

void DnsQuestions::settle()
{
    // Qt 6.4 reports an answer without records of the type (NODATA) and no answer at all alike, as
    // InvalidReplyError. It is NODATA when the same server answered another question of the set.
    bool serverAnswered = m_assumeAnswering;
    for (const int error : std::as_const(m_rawErrors))
        serverAnswered = serverAnswered || error == QDnsLookup::NoError || error == QDnsLookup::NotFoundError;
    for (int index = 0; index < m_answers.size(); ++index) {
        if (m_rawErrors[index] != QDnsLookup::InvalidReplyError)
            continue;
        if (serverAnswered) {
            m_answers[index].outcome = DnsAnswer::Outcome::NoRecords;
            m_answers[index].error.clear();
        } else {
            m_answers[index].error = dnsQuestionsText(
                QT_TRANSLATE_NOOP("RelayDesk::DnsQuestions", "the name server gave no usable answer"));
        }
    }
    Q_EMIT finished(m_answers);
}

QString DnsQuestions::reverseName(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        return QStringLiteral("%1.%2.%3.%4.in-addr.arpa")
            .arg(v4 & 0xff)
            .arg((v4 >> 8) & 0xff)
            .arg((v4 >> 16) & 0xff)
            .arg((v4 >> 24) & 0xff);
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    QStringList nibbles;
    for (int byte = 15; byte >= 0; --byte) {
        nibbles << QString::number(v6[byte] & 0x0f, 16) << QString::number((v6[byte] >> 4) & 0x0f, 16);
    }
    return nibbles.join(QLatin1Char('.')) + QStringLiteral(".ip6.arpa");
}

} // namespace RelayDesk
