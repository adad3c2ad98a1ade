#include "ui/filechooser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QListView>
#include <QScreen>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

namespace RelayDesk {

namespace {

// Qt 6.4's own French and German catalogues lack the file kinds of QAbstractFileIconProvider (the "Type"
// column said "Folder" in a French window): the window's catalogue carries them under Qt's context.
struct DisambiguatedText
{
    const char* source;
    const char* comment;
};
[[maybe_unused]] const DisambiguatedText kQtFolderKinds[] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
};
[[maybe_unused]] const char* const kQtFileKinds[] = {
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
};

// Each column of Qt's own dialog at least as wide as its header and its places as wide as their names, once
// the dialog is shown; a native dialog has no such views and is left as the desktop draws it.
void fitColumnsWhenShown(QFileDialog& dialog)
{
    // The size, type and date columns also as wide as what they show, once a folder's entries are read
    // (the date was cut: "05/12/… 10:20", an outside tester); the name column keeps the rest.
    const auto fitViews = [&dialog]() {
        const auto views = dialog.findChildren<QTreeView*>();
        for (QTreeView* view : views) {
            QHeaderView* header = view->header();
            for (int section = 0; section < header->count(); ++section) {
                const int contents =
                    section == 0 ? 0 : static_cast<QAbstractItemView*>(view)->sizeHintForColumn(section);
                header->resizeSection(section, std::max({header->sectionSize(section),
                                                         header->sectionSizeHint(section), contents}));
            }
        }
    };
    if (auto* files = dialog.findChild<QFileSystemModel*>())
        QObject::connect(files, &QFileSystemModel::directoryLoaded, &dialog, fitViews);
    QTimer::singleShot(0, &dialog, [&dialog, fitViews]() {
        fitViews();
        // The places on the left ("Ordinateur") as wide as their names.
        auto* sidebar = dialog.findChild<QListView*>(QStringLiteral("sidebar"));
        auto* splitter = dialog.findChild<QSplitter*>(QStringLiteral("splitter"));
        if (sidebar && splitter && splitter->count() == 2) {
            const int wanted = sidebar->sizeHintForColumn(0) + 2 * sidebar->frameWidth() +
                               sidebar->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
            QList<int> sizes = splitter->sizes();
            if (sizes.at(0) < wanted && sizes.at(1) > wanted) {
                sizes[1] -= wanted - sizes.at(0);
                sizes[0] = wanted;
                splitter->setSizes(sizes);
            }
        }
    });
}

} // namespace

QString FileChooser::run(QFileDialog& dialog)
{
    // Wide enough for the four columns, short enough for a 1024x700 screen.
    dialog.resize(qMin(860, dialog.screen()->availableSize().width() - 40),
                  qMin(520, dialog.screen()->availableSize().height() - 60));
    fitColumnsWhenShown(dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

QString FileChooser::saveFile(QWidget* parent, const QString& objectName, const QString& caption,
                              const QString& suggestedPath, const QString& filters)
{
    QFileDialog dialog(parent, caption, QString(), filters);
    dialog.setObjectName(objectName);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    // A bare name is suggested in the working directory, as Qt's static getSaveFileName() did.
    if (!suggestedPath.isEmpty())
        dialog.selectFile(QDir::current().absoluteFilePath(suggestedPath));
    return run(dialog);
}

QString FileChooser::openFile(QWidget* parent, const QString& objectName, const QString& caption,
                              const QString& filters)
{
    QFileDialog dialog(parent, caption, QString(), filters);
    dialog.setObjectName(objectName);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog);
}

} // namespace RelayDesk
