#include "DistrictImporter.h"

#include "domain/ThaiText.h"

#include <QCoreApplication>
#include <QSet>

namespace khana {

const QString DistrictImporter::kBangkokCode = QStringLiteral("TH-10");

namespace {

QString simplifiedLatin(const QString &s)
{
    QString out;
    for (QChar c : s.toCaseFolded())
        if (c.isLetterOrNumber())
            out.append(c);
    return out;
}

} // namespace

DistrictImporter::DistrictImporter(const QList<Province> &provinces)
    : m_provinces(provinces)
{
}

bool DistrictImporter::loadProvinceFile(const QString &path, QString *error)
{
    return loadProvinceTable(CsvReader::readFile(path), error);
}

bool DistrictImporter::loadProvinceTable(const CsvReader::Table &table, QString *error)
{
    if (!table.ok()) {
        *error = table.error;
        return false;
    }
    const int idCol = table.column({QStringLiteral("id")});
    const int thCol = table.column({QStringLiteral("name_th")});
    const int enCol = table.column({QStringLiteral("name_en")});
    if (idCol < 0 || thCol < 0) {
        *error = QCoreApplication::translate("DistrictImporter", "The provinces file needs the columns id and name_th.");
        return false;
    }
    QStringList unmatched;
    for (const CsvRecord &r : table.records) {
        const QString id = r.fields.value(idCol).trimmed();
        const QString th = ThaiText::normalise(r.fields.value(thCol));
        const QString en = simplifiedLatin(r.fields.value(enCol));
        QString code;
        for (const Province &p : std::as_const(m_provinces)) {
            if (p.nameTh == th || (!en.isEmpty() && simplifiedLatin(p.nameEn) == en)) {
                code = p.code;
                break;
            }
        }
        if (code.isEmpty())
            unmatched.append(th);
        else
            m_fileProvinceToCode.insert(id, code);
    }
    if (!unmatched.isEmpty()) {
        *error = QCoreApplication::translate("DistrictImporter", "Provinces not known to Khana: %1")
                     .arg(unmatched.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

QString DistrictImporter::provinceForFileId(const QString &fileId) const
{
    return m_fileProvinceToCode.value(fileId);
}

QString DistrictImporter::bareThaiName(const QString &name, bool bangkok)
{
    QString n = ThaiText::normalise(name);
    for (const QString &prefix : {QStringLiteral("กิ่งอำเภอ"), QStringLiteral("อำเภอ"), QStringLiteral("อ.")}) {
        if (n.startsWith(prefix)) {
            n = n.mid(prefix.size()).trimmed();
            break;
        }
    }
    if (bangkok && n.startsWith(QStringLiteral("เขต")))
        n = n.mid(3).trimmed();
    return n;
}

QString DistrictImporter::bareEnglishName(const QString &name)
{
    QString n = ThaiText::normalise(name);
    for (const QString &prefix : {QStringLiteral("King Amphoe "), QStringLiteral("Amphoe "), QStringLiteral("Khet ")}) {
        if (n.startsWith(prefix, Qt::CaseInsensitive)) {
            n = n.mid(prefix.size()).trimmed();
            break;
        }
    }
    return n;
}

DistrictImporter::Parsed DistrictImporter::parse(const CsvReader::Table &table) const
{
    Parsed out;
    if (!table.ok()) {
        out.fileError = table.error;
        return out;
    }
    const int codeCol = table.column({QStringLiteral("code"), QStringLiteral("id"), QStringLiteral("geocode")});
    const int thCol = table.column({QStringLiteral("name_th")});
    const int enCol = table.column({QStringLiteral("name_en")});
    const int provIdCol = table.column({QStringLiteral("province_id")});
    const int provCodeCol = table.column({QStringLiteral("province_code"), QStringLiteral("province")});
    if (codeCol < 0 || thCol < 0) {
        out.fileError = QCoreApplication::translate("DistrictImporter",
                                                    "The districts file needs the columns code (or id) and name_th.");
        return out;
    }
    QSet<QString> knownCodes;
    for (const Province &p : m_provinces)
        knownCodes.insert(p.code);
    QSet<QString> seen;

    for (const CsvRecord &r : table.records) {
        auto fail = [&](int col, const QString &message) {
            out.errors.append({r.line, table.header.value(col), message});
        };
        const QString code = r.fields.value(codeCol).trimmed();
        if (code.isEmpty()) {
            fail(codeCol, QCoreApplication::translate("DistrictImporter", "The district code is empty."));
            continue;
        }
        if (seen.contains(code)) {
            fail(codeCol, QCoreApplication::translate("DistrictImporter", "This district code appears twice in the file."));
            continue;
        }

        QString provinceCode;
        int provinceCol = provCodeCol >= 0 ? provCodeCol : provIdCol;
        if (provCodeCol >= 0) {
            QString value = r.fields.value(provCodeCol).trimmed();
            if (!value.startsWith(QLatin1String("TH-")))
                value = QStringLiteral("TH-") + value;
            provinceCode = value;
        } else if (provIdCol >= 0 && !m_fileProvinceToCode.isEmpty()) {
            provinceCode = provinceForFileId(r.fields.value(provIdCol).trimmed());
        } else if (code.size() == 4) {
            provinceCode = District::provinceCodeOf(code);
            provinceCol = codeCol;
        }
        if (!knownCodes.contains(provinceCode)) {
            fail(provinceCol < 0 ? codeCol : provinceCol,
                 QCoreApplication::translate("DistrictImporter", "Unknown province \"%1\".").arg(r.fields.value(provinceCol < 0 ? codeCol : provinceCol)));
            continue;
        }
        const bool bangkok = provinceCode == kBangkokCode;
        const QString nameTh = bareThaiName(r.fields.value(thCol), bangkok);
        if (nameTh.isEmpty()) {
            fail(thCol, QCoreApplication::translate("DistrictImporter", "The Thai name is empty."));
            continue;
        }
        seen.insert(code);
        out.districts.append({code, provinceCode, nameTh, bareEnglishName(r.fields.value(enCol)), bangkok});
    }
    return out;
}

} // namespace khana
