#include "core/admin/admin.h"
#include "core/store/database.h"
#include "core/store/settings.h"
#include "core/store/storeaddress.h"
#include "core/tls/certificategenerator.h"
#include "tests/support/queuefixture.h"
#include "tests/support/tempdatadir.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <limits>

using namespace RelayDesk;

/// The admin facade: one validation and one error text per operation, several settings stored together or
/// not at all, certificate imports refused before anything changes.
class TestAdminFacade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agentValidation();
    void agentCreateHasACredential();
    void agentSaveCreatesAndUpdates();
    void settingProblems();
    void settingKindsMatchTheirValues();
    void settingsAreAllOrNothing();
    void settingsStayWithinTheirBounds();
    void certificatePairIsCheckedAsAPair();
    void routesAndPolicies();
    void smarthostSetAndClear();
    void importPemCopiesThePair();
    void importPemRefusesAMismatchedPair();
    void importPemRefusesAnExpiredCertificate();
    void importPkcs12RefusesAWrongPassword();
    void generateRefusesABadHostname();
    void currentCertificate();
    void lockoutsAndLog();
    void logSearchFindsAnAgentInAnyCase();

private:
    static QString generated(const QString& dir, const QString& name, int days = 825);
    static QStringList tlsFiles(const QString& dataDir);
};

QString TestAdminFacade::generated(const QString& dir, const QString& name, int days)
{
    const QString base = dir + QLatin1Char('/') + name;
    const Status status =
        CertificateGenerator::generate(base + QStringLiteral(".crt"), base + QStringLiteral(".key"),
                                       name + QStringLiteral(".example"), days);
    return status ? base : QString();
}

QStringList TestAdminFacade::tlsFiles(const QString& dataDir)
{
    return QDir(dataDir + QStringLiteral("/tls")).entryList(QDir::Files);
}

void TestAdminFacade::agentValidation()
{
    Test::TempDataDir dir;
    AgentAdmin agents = Admin(dir.path()).agents();
    QVERIFY(!AgentAdmin::nameProblem(QStringLiteral("bad name!")).isEmpty());
    QVERIFY(AgentAdmin::nameProblem(QStringLiteral("Billing")).isEmpty());
    const auto refused = agents.create(QStringLiteral("bad name!"), {}, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error(), AgentAdmin::nameProblem(QStringLiteral("bad name!")));
    QCOMPARE(agents.list()->size(), 0);
    QVERIFY(!agents.remove(QStringLiteral("nobody")));
    QVERIFY(!agents.createCredential(QStringLiteral("nobody")));
}

void TestAdminFacade::agentCreateHasACredential()
{
    Test::TempDataDir dir;
    AgentAdmin agents = Admin(dir.path()).agents();
    const auto created = agents.create(QStringLiteral("Billing"),
                                       {CidrRange::parse(QStringLiteral("192.0.2.0/24")).value()}, {});
    QVERIFY2(created, qPrintable(created.error()));
    QVERIFY(!created->credential.password.isEmpty());
    QCOMPARE(agents.agentNameOf(created->credential.credential), QStringLiteral("Billing"));
    QCOMPARE(agents.credentials(QStringLiteral("Billing"))->size(), 1);
    // A second agent of the same name is refused whole: no second credential either.
    QVERIFY(!agents.create(QStringLiteral("Billing"), {}, {}));
    QCOMPARE(agents.list()->size(), 1);
    QCOMPARE(agents.credentials(QStringLiteral("Billing"))->size(), 1);
}

void TestAdminFacade::agentSaveCreatesAndUpdates()
{
    Test::TempDataDir dir;
    AgentAdmin agents = Admin(dir.path()).agents();
    MailAgent wanted;
    wanted.name = QStringLiteral("Printers");
    wanted.enabled = false;
    wanted.trustedDevices = {CidrRange::parse(QStringLiteral("192.0.2.50")).value()};
    const auto saved = agents.save(wanted);
    QVERIFY2(saved, qPrintable(saved.error()));
    QVERIFY(saved->id != 0);
    QVERIFY(!agents.agent(QStringLiteral("Printers"))->enabled);
    MailAgent edited = saved.value();
    edited.description = QStringLiteral("scanners too");
    QVERIFY(agents.save(edited));
    QCOMPARE(agents.agent(QStringLiteral("Printers"))->description, QStringLiteral("scanners too"));
}

void TestAdminFacade::settingProblems()
{
    QCOMPARE(SettingsAdmin::problem(QStringLiteral("no.such"), QStringLiteral("1")),
             QStringLiteral("unknown setting 'no.such'"));
    QCOMPARE(SettingsAdmin::problem(QStringLiteral("limits.max_recipients"), QStringLiteral("-5")),
             QStringLiteral("limits.max_recipients: '-5' is not a positive whole number"));
    QCOMPARE(SettingsAdmin::valueProblem(QStringLiteral("limits.max_recipients"), QStringLiteral("-5")),
             QStringLiteral("'-5' is not a positive whole number"));
    QVERIFY(SettingsAdmin::problem(QStringLiteral("limits.max_recipients"), QStringLiteral("7")).isEmpty());
    QVERIFY(SettingsAdmin::definition(QStringLiteral("listener.lan.enabled"))->isBoolean());
    QVERIFY(!SettingsAdmin::definition(QStringLiteral("no.such")));
    QVERIFY(!SettingsAdmin::definitions().isEmpty());
}

void TestAdminFacade::settingKindsMatchTheirValues()
{
    for (const SettingInfo& setting : SettingsAdmin::definitions()) {
        const QByteArray key = setting.key.toUtf8();
        QCOMPARE_EQ(setting.kind == SettingKind::Flag, setting.isBoolean());
        QVERIFY2(setting.kind == SettingKind::Choice || setting.choices.isEmpty(), key.constData());
        for (const QString& choice : setting.choices)
            QVERIFY2(SettingsAdmin::valueProblem(setting.key, choice).isEmpty(), key.constData());
        switch (setting.kind) {
        case SettingKind::Choice:
            QVERIFY2(setting.choices.contains(setting.defaultValue), key.constData());
            QVERIFY2(!SettingsAdmin::valueProblem(setting.key, QStringLiteral("other")).isEmpty(),
                     key.constData());
            break;
        case SettingKind::Count:
        case SettingKind::Port:
        case SettingKind::Seconds:
        case SettingKind::Octets:
        case SettingKind::Days: {
            // Whole numbers in the stored unit, and nothing else.
            bool ok = false;
            QVERIFY2(setting.defaultValue.toLongLong(&ok) >= 0 && ok, key.constData());
            QVERIFY2(!SettingsAdmin::valueProblem(setting.key, QStringLiteral("1.5")).isEmpty(),
                     key.constData());
            // Bounded, the default within the bounds, both bounds accepted and one past them refused: a
            // careless "3000000" for the idle timeout (35 days, beyond a timer's int milliseconds) is
            // caught here and not by a silently disabled timer.
            QVERIFY2(setting.maximum > 0 && setting.minimum <= setting.maximum, key.constData());
            QVERIFY2(setting.defaultValue.toLongLong() >= setting.minimum &&
                         setting.defaultValue.toLongLong() <= setting.maximum,
                     key.constData());
            QVERIFY2(setting.maximum <= std::numeric_limits<int>::max(), key.constData());
            QVERIFY2(SettingsAdmin::valueProblem(setting.key, QString::number(setting.maximum)).isEmpty(),
                     key.constData());
            QVERIFY2(SettingsAdmin::valueProblem(setting.key, QString::number(setting.minimum)).isEmpty(),
                     key.constData());
            QVERIFY2(
                !SettingsAdmin::valueProblem(setting.key, QString::number(setting.maximum + 1)).isEmpty(),
                key.constData());
            QVERIFY2(
                !SettingsAdmin::valueProblem(setting.key, QString::number(setting.minimum - 1)).isEmpty(),
                key.constData());
            break;
        }
        default:
            break;
        }
    }
    // The engine reads listeners, certificates and limits when it starts; delivery and retention as it runs.
    // docs/operations.md, "Apply without restart": only the worker threads wait for a restart.
    QVERIFY(SettingsAdmin::definition(QStringLiteral("engine.worker_threads"))->needsRestart);
    QVERIFY(!SettingsAdmin::definition(QStringLiteral("listener.smtps.address"))->needsRestart);
    QVERIFY(!SettingsAdmin::definition(QStringLiteral("tls.certificate"))->needsRestart);
    QVERIFY(!SettingsAdmin::definition(QStringLiteral("limits.max_recipients"))->needsRestart);
    QVERIFY(!SettingsAdmin::definition(QStringLiteral("delivery.retry_first"))->needsRestart);
    QVERIFY(!SettingsAdmin::definition(QStringLiteral("retention.log"))->needsRestart);
    QCOMPARE(SettingsAdmin::definition(QStringLiteral("limits.max_message_size"))->kind, SettingKind::Octets);
}

void TestAdminFacade::settingsStayWithinTheirBounds()
{
    Test::TempDataDir dir;
    SettingsAdmin admin(dir.path());
    QCOMPARE(
        admin.set(QStringLiteral("limits.idle_timeout"), QStringLiteral("3000000")).error(),
        QStringLiteral("limits.idle_timeout: 34 days 17 hours 20 minutes is not a duration from 1 second "
                       "to 1 day"));
    QCOMPARE(admin.set(QStringLiteral("engine.worker_threads"), QStringLiteral("1000")).error(),
             QStringLiteral("engine.worker_threads: '1000' is not a whole number from 1 to 64"));
    QCOMPARE(admin.set(QStringLiteral("delivery.mx_port"), QStringLiteral("70000")).error(),
             QStringLiteral("delivery.mx_port: '70000' is not a port between 1 and 65535"));
    QCOMPARE(admin.set(QStringLiteral("retention.log"), QStringLiteral("40000")).error(),
             QStringLiteral("retention.log: '40000' is not a whole number of days from 0 to 36500"));
    // A silence longer than a whole session could never happen (an outside tester got no word of it).
    QCOMPARE(
        admin.set(QStringLiteral("limits.idle_timeout"), QStringLiteral("86400")).error(),
        QStringLiteral("limits.session_timeout (30 minutes) is shorter than limits.idle_timeout (1 day): a "
                       "session ends at its overall limit before it could be silent that long"));
    QCOMPARE(
        admin.set(QStringLiteral("limits.session_timeout"), QStringLiteral("60")).error(),
        QStringLiteral("limits.session_timeout (1 minute) is shorter than limits.idle_timeout (5 minutes): "
                       "a session ends at its overall limit before it could be silent that long"));
    QVERIFY(admin.set(QStringLiteral("limits.session_timeout"), QStringLiteral("86400")));
    QVERIFY(admin.set(QStringLiteral("limits.idle_timeout"), QStringLiteral("86400")));
    QCOMPARE(Settings(dir.path()).intValue(QStringLiteral("limits.idle_timeout")), 86400);
    // The same for a TLS handshake, and for a delay notice after the give-up time (an outside tester set
    // both without a word). A give-up time shortened below the notice is taken: no notice is sent then.
    QVERIFY(admin.set(QStringLiteral("limits.idle_timeout"), QStringLiteral("300")));
    QVERIFY(admin.set(QStringLiteral("limits.session_timeout"), QStringLiteral("1800")));
    QCOMPARE(
        admin.set(QStringLiteral("limits.tls_handshake_timeout"), QStringLiteral("3600")).error(),
        QStringLiteral("limits.session_timeout (30 minutes) is shorter than limits.tls_handshake_timeout (1 "
                       "hour): a session ends at its overall limit before its TLS handshake could take that "
                       "long"));
    QCOMPARE(admin.set(QStringLiteral("delivery.delay_notice_after"), QStringLiteral("518400")).error(),
             QStringLiteral(
                 "delivery.give_up_after (5 days) is shorter than delivery.delay_notice_after (6 days): "
                 "a message is bounced before its delay notice would be sent (0 sends none)"));
    QVERIFY(admin.set(QStringLiteral("delivery.give_up_after"), QStringLiteral("7200")));
    QVERIFY(admin.set(QStringLiteral("delivery.delay_notice_after"), QStringLiteral("0")));
    QVERIFY(admin.set(QStringLiteral("delivery.delay_notice_after"), QStringLiteral("3600")));
    // A value stored beyond the bounds (by an older version, or by hand) is read as the nearest bound, so
    // the timer that takes it in milliseconds cannot overflow.
    {
        auto db = Database::connection(dir.path());
        QVERIFY(db);
        QSqlQuery query(db.value());
        QVERIFY(query.exec(
            QStringLiteral("UPDATE settings SET value = '3000000' WHERE key = 'limits.idle_timeout'")));
    }
    QCOMPARE(Settings(dir.path()).intValue(QStringLiteral("limits.idle_timeout")), 86400);
    QCOMPARE(Settings(dir.path()).intValue(QStringLiteral("engine.worker_threads")), 2);
    // The seconds that become timer intervals in int milliseconds all fit.
    for (const char* key :
         {"limits.idle_timeout", "limits.session_timeout", "limits.tls_handshake_timeout",
          "delivery.connect_timeout", "delivery.command_timeout", "delivery.poll_interval"}) {
        const auto definition = SettingsAdmin::definition(QString::fromLatin1(key));
        QVERIFY2(definition && definition->maximum * 1000 <= std::numeric_limits<int>::max(), key);
    }
}

void TestAdminFacade::settingsAreAllOrNothing()
{
    Test::TempDataDir dir;
    SettingsAdmin settings = Admin(dir.path()).settings();
    const QString before = settings.value(QStringLiteral("limits.max_recipients"));
    // The set's one error text is the same as problem()'s, and the good value is not stored either.
    const Status refused = settings.set({{QStringLiteral("limits.max_recipients"), QStringLiteral("77")},
                                         {QStringLiteral("delivery.retry_first"), QStringLiteral("-5")}});
    QVERIFY(!refused);
    QCOMPARE(refused.error(),
             SettingsAdmin::problem(QStringLiteral("delivery.retry_first"), QStringLiteral("-5")));
    QCOMPARE(settings.value(QStringLiteral("limits.max_recipients")), before);
    QVERIFY(!settings.set({{QStringLiteral("limits.max_recipients"), QStringLiteral("77")},
                           {QStringLiteral("no.such"), QStringLiteral("1")}}));
    QCOMPARE(settings.value(QStringLiteral("limits.max_recipients")), before);

    QVERIFY(settings.set({{QStringLiteral("limits.max_recipients"), QStringLiteral("77")},
                          {QStringLiteral("delivery.retry_first"), QStringLiteral("120")}}));
    QCOMPARE(settings.get(QStringLiteral("limits.max_recipients"))->value, QStringLiteral("77"));
    QVERIFY(!settings.get(QStringLiteral("limits.max_recipients"))->isDefault());
    QVERIFY(settings.reset(QStringLiteral("limits.max_recipients")));
    QVERIFY(settings.get(QStringLiteral("limits.max_recipients"))->isDefault());
    QVERIFY(!settings.get(QStringLiteral("no.such")));
}

void TestAdminFacade::certificatePairIsCheckedAsAPair()
{
    Test::TempDataDir dir;
    const QString a = generated(dir.path(), QStringLiteral("a"));
    const QString b = generated(dir.path(), QStringLiteral("b"));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    SettingsAdmin settings = Admin(dir.path()).settings();
    const Status refused = settings.set({{QStringLiteral("tls.certificate"), a + QStringLiteral(".crt")},
                                         {QStringLiteral("tls.key"), b + QStringLiteral(".key")}});
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("does not belong to the certificate")),
             qPrintable(refused.error()));
    QVERIFY(settings.value(QStringLiteral("tls.certificate")).isEmpty());
    QVERIFY(settings.value(QStringLiteral("tls.key")).isEmpty());
    QVERIFY(settings.set({{QStringLiteral("tls.certificate"), a + QStringLiteral(".crt")},
                          {QStringLiteral("tls.key"), a + QStringLiteral(".key")}}));
}

void TestAdminFacade::routesAndPolicies()
{
    Test::TempDataDir dir;
    RouteAdmin routes = Admin(dir.path()).routes();
    QVERIFY(!RouteAdmin::parseRoute(QStringLiteral("not a domain"), QStringLiteral("192.0.2.1"), {}));
    QCOMPARE(RouteAdmin::parseRoute(QStringLiteral("example.com"), QStringLiteral("192.0.2.1"),
                                    QStringLiteral("sometimes"))
                 .error(),
             QStringLiteral("'sometimes' is not none, opportunistic, required, verify or implicit"));
    const auto implicit = RouteAdmin::parseRoute(QStringLiteral("Example.COM"), QStringLiteral("192.0.2.1"),
                                                 QStringLiteral("implicit"));
    QVERIFY(implicit);
    QCOMPARE(implicit->pattern, QStringLiteral("example.com"));
    QCOMPARE(implicit->port, quint16(465));
    QCOMPARE(RouteAdmin::tlsName(implicit.value()), QStringLiteral("implicit"));
    QVERIFY(routes.setRoute(implicit.value()));
    QCOMPARE(routes.routes()->size(), 1);
    QCOMPARE(routes.removeRoute(QStringLiteral("other.example")).error(),
             QStringLiteral("no route for 'other.example'"));
    QVERIFY(routes.removeRoute(QStringLiteral("example.com")));
    QCOMPARE(routes.routes()->size(), 0);

    QVERIFY(!RouteAdmin::parsePolicy(QStringLiteral("VERIFY")));
    QVERIFY(routes.setTlsPolicy(QStringLiteral("partner.example"),
                                RouteAdmin::parsePolicy(QStringLiteral("verify")).value()));
    QCOMPARE(routes.tlsPolicies()->value(QStringLiteral("partner.example")), TlsPolicy::Verify);
    QCOMPARE(routes.removeTlsPolicy(QStringLiteral("other.example")).error(),
             QStringLiteral("no TLS policy for 'other.example'"));
    QVERIFY(routes.removeTlsPolicy(QStringLiteral("partner.example")));
}

void TestAdminFacade::smarthostSetAndClear()
{
    Test::TempDataDir dir;
    RouteAdmin routes = Admin(dir.path()).routes();
    SmarthostSettings smarthost{QStringLiteral("smtp.example.net"), 587, QStringLiteral("starttls"),
                                QStringLiteral("relay"), "s3cret"};
    QVERIFY(routes.setSmarthost(smarthost));
    auto config = routes.smarthost();
    QCOMPARE(config->host, QStringLiteral("smtp.example.net"));
    QCOMPARE(config->password, QByteArray("s3cret"));
    // On PostgreSQL the password is a node_secrets row, no file (docs/postgresql.md).
    const bool inStore = StoreAddress::ofDataDir(dir.path())->isPostgreSql();
    QCOMPARE(QFile::exists(dir.path() + QStringLiteral("/smarthost.secret")), !inStore);
    if (!inStore)
        QCOMPARE(QFile::permissions(dir.path() + QStringLiteral("/smarthost.secret")) & 0x0077,
                 QFileDevice::Permissions());
    // A bad TLS mode is refused whole: the host stays what it was.
    SmarthostSettings bad = smarthost;
    bad.host = QStringLiteral("other.example.net");
    bad.tls = QStringLiteral("sometimes");
    const Status refused = routes.setSmarthost(bad);
    QVERIFY(!refused);
    QVERIFY2(refused.error().startsWith(QStringLiteral("delivery.smarthost_tls: ")),
             qPrintable(refused.error()));
    QCOMPARE(routes.smarthost()->host, QStringLiteral("smtp.example.net"));
    bad.tls = QStringLiteral("starttls");
    bad.username = QStringLiteral("two\nlines");
    QVERIFY(!routes.setSmarthost(bad));
    // A user name without a password would log in with an empty one: refused, the stored one kept.
    bad.username = QStringLiteral("relayuser");
    bad.password.clear();
    QCOMPARE(routes.setSmarthost(bad).error(), QStringLiteral("the user name relayuser needs a password"));
    QCOMPARE(routes.smarthost()->password, QByteArray("s3cret"));
    QCOMPARE(routes.smarthostPasswordProblem(QStringLiteral("relayuser"), std::nullopt), QString());
    QCOMPARE(routes.smarthostPasswordProblem(QStringLiteral("relayuser"), QByteArray()),
             QStringLiteral("the user name relayuser needs a password"));
    QCOMPARE(routes.smarthostPasswordProblem(QString(), QByteArray()), QString());
    QVERIFY(routes.clearSmarthost());
    QVERIFY(routes.smarthost()->host.isEmpty());
    QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/smarthost.secret")));
}

void TestAdminFacade::importPemCopiesThePair()
{
    Test::TempDataDir dir;
    QTemporaryDir source;
    const QString a = generated(source.path(), QStringLiteral("a"));
    CertificateAdmin certificates = Admin(dir.path()).certificates();
    const auto imported = certificates.importPem(a + QStringLiteral(".crt"), a + QStringLiteral(".key"));
    QVERIFY2(imported, qPrintable(imported.error()));
    QVERIFY(imported->certificatePath.startsWith(dir.path() + QStringLiteral("/tls/imported-")));
    QCOMPARE(QFile::permissions(imported->keyPath) & 0x0077, QFileDevice::Permissions());
    const SettingsAdmin settings = Admin(dir.path()).settings();
    QCOMPARE(settings.value(QStringLiteral("tls.certificate")), imported->certificatePath);
    QCOMPARE(settings.value(QStringLiteral("tls.key")), imported->keyPath);
    const auto current = certificates.current();
    QVERIFY(current && !current->generated);
    QCOMPARE(current->fingerprint, imported->fingerprint);
    QVERIFY(current->problem.isEmpty());
}

void TestAdminFacade::importPemRefusesAMismatchedPair()
{
    Test::TempDataDir dir;
    QTemporaryDir source;
    const QString a = generated(source.path(), QStringLiteral("a"));
    const QString b = generated(source.path(), QStringLiteral("b"));
    const auto refused =
        Admin(dir.path()).certificates().importPem(a + QStringLiteral(".crt"), b + QStringLiteral(".key"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(
                 QStringLiteral("does not belong to the certificate in %1").arg(a + QStringLiteral(".crt"))),
             qPrintable(refused.error()));
    QCOMPARE(tlsFiles(dir.path()), QStringList());
    QVERIFY(Admin(dir.path()).settings().value(QStringLiteral("tls.certificate")).isEmpty());
}

void TestAdminFacade::importPemRefusesAnExpiredCertificate()
{
    Test::TempDataDir dir;
    QTemporaryDir source;
    const QString old = generated(source.path(), QStringLiteral("old"), -1);
    const auto refused = Admin(dir.path())
                             .certificates()
                             .importPem(old + QStringLiteral(".crt"), old + QStringLiteral(".key"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("expired on")), qPrintable(refused.error()));
    QCOMPARE(tlsFiles(dir.path()), QStringList());
    const auto missing =
        Admin(dir.path())
            .certificates()
            .importPem(source.path() + QStringLiteral("/none.crt"), old + QStringLiteral(".key"));
    QVERIFY(!missing);
    QCOMPARE(tlsFiles(dir.path()), QStringList());
}

void TestAdminFacade::importPkcs12RefusesAWrongPassword()
{
    Test::TempDataDir dir;
    QTemporaryDir source;
    const QString a = generated(source.path(), QStringLiteral("a"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"),
                   a + QStringLiteral(".crt"), QStringLiteral("-inkey"), a + QStringLiteral(".key"),
                   QStringLiteral("-out"), a + QStringLiteral(".p12"), QStringLiteral("-passout"),
                   QStringLiteral("pass:s3cret")});
    if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0)
        QSKIP("the openssl command is needed to make a PKCS#12 file");
    CertificateAdmin certificates = Admin(dir.path()).certificates();
    const auto refused = certificates.importPkcs12(a + QStringLiteral(".p12"), "wrong");
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("the password is wrong")), qPrintable(refused.error()));
    QCOMPARE(tlsFiles(dir.path()), QStringList());
    const auto imported = certificates.importPkcs12(a + QStringLiteral(".p12"), "s3cret");
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(QFile::permissions(imported->keyPath) & 0x0077, QFileDevice::Permissions());
}

void TestAdminFacade::generateRefusesABadHostname()
{
    Test::TempDataDir dir;
    CertificateAdmin certificates = Admin(dir.path()).certificates();
    const auto refused = certificates.generateSelfSigned(QStringLiteral("not a host"));
    QVERIFY(!refused);
    QCOMPARE(refused.error(), QStringLiteral("'not a host' is neither a host name nor an IP address"));
    QCOMPARE(tlsFiles(dir.path()), QStringList());
    const auto made = certificates.generateSelfSigned(QStringLiteral("relay.example"));
    QVERIFY2(made, qPrintable(made.error()));
    QVERIFY(made->subject.contains(QStringLiteral("relay.example")));
}

void TestAdminFacade::currentCertificate()
{
    Test::TempDataDir dir;
    const auto none = Admin(dir.path()).certificates().current();
    QVERIFY(none);
    QVERIFY(none->generated);
    QVERIFY(none->certificatePath.isEmpty());
}

void TestAdminFacade::logSearchFindsAnAgentInAnyCase()
{
    // SQLite's lower() folds ASCII letters only: "BÜRO-DRUCKER" found none of "Büro-Drucker"'s attempts.
    Test::TempDataDir dir;
    Test::QueueFixture f(dir.path());
    const Admin admin(dir.path());
    QVERIFY(admin.agents().create(QStringLiteral("B\u00fcro-Drucker"), {}, {}, {}, {}, true));
    const qint64 agent = admin.agents().agent(QStringLiteral("B\u00fcro-Drucker"))->id;
    f.addMessage(QStringLiteral("Q1"), agent, QStringLiteral("scan@example.com"),
                 {QStringLiteral("a@example.org")}, nowMs());
    f.scalar(QStringLiteral("UPDATE messages SET agent_name = ?"), {QStringLiteral("B\u00fcro-Drucker")});
    f.scalar(QStringLiteral(
                 "INSERT INTO delivery_attempts(attempt_key, message_id, queue_id, agent_id, agent_name,"
                 " sender, recipient_id, recipient, status, started_at) SELECT 'k1', m.id, m.queue_id,"
                 " m.agent_id, m.agent_name, m.sender, r.id, r.address, 'delivered', ? FROM recipients"
                 " r JOIN messages m ON m.id = r.message_id"),
             {nowMs()});
    for (const QString& typed : {QStringLiteral("B\u00fcro-Drucker"), QStringLiteral("B\u00dcRO-DRUCKER"),
                                 QStringLiteral("b\u00fcro-drucker")}) {
        LogFilter filter;
        filter.agent = typed;
        const auto rows = admin.log().search(filter, 0, 10, false);
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(rows->size(), 1);
    }
}

void TestAdminFacade::lockoutsAndLog()
{
    Test::TempDataDir dir;
    const Admin admin(dir.path());
    QCOMPARE(admin.security().lockouts()->size(), 0);
    QVERIFY(!admin.security().unlock(QHostAddress(QStringLiteral("192.0.2.1"))));
    QVERIFY(LogAdmin::parseTime(QStringLiteral("1d")));
    QVERIFY(!LogAdmin::parseTime(QStringLiteral("yesterday")));
    const auto purged = admin.log().purge();
    QVERIFY2(purged, qPrintable(purged.error()));
    QCOMPARE(purged->attempts, 0);
    QVERIFY(purged->logCutoff > 0);
}

QTEST_GUILESS_MAIN(TestAdminFacade)
#include "tst_adminfacade.moc"
