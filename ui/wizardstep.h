#pragma once

#include <QWizardPage>

class QLabel;

namespace RelayDesk {

/// One page of the first-run wizard: Next saves what the page holds (on a worker thread, one transaction) and
/// moves on once it is stored; Skip moves on and saves nothing. What earlier pages saved stays.
class WizardStep : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardStep(QWidget* parent = nullptr);

    bool validatePage() final;
    /// The next Next moves on without saving.
    void skipOnce() { m_skip = true; }
    bool isSaving() const { return m_saving; }
    /// The last save's error, empty if none.
    QString errorText() const;

Q_SIGNALS:
    /// The page saved something the running relay applies (within a second, without a restart).
    void setupSaved();

protected:
    enum class Save
    {
        Nothing, ///< nothing to save: the wizard moves on
        Started, ///< saving on the worker: finishSave() follows
        Refused  ///< the page shows what is wrong (showError) and stays
    };
    virtual Save startSave() = 0;
    void showError(const QString& error);
    /// Hides the error shown: connect the page's fields' changes to it, so that an error the person has
    /// acted on does not stay.
    void clearError();
    /// Ends a save: shows error, or (empty) moves the wizard on.
    /// The save is done (or failed with error); moveOn false stays on the page for the next Next.
    void finishSave(const QString& error, bool moveOn = true);
    /// A label for errors at the bottom of the page; add it to the page's layout.
    QLabel* errorLabel() const { return m_error; }
    /// What the page is for, in a word-wrapped label at the top of the page (the wizard header's subtitle
    /// keeps two lines only and would cut a longer text, docs/translations.md); add it to the page's layout.
    void setIntroduction(const QString& text);
    QLabel* introductionLabel() const { return m_introduction; }

private:
    QLabel* m_error = nullptr;
    QLabel* m_introduction = nullptr;
    bool m_skip = false;
    bool m_saved = false;
    bool m_saving = false;
};

} // namespace RelayDesk
