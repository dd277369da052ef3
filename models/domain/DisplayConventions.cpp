#include "DisplayConventions.h"

namespace khana {

namespace {
DisplayConventions &instance()
{
    static DisplayConventions conventions;
    return conventions;
}
} // namespace

DisplayConventions::DisplayConventions(const QLocale &locale, Era era)
    : m_locale(locale)
    , m_dates(locale, era)
{
}

const DisplayConventions &DisplayConventions::current()
{
    return instance();
}

void DisplayConventions::setCurrent(const DisplayConventions &conventions)
{
    instance() = conventions;
}

bool DisplayConventions::prefersThaiNames() const
{
    return m_locale.language() == QLocale::Thai;
}

QString DisplayConventions::pick(const QString &thai, const QString &english) const
{
    if (prefersThaiNames())
        return thai.isEmpty() ? english : thai;
    return english.isEmpty() ? thai : english;
}

} // namespace khana
