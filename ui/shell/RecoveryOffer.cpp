#include "RecoveryOffer.h"

#include "database/Recovery.h"
#include "widgets/BackgroundWork.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace khana {

QString offerRecovery(QWidget *parent, const QString &damagedPath, const QString &why)
{
    const QString title = QCoreApplication::translate("RecoveryOffer", "The database is damaged");
    QMessageBox box(QMessageBox::Critical, title, why, QMessageBox::Close, parent);
    box.setInformativeText(QCoreApplication::translate("RecoveryOffer", "Khana can save what is still readable into a new file. "
                                                                        "The damaged file is only read, and kept as it is."));
    QPushButton *recover = box.addButton(QCoreApplication::translate("RecoveryOffer", "&Recover into a new file…"), QMessageBox::AcceptRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() != recover)
        return {};
    const QString target = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("RecoveryOffer", "Recover into a new file"),
                                                        Recovery::suggestedTarget(damagedPath),
                                                        QCoreApplication::translate("RecoveryOffer", "Khana databases (*.sqlite)"));
    if (target.isEmpty())
        return {};
    Recovery::Result result;
    BackgroundWork::run(parent, QCoreApplication::translate("RecoveryOffer", "Recovering what can be read…"),
                        [&](const WorkProgress &progress, const std::atomic<bool> &) { result = Recovery::recover(damagedPath, target, progress); });
    if (result.cancelled)
        return {};
    if (!result.ok()) {
        QMessageBox::critical(parent, title, result.error);
        return {};
    }
    const auto answer = QMessageBox::question(parent, title,
                                              QCoreApplication::translate("RecoveryOffer", "The recovered database %1 is written.")
                                                      .arg(QDir::toNativeSeparators(target))
                                                  + QLatin1Char(' ') + result.summary() + QStringLiteral("\n\n")
                                                  + QCoreApplication::translate("RecoveryOffer", "Open it now?"),
                                              QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
    return answer == QMessageBox::Open ? target : QString();
}

} // namespace khana
