#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace RelayDesk {

/// Where the Settings page shows a setting: the tabs an office thinks in.
enum class SettingsTab
{
    Listeners,
    Security,
    Delivery,
    Retention,
    Desktop
};

/// One setting as a person reads it: a short label, the longer help (a tooltip), its tab and section, and
/// for zero or a choice the words that stand for the stored value.
struct SettingText
{
    QString key;
    QString label;
    QString help;
    SettingsTab tab = SettingsTab::Listeners;
    QString section;
    QString zeroText; ///< what 0 means ("never"), empty if 0 is not allowed or needs no words
};

/// The human words of every relay setting, translated; the stored keys never reach the window.
class SettingCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(RelayDesk::SettingCatalog)
public:
    /// Every setting the page shows as a field, in display order (the certificate files are shown by the
    /// certificate panel instead).
    static QList<SettingText> fields();
    static QString label(const QString& key);
    /// A listener ("submission", "smtps", "lan") as the Listeners tab titles it: "Submission port
    /// (STARTTLS)".
    static QString listenerTitle(const QString& name);
    /// The same in one or two words, for a table column: "Submission", "SMTPS", "LAN relay".
    static QString listenerShortTitle(const QString& name);
    static QString tabTitle(SettingsTab tab);
    /// The words for a value of a choice ("STARTTLS (required)" for starttls).
    static QString choiceText(const QString& key, const QString& value);
    /// An error text from the store with every setting key replaced by its label.
    static QString humanError(QString text);
};

} // namespace RelayDesk
