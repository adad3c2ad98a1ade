#include "ui/passworddialog.h"
#include "ui/confirmation.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace RelayDesk {

namespace {

QLineEdit* readOnlyField(const QString& text, const QString& name, QWidget* parent)
{
    auto* field = new QLineEdit(text, parent);
    field->setObjectName(name);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    field->setMinimumWidth(360);
    return field;
}

} // namespace

PasswordDialog::PasswordDialog(const QString& username, const QString& password, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New SMTP credential"));
    auto* warning =
        new QLabel(tr("<b>Copy the password now.</b> It is shown only this once: RelayDesk keeps only a "
                      "hash of it and cannot show it again. If it is lost, rotate the credential."),
                   this);
    warning->setObjectName(QStringLiteral("warning"));
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("background: #fff3bf; border: 1px solid #e0a800; padding: 8px;"));

    auto* form = new QFormLayout;
    auto* usernameField = readOnlyField(username, QStringLiteral("username"), this);
    auto* passwordField = readOnlyField(password, QStringLiteral("password"), this);
    auto* copyUser = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy"), this);
    copyUser->setObjectName(QStringLiteral("copyUser"));
    auto* copyPassword = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy"), this);
    copyPassword->setObjectName(QStringLiteral("copyPassword"));
    auto* userRow = new QHBoxLayout;
    userRow->addWidget(usernameField);
    userRow->addWidget(copyUser);
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(passwordField);
    passwordRow->addWidget(copyPassword);
    form->addRow(tr("Username:"), userRow);
    form->addRow(tr("Password:"), passwordRow);

    auto* copied = new QLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Tab in reading order, each field then its Copy button (it went from the user name to the password and
    // only then to both Copy buttons: an outside tester), starting at the first Copy.
    setTabOrder(usernameField, copyUser);
    setTabOrder(copyUser, passwordField);
    setTabOrder(passwordField, copyPassword);
    setTabOrder(copyPassword, buttons->button(QDialogButtonBox::Close));
    copyUser->setFocus();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addWidget(copied);
    layout->addWidget(buttons);

    connect(copyUser, &QPushButton::clicked, this, [username, copied]() {
        QApplication::clipboard()->setText(username);
        copied->setText(tr("Username copied."));
    });
    connect(copyPassword, &QPushButton::clicked, this, [this, password, copied]() {
        m_passwordCopied = true;
        QApplication::clipboard()->setText(password);
        copied->setText(tr("Password copied to the clipboard."));
    });
    // Close, Escape and the window's close all ask while the password was not copied: a newcomer clicks Close
    // as reflexively as Escape (an outside tester lost the password so).
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
}

void PasswordDialog::reject()
{
    if (!m_passwordCopied &&
        !Confirmation::ask(this, QStringLiteral("confirmClosePassword"), tr("Close without copying"),
                           tr("Close without copying the password? It is not shown again: a lost password "
                              "means rotating the credential."),
                           tr("Close")))
        return;
    QDialog::accept(); // the credential exists either way: closing is the same as Close
}

} // namespace RelayDesk
