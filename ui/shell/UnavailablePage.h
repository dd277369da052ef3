#pragma once

#include "Page.h"

namespace khana {

// Stands in for an area Khana does not offer yet, and says so plainly.
class UnavailablePage : public Page
{
    Q_OBJECT

public:
    UnavailablePage(const QString &title, const QString &whatItWillDo, QWidget *parent = nullptr);
};

} // namespace khana
