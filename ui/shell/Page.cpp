#include "Page.h"

#include "widgets/WriteLock.h"

namespace khana {

WriteLock *Page::writeLock()
{
    if (!m_writeLock)
        m_writeLock = new WriteLock(this);
    return m_writeLock;
}

} // namespace khana
