#pragma once

#include <QString>

class QFileDialog;
class QWidget;

namespace RelayDesk {

/// The window's file dialogs: sized for a 1024x700 screen, with the columns of Qt's own dialog wide enough
/// for their translated headers ("Dernière modification"), and its file kinds in the window's language.
class FileChooser final
{
public:
    /// The file to write, or empty when the person cancelled. filters are separated by ";;".
    static QString saveFile(QWidget* parent, const QString& objectName, const QString& caption,
                            const QString& suggestedPath, const QString& filters);
    /// An existing file, or empty when the person cancelled.
    static QString openFile(QWidget* parent, const QString& objectName, const QString& caption,
                            const QString& filters);
    /// Runs a dialog the caller prepared, fitted as above; the chosen file or empty.
    static QString run(QFileDialog& dialog);
};

} // namespace RelayDesk
