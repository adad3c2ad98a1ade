#include "core/util/tracedate.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

using namespace RelayDesk;

/// The cached RFC 5322 date of trace headers.
class TestTraceDate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isTheCurrentTimeInRfc5322Form()
    {
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const QByteArray text = TraceDate::now();
        const qint64 after = QDateTime::currentSecsSinceEpoch();
        const QDateTime parsed = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
        QVERIFY2(parsed.isValid(), text.constData());
        QVERIFY(parsed.toSecsSinceEpoch() >= before && parsed.toSecsSinceEpoch() <= after);
        // RFC 5322 3.3: a numeric zone, e.g. "+0000".
        QVERIFY2(
            QRegularExpression(QStringLiteral(" [+-]\\d{4}$")).match(QString::fromLatin1(text)).hasMatch(),
            text.constData());
    }

    void followsTheClockAcrossSeconds()
    {
        const QByteArray first = TraceDate::now();
        QTest::qWait(1100);
        const QByteArray second = TraceDate::now();
        QVERIFY(first != second);
        const auto a = QDateTime::fromString(QString::fromLatin1(first), Qt::RFC2822Date);
        const auto b = QDateTime::fromString(QString::fromLatin1(second), Qt::RFC2822Date);
        QVERIFY(a.secsTo(b) >= 1);
    }
};

QTEST_GUILESS_MAIN(TestTraceDate)
#include "tst_tracedate.moc"
