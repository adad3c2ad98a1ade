#include "ui/confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace RelayDesk {

bool Confirmation::ask(QWidget* parent, const QString& objectName, const QString& title,
                       const QString& question, const QString& actionText)
{
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setObjectName(objectName);
    box.button(QMessageBox::Yes)->setText(actionText);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

} // namespace RelayDesk
