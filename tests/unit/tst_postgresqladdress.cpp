// A PostgreSQL store's address as an operator meets it. What is read when the store cannot be opened
// (Database::explainOpenFailure): libpq's words turned into the few cases acted on differently. A server that
// is away, starting, shutting down or recovering is waited for (Database::isServerAway) and its clients told
// to try later; a password refused or not given, or TLS, ends a start with the reason. And the warning for a
// server across the network whose certificate is not checked (StoreAddress::unverifiedServerWarning).
#include "core/store/database.h"
#include "core/store/messagespool.h"

#include <QTest>

using namespace RelayDesk;

class TestPostgreSqlAddress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void libpqWordsInPlainOnes_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("explained");
        QTest::addColumn<bool>("away");
        const QString v4 = QStringLiteral("postgresql://relay@127.0.0.1:54777/rd");
        QTest::newRow("refused") << v4
                                 << QStringLiteral(
                                        "connection to server at \"127.0.0.1\", port 54777 failed: "
                                        "Connection refused\n\tIs the server running on that host "
                                        "and accepting TCP/IP connections? QPSQL: Unable to connect")
                                 // libpq's two lines as two sentences, the driver's own words left out
                                 // (an outside tester read "Connection refused Is the server ...").
                                 << QStringLiteral(
                                        "cannot reach the PostgreSQL server at 127.0.0.1:54777 "
                                        "(connection to server at \"127.0.0.1\", port 54777 "
                                        "failed: Connection refused; Is the server running on that "
                                        "host and accepting TCP/IP connections?)")
                                 << true;
        // A server in a smart or fast shutdown, or still starting, answers again by itself: waited for (the
        // MessageSpool said "store unavailable" only by a special case of its own).
        QTest::newRow("shutting down")
            << v4
            << QStringLiteral(
                   "connection to server at \"127.0.0.1\", port 54777 failed: FATAL:  the database "
                   "system is shutting down QPSQL: Unable to connect")
            << QStringLiteral(
                   "cannot reach the PostgreSQL server at 127.0.0.1:54777 (connection to server at "
                   "\"127.0.0.1\", port 54777 failed: FATAL: the database system is shutting down)")
            << true;
        QTest::newRow("starting up")
            << v4 << QStringLiteral("FATAL:  the database system is starting up")
            << QStringLiteral("cannot reach the PostgreSQL server at 127.0.0.1:54777 (FATAL: the database "
                              "system is starting up)")
            << true;
        QTest::newRow("recovery")
            << v4 << QStringLiteral("FATAL:  the database system is in recovery mode")
            << QStringLiteral("cannot reach the PostgreSQL server at 127.0.0.1:54777 (FATAL: the database "
                              "system is in recovery mode)")
            << true;
        // An IPv6 server written as a URL writes it (an outside tester read "::1:5432").
        QTest::newRow("ipv6 wrong password")
            << QStringLiteral("postgresql://relay@[::1]:5432/rd")
            << QStringLiteral("FATAL:  password authentication failed for user \"relay\"")
            << QStringLiteral(
                   "the PostgreSQL server at [::1]:5432 refused the password of user 'relay' (FATAL: "
                   "password authentication failed for user \"relay\")")
            << false;
        // No password at all is not a wrong one.
        QTest::newRow("no password") << v4 << QStringLiteral("fe_sendauth: no password supplied")
                                     << QStringLiteral(
                                            "the PostgreSQL server at 127.0.0.1:54777 asks user "
                                            "'relay' for a password, and none was given (fe_sendauth: "
                                            "no password supplied)")
                                     << false;
        QTest::newRow("tls") << v4 << QStringLiteral("server does not support SSL, but SSL was required")
                             << QStringLiteral(
                                    "TLS to the PostgreSQL server at 127.0.0.1:54777 failed (server "
                                    "does not support SSL, but SSL was required)")
                             << false;
        QTest::newRow("no such database")
            << v4 << QStringLiteral("FATAL:  database \"rd\" does not exist")
            << QStringLiteral("the PostgreSQL server at 127.0.0.1:54777 has no database 'rd': create it, or "
                              "correct the store's address (FATAL: database \"rd\" does not exist)")
            << false;
        // A restart ends the session as it opens, or leaves nothing said: waited for, as a server that is
        // down (an outside tester's node gave up with "cannot start", once with empty parentheses).
        QTest::newRow("administrator command")
            << v4
            << QStringLiteral("connection to server at \"127.0.0.1\", port 54777 failed: FATAL:  terminating "
                              "connection due to administrator command QPSQL: Unable to connect")
            << QStringLiteral(
                   "cannot reach the PostgreSQL server at 127.0.0.1:54777 (connection to server at "
                   "\"127.0.0.1\", port 54777 failed: FATAL: terminating connection due to "
                   "administrator command)")
            << true;
        // libpq in English (PGLOCALEDIR), the system's reason in the person's language: still away.
        QTest::newRow("refused, in French")
            << v4
            << QStringLiteral("connection to server at \"127.0.0.1\", port 54777 failed: Connexion refusée\n"
                              "\tIs the server running on that host and accepting TCP/IP connections?")
            << QStringLiteral(
                   "cannot reach the PostgreSQL server at 127.0.0.1:54777 (connection to server at "
                   "\"127.0.0.1\", port 54777 failed: Connexion refusée; Is the server running on "
                   "that host and accepting TCP/IP connections?)")
            << true;
        QTest::newRow("nothing said")
            << v4 << QStringLiteral(" QPSQL: Unable to connect")
            << QStringLiteral("cannot reach the PostgreSQL server at 127.0.0.1:54777 "
                              "(it closed the connection without a word)")
            << true;
    }

    void libpqWordsInPlainOnes()
    {
        QFETCH(QString, url);
        QFETCH(QString, raw);
        QFETCH(QString, explained);
        QFETCH(bool, away);
        const auto address = StoreAddress::parse(url);
        QVERIFY2(address, qPrintable(address.error()));
        const QString said = Database::explainOpenFailure(address.value(), raw);
        QCOMPARE(said, explained);
        QCOMPARE(Database::isServerAway(said), away);
        // A commit that failed because the server is away is a temporary failure of the store, never a
        // full disk.
        if (away)
            QCOMPARE(int(MessageSpool::failureOf(said)), int(CommitFailure::StoreUnavailable));
    }

    void aSessionEndedUnderAStatementIsTheStoreAway()
    {
        // What a statement says when the server stops as it runs (the engine read its delivery settings as
        // a test stopped the server, and the log said "delivery_misconfigured").
        const QString ended = QStringLiteral(
            "FATAL:  terminating connection due to administrator command\nSSL connection has been closed "
            "unexpectedly\n(57P01) QPSQL: Unable to create query");
        QVERIFY(Database::isStoreAway(ended));
        QVERIFY(Database::isStoreAway(QStringLiteral("cannot reach the PostgreSQL server at 127.0.0.1:5432 "
                                                     "(connection refused)")));
        QCOMPARE(int(MessageSpool::failureOf(ended)), int(CommitFailure::StoreUnavailable));
        // A statement the server refuses is not.
        QVERIFY(!Database::isStoreAway(QStringLiteral("ERROR:  relation \"routes\" does not exist (42P01) "
                                                      "QPSQL: Unable to create query")));
        QVERIFY(!Database::isStoreAway(QStringLiteral("the PostgreSQL server at 127.0.0.1:5432 refused the "
                                                      "password of user 'relay' (...)")));
    }

    void anUncheckedServerAcrossTheNetworkIsSaid_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("warning");
        const QString remote = QStringLiteral(
            "the password of the store, and the relay's secrets kept there (the smarthost's password, the "
            "DKIM "
            "keys), go to %1 without a check of who answers (sslmode=%2): anyone who can take its address "
            "receives them; add ?sslmode=verify-full&sslrootcert=CA-FILE to the address");
        QTest::newRow("remote, libpq's default")
            << QStringLiteral("postgresql://relay@db.office.test/rd")
            << remote.arg(QStringLiteral("db.office.test"), QStringLiteral("prefer"));
        QTest::newRow("remote, require") << QStringLiteral("postgresql://relay@10.0.0.5/rd?sslmode=require")
                                         << remote.arg(QStringLiteral("10.0.0.5"), QStringLiteral("require"));
        QTest::newRow("remote, verify-ca")
            << QStringLiteral("postgresql://relay@10.0.0.5/rd?sslmode=verify-ca&sslrootcert=/etc/ca.pem")
            << QString();
        QTest::newRow("remote, verify-full")
            << QStringLiteral("postgresql://relay@db.office.test/rd?sslmode=verify-full&sslrootcert=/ca.pem")
            << QString();
        QTest::newRow("loopback v4") << QStringLiteral("postgresql://relay@127.0.0.2:5433/rd") << QString();
        QTest::newRow("loopback v6") << QStringLiteral("postgresql://relay@[::1]/rd?sslmode=disable")
                                     << QString();
        QTest::newRow("localhost") << QStringLiteral("postgresql://relay@localhost/rd") << QString();
    }

    void anUncheckedServerAcrossTheNetworkIsSaid()
    {
        QFETCH(QString, url);
        QFETCH(QString, warning);
        const auto address = StoreAddress::parse(url);
        QVERIFY2(address, qPrintable(address.error()));
        QCOMPARE(address->unverifiedServerWarning(), warning);
    }
};

QTEST_GUILESS_MAIN(TestPostgreSqlAddress)
#include "tst_postgresqladdress.moc"
