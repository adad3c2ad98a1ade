#pragma once

#include "core/util/expected.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace RelayDesk {

/// How the certificate of an outbound TLS peer (the smarthost, a route with "verify") is trusted
/// (docs/operations.md, "Smarthost TLS"): the system CA store by default, or only the CAs of one PEM file, or
/// one pinned certificate (its SHA-256), or, only when the admin typed --insecure-skip-verify, nothing.
struct PeerTrust
{
    enum class Mode
    {
        System,      ///< the system CA store and the host name (RFC 6125)
        CaFile,      ///< the CAs in caFile instead of the system store, and the host name
        Fingerprint, ///< the server's own certificate has the SHA-256 sha256 (no CA or name check)
        Insecure     ///< no verification at all; logged at each start and shown red
    };

    Mode mode = Mode::System;
    QString caFile;    ///< CaFile: a PEM file of one or more CA certificates
    QByteArray sha256; ///< Fingerprint: the 32-byte digest of the DER certificate
    /// System (and Insecure): a PEM file of CAs trusted besides the system store, the setting tls.trust_file
    /// (docs/operations.md, "Extra trusted CAs"); empty for none.
    QString extraCaFile;

    static PeerTrust system() { return {}; }
    static PeerTrust systemAnd(QString extraCaFile) { return {Mode::System, {}, {}, std::move(extraCaFile)}; }
    static PeerTrust fromCaFile(QString path) { return {Mode::CaFile, std::move(path), {}, {}}; }
    static PeerTrust fromFingerprint(QByteArray digest)
    {
        return {Mode::Fingerprint, {}, std::move(digest), {}};
    }
    static PeerTrust insecure() { return {Mode::Insecure, {}, {}, {}}; }

    /// "SHA256:HEX" (or the bare hex), colons and case optional, to the 32-byte digest; else why not.
    static Expected<QByteArray> parseFingerprint(const QString& text);
    /// The digest as "SHA256:AB:CD:...", the form `smarthost show` prints and parseFingerprint reads.
    static QString fingerprintText(const QByteArray& digest);
    /// Empty if path is a readable PEM file with at least one certificate; else what is wrong.
    static QString caFileProblem(const QString& path);

    /// "system", "ca-file", "fingerprint" or "insecure-skip-verify": the word in the CLI's output.
    QString modeName() const;
    /// "the system CA store", "the CAs in FILE", "the pinned certificate SHA256:..", "nothing (...)".
    QString describe() const;
    /// The same in the window's language (the connection test shows it); describe() stays English for the
    /// logs and the command line.
    QString shownText() const;
    /// The English templates of describe(), context "RelayDesk::PeerTrust" (RelayWords translates a stored
    /// reply's "checked against ..." with them).
    static QList<const char*> descriptionTemplates();
    /// Distinguishes trusts in a connection pool key.
    QString key() const;

    friend bool operator==(const PeerTrust&, const PeerTrust&) = default;

private:
    QString describedAs(const std::function<QString(const char*)>& text) const;
};

} // namespace RelayDesk
