#include "ui/suppressionadddialog.h"

#include "core/admin/suppressionadmin.h"
#include "ui/storeerrortext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace RelayDesk {

SuppressionAddDialog::SuppressionAddDialog(const QString& agentName, QWidget* parent)
    : QDialog(parent), m_address(new QLineEdit(this)), m_reason(new QLineEdit(this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("suppressionAddDialog"));
    setWindowTitle(tr("Suppress an address"));
    auto* intro = new QLabel(
        tr("Mail from %1 is no longer sent to this address; the sender gets a bounce notice for it "
           "instead. Lift it to send again.")
            .arg(agentName),
        this);
    intro->setWordWrap(true);
    m_address->setObjectName(QStringLiteral("suppressAddress"));
    m_address->setPlaceholderText(tr("name@example.com"));
    m_reason->setObjectName(QStringLiteral("suppressReason"));
    m_reason->setPlaceholderText(tr("e.g. asked to get no more mail, ticket 4711"));
    m_reason->setMaxLength(500);
    m_problem->setObjectName(QStringLiteral("suppressProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d63939;"));
    // Two lines kept for the problem, shown or not: the dialog opened again with it was taller, so centred it
    // stood higher, and an outside tester's click at the Address field landed in "Why" and typed the address
    // over the reason.
    m_problem->setMinimumHeight(2 * m_problem->fontMetrics().lineSpacing());
    auto* form = new QFormLayout;
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Why:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* add = buttons->addButton(tr("Suppress"), QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("suppressAdd"));
    add->setEnabled(false);
    // Checked as it is typed, as every address field of the agent pages: "a3 dest.test" left Suppress
    // enabled and was refused only after the click (an outside tester).
    connect(m_address, &QLineEdit::textChanged, this, [this, add](const QString& text) {
        const QString address = text.trimmed();
        const QString problem = address.isEmpty() ? QString() : SuppressionAdmin::addressProblem(address);
        m_problem->setText(problem.isEmpty() ? QString() : StoreErrorText::of(problem));
        add->setEnabled(!address.isEmpty() && problem.isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void SuppressionAddDialog::setValues(const QString& address, const QString& reason, const QString& problem)
{
    m_address->setText(address);
    m_reason->setText(reason);
    m_problem->setText(problem);
    m_address->setFocus();
}

QString SuppressionAddDialog::address() const
{
    return m_address->text().trimmed();
}

QString SuppressionAddDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace RelayDesk
