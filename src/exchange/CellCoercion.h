#pragma once

#include "Cell.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace zz {

// The result of turning one cell into a typed value: a value, empty (blank or a "none" marker such
// as 无, /, -, —), or invalid with a translated reason for the rejects report. `note` says when a
// value was repaired (a landline that lost its leading zero).
template <typename T> struct Coerced
{
    enum class Status { Ok, Empty, Invalid };
    Status status = Status::Empty;
    T value{};
    QString reason; // Invalid: why, in a sentence
    QString note;   // Ok: what was repaired, if anything

    bool ok() const { return status == Status::Ok; }
    bool isEmpty() const { return status == Status::Empty; }
    bool invalid() const { return status == Status::Invalid; }

    static Coerced make(T v, QString note = {}) { return {Status::Ok, std::move(v), {}, std::move(note)}; }
    static Coerced none() { return {}; }
    static Coerced fail(QString reason) { return {Status::Invalid, T{}, std::move(reason), {}}; }
};

// Pure conversions of read cells into the values the project stores, with reasons on failure.
// Messages are translated (context "zz::CellCoercion") and never quote personal data.
class CellCoercion
{
    Q_DECLARE_TR_FUNCTIONS(zz::CellCoercion)

public:
    // Blank, or one of the markers people write for "nothing": 无, 没有, 暂无, /, -, --, —, ——, N/A.
    static bool isNoneMarker(QStringView text);

    // Spreadsheet serial day numbers: 1900 system from 1899-12-30 (serial 60 is the fictitious
    // 1900-02-29, refused; 1-59 are one day earlier than a naive count), 1904 system from 1904-01-01.
    static QDate serialToDate(double serial, bool date1904, bool *ok = nullptr);
    static QDateTime serialToDateTime(double serial, bool date1904, bool *ok = nullptr);
    static double dateToSerial(const QDate &date); // 1900 system

    // Text dates in the usual Chinese forms: 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日,
    // 20260305, each optionally followed by a time (08:30, 8:30:15, 8时30分).
    static Coerced<QDateTime> parseDateTimeText(QStringView text);

    // Any cell to a date: a date cell, a serial number, or text as above (a time part is dropped).
    static Coerced<QDate> toDate(const Cell &cell);
    // Any cell to a date and time (midnight when the cell has only a date).
    static Coerced<QDateTime> toDateTime(const Cell &cell);
    // Whole numbers: numeric cells with no fraction, or text with optional thousands separators
    // (1,234 / 1，234 / full-width digits).
    static Coerced<qint64> toInteger(const Cell &cell);
    static Coerced<double> toDecimal(const Cell &cell);
    // Trimmed text; numbers in their shown form; "none" markers as empty.
    static Coerced<QString> toText(const Cell &cell);
    // Resident ID: a text cell checked by Validators::residentId (x written as X, full-width digits and
    // spaces removed); an exact 15-digit legacy ID is kept as it is. An ID read from a numeric cell is
    // refused — Excel keeps only 15 significant digits, so the last digits are lost — unless it is a
    // 15-digit legacy ID, which a number holds exactly.
    static Coerced<QString> toResidentId(const Cell &cell, QDate today = QDate::currentDate());
    // A 15-digit legacy ID: region, 6-digit birth date (19yyMMdd), sequence.
    static bool isLegacyResidentId(QStringView id);
    // Phone: text checked by Validators::phone, leading zeros kept. A numeric cell holding a mobile
    // number is accepted; one that was a landline (lost its leading 0) is repaired with a note when
    // the repaired number is a valid landline, refused otherwise.
    static Coerced<QString> toPhone(const Cell &cell);
    // Yes/no: 是/否, 有/无, Y/N, true/false, 1/0, √/×.
    static Coerced<bool> toBool(const Cell &cell);

    // Full-width digits, letters and punctuation to ASCII, ideographic spaces to spaces.
    static QString toHalfWidth(QStringView text);
    // A code as a person or a spreadsheet left it: surrounding spaces, a leading apostrophe and the
    // ="…" our CSV writes around codes (so that spreadsheets keep them as text) taken off.
    static QString unwrapCode(const QString &text);
};

} // namespace zz
