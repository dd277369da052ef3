#include "ScopeComboBox.h"

#include "domain/DisplayConventions.h"
#include "stores/AreaStore.h"

#include <QSignalBlocker>

namespace khana {

ScopeComboBox::ScopeComboBox(const QSqlDatabase &db, QWidget *parent)
    : QComboBox(parent)
{
    addItem(tr("Whole country"), QString());
    const DisplayConventions &conventions = DisplayConventions::current();
    for (const Province &p : AreaStore(db).provinces())
        addItem(conventions.pick(p.nameTh, p.nameEn), p.code);
}

Scope ScopeComboBox::scope() const
{
    const QString code = currentData().toString();
    return code.isEmpty() ? Scope{} : Scope{Scope::Kind::Province, code};
}

void ScopeComboBox::restoreCode(const QString &code)
{
    const QSignalBlocker quiet(this);
    setCurrentIndex(qMax(0, findData(code)));
}

} // namespace khana
