#include "ui/backuppassphrasedialog.h"

#include "core/admin/backupadmin.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace RelayDesk {

BackupPassphraseDialog::BackupPassphraseDialog(Purpose purpose, const QString& file, QWidget* parent)
    : QDialog(parent), m_purpose(purpose)
{
    setObjectName(QStringLiteral("backupPassphrase"));
    const bool create = purpose == Purpose::Create;
    setWindowTitle(create ? tr("Back up configuration") : tr("Restore configuration"));
    auto* intro = new QLabel(create ? tr("The backup of %1 is encrypted with this passphrase. Keep it safe: "
                                         "without it the backup cannot be restored.")
                                          .arg(file)
                                    : tr("The passphrase the backup %1 was made with.").arg(file),
                             this);
    intro->setWordWrap(true);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("Passphrase:"), m_passphrase);
    if (create) {
        m_again = new QLineEdit(this);
        m_again->setObjectName(QStringLiteral("passphraseAgain"));
        m_again->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Again:"), m_again);
        m_withQueue = new QCheckBox(tr("Include the messages waiting in the queue"), this);
        m_withQueue->setObjectName(QStringLiteral("withQueue"));
        form->addRow(m_withQueue);
        connect(m_again, &QLineEdit::textChanged, this, &BackupPassphraseDialog::check);
    }
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("passphraseHint"));
    m_hint->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(create ? tr("Back up") : tr("Continue"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_passphrase, &QLineEdit::textChanged, this, &BackupPassphraseDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

QByteArray BackupPassphraseDialog::passphrase() const
{
    return m_passphrase->text().toUtf8();
}

bool BackupPassphraseDialog::withQueue() const
{
    return m_withQueue && m_withQueue->isChecked();
}

void BackupPassphraseDialog::check()
{
    const QString text = m_passphrase->text();
    QString hint;
    if (text.isEmpty())
        hint = tr("Enter a passphrase.");
    else if (m_again && text.toUcs4().size() < BackupAdmin::minimumPassphraseLength)
        hint = tr("A backup's passphrase has at least %n characters.", nullptr,
                  BackupAdmin::minimumPassphraseLength);
    else if (m_again && m_again->text() != text)
        hint = tr("The two passphrases differ.");
    m_hint->setText(hint);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(hint.isEmpty());
}

} // namespace RelayDesk
