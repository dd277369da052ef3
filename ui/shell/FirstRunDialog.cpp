#include "FirstRunDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace khana {

FirstRunDialog::FirstRunDialog(const QString &defaultPath, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Khana"));
    auto *intro = new QLabel(tr("<h3>Welcome to Khana</h3><p>Khana keeps its data in a database file on this computer. "
                                "How would you like to start?</p>"),
                             this);
    intro->setWordWrap(true);
    auto *empty = new QPushButton(tr("Start with an &empty database"), this);
    empty->setToolTip(QDir::toNativeSeparators(defaultPath));
    auto *demo = new QPushButton(tr("Look around in the &demo database (invented people)"), this);
    auto *existing = new QPushButton(tr("&Open a database file…"), this);
    auto *server = new QPushButton(tr("&Connect to an office server…"), this);
    empty->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(empty);
    layout->addWidget(demo);
    layout->addWidget(existing);
    layout->addWidget(server);
    connect(server, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Server;
        accept();
    });

    connect(empty, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Empty;
        accept();
    });
    connect(demo, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        accept();
    });
    connect(existing, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a Khana database"), QDir::homePath(),
                                                          tr("Khana databases (*.sqlite *.khana *.db);;All files (*)"));
        if (path.isEmpty())
            return;
        m_choice = Choice::Existing;
        m_existing = path;
        accept();
    });
}

} // namespace khana
