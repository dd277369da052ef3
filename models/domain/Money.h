#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace khana::Money {

// Amounts are integer satang (1 baht = 100 satang), never floating point.

// "12,500.00" in the locale's grouping (Thai and English both group by thousands).
QString format(qint64 satang, const QLocale &locale);

// The amount in Thai words as official documents and cheques write it (what Excel's BAHTTEXT
// writes): "เก้าหมื่นห้าพันบาทถ้วน", "หนึ่งร้อยเอ็ดบาทห้าสิบสตางค์", "ยี่สิบห้าสตางค์".
// Numbers are spelled by ICU's Thai rules; see Money.cpp for the one change made to them.
QString inThaiWords(qint64 satang);

// Parses what a user typed: "12,500", "12500.5", "๑๒,๕๐๐", "-300". Empty on anything else.
std::optional<qint64> parse(const QString &text);

} // namespace khana::Money
