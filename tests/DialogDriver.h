#pragma once

// Drives a modal dialog from a test: acts once the dialog is up and no background work runs
// (imports read and check their file on a worker thread first, with a progress dialog).

#include "widgets/BackgroundWork.h"

#include <QApplication>
#include <QProgressDialog>
#include <QTimer>

template<typename T = QDialog, typename Act>
void whenDialog(QObject *context, Act act)
{
    auto *poll = new QTimer(context);
    QObject::connect(poll, &QTimer::timeout, context, [poll, act] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog || qobject_cast<QProgressDialog *>(dialog) || khana::BackgroundWork::isRunning())
            return;
        poll->stop();
        poll->deleteLater();
        act(dialog);
    });
    poll->start(5);
}
