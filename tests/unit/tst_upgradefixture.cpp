// Upgrades keep data (docs/operations.md): a COPY of the data directory in tests/fixtures/datadir-0.1.0 (made
// by tests/fixtures/make-upgrade-fixture.py) opens with this code, migrates to the current schema, and keeps
// its agents, credentials (the recorded passwords still verify), routes, smarthost and its secret, settings,
// queue and delivery log. A data directory from a newer RelayDesk is refused with a clear message and left as
// it was.
#include "core/admin/dkimadmin.h"
#include "core/admin/logadmin.h"
#include "core/agents/agentdirectory.h"
#include "core/dkim/dkimkeystore.h"
#include "core/query/logfilter.h"
#include "core/query/queuequery.h"
#include "core/routing/routestore.h"
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "core/store/settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace RelayDesk;

namespace {

const QString fixtureDir = QStringLiteral(RELAYDESK_FIXTURES_DIR "/datadir-0.1.0");
const QStringList fixtureFiles = {QStringLiteral("relaydesk.sqlite"), QStringLiteral("smarthost.secret")};

/// SHA-256 of each committed fixture file: the tests must never change them.
QStringList fixtureDigests()
{
    QStringList digests;
    for (const QString& name : fixtureFiles) {
        QFile file(QDir(fixtureDir).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        digests << QString::fromLatin1(
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    }
    return digests;
}

/// Copies the fixture into dir, owner-only as a data directory is.
bool copyFixture(const QString& dir)
{
    for (const QString& name : fixtureFiles) {
        const QString target = QDir(dir).filePath(name);
        if (!QFile::copy(QDir(fixtureDir).filePath(name), target) ||
            !QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner))
            return false;
    }
    return true;
}

/// The admin_changes topic versions (docs/operations.md, "Apply without restart").
QMap<QString, qint64> topicVersions(const QString& dataDir)
{
    QMap<QString, qint64> versions;
    QSqlQuery query(Database::connection(dataDir).value());
    if (query.exec(QStringLiteral("SELECT topic, version FROM admin_changes"))) {
        while (query.next())
            versions.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return versions;
}

int userVersion(const QString& dataDir)
{
    QSqlQuery query(Database::connection(dataDir).value());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestUpgradeFixture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void opensAndMigrates();
    void keepsAgentsAndCredentials();
    void keepsRoutesSmarthostAndSettings();
    void keepsQueueAndLog();
    void newerSchemaRefused();
    void liveApplyTopicsAfterUpgrade();
    void dkimKeysAfterUpgrade();
    void queuedBodiesAreNotSignedAgain();

private:
    QJsonObject m_recorded; ///< credentials.json
    QStringList m_digests;
    std::unique_ptr<QTemporaryDir> m_copy;
    QString dataDir() const { return m_copy->path(); }
};

void TestUpgradeFixture::initTestCase()
{
    QFile recorded(QDir(fixtureDir).filePath(QStringLiteral("credentials.json")));
    QVERIFY2(recorded.open(QIODevice::ReadOnly), qPrintable(recorded.fileName()));
    m_recorded = QJsonDocument::fromJson(recorded.readAll()).object();
    QVERIFY(m_recorded.contains(QStringLiteral("credentials")));
    m_digests = fixtureDigests();
    QCOMPARE(m_digests.size(), fixtureFiles.size());
    m_copy = std::make_unique<QTemporaryDir>();
    QVERIFY(m_copy->isValid());
    QVERIFY(copyFixture(dataDir()));
    const Status opened = Database::initialize(dataDir());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

void TestUpgradeFixture::cleanup()
{
    QCOMPARE(fixtureDigests(), m_digests);
}

void TestUpgradeFixture::cleanupTestCase()
{
    Database::releaseThreadConnection(dataDir());
}

void TestUpgradeFixture::opensAndMigrates()
{
    QCOMPARE(userVersion(dataDir()), Database::schemaVersion());
    QCOMPARE(Database::schemaVersion(), int(schemaMigrations().size()));
}

void TestUpgradeFixture::keepsAgentsAndCredentials()
{
    AgentDirectory agents(dataDir());
    const auto list = agents.listAgents();
    QVERIFY(list.ok());
    QStringList names;
    for (const MailAgent& agent : list.value())
        names << agent.name;
    names.sort();
    QCOMPARE(names,
             (QStringList{QStringLiteral("Billing"), QStringLiteral("Printers"), QStringLiteral("Reports")}));
    // docs/protocols.md, "Sender domains": agents from before sender domains keep sending as anyone.
    for (const MailAgent& agent : list.value()) {
        QVERIFY2(agent.anySender, qPrintable(agent.name));
        QVERIFY(agent.senders.isEmpty());
        const auto rules = agents.senderRules(agent.id);
        QVERIFY(rules && rules->allows("anyone@anywhere.example") && rules->allows(""));
    }

    const MailAgent billing = agents.agent(QStringLiteral("Billing")).value();
    QVERIFY(billing.enabled);
    QStringList allow;
    for (const CidrRange& range : billing.allowlist)
        allow << range.toString();
    allow.sort();
    QCOMPARE(allow, (QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("192.0.2.0/24")}));
    const MailAgent printers = agents.agent(QStringLiteral("Printers")).value();
    QStringList trusted;
    for (const CidrRange& range : printers.trustedDevices)
        trusted << range.toString();
    trusted.sort();
    QCOMPARE(trusted, (QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("192.0.2.50"),
                                   QStringLiteral("2001:db8::/64")}));
    QVERIFY(!agents.agent(QStringLiteral("Reports")).value().enabled);
    QCOMPARE(agents.trustedDeviceAgent(QHostAddress(QStringLiteral("192.0.2.50")))->name,
             QStringLiteral("Printers"));

    const auto billingCredentials = agents.credentials(QStringLiteral("Billing"));
    QVERIFY(billingCredentials.ok());
    QCOMPARE(billingCredentials->size(), 3);

    // The recorded passwords verify against the stored Argon2id hashes; the revoked one and the disabled
    // agent's do not admit.
    const QJsonObject credentials = m_recorded.value(QStringLiteral("credentials")).toObject();
    const QHostAddress client(QStringLiteral("127.0.0.1"));
    for (const QString& key :
         {QStringLiteral("Billing"), QStringLiteral("Billing (second)"), QStringLiteral("Printers")}) {
        const QJsonObject credential = credentials.value(key).toObject();
        const AuthDecision decision =
            agents.authenticate(credential.value(QStringLiteral("username")).toString(),
                                credential.value(QStringLiteral("password")).toString().toUtf8(), client);
        QVERIFY2(decision.accepted, qPrintable(key));
    }
    for (const QString& key : {QStringLiteral("Billing (revoked)"), QStringLiteral("Reports")}) {
        const QJsonObject credential = credentials.value(key).toObject();
        QVERIFY2(!agents
                      .authenticate(credential.value(QStringLiteral("username")).toString(),
                                    credential.value(QStringLiteral("password")).toString().toUtf8(),
                                    QHostAddress(QStringLiteral("::1")))
                      .accepted,
                 qPrintable(key));
    }
    const QJsonObject billingCredential = credentials.value(QStringLiteral("Billing")).toObject();
    QVERIFY(!agents
                 .authenticate(billingCredential.value(QStringLiteral("username")).toString(),
                               "wrong password", client)
                 .accepted);
}

void TestUpgradeFixture::keepsRoutesSmarthostAndSettings()
{
    RouteStore store(dataDir());
    const auto routes = store.routes();
    QVERIFY(routes.ok());
    QStringList patterns;
    for (const RouteEntry& route : routes.value()) {
        patterns << route.pattern;
        QCOMPARE(route.host, QStringLiteral("127.0.0.1"));
        QVERIFY(route.tls == TlsPolicy::Opportunistic);
    }
    patterns.sort();
    QCOMPARE(patterns, (QStringList{QStringLiteral("later.test"), QStringLiteral("sink.test")}));
    QVERIFY(store.tlsPolicies()->value(QStringLiteral("example.org")) == TlsPolicy::Verify);
    const auto smarthost = store.smarthost();
    QVERIFY(smarthost.ok());
    QCOMPARE(smarthost->host, QStringLiteral("smarthost.fixture.test"));
    QCOMPARE(smarthost->port, quint16(587));
    QCOMPARE(smarthost->username, QByteArray("fixture-relay"));
    // Upgrades turn verification on: the stored "starttls" smarthost is now checked against the system CAs.
    QCOMPARE(smarthost->trust.mode, PeerTrust::Mode::System);
    QCOMPARE(RouteTable::routeOf(smarthost.value()).tls, TlsPolicy::Verify);
    QCOMPARE(smarthost->password, m_recorded.value(QStringLiteral("smarthost_password")).toString().toUtf8());

    const Settings settings(dataDir());
    QCOMPARE(settings.value(QStringLiteral("server.hostname")), QStringLiteral("relay.fixture.test"));
    QCOMPARE(settings.intValue(QStringLiteral("limits.max_recipients")), 40);
    QCOMPARE(settings.value(QStringLiteral("limits.max_message_size")), QStringLiteral("10485760"));
    QCOMPARE(settings.intValue(QStringLiteral("retention.log")), 400);
    QCOMPARE(settings.intValue(QStringLiteral("retention.bodies")), 30);
    QCOMPARE(settings.intValue(QStringLiteral("auth.max_failures")), 7);
    QCOMPARE(settings.boolValue(QStringLiteral("delivery.enabled")), false);
}

void TestUpgradeFixture::keepsQueueAndLog()
{
    // Pending: carol (deferred), dave (deferred, with erin delivered), frank (held).
    const auto pending = QueueQuery(dataDir()).pageAfter(LogFilter(), nullptr, 100);
    QVERIFY2(pending.ok(), qPrintable(pending.error()));
    QCOMPARE(pending->size(), 3);
    const QString heldId = m_recorded.value(QStringLiteral("held_queue_id")).toString();
    int held = 0;
    for (const QueueRow& row : pending.value()) {
        QVERIFY(row.contentKept);
        if (row.held) {
            ++held;
            QCOMPARE(row.queueId, heldId);
            QCOMPARE(row.recipients, QStringLiteral("frank@later.test"));
        }
    }
    QCOMPARE(held, 1);

    const auto attempts = LogAdmin(dataDir()).search(LogFilter(), 0, 100, true);
    QVERIFY2(attempts.ok(), qPrintable(attempts.error()));
    QMap<QString, int> byStatus;
    for (const DeliveryAttemptRow& row : attempts.value())
        ++byStatus[row.status];
    QCOMPARE(byStatus.value(QStringLiteral("delivered")), 4); // alice, bob, erin and the DSN to billing@
    QCOMPARE(byStatus.value(QStringLiteral("bounced")), 1);   // nobody@sink.test: 550 5.1.1
    QCOMPARE(byStatus.value(QStringLiteral("deferred")), 3);  // carol, dave, frank: connection refused

    LogFilter bounced;
    bounced.status = QStringLiteral("bounced");
    const auto bouncedRows = LogAdmin(dataDir()).search(bounced, 0, 10, false);
    QCOMPARE(bouncedRows->size(), 1);
    QCOMPARE(bouncedRows->first().code, 550);
    QCOMPARE(bouncedRows->first().recipient, QStringLiteral("nobody@sink.test"));
}

void TestUpgradeFixture::newerSchemaRefused()
{
    QTemporaryDir copy;
    QVERIFY(copyFixture(copy.path()));
    const int newer = Database::schemaVersion() + 1;
    {
        QSqlQuery query(Database::connection(copy.path()).value());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=%1").arg(newer)));
    }
    Database::releaseThreadConnection(copy.path());
    const QByteArray before = [&] {
        QFile file(QDir(copy.path()).filePath(QStringLiteral("relaydesk.sqlite")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();

    const Status opened = Database::initialize(copy.path());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("newer RelayDesk")), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QStringLiteral("schema %1").arg(newer)), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QString::number(Database::schemaVersion())), qPrintable(opened.error()));
    QCOMPARE(userVersion(copy.path()), newer); // not migrated, not touched
    {
        // Counted with plain SQL: the current code's agent reader expects the current schema.
        QSqlQuery query(Database::connection(copy.path()).value());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM agents")) && query.next());
        QCOMPARE(query.value(0).toInt(), 3);
    }
    Database::releaseThreadConnection(copy.path());
    QFile after(QDir(copy.path()).filePath(QStringLiteral("relaydesk.sqlite")));
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

void TestUpgradeFixture::liveApplyTopicsAfterUpgrade()
{
    // Migration 10 gives an upgraded store the topics a running engine watches, and the triggers that bump
    // them: a setting bumps 'settings', the certificate pair also 'certificate', a route or a TLS policy
    // 'routes'.
    const QMap<QString, qint64> before = topicVersions(dataDir());
    for (const QString& topic :
         {QStringLiteral("settings"), QStringLiteral("certificate"), QStringLiteral("routes")})
        QVERIFY2(before.contains(topic), qPrintable(topic));
    Settings settings(dataDir());
    QVERIFY(settings.set(QStringLiteral("limits.max_hops"), QStringLiteral("30")).ok());
    auto after = topicVersions(dataDir());
    QCOMPARE(after.value(QStringLiteral("settings")), before.value(QStringLiteral("settings")) + 1);
    QCOMPARE(after.value(QStringLiteral("certificate")), before.value(QStringLiteral("certificate")));
    const Status generatedPair =
        settings.set(QStringLiteral("tls.certificate"), QStringLiteral("")); // the generated pair
    QVERIFY2(generatedPair.ok(), qPrintable(generatedPair.error()));
    after = topicVersions(dataDir());
    QCOMPARE(after.value(QStringLiteral("certificate")), before.value(QStringLiteral("certificate")) + 1);
    // Migration 35: the second pair (RSA beside ECDSA) is applied without restart too.
    QVERIFY(settings.set(QStringLiteral("tls.second_key"), QStringLiteral("")).ok());
    after = topicVersions(dataDir());
    QCOMPARE(after.value(QStringLiteral("certificate")), before.value(QStringLiteral("certificate")) + 2);
    RouteStore routes(dataDir());
    QVERIFY(routes.setTlsPolicy(QStringLiteral("example.net"), TlsPolicy::Required).ok());
    QVERIFY(routes.removeRoute(QStringLiteral("later.test")).ok());
    QCOMPARE(topicVersions(dataDir()).value(QStringLiteral("routes")),
             before.value(QStringLiteral("routes")) + 2);
}

void TestUpgradeFixture::dkimKeysAfterUpgrade()
{
    // Migration 12: an upgraded store has no DKIM keys, takes them, and their change bumps 'dkim'.
    const QMap<QString, qint64> before = topicVersions(dataDir());
    QVERIFY(before.contains(DkimKeyStore::topic()));
    DkimAdmin dkim(dataDir());
    QVERIFY(dkim.keys()->isEmpty());
    const auto made = dkim.ensureKeys(QStringLiteral("example.com"));
    QVERIFY2(made, qPrintable(made.error()));
    QCOMPARE(topicVersions(dataDir()).value(DkimKeyStore::topic()), before.value(DkimKeyStore::topic()) + 2);
}

void TestUpgradeFixture::queuedBodiesAreNotSignedAgain()
{
    // Migration 18 (docs/operations.md, "When it is signed"): the bodies queued before the upgrade were
    // signed at accept, if at all, so they get the empty value ("nothing to add"), never NULL ("not signed
    // yet").
    QSqlQuery query(Database::connection(dataDir()).value());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), SUM(dkim_signature IS NULL),"
                                      " SUM(length(dkim_signature)) FROM message_bodies")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toInt() > 0);
    QCOMPARE(query.value(1).toInt(), 0);
    QCOMPARE(query.value(2).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestUpgradeFixture)
#include "tst_upgradefixture.moc"
