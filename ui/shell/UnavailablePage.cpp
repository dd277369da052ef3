#include "UnavailablePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace khana {

UnavailablePage::UnavailablePage(const QString &title, const QString &whatItWillDo, QWidget *parent)
    : Page(parent)
{
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    auto *body = new QLabel(this);
    body->setWordWrap(true);
    body->setText(tr("This part of Khana is not available yet in this version.") + QStringLiteral("\n\n") + whatItWillDo);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch(1);
}

} // namespace khana
