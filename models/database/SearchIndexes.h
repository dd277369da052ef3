#pragma once

#include <QString>
#include <QStringList>

namespace khana::SearchIndexes {

// The substring-search indexes the schema creates (CREATE SEARCH INDEX in the migrations);
// named once here for the code that searches and the code that bulk-inserts.
struct SearchIndex
{
    QString name;
    QString table;
    QStringList columns;
};

inline const SearchIndex &people()
{
    static const SearchIndex index{QStringLiteral("person_search"), QStringLiteral("person"),
                                   {QStringLiteral("name_th"), QStringLiteral("name_en"), QStringLiteral("nickname"),
                                    QStringLiteral("phone"), QStringLiteral("member_no")}};
    return index;
}

} // namespace khana::SearchIndexes
