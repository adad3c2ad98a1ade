#include "ui/wizardstep.h"

#include <QLabel>
#include <QWizard>

namespace RelayDesk {

WizardStep::WizardStep(QWidget* parent) : QWizardPage(parent)
{
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("wizardError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_introduction = new QLabel(this);
    m_introduction->setObjectName(QStringLiteral("wizardIntroduction"));
    m_introduction->setWordWrap(true);
}

void WizardStep::setIntroduction(const QString& text)
{
    m_introduction->setText(text);
}

QString WizardStep::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool WizardStep::validatePage()
{
    if (m_skip || m_saved) {
        m_skip = false;
        m_saved = false;
        m_error->hide();
        return true;
    }
    if (m_saving)
        return false;
    m_error->hide();
    switch (startSave()) {
    case Save::Nothing:
        return true;
    case Save::Refused:
        return false;
    case Save::Started:
        break;
    }
    m_saving = true;
    setEnabled(false);
    return false; // finishSave() moves on once the worker stored it
}

void WizardStep::showError(const QString& error)
{
    m_error->setText(error);
    m_error->show();
}

void WizardStep::clearError()
{
    m_error->hide();
}

void WizardStep::finishSave(const QString& error, bool moveOn)
{
    m_saving = false;
    setEnabled(true);
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    if (!moveOn)
        return;
    m_saved = true;
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
    else
        m_saved = false;
}

} // namespace RelayDesk
