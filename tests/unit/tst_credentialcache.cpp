#include "core/agents/agentdirectory.h"
#include "core/agents/credentialcache.h"
#include "core/agents/credentialuserecorder.h"
#include "core/engine/adminchangewatch.h"
#include "core/store/database.h"
#include "core/store/storewriter.h"
#include "core/util/clock.h"
#include "tests/support/fakeclock.h"
#include "tests/support/tempdatadir.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace RelayDesk;

namespace {

QList<CidrRange> ranges(std::initializer_list<const char*> texts)
{
    QList<CidrRange> list;
    for (const char* text : texts)
        list.append(CidrRange::parse(QString::fromLatin1(text)).value());
    return list;
}

QHostAddress ip(const char* text)
{
    return QHostAddress(QString::fromLatin1(text));
}

const QString alice = QStringLiteral("rdk_alice");

} // namespace

/// The verified-credential cache: hits, misses, expiry, bounds, invalidation, and the AUTH decisions made
/// with it (docs/security.md, "The verified-credential cache").
class TestCredentialCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void hitAndMiss();
    void expiresAfterTtl();
    void offWithTtlZero();
    void wrongPasswordAfterSuccessIsRefused();
    void otherCredentialIdMisses();
    void capacityEvictsLeastRecentlyUsed();
    void tagsComparedInConstantTime();
    void failureIsNeverCached();
    void fastPathSkipsArgon2idButKeepsChecks();
    void accessChangesDropEntries_data();
    void accessChangesDropEntries();
    void lastUsedIsWrittenInBatches();

private:
    std::unique_ptr<Test::TempDataDir> m_dir;
    std::unique_ptr<AgentDirectory> m_agents;
    Test::FakeClock m_clock;
    std::unique_ptr<CredentialCache> m_cache;
};

void TestCredentialCache::init()
{
    m_dir = std::make_unique<Test::TempDataDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(Database::initialize(m_dir->path()).ok());
    m_agents = std::make_unique<AgentDirectory>(m_dir->path());
    m_clock = Test::FakeClock();
    m_cache = std::make_unique<CredentialCache>([this] { return m_clock.nowMs(); });
    m_cache->setTtlSeconds(900);
}

void TestCredentialCache::cleanup()
{
    m_cache.reset();
    m_agents.reset();
    Database::releaseThreadConnection(m_dir->path());
    m_dir.reset();
}

void TestCredentialCache::hitAndMiss()
{
    QVERIFY(!m_cache->matches(alice, "secret", 1)); // nothing remembered yet
    m_cache->remember(alice, "secret", 1);
    QVERIFY(m_cache->matches(alice, "secret", 1));
    QVERIFY(!m_cache->matches(QStringLiteral("rdk_bob"), "secret", 1));
    QCOMPARE(m_cache->hits(), quint64(1));
    QCOMPARE(m_cache->misses(), quint64(2));
    // Username and password are not simply concatenated: ("rdk_alic", "esecret") is another pair.
    m_cache->remember(QStringLiteral("rdk_alic"), "esecret", 2);
    QVERIFY(m_cache->matches(QStringLiteral("rdk_alic"), "esecret", 2));
    QVERIFY(m_cache->matches(alice, "secret", 1));
}

void TestCredentialCache::expiresAfterTtl()
{
    m_cache->remember(alice, "secret", 1);
    m_clock.advanceSeconds(899);
    QVERIFY(m_cache->matches(alice, "secret", 1));
    m_clock.advanceSeconds(1);
    QVERIFY(!m_cache->matches(alice, "secret", 1));
    QCOMPARE(m_cache->size(), 0); // an expired entry is dropped when met
    // A hit does not extend the time: the TTL runs from the verification.
    m_cache->remember(alice, "secret", 1);
    m_clock.advanceSeconds(600);
    QVERIFY(m_cache->matches(alice, "secret", 1));
    m_clock.advanceSeconds(300);
    QVERIFY(!m_cache->matches(alice, "secret", 1));
}

void TestCredentialCache::offWithTtlZero()
{
    m_cache->remember(alice, "secret", 1);
    m_cache->setTtlSeconds(0);
    QVERIFY(!m_cache->isEnabled());
    QCOMPARE(m_cache->size(), 0); // turning it off forgets everything
    m_cache->remember(alice, "secret", 1);
    QCOMPARE(m_cache->size(), 0);
    QVERIFY(!m_cache->matches(alice, "secret", 1));
    m_cache->setTtlSeconds(60);
    QVERIFY(m_cache->isEnabled());
}

void TestCredentialCache::wrongPasswordAfterSuccessIsRefused()
{
    QVERIFY(m_agents->createAgent(QStringLiteral("Billing"), ranges({"127.0.0.1"}), {}).ok());
    const auto created = m_agents->createCredential(QStringLiteral("Billing")).value();
    const QString user = created.credential.username;
    const QByteArray password = created.password.toLatin1();
    QVERIFY(m_agents->authenticate(user, password, ip("127.0.0.1"), m_cache.get()).accepted);
    QCOMPARE(m_cache->size(), 1);
    QVERIFY(!m_agents->authenticateCached(user, password + "x", ip("127.0.0.1"), *m_cache));
    QVERIFY(!m_agents->authenticateCached(user, password.chopped(1), ip("127.0.0.1"), *m_cache));
    const AuthDecision wrong = m_agents->authenticate(user, password + "x", ip("127.0.0.1"), m_cache.get());
    QVERIFY(!wrong.accepted);
    QCOMPARE(wrong.reason, QStringLiteral("wrong password"));
    QVERIFY(!wrong.cached);
    // The right password is still remembered.
    const auto hit = m_agents->authenticateCached(user, password, ip("127.0.0.1"), *m_cache);
    QVERIFY(hit && hit->accepted && hit->cached);
}

void TestCredentialCache::otherCredentialIdMisses()
{
    m_cache->remember(alice, "secret", 1);
    // The username now belongs to another credential row (deleted and created again): not vouched for.
    QVERIFY(!m_cache->matches(alice, "secret", 2));
    QCOMPARE(m_cache->size(), 0);
}

void TestCredentialCache::capacityEvictsLeastRecentlyUsed()
{
    CredentialCache cache([this] { return m_clock.nowMs(); }, 3);
    cache.setTtlSeconds(900);
    cache.remember(QStringLiteral("a"), "1", 1);
    cache.remember(QStringLiteral("b"), "2", 2);
    cache.remember(QStringLiteral("c"), "3", 3);
    QVERIFY(cache.matches(QStringLiteral("a"), "1", 1)); // a is now the most recently used
    cache.remember(QStringLiteral("d"), "4", 4);         // evicts b
    QCOMPARE(cache.size(), 3);
    QVERIFY(!cache.matches(QStringLiteral("b"), "2", 2));
    QVERIFY(cache.matches(QStringLiteral("a"), "1", 1));
    QVERIFY(cache.matches(QStringLiteral("c"), "3", 3));
    QVERIFY(cache.matches(QStringLiteral("d"), "4", 4));
    for (int i = 0; i < 100; ++i)
        cache.remember(QStringLiteral("u%1").arg(i), "p", 10 + i);
    QCOMPARE(cache.size(), 3);
}

void TestCredentialCache::tagsComparedInConstantTime()
{
    // The one comparison the cache makes is sodium_memcmp over the whole tag; these pin its verdicts.
    unsigned char a[CredentialCache::tagBytes] = {};
    unsigned char b[CredentialCache::tagBytes] = {};
    QVERIFY(CredentialCache::tagsEqual(a, b));
    b[0] = 1;
    QVERIFY(!CredentialCache::tagsEqual(a, b));
    b[0] = 0;
    b[CredentialCache::tagBytes - 1] = 0x80;
    QVERIFY(!CredentialCache::tagsEqual(a, b));
    // Two caches have different keys: nothing remembered in one process vouches in another.
    CredentialCache other([this] { return m_clock.nowMs(); });
    other.setTtlSeconds(900);
    m_cache->remember(alice, "secret", 1);
    QVERIFY(!other.matches(alice, "secret", 1));
}

void TestCredentialCache::failureIsNeverCached()
{
    QVERIFY(m_agents->createAgent(QStringLiteral("Billing"), ranges({"127.0.0.1"}), {}).ok());
    const auto created = m_agents->createCredential(QStringLiteral("Billing")).value();
    const QString user = created.credential.username;
    const QByteArray password = created.password.toLatin1();
    QVERIFY(!m_agents->authenticate(user, "wrong", ip("127.0.0.1"), m_cache.get()).accepted);
    QVERIFY(!m_agents->authenticate(QStringLiteral("rdk_nobody"), password, ip("127.0.0.1"), m_cache.get())
                 .accepted);
    // The right password from an address the allowlist does not admit: refused, so not remembered either.
    QVERIFY(!m_agents->authenticate(user, password, ip("192.0.2.1"), m_cache.get()).accepted);
    QCOMPARE(m_cache->size(), 0);
}

void TestCredentialCache::fastPathSkipsArgon2idButKeepsChecks()
{
    QVERIFY(m_agents->createAgent(QStringLiteral("Billing"), ranges({"127.0.0.1"}), {}).ok());
    const auto created = m_agents->createCredential(QStringLiteral("Billing")).value();
    const QString user = created.credential.username;
    const QByteArray password = created.password.toLatin1();
    QVERIFY(!m_agents->authenticateCached(user, password, ip("127.0.0.1"), *m_cache)); // miss: full check
    const AuthDecision full = m_agents->authenticate(user, password, ip("127.0.0.1"), m_cache.get());
    QVERIFY(full.accepted && !full.cached);
    const auto hit = m_agents->authenticateCached(user, password, ip("127.0.0.1"), *m_cache);
    QVERIFY(hit);
    QVERIFY(hit->accepted && hit->cached);
    QCOMPARE(hit->credentialId, full.credentialId);
    QCOMPARE(hit->agentName, QStringLiteral("Billing"));
    // The allowlist is checked on every AUTH, cached or not; a refusal is never answered from the cache,
    // whose speed would tell an address outside the allowlist that the password is right (an outside tester).
    QVERIFY(!m_agents->authenticateCached(user, password, ip("192.0.2.1"), *m_cache));
    const AuthDecision elsewhere = m_agents->authenticate(user, password, ip("192.0.2.1"), m_cache.get());
    QVERIFY(!elsewhere.accepted && !elsewhere.cached);
    QVERIFY(elsewhere.reason.contains(QStringLiteral("allowlist")));
}

void TestCredentialCache::accessChangesDropEntries_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("rotate") << QStringLiteral("rotate");
    QTest::newRow("revoke") << QStringLiteral("revoke");
    QTest::newRow("disable") << QStringLiteral("disable");
    QTest::newRow("allowlist") << QStringLiteral("allowlist");
}

// The engine revalidates the cache when the "access" topic moves (RelayEngine's onAdminChange); this wires
// the same watch to the same call and checks both halves: each change moves the topic and drops the
// credential's entry (and only its: a bystander stays), and even before that the fast path refuses what the
// store no longer allows.
void TestCredentialCache::accessChangesDropEntries()
{
    QFETCH(QString, change);
    QVERIFY(m_agents->createAgent(QStringLiteral("Billing"), ranges({"127.0.0.1", "127.0.0.2"}), {}).ok());
    const auto created = m_agents->createCredential(QStringLiteral("Billing")).value();
    const QString user = created.credential.username;
    const QByteArray password = created.password.toLatin1();
    const QHostAddress client = ip(change == QLatin1String("allowlist") ? "127.0.0.2" : "127.0.0.1");
    QVERIFY(m_agents->authenticate(user, password, client, m_cache.get()).accepted);
    QVERIFY(m_agents->createAgent(QStringLiteral("Bystander"), ranges({"127.0.0.1"}), {}).ok());
    const auto bystander = m_agents->createCredential(QStringLiteral("Bystander")).value();
    const QByteArray bystanderPassword = bystander.password.toLatin1();
    QVERIFY(
        m_agents
            ->authenticate(bystander.credential.username, bystanderPassword, ip("127.0.0.1"), m_cache.get())
            .accepted);
    QCOMPARE(m_cache->size(), 2);

    AdminChangeWatch watch(m_dir->path(), 10);
    connect(&watch, &AdminChangeWatch::changed, this, [this](const QString& topic) {
        if (topic == QLatin1String("access"))
            m_cache->revalidate(*m_agents);
    });
    QSignalSpy changed(&watch, &AdminChangeWatch::changed);
    watch.start();

    if (change == QLatin1String("rotate"))
        QVERIFY(m_agents->rotateCredential(user).ok());
    else if (change == QLatin1String("revoke"))
        QVERIFY(m_agents->revokeCredential(user).ok());
    else if (change == QLatin1String("disable"))
        QVERIFY(m_agents->setEnabled(QStringLiteral("Billing"), false).ok());
    else
        QVERIFY(
            m_agents->removeNetwork(QStringLiteral("Billing"), ranges({"127.0.0.2"}).first(), false).ok());

    // Before the watch has seen it: the store's answer already refuses (through the full check).
    QVERIFY(!m_agents->authenticateCached(user, password, client, *m_cache));
    QTRY_VERIFY_WITH_TIMEOUT(changed.contains(QVariantList{QStringLiteral("access")}), 5000);
    QCOMPARE(m_cache->size(), 1);
    QVERIFY(!m_agents->authenticateCached(user, password, client, *m_cache));
    const auto kept = m_agents->authenticateCached(bystander.credential.username, bystanderPassword,
                                                   ip("127.0.0.1"), *m_cache);
    QVERIFY(kept && kept->accepted);
    watch.stop();
}

void TestCredentialCache::lastUsedIsWrittenInBatches()
{
    QVERIFY(m_agents->createAgent(QStringLiteral("Billing"), ranges({"127.0.0.1"}), {}).ok());
    const auto first = m_agents->createCredential(QStringLiteral("Billing")).value();
    const auto second = m_agents->createCredential(QStringLiteral("Billing")).value();
    const qint64 t0 = nowMs() + 1000; // after the credentials were made: a use before that is not theirs
    // authenticate() itself writes nothing.
    QVERIFY(m_agents->authenticate(first.credential.username, first.password.toLatin1(), ip("127.0.0.1"))
                .accepted);
    QVERIFY(m_agents->credentials(QStringLiteral("Billing"))->first().lastUsedAt.isNull());

    StoreWriter writer(m_dir->path());
    CredentialUseRecorder recorder(&writer, 60000);
    const quint64 commitsBefore = writer.commitCount();
    for (int i = 0; i < 100; ++i) {
        recorder.noteUse(first.credential.id, t0 + i);
        recorder.noteUse(second.credential.id, t0 + 2 * i);
        recorder.flushIfDue(t0 + i);
    }
    QCOMPARE(recorder.batchesWritten(), quint64(1)); // the first flush; the others wait for the minute
    QCOMPARE(recorder.pending(), 2);
    // A credential not written yet in this run does not wait for the others' minute.
    const auto third = m_agents->createCredential(QStringLiteral("Billing")).value();
    recorder.noteUse(third.credential.id, t0 + 500);
    recorder.flushIfDue(t0 + 500);
    QCOMPARE(recorder.batchesWritten(), quint64(2));
    QCOMPARE(recorder.pending(), 2);
    recorder.flushIfDue(t0 + 30000);
    QCOMPARE(recorder.batchesWritten(), quint64(2));
    recorder.flushIfDue(t0 + 60000);
    QCOMPARE(recorder.batchesWritten(), quint64(3));
    QCOMPARE(recorder.pending(), 0);
    QVERIFY(writer.runSync([](QSqlDatabase&) { return Status(); }).ok()); // the batches are committed
    QVERIFY(writer.commitCount() - commitsBefore <= 4);
    const auto list = m_agents->credentials(QStringLiteral("Billing")).value();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).lastUsedAt.toMSecsSinceEpoch(), t0 + 99);
    QCOMPARE(list.at(1).lastUsedAt.toMSecsSinceEpoch(), t0 + 198);
    QCOMPARE(list.at(2).lastUsedAt.toMSecsSinceEpoch(), t0 + 500);
    // An older note never moves the date back.
    recorder.noteUse(first.credential.id, t0 - 1000);
    recorder.flush();
    QVERIFY(writer.runSync([](QSqlDatabase&) { return Status(); }).ok());
    QCOMPARE(m_agents->credentials(QStringLiteral("Billing"))->first().lastUsedAt.toMSecsSinceEpoch(),
             t0 + 99);
    // A use noted before a credential existed is another credential's: on SQLite a deleted agent's
    // credential id is given to the next one made, and the batch may be written after that.
    QVERIFY(m_agents->createAgent(QStringLiteral("Later"), ranges({"10.0.0.1"}), {}).ok());
    const auto later = m_agents->createCredential(QStringLiteral("Later")).value();
    recorder.noteUse(later.credential.id, later.credential.createdAt.toMSecsSinceEpoch() - 1000);
    recorder.flush();
    QVERIFY(writer.runSync([](QSqlDatabase&) { return Status(); }).ok());
    QVERIFY(m_agents->credentials(QStringLiteral("Later"))->first().lastUsedAt.isNull());
}

QTEST_GUILESS_MAIN(TestCredentialCache)
#include "tst_credentialcache.moc"
