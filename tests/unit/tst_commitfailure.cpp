// What a client is told when the commit of its message fails (MessageSpool::failureOf): a full disk is
// 452 4.3.1 (RFC 3463 4.3.1, try later); a PostgreSQL server that went away is not a full disk (an outside
// tester's clients were told "Insufficient system storage" while the server shut down), and the log says
// "store unavailable".
#include "core/store/messagespool.h"

#include <QTest>

using namespace RelayDesk;

class TestCommitFailure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void errorsMeanWhatTheySay_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("failure");
        QTest::newRow("sqlite full") << QStringLiteral("database or disk is full Unable to fetch row")
                                     << int(CommitFailure::StorageFull);
        QTest::newRow("sqlite io") << QStringLiteral("disk I/O error") << int(CommitFailure::StorageFull);
        QTest::newRow("pg no space") << QStringLiteral(
                                            "ERROR:  could not extend file \"base/16384/2619\": No space "
                                            "left on device")
                                     << int(CommitFailure::StorageFull);
        QTest::newRow("pg shutting down")
            << QStringLiteral(
                   "cannot open the PostgreSQL store postgresql://relay@127.0.0.1:54777/rd33a (connection "
                   "to server at \"127.0.0.1\", port 54777 failed: FATAL:  the database system is shutting "
                   "down QPSQL: Unable to connect)")
            << int(CommitFailure::StoreUnavailable);
        QTest::newRow("pg unreachable")
            << QStringLiteral("cannot reach the PostgreSQL server at 127.0.0.1:5432 "
                              "(Connection refused)")
            << int(CommitFailure::StoreUnavailable);
        QTest::newRow("pg lost") << QStringLiteral(
                                        "server closed the connection unexpectedly\n\tThis probably means "
                                        "the server terminated abnormally")
                                 << int(CommitFailure::StoreUnavailable);
        QTest::newRow("other") << QStringLiteral("UNIQUE constraint failed: messages.queue_id")
                               << int(CommitFailure::LocalError);
    }

    void errorsMeanWhatTheySay()
    {
        QFETCH(QString, error);
        QFETCH(int, failure);
        QCOMPARE(int(MessageSpool::failureOf(error)), failure);
    }
};

QTEST_GUILESS_MAIN(TestCommitFailure)
#include "tst_commitfailure.moc"
