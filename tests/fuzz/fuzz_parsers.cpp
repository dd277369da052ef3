// libFuzzer target for what Khana reads from files and from people's typing: the CSV reader
// (its encodings, quoting and refusals), the date parsers (typed dates in Thai and English,
// dates in imported cells), phone numbers and national ids. The first byte of an input picks
// the parser; the rest is its text. Besides crashes and sanitizer findings, each case checks
// what must always hold, and aborts when it does not.

#include "domain/NationalId.h"
#include "domain/PhoneNumber.h"
#include "domain/ThaiDate.h"
#include "io/CsvReader.h"
#include "io/ImportFields.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace khana;

namespace {

void require(bool holds)
{
    if (!holds)
        std::abort();
}

void csv(const QByteArray &bytes)
{
    const CsvReader::Table table = CsvReader::read(bytes);
    if (!table.ok()) {
        require(table.records.isEmpty());
        return;
    }
    require(!table.header.isEmpty());
    int previousLine = 1;
    for (const CsvRecord &record : table.records) {
        require(record.line > previousLine);
        require(!record.fields.isEmpty());
        previousLine = record.line;
    }
}

void dates(const QString &text)
{
    const DateFormatter thai;
    const DateFormatter english(QLocale(QLocale::English, QLocale::UnitedKingdom), Era::Common);
    for (const DateFormatter *formatter : {&thai, &english}) {
        const QDate date = formatter->parse(text);
        // A date read back from how Khana writes it is the same date.
        if (date.isValid() && date.year() >= 1900 && date.year() <= 2200) {
            require(formatter->parse(formatter->shortDate(date)) == date);
            require(formatter->parse(formatter->longDate(date)) == date);
        }
    }
    const QDate cell = ImportFields::date(text);
    require(!cell.isValid() || (cell.year() > 0 && cell.year() < 10000));
}

void phone(const QString &text)
{
    PhoneNumber::Kind kind = PhoneNumber::Kind::Invalid;
    const QString digits = PhoneNumber::normalise(text, &kind);
    require(digits.isEmpty() == (kind == PhoneNumber::Kind::Invalid));
    if (!digits.isEmpty()) {
        // Formatted for display, a number still reads as itself.
        PhoneNumber::Kind again = PhoneNumber::Kind::Invalid;
        require(PhoneNumber::normalise(PhoneNumber::format(digits), &again) == digits);
        require(again == kind);
    }
    PhoneNumber::looksLikePhone(text);
    PhoneNumber::searchDigits(text);
}

void nationalId(const QString &text)
{
    QString digits;
    const NationalId::Problem problem = NationalId::check(text, &digits);
    require((problem == NationalId::Problem::None) == NationalId::isValid(text));
    if (problem == NationalId::Problem::None) {
        require(digits.size() == 13);
        require(NationalId::isValid(NationalId::format(digits)));
        require(NationalId::checkDigit(QStringView(digits).first(12)) == digits.back().digitValue());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0 || size > 64 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 4) {
    case 0: csv(bytes); break;
    case 1: dates(QString::fromUtf8(bytes)); break;
    case 2: phone(QString::fromUtf8(bytes)); break;
    case 3: nationalId(QString::fromUtf8(bytes)); break;
    }
    return 0;
}
