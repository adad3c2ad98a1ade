#include "ui/certificatepanel.h"

#include "ui/confirmation.h"
#include "ui/expirydate.h"
#include "ui/filechooser.h"
#include "ui/queryrunner.h"
#include "ui/settingcatalog.h"
#include "ui/timecolumn.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace RelayDesk {

namespace {

/// The certificate as read on the worker, with what clients that check the relay's name will say of it.
Expected<CertificateInfo> withNameWarning(const QString& dataDir, Expected<CertificateInfo> info)
{
    if (info && !info->certificatePath.isEmpty())
        info.value().nameWarning = CertificateAdmin(dataDir).nameWarning(info.value());
    if (info)
        info.value().chainWarning = CertificateAdmin::chainWarning(info.value());
    return info;
}

} // namespace

CertificatePanel::CertificatePanel(QString dataDir, QWidget* parent)
    : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_runner = new QueryRunner(QStringLiteral("certificate"), m_dataDir, this);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("certificateDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_generate = new QPushButton(tr("Generate self-signed certificate"), this);
    m_generate->setObjectName(QStringLiteral("generateCertificate"));
    m_import = new QPushButton(tr("Import PKCS#12..."), this);
    m_import->setObjectName(QStringLiteral("importPkcs12"));
    m_importPem = new QPushButton(tr("Import PEM..."), this);
    m_importPem->setObjectName(QStringLiteral("importPem"));
    m_importPem->setToolTip(tr("A certificate file and its private key file, both PEM"));
    m_save = new QPushButton(tr("Save certificate..."), this);
    m_save->setObjectName(QStringLiteral("saveCertificate"));
    // On its own row, beside the details it is about; four buttons in one row do not fit in French.
    auto* trust = new QHBoxLayout;
    trust->addWidget(m_save);
    trust->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_generate);
    buttons->addWidget(m_import);
    buttons->addWidget(m_importPem);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_details);
    layout->addLayout(trust);
    layout->addLayout(buttons);
    connect(m_generate, &QPushButton::clicked, this, &CertificatePanel::chooseGenerate);
    connect(m_import, &QPushButton::clicked, this, &CertificatePanel::choosePkcs12);
    connect(m_importPem, &QPushButton::clicked, this, &CertificatePanel::choosePem);
    connect(m_save, &QPushButton::clicked, this, &CertificatePanel::chooseSave);
    // The window may open before the relay's first start has written its certificate (an outside tester
    // found Save certificate... disabled for good on a new data directory): read again each second until
    // then.
    m_awaitGenerated = new QTimer(this);
    m_awaitGenerated->setInterval(1000);
    m_awaitGenerated->setSingleShot(true);
    connect(m_awaitGenerated, &QTimer::timeout, this, [this]() {
        rereadQuietly([this]() {
            if (m_hasCertificate)
                Q_EMIT refreshed();
        });
    });
    refresh();
}

void CertificatePanel::rereadQuietly(std::function<void()> done)
{
    if (m_busy)
        return; // a change of the admin's is under way, and reads the result itself
    m_runner->run<Expected<CertificateInfo>>(
        this,
        [dataDir = m_dataDir]() { return withNameWarning(dataDir, CertificateAdmin(dataDir).current()); },
        [this, done = std::move(done)](Expected<CertificateInfo> result) {
            if (m_busy)
                return;
            finish(result, false);
            if (done)
                done();
        });
}

void CertificatePanel::followInUse(const QString& fingerprint)
{
    // An outside tester saw "In use now" name the relay's new certificate while "Configured" kept the old
    // one. finish() tells the admin when it is the relay's own, made again.
    if (fingerprint.isEmpty() || m_fingerprint.isEmpty() || fingerprint == m_fingerprint ||
        fingerprint == m_following)
        return;
    m_following = fingerprint;
    rereadQuietly({});
}

QString CertificatePanel::text() const
{
    return m_details->text();
}

void CertificatePanel::setBusy(bool busy)
{
    m_busy = busy;
    m_generate->setEnabled(!busy);
    m_import->setEnabled(!busy);
    m_importPem->setEnabled(!busy);
    m_save->setEnabled(!busy && m_hasCertificate);
    if (busy)
        m_details->setText(tr("Working..."));
}

void CertificatePanel::refresh()
{
    setBusy(true);
    m_runner->run<Expected<CertificateInfo>>(
        this,
        [dataDir = m_dataDir]() { return withNameWarning(dataDir, CertificateAdmin(dataDir).current()); },
        [this](Expected<CertificateInfo> result) {
            finish(result, false);
            Q_EMIT refreshed();
        });
}

void CertificatePanel::finish(const Expected<CertificateInfo>& result, bool changed)
{
    if (!result && changed) {
        // Nothing was written: the certificate in use stays, and is shown again with why nothing changed (an
        // outside tester read the failure, shown in its place with Save greyed, as "the relay has no usable
        // certificate now").
        const QString error = SettingCatalog::humanError(result.error());
        m_failure = error;
        setBusy(false);
        m_details->setText(tr("Not changed: %1").arg(error));
        rereadQuietly({});
        Q_EMIT failed(error);
        return;
    }
    if (changed)
        m_failure.clear();
    m_hasCertificate = result && !result->certificatePath.isEmpty();
    const QString shownBefore =
        std::exchange(m_fingerprint, m_hasCertificate ? result->fingerprint : QString());
    // Another certificate of the relay's own that no action in this panel made: the relay wrote it again
    // for a new hostname or listener address (an outside tester changed the hostname on the command line).
    const bool remadeNow = !changed && m_hasCertificate && result->generated && !shownBefore.isEmpty() &&
                           shownBefore != m_fingerprint;
    if (changed || remadeNow) {
        m_remadeNote = remadeNow;
        m_remadeAt = remadeNow ? QDateTime::currentDateTime() : QDateTime();
    }
    setBusy(false);
    m_save->setToolTip(m_hasCertificate
                           ? tr("Saves the certificate (not its key) for mail programs that verify "
                                "the relay")
                           : tr("There is no certificate to save yet: the relay generates it when "
                                "it first starts"));
    if (result && result->generated && result->certificatePath.isEmpty()) {
        QString details =
            tr("A self-signed certificate that RelayDesk generates for itself when the relay first starts.");
        if (!m_failure.isEmpty())
            details += QLatin1Char('\n') +
                       tr("Still in use: the last change failed and changed nothing (%1).").arg(m_failure);
        m_details->setText(details);
        m_awaitGenerated->start();
        return;
    }
    if (!result) {
        m_details->setText(
            tr("Cannot use the certificate: %1").arg(SettingCatalog::humanError(result.error())));
        return;
    }
    const CertificateInfo& info = result.value();
    const int days = static_cast<int>(QDateTime::currentDateTimeUtc().daysTo(info.expiry));
    QString details =
        tr("%1\nSHA-256 %2\nExpires %3 (in %Ln day(s))\n%4", nullptr, days)
            .arg(info.subject, info.fingerprint, expiryDateText(info.expiry), info.certificatePath);
    // The pair of the other key type served beside it: RSA-only TLS 1.2 devices connect with it (an outside
    // tester's NAS and printer could not connect to the ECDSA certificate alone).
    if (!info.secondCertificatePath.isEmpty() && info.secondProblem.isEmpty())
        details += QLatin1Char('\n') + tr("An %1 certificate for older devices is served too (%2).")
                                           .arg(info.secondKeyType, info.secondCertificatePath);
    else if (!info.secondProblem.isEmpty())
        details += QLatin1Char('\n') + tr("The second certificate is not served: %1")
                                           .arg(SettingCatalog::humanError(info.secondProblem));
    // Nothing vouches for a self-signed certificate: clients that verify the relay must be given the file.
    if (info.generated || info.selfSigned)
        details += QLatin1Char('\n') + tr("Self-signed: mail programs that verify the relay need this "
                                          "certificate file (Save certificate...) to trust it.");
    // Another host's certificate: applications that check the name refuse it (an outside tester's import
    // was taken without a word).
    if (!info.nameWarning.isEmpty())
        details += QLatin1Char('\n') + info.nameWarning;
    if (!info.chainWarning.isEmpty())
        details += QLatin1Char('\n') + info.chainWarning;
    // Until the admin saves it: the page's status line may have moved on meanwhile.
    if (m_remadeNote && info.generated)
        // With its time: the note stays until the certificate is saved, and read hours later it said
        // nothing of when (an outside tester).
        details += QLatin1Char('\n') + tr("At %1 the relay made this certificate again for a new hostname or "
                                          "listener address: mail programs that verify the relay need it "
                                          "again.")
                                           .arg(shortDateTimeText(m_remadeAt));
    // The last import or generation that failed, until the next one: the relay keeps this certificate.
    if (!m_failure.isEmpty())
        details += QLatin1Char('\n') +
                   tr("Still in use: the last change failed and changed nothing (%1).").arg(m_failure);
    m_details->setText(details);
    if (changed)
        Q_EMIT certificateChanged(info);
    if (remadeNow)
        Q_EMIT remade(info);
}

void CertificatePanel::saveCertificate(const QString& path)
{
    setBusy(true);
    m_runner->run<Status>(
        this, [dataDir = m_dataDir, path]() { return CertificateAdmin(dataDir).exportCertificate(path); },
        [this, path](Status result) {
            if (result)
                m_remadeNote = false; // given to the clients, as the note asked
            refresh();
            if (result)
                Q_EMIT saved(path);
            else
                Q_EMIT saveFailed(SettingCatalog::humanError(result.error()));
        });
}

void CertificatePanel::generateSelfSigned(const QString& hostname)
{
    setBusy(true);
    m_runner->run<Expected<CertificateInfo>>(
        this,
        [dataDir = m_dataDir, hostname]() {
            return withNameWarning(dataDir, CertificateAdmin(dataDir).generateSelfSigned(hostname));
        },
        [this](Expected<CertificateInfo> result) { finish(result, true); });
}

void CertificatePanel::importPkcs12(const QString& path, const QByteArray& passphrase)
{
    importAfterAsking(
        {},
        [path, passphrase](const CertificateAdmin& admin) {
            return admin.pkcs12NameWarning(path, passphrase);
        },
        [path, passphrase](CertificateAdmin& admin) { return admin.importPkcs12(path, passphrase); });
}

void CertificatePanel::importPem(const QString& certificatePath, const QString& keyPath)
{
    // A key of another certificate, or a certificate out of date or not for a server, is refused before any
    // question about its host name (an outside tester was asked "Use it anyway?", then refused).
    importAfterAsking(
        [certificatePath, keyPath]() { return CertificateAdmin::pemPairProblem(certificatePath, keyPath); },
        [certificatePath, keyPath](const CertificateAdmin& admin) {
            return admin.pemNameWarning(certificatePath, keyPath);
        },
        [certificatePath, keyPath](CertificateAdmin& admin) {
            return admin.importPem(certificatePath, keyPath);
        });
}

void CertificatePanel::importAfterAsking(std::function<QString()> problem,
                                         std::function<QString(const CertificateAdmin&)> nameWarning,
                                         std::function<Expected<CertificateInfo>(CertificateAdmin&)> import)
{
    setBusy(true);
    // What refuses the import, else what to ask about.
    using Checked = Expected<QString>;
    m_runner->run<Checked>(
        this,
        [dataDir = m_dataDir, problem, nameWarning]() {
            if (const QString refused = problem ? problem() : QString(); !refused.isEmpty())
                return Checked::failure(refused);
            return Checked(nameWarning(CertificateAdmin(dataDir)));
        },
        [this, import](const Checked& warning) {
            if (!warning) {
                finish(Expected<CertificateInfo>::failure(warning.error()), true);
                return;
            }
            if (!useAnyway(warning.value()))
                return;
            m_runner->run<Expected<CertificateInfo>>(
                this,
                [dataDir = m_dataDir, import]() {
                    CertificateAdmin admin(dataDir);
                    return withNameWarning(dataDir, import(admin));
                },
                [this](Expected<CertificateInfo> result) { finish(result, true); });
        });
}

bool CertificatePanel::useAnyway(const QString& nameWarning)
{
    if (nameWarning.isEmpty())
        return true;
    // Another host's certificate went live at once, the warning only after it (an outside tester): every
    // application that checks the relay's name fails from then on. Asked first, Cancel the default.
    QString reason = nameWarning;
    reason[0] = reason[0].toUpper();
    if (reason.endsWith(QLatin1Char('.'))) // the question adds its own
        reason.chop(1);
    if (Confirmation::ask(
            this, QStringLiteral("confirmOtherHostCertificate"), tr("Use this certificate?"),
            tr("%1.\n\nUse it for the listeners anyway? New connections get it within a second; "
               "the certificate in use now stays if you cancel.")
                .arg(reason),
            tr("Use it")))
        return true;
    setBusy(false);
    rereadQuietly({}); // the certificate in use, shown again in place of "Working..."
    return false;
}

void CertificatePanel::chooseGenerate()
{
    // It replaces the certificate in use: applications that trust the old one must be told.
    if (!Confirmation::ask(this, QStringLiteral("confirmGenerateCertificate"), tr("Generate certificate"),
                           tr("Create a new self-signed certificate for the listeners? Applications that "
                              "check certificates must be told to trust it. New connections use it within a "
                              "second."),
                           tr("Generate")))
        return;
    // An empty hostname is server.hostname, read on the worker; the generator also names localhost.
    generateSelfSigned(QString());
}

void CertificatePanel::choosePkcs12()
{
    const QString path =
        FileChooser::openFile(this, QStringLiteral("pkcs12File"), tr("Choose the PKCS#12 file"),
                              tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString passphrase = QInputDialog::getText(
        this, tr("PKCS#12 password"), tr("Password of %1:").arg(path), QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    importPkcs12(path, passphrase.toUtf8());
}

} // namespace RelayDesk

namespace RelayDesk {

void CertificatePanel::choosePem()
{
    const QString certificate =
        FileChooser::openFile(this, QStringLiteral("pemCertificateFile"), tr("Choose the certificate (PEM)"),
                              tr("PEM files (*.pem *.crt *.cer);;All files (*)"));
    if (certificate.isEmpty())
        return;
    const QString key = FileChooser::openFile(this, QStringLiteral("pemKeyFile"),
                                              tr("Choose the private key for this certificate"),
                                              tr("PEM files (*.pem *.key);;All files (*)"));
    if (key.isEmpty())
        return;
    importPem(certificate, key);
}

void CertificatePanel::chooseSave()
{
    const QString path = FileChooser::saveFile(
        this, QStringLiteral("certificateFile"), tr("Save the certificate"),
        QStringLiteral("relaydesk-certificate.pem"), tr("PEM files (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty())
        saveCertificate(path);
}

} // namespace RelayDesk
