// DKIM keys through the admin facade: keys per domain with dated selectors, private key files of mode 0600
// in directories of mode 0700, rotation with a grace period and retirement, the DNS records to publish (DKIM,
// SPF for the sending path, DMARC), the engine's keyring, and the keys in an encrypted backup.
#include "core/admin/admin.h"
#include "core/admin/senderdnsrecords.h"
#include "core/dkim/dkimkeyring.h"
#include "core/dkim/dkimkeystore.h"
#include "core/dkim/dkimmessagesigner.h"
#include "core/query/setupquery.h"
#include "core/store/database.h"
#include "core/store/settings.h"
#include "tests/support/tempdatadir.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace RelayDesk;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

QString today()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd"));
}

} // namespace

class TestDkimAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizesDomains()
    {
        QCOMPARE(DkimAdmin::normalizeDomain(QStringLiteral("Example.COM.")).value(),
                 QStringLiteral("example.com"));
        QCOMPARE(DkimAdmin::normalizeDomain(QStringLiteral("b\u00fccher.example")).value(),
                 QStringLiteral("xn--bcher-kva.example"));
        for (const char* bad :
             {"", "localhost", "-a.example", "a..example", "a/b.example", "../x.example", "a b.c"})
            QVERIFY2(!DkimAdmin::normalizeDomain(QString::fromLatin1(bad)), bad);
        QVERIFY(!DkimAdmin::parseAlgorithms(QStringLiteral("dsa")));
        QCOMPARE(DkimAdmin::parseAlgorithms(QString()).value().size(), 2);
    }

    void enablesWithDatedSelectorsAndPrivateFiles()
    {
        Test::TempDataDir data;
        QVERIFY(data.isValid());
        DkimAdmin dkim(data.path());
        const auto made = dkim.ensureKeys(QStringLiteral("Example.com"));
        QVERIFY2(made, qPrintable(made.error()));
        QCOMPARE(made->size(), 2);
        QCOMPARE(made->at(0).selector, QStringLiteral("rd%1-rsa").arg(today()));
        QCOMPARE(made->at(1).selector, QStringLiteral("rd%1-ed").arg(today()));
        const DkimKeyStore store(data.path());
        QCOMPARE(modeOf(store.directory()), mode_t(0700));
        QCOMPARE(
            modeOf(
                QFileInfo(store.keyPath(QStringLiteral("example.com"), made->at(0).selector)).absolutePath()),
            mode_t(0700));
        for (const DkimKeyRecord& key : made.value())
            QCOMPARE(modeOf(store.keyPath(key.domain, key.selector)), mode_t(0600));
        // Again: the same keys, nothing new.
        const auto again = dkim.ensureKeys(QStringLiteral("example.com"));
        QVERIFY(again);
        QCOMPARE(again->at(0).id, made->at(0).id);
        QCOMPARE(dkim.keys()->size(), 2);
        // The engine's keyring: RSA first, both loaded.
        const auto ring = DkimKeyring::load(data.path());
        QVERIFY2(ring, qPrintable(ring.error()));
        QVERIFY(ring.value()->problems().isEmpty());
        const QList<DkimSigningKey> keys =
            ring.value()->keysFor("example.com", QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys[0].key->algorithm(), DkimAlgorithm::RsaSha256);
        QCOMPARE(keys[1].selector, made->at(1).selector.toLatin1());
        QVERIFY(ring.value()->keysFor("other.example", QDateTime::currentMSecsSinceEpoch()).isEmpty());
        Database::releaseThreadConnection(data.path());
    }

    void rotatesWithGraceThenRetires()
    {
        Test::TempDataDir data;
        DkimAdmin dkim(data.path());
        QVERIFY(!dkim.rotate(QStringLiteral("example.com"))); // no keys yet
        const auto first = dkim.ensureKeys(QStringLiteral("example.com"));
        QVERIFY(first);
        QVERIFY(Settings(data.path()).set(QStringLiteral("dkim.grace_days"), QStringLiteral("3")).ok());
        const auto second = dkim.rotate(QStringLiteral("example.com"));
        QVERIFY2(second, qPrintable(second.error()));
        QCOMPARE(second->at(0).selector, QStringLiteral("rd%1b-rsa").arg(today()));
        QCOMPARE(second->at(1).selector, QStringLiteral("rd%1b-ed").arg(today()));
        const auto published = dkim.keys(QStringLiteral("example.com"));
        QCOMPARE(published->size(), 4);
        int grace = 0;
        for (const DkimKeyRecord& key : published.value()) {
            if (key.state != DkimKeyRecord::State::Grace)
                continue;
            ++grace;
            QVERIFY(qAbs(key.retireAt - QDateTime::currentMSecsSinceEpoch() - 3 * 86400000LL) < 60000);
        }
        QCOMPARE(grace, 2);
        // The records list the grace selectors too. The keyring signs with the old keys beside the new ones
        // until the grace ends, old ones first: the new records may not be published yet (an outside tester's
        // mail failed DKIM right after a rotation).
        const auto records = dkim.records(QStringLiteral("example.com"));
        QVERIFY(records);
        QCOMPARE(std::count_if(records->cbegin(), records->cend(),
                               [](const SenderDnsRecord& r) { return r.kind == QLatin1String("dkim"); }),
                 4);
        const auto ring = DkimKeyring::load(data.path()).value();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<QByteArray> signing;
        for (const DkimSigningKey& key : ring->keysFor("example.com", now))
            signing << key.selector;
        QCOMPARE(signing,
                 (QList<QByteArray>{first->at(0).selector.toLatin1(), first->at(1).selector.toLatin1(),
                                    second->at(0).selector.toLatin1(), second->at(1).selector.toLatin1()}));
        // After the grace period only the new keys sign, even before the old ones are retired.
        signing.clear();
        for (const DkimSigningKey& key : ring->keysFor("example.com", now + 4 * 86400000LL))
            signing << key.selector;
        QCOMPARE(signing,
                 (QList<QByteArray>{second->at(0).selector.toLatin1(), second->at(1).selector.toLatin1()}));
        // A second rotation within the grace period: of the generations in grace only the oldest signs beside
        // the newest (an outside tester's three quick rotations gave 8 signatures a message): its records
        // were published longest, where the middle generation's may never have been (another tester's mail
        // failed DKIM). All stay published until their grace ends; then the next generation signs.
        {
            Test::TempDataDir again;
            DkimAdmin twice(again.path());
            const auto a = twice.ensureKeys(QStringLiteral("example.com"));
            const auto b = twice.rotate(QStringLiteral("example.com"));
            QTest::qWait(5); // another millisecond: the generations' grace ends differ
            const auto c = twice.rotate(QStringLiteral("example.com"));
            QVERIFY(a && b && c);
            QCOMPARE(twice.keys(QStringLiteral("example.com"))->size(), 6);
            const auto ring = DkimKeyring::load(again.path()).value();
            const auto signingAt = [&ring](qint64 at) {
                QList<QByteArray> signs;
                for (const DkimSigningKey& key : ring->keysFor("example.com", at))
                    signs << key.selector;
                return signs;
            };
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QCOMPARE(signingAt(now),
                     (QList<QByteArray>{a->at(0).selector.toLatin1(), a->at(1).selector.toLatin1(),
                                        c->at(0).selector.toLatin1(), c->at(1).selector.toLatin1()}));
            // The first generation's grace ended (3 days, the 5 ms between the rotations after it): the
            // second's is the oldest then.
            qint64 firstEnds = 0;
            for (const DkimSigningKey& key : ring->keysFor("example.com", now))
                if (key.retireAt != 0)
                    firstEnds = key.retireAt;
            QCOMPARE(signingAt(firstEnds),
                     (QList<QByteArray>{b->at(0).selector.toLatin1(), b->at(1).selector.toLatin1(),
                                        c->at(0).selector.toLatin1(), c->at(1).selector.toLatin1()}));
            Database::releaseThreadConnection(again.path());
        }
        // When the grace period is over, the old keys retire and their files go.
        DkimKeyStore store(data.path());
        const QString oldFile = store.keyPath(QStringLiteral("example.com"), first->at(0).selector);
        QVERIFY(QFile::exists(oldFile));
        QCOMPARE(store.retireExpired(QDateTime::currentMSecsSinceEpoch() + 4 * 86400000LL).value(), 2);
        QVERIFY(!QFile::exists(oldFile));
        QCOMPARE(dkim.keys(QStringLiteral("example.com"))->size(), 2);
        QCOMPARE(store.keys(QStringLiteral("example.com"), true)->size(), 4);
        // Disabled: nothing signs, every private key is gone.
        QCOMPARE(dkim.disable(QStringLiteral("example.com")).value(), 2);
        QVERIFY(DkimKeyring::load(data.path()).value()->isEmpty());
        QVERIFY(!QFile::exists(store.keyPath(QStringLiteral("example.com"), second->at(0).selector)));
        QVERIFY(!dkim.records(QStringLiteral("example.com")));
        Database::releaseThreadConnection(data.path());
    }

    void unreadableKeyIsNamedNotFatal()
    {
        Test::TempDataDir data;
        const auto made = DkimAdmin(data.path()).ensureKeys(QStringLiteral("example.com"));
        QVERIFY(made);
        const QString file =
            DkimKeyStore(data.path()).keyPath(QStringLiteral("example.com"), made->at(1).selector);
        QVERIFY(QFile::rename(file, file + QStringLiteral(".elsewhere")));
        const auto ring = DkimKeyring::load(data.path());
        QVERIFY(ring);
        QCOMPARE(ring.value()->keysFor("example.com", QDateTime::currentMSecsSinceEpoch()).size(), 1);
        QCOMPARE(ring.value()->problems().size(), 1);
        QVERIFY(!ring.value()->problems()[0].contains(QLatin1String("BEGIN")));
        // Named to the faces too: the key that cannot sign, and why (an outside tester's list said "active"
        // while the mail left unsigned). The one that signs is not named; nor is a key in grace.
        const auto unusable = DkimAdmin(data.path()).unusableKeys();
        QVERIFY2(unusable, qPrintable(unusable.error()));
        QCOMPARE(unusable->size(), 1);
        QCOMPARE(unusable->at(0).selector, made->at(1).selector);
        QVERIFY2(unusable->at(0).cannotSign.contains(made->at(1).selector),
                 qPrintable(unusable->at(0).cannotSign));
        // The lists of keys (dkim list, the Sender domains tab) read the same from one read of the rows.
        const auto listed = DkimAdmin(data.path()).keysCheckedForSigning(QStringLiteral("example.com"));
        QVERIFY2(listed, qPrintable(listed.error()));
        QCOMPARE(listed->size(), 2);
        for (const DkimKeyRecord& key : listed.value())
            QCOMPARE(key.cannotSign.isEmpty(), key.selector != made->at(1).selector);
        const auto setup = SetupQuery(data.path()).load();
        QVERIFY2(setup, qPrintable(setup.error()));
        QCOMPARE(setup->unusableDkimKeys.size(), 1);
        QCOMPARE(setup->unusableDkimKeys[0].domain, QStringLiteral("example.com"));
        // The running engine's keys: a key file put back signs again without a reload (an outside tester's
        // admin put one back, every face said the key was fine, and the mail left without its signature).
        {
            DkimMessageSigner signer(data.path());
            signer.reload();
            const QByteArray mail = "From: a@example.com\r\nSubject: x\r\n\r\nbody\r\n";
            QCOMPARE(signer.keysFor(mail).size(), 1);
            signer.retryUnusable(); // still missing: still one
            QCOMPARE(signer.keysFor(mail).size(), 1);
            QVERIFY(QFile::rename(file + QStringLiteral(".elsewhere"), file));
            signer.retryUnusable();
            QCOMPARE(signer.keysFor(mail).size(), 2);
            QVERIFY(QFile::remove(file)); // as it was for what follows
        }
        // New keys sign again: nothing is named any more, the old ones' files may stay gone.
        QVERIFY(DkimAdmin(data.path()).rotate(QStringLiteral("example.com")));
        QVERIFY(DkimAdmin(data.path()).unusableKeys()->isEmpty());
        QVERIFY(SetupQuery(data.path()).load()->unusableDkimKeys.isEmpty());
        Database::releaseThreadConnection(data.path());
    }

    void dnsRecords()
    {
        DkimKeyRecord rsa;
        rsa.domain = QStringLiteral("example.com");
        rsa.selector = QStringLiteral("rd20261130-rsa");
        rsa.publicKey = QByteArray(392, 'A');
        const QList<SenderDnsRecord> direct =
            SenderDnsRecords::build(QStringLiteral("example.com"), {rsa}, {});
        QCOMPARE(direct.size(), 3);
        QCOMPARE(direct[0].name, QStringLiteral("rd20261130-rsa._domainkey.example.com"));
        QCOMPARE(direct[0].value, QStringLiteral("v=DKIM1; k=rsa; p=") + QString(392, QLatin1Char('A')));
        QCOMPARE(direct[0].strings().size(), 2);
        QCOMPARE(direct[0].strings()[0].size(), 255);
        QVERIFY(direct[0].zoneLine().startsWith(
            QStringLiteral("rd20261130-rsa._domainkey.example.com TXT \"v=DKIM1;")));
        QCOMPARE(direct[1].value, QStringLiteral("v=spf1 ip4:YOUR.PUBLIC.IP ~all"));
        QCOMPARE(direct[2].name, QStringLiteral("_dmarc.example.com"));
        QCOMPARE(direct[2].value, QStringLiteral("v=DMARC1; p=none; rua=mailto:postmaster@example.com"));
        QCOMPARE(SenderDnsRecords::build(QStringLiteral("example.com"), {},
                                         QStringLiteral("smtp.office365.com"))[0]
                     .value,
                 QStringLiteral("v=spf1 include:spf.protection.outlook.com ~all"));
        QCOMPARE(SenderDnsRecords::build(QStringLiteral("example.com"), {},
                                         QStringLiteral("smtp-relay.gmail.com"))[0]
                     .value,
                 QStringLiteral("v=spf1 include:_spf.google.com ~all"));
        QCOMPARE(SenderDnsRecords::build(QStringLiteral("example.com"), {},
                                         QStringLiteral("email-smtp.eu-west-1.amazonaws.com"))[0]
                     .value,
                 QStringLiteral("v=spf1 include:amazonses.com ~all"));
        const SenderDnsRecord unknown = SenderDnsRecords::build(QStringLiteral("example.com"), {},
                                                                QStringLiteral("smtp.provider.test"))[0];
        QVERIFY(unknown.note.contains(QLatin1String("smtp.provider.test")));
        QCOMPARE(SenderDnsRecords::build(QStringLiteral("example.com"), {}, {},
                                         QStringLiteral("dmarc@reports.test"))[1]
                     .value,
                 QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc@reports.test"));
    }

    void backupCarriesTheKeys()
    {
        Test::TempDataDir source;
        const Admin admin(source.path());
        const auto made = admin.dkim().ensureKeys(QStringLiteral("example.com"));
        QVERIFY(made);
        const DkimKeyStore sourceStore(source.path());
        const QString keyFile = sourceStore.keyPath(QStringLiteral("example.com"), made->at(0).selector);
        QTemporaryDir files;
        const QString file = files.filePath(QStringLiteral("b.rdbackup"));
        const auto backup = admin.backup().create(file, "a passphrase", false, BackupKeyCost::minimum());
        QVERIFY2(backup, qPrintable(backup.error()));
        QCOMPARE(backup->dkimKeys, 2);
        QFile sealed(file);
        QVERIFY(sealed.open(QIODevice::ReadOnly));
        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::ReadOnly));
        QVERIFY(!sealed.readAll().contains(key.readAll().mid(40, 40))); // encrypted, not copied

        const QString target = files.filePath(QStringLiteral("restored"));
        const auto restored = BackupAdmin(target).restore(file, "a passphrase", false);
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(restored->dkimKeys, 2);
        const DkimKeyStore store(target);
        QCOMPARE(modeOf(store.directory()), mode_t(0700));
        for (const DkimKeyRecord& record : made.value())
            QCOMPARE(modeOf(store.keyPath(record.domain, record.selector)), mode_t(0600));
        const auto ring = DkimKeyring::load(target);
        QVERIFY(ring);
        QCOMPARE(ring.value()->keysFor("example.com", QDateTime::currentMSecsSinceEpoch()).size(), 2);
        QCOMPARE(ring.value()
                     ->keysFor("example.com", QDateTime::currentMSecsSinceEpoch())[0]
                     .key->publicKeyBase64(),
                 made->at(0).publicKey);
        Database::releaseThreadConnection(target);
        Database::releaseThreadConnection(source.path());
    }
};

QTEST_GUILESS_MAIN(TestDkimAdmin)
#include "tst_dkimadmin.moc"
