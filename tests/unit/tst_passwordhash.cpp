#include "core/agents/credentialgenerator.h"
#include "core/agents/passwordhash.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace RelayDesk;

/// Argon2id hashing of credential passwords and the generators of usernames and passwords.
class TestPasswordHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashIsArgon2id();
    void verifiesCorrectPassword();
    void refusesWrongPassword();
    void saltMakesHashesDiffer();
    void refusesMalformedHash();
    void emptyPassword();
    void usernameFormat();
    void passwordFormat();
};

void TestPasswordHash::hashIsArgon2id()
{
    const QByteArray encoded = PasswordHash::hash("correct horse battery staple");
    QVERIFY(encoded.startsWith("$argon2id$"));
    QVERIFY2(encoded.contains("m=19456,t=2,p=1"), encoded.constData());
    QVERIFY(!encoded.contains("correct horse"));
}

void TestPasswordHash::verifiesCorrectPassword()
{
    const QByteArray encoded = PasswordHash::hash("s3cret");
    QVERIFY(PasswordHash::verify(encoded, "s3cret"));
}

void TestPasswordHash::refusesWrongPassword()
{
    const QByteArray encoded = PasswordHash::hash("s3cret");
    QVERIFY(!PasswordHash::verify(encoded, "s3cret "));
    QVERIFY(!PasswordHash::verify(encoded, "S3cret"));
    QVERIFY(!PasswordHash::verify(encoded, ""));
}

void TestPasswordHash::saltMakesHashesDiffer()
{
    const QByteArray first = PasswordHash::hash("same");
    const QByteArray second = PasswordHash::hash("same");
    QVERIFY(first != second);
    QVERIFY(PasswordHash::verify(first, "same"));
    QVERIFY(PasswordHash::verify(second, "same"));
}

void TestPasswordHash::refusesMalformedHash()
{
    QVERIFY(!PasswordHash::verify(QByteArray(), "x"));
    QVERIFY(!PasswordHash::verify("not a hash", "x"));
    QVERIFY(!PasswordHash::verify(QByteArray(500, 'a'), "x"));
}

void TestPasswordHash::emptyPassword()
{
    const QByteArray encoded = PasswordHash::hash("");
    QVERIFY(encoded.startsWith("$argon2id$"));
    QVERIFY(PasswordHash::verify(encoded, ""));
    QVERIFY(!PasswordHash::verify(encoded, "a"));
}

void TestPasswordHash::usernameFormat()
{
    static const QRegularExpression pattern(QStringLiteral("^rdk_[a-z2-7]{24}$"));
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString username = CredentialGenerator::username();
        QVERIFY2(pattern.match(username).hasMatch(), qPrintable(username));
        seen.insert(username);
    }
    QCOMPARE(seen.size(), 200);
    // Never a leading '-', which command-line clients take for an option (1 in 64 did: 3,000 draws would
    // show one with a chance of 1 - 1e-20).
    for (int i = 0; i < 3000; ++i)
        QVERIFY(!CredentialGenerator::password().startsWith(QLatin1Char('-')));
}

void TestPasswordHash::passwordFormat()
{
    // No look-alikes (0 O, 1 I l) nor '-' '_': an outside tester misread one off the screen.
    static const QRegularExpression pattern(QStringLiteral("^[2-9A-HJ-NP-Za-km-z]{32}$"));
    QSet<QString> seen;
    QSet<QChar> symbols;
    for (int i = 0; i < 200; ++i) {
        const QString password = CredentialGenerator::password();
        QVERIFY2(pattern.match(password).hasMatch(), qPrintable(password));
        seen.insert(password);
        for (const QChar c : password)
            symbols.insert(c);
    }
    QCOMPARE(seen.size(), 200);
    QCOMPARE(symbols.size(), 57); // every symbol drawn in 6,400 (each missing: a chance of about 1e-47)
}

QTEST_APPLESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
