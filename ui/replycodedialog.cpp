#include "ui/replycodedialog.h"

#include "ui/roadsign.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace RelayDesk {

ReplyCodeDialog::ReplyCodeDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("replyCodeDialog"));
    setWindowTitle(tr("Look up a reply code"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("replyCode"));
    m_code->setPlaceholderText(tr("e.g. 535 5.7.8, 4.7.10 or 550"));
    m_explanation = new QTextBrowser(this);
    m_explanation->setObjectName(QStringLiteral("replyExplanation"));
    m_explanation->setMinimumSize(460, 220);
    auto* form = new QFormLayout;
    form->addRow(tr("Reply code:"), m_code);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_explanation, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this, &ReplyCodeDialog::explain);
    explain();
}

std::pair<int, QString> ReplyCodeDialog::parse(const QString& text)
{
    static const QRegularExpression basic(QStringLiteral("(?<![\\d.])([245]\\d\\d)(?![\\d.])"));
    static const QRegularExpression enhanced(
        QStringLiteral("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.])"));
    const auto e = enhanced.match(text);
    QString enhancedCode = e.hasMatch() ? e.captured(0) : QString();
    int code = 0;
    if (const auto b = basic.match(text); b.hasMatch())
        code = b.captured(1).toInt();
    // An enhanced code alone says its class: a 4.x.x came with a 4xx reply, a 5.x.x with a 5xx one.
    if (code == 0 && !enhancedCode.isEmpty())
        code = e.captured(1) == QLatin1String("2") ? 250 : e.captured(1) == QLatin1String("4") ? 451 : 550;
    return {code, enhancedCode};
}

void ReplyCodeDialog::explain()
{
    const auto [code, enhanced] = parse(m_code->text());
    if (code == 0) {
        m_explanation->setHtml(QStringLiteral("<p>%1</p>")
                                   .arg(tr("Type the code a mail server or application reported: the three "
                                           "digits (550), the enhanced code (5.1.1), or both.")
                                            .toHtmlEscaped()));
        return;
    }
    m_explanation->setHtml(RoadSignStyle::explanationHtml(code, enhanced, QString()));
}

} // namespace RelayDesk
