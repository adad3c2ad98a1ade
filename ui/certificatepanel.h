#pragma once

#include "core/admin/certificateadmin.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace RelayDesk {

class QueryRunner;

/// The TLS certificate of the listeners: subject, SHA-256 fingerprint, expiry and file, a button that saves
/// the certificate (never the key) for clients that must trust it, and the buttons that generate a
/// self-signed certificate or import a PKCS#12 file or a PEM pair. Each is its own step with its
/// own confirmation (files are written and checked as a pair at once); the relay uses the new pair after a
/// restart. The work runs on a worker thread.
class CertificatePanel final : public QWidget
{
    Q_OBJECT
public:
    CertificatePanel(QString dataDir, QWidget* parent = nullptr);

    /// Reads the certificate that tls.certificate names (or says a generated one is in use).
    void refresh();
    void generateSelfSigned(const QString& hostname);
    void importPkcs12(const QString& path, const QByteArray& passphrase);
    void importPem(const QString& certificatePath, const QString& keyPath);
    /// Writes the certificate in use (PEM, no key) to path; saved or failed follows.
    void saveCertificate(const QString& path);
    QString text() const;
    bool isBusy() const { return m_busy; }
    /// The relay presents the certificate with this SHA-256 fingerprint (colon-separated upper-case hex, as
    /// CertificateInfo has it) now: when it is not the one shown
    /// (the relay made its own certificate again for a new hostname or listener address, or the admin
    /// replaced the files outside the window), the files are read again; remade follows for the relay's own.
    void followInUse(const QString& fingerprint);

Q_SIGNALS:
    /// tls.certificate and tls.key now name new files (the relay uses them after a restart).
    void certificateChanged(const RelayDesk::CertificateInfo& info);
    void failed(const QString& reason);
    void refreshed();
    /// The relay's generated certificate changed under the window: clients that trust it need it again.
    void remade(const RelayDesk::CertificateInfo& info);
    void saved(const QString& path);
    void saveFailed(const QString& reason);

private:
    void chooseGenerate();
    void choosePkcs12();
    void choosePem();
    void chooseSave();
    void finish(const Expected<CertificateInfo>& result, bool changed);
    /// Reads problem and nameWarning on a worker: refuses at once with the problem when there is one, else
    /// asks when there is a name warning, then runs import there and shows its result.
    void importAfterAsking(std::function<QString()> problem,
                           std::function<QString(const CertificateAdmin&)> nameWarning,
                           std::function<Expected<CertificateInfo>(CertificateAdmin&)> import);
    /// Whether to go on with an import whose certificate does not name the relay's host name (asked first).
    bool useAnyway(const QString& nameWarning);
    void setBusy(bool busy);
    /// Reads the files again without "Working..." (the text would blink); then done, unless a change of the
    /// admin's started meanwhile (it reads the result itself).
    void rereadQuietly(std::function<void()> done);

    QString m_dataDir;
    QueryRunner* m_runner = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_generate = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_importPem = nullptr;
    QPushButton* m_save = nullptr;
    /// While the relay has not generated its first-start certificate yet: reads again until it is there.
    QTimer* m_awaitGenerated = nullptr;
    bool m_hasCertificate = false;
    bool m_busy = false;
    QString m_fingerprint; ///< of the certificate shown; empty while none is
    QString m_following;   ///< the fingerprint in use that the last followInUse() read the files for
    QString m_failure;     ///< why the last import or generation changed nothing; empty after one that worked
    bool m_remadeNote =
        false;            ///< the relay made its certificate again; said in the details until it is saved
    QDateTime m_remadeAt; ///< when this panel saw it made again
};

} // namespace RelayDesk
