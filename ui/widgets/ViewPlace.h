#pragma once

#include <QList>
#include <QSet>
#include <Qt>

class QAbstractItemView;

namespace khana {

// Where the user is in a list, table or tree: the current and selected records (by their id
// in the first column, ItemRole::Id unless told otherwise), which branches are open, and how
// far it is scrolled. Taken before a model reloads for a colleague's change and put back
// after, so that the refresh moves nothing under the user. Records that are gone are simply
// not selected.
class ViewPlace
{
public:
    static ViewPlace of(const QAbstractItemView *view, int idRole = -1);
    void restoreTo(QAbstractItemView *view) const;

private:
    int m_idRole = 0;
    qint64 m_current = 0;
    int m_currentColumn = 0;
    QList<qint64> m_selected;
    QSet<qint64> m_expanded;
    QSet<qint64> m_collapsed;
    int m_vertical = 0;
    int m_horizontal = 0;
};

} // namespace khana
