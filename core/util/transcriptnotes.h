#pragma once

#include <QByteArray>
#include <QString>

namespace RelayDesk {

/// The notes the relay writes into an attempt's SMTP transcript besides the dialogue itself, and how a
/// reader of the transcript recognises them.
struct TranscriptNotes
{
    /// Follows "-- certificate of HOST:PORT" when the smarthost's certificate was not checked because the
    /// admin chose to skip it (delivery.smarthost_insecure_skip_verify).
    static constexpr const char* kNotVerified = "NOT verified (--insecure-skip-verify)";

    /// The transcript records a TLS peer whose certificate was not checked at the admin's choice.
    static bool peerNotVerified(const QString& transcript)
    {
        return transcript.contains(QLatin1String(kNotVerified));
    }
};

} // namespace RelayDesk
