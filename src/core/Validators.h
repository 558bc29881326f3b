#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QString>

namespace zz {

// The outcome of a check: ok, or a translated message saying what is wrong.
struct Validation
{
    bool ok = true;
    QString message;

    static Validation pass() { return {}; }
    static Validation fail(QString message) { return {false, std::move(message)}; }
    explicit operator bool() const { return ok; }
};

// Facts read from a valid resident ID number.
struct ResidentIdInfo
{
    QString provinceCode; // first two digits
    QString regionCode;   // first six digits
    QDate birthDate;
    bool male = false;
};

// Field checks shared by every form and import. Messages are translated (context "zz::Validators").
class Validators
{
    Q_DECLARE_TR_FUNCTIONS(zz::Validators)

public:
    // 18-character resident ID (GB 11643-1999): 17 digits and a check character (0-9 or X/x),
    // a known province prefix, a real birth date not in the future (relative to `today`) and not
    // before 1900, and a correct ISO 7064 MOD 11-2 check digit.
    static Validation residentId(QStringView id, QDate today = QDate::currentDate(),
                                 ResidentIdInfo *info = nullptr);
    // The check character for the first 17 digits (for generating test and demo data).
    static QChar residentIdCheckChar(QStringView first17);
    // Mainland mobile (1[3-9] + 9 digits, optional +86/86 prefix) or landline
    // (0 + 2–3 digit area code, 7–8 digit number, optional extension; separators '-' or ' ').
    static Validation phone(QStringView phone);
    static bool isMobile(QStringView phone);
    // The landline shape phone() accepts; captures: area code, separator, local number, extension.
    static const QRegularExpression &landlinePattern();
    static Validation required(const QString &fieldLabel, QStringView value);
    // Length in characters (not bytes), after trimming.
    static Validation maxLength(const QString &fieldLabel, QStringView value, int max);
    static Validation lengthBetween(const QString &fieldLabel, QStringView value, int min, int max);
    // True for the two-digit province codes used in resident IDs (11–15, 21–23, 31–37, 41–46,
    // 50–54, 61–65, 71, 81, 82, 83).
    static bool isKnownProvinceCode(QStringView twoDigits);
};

// Masking of personal data for lists, exports and printouts.
class Masking
{
public:
    // 330102199001011234 -> 3301**********1234; shorter or odd input keeps only its last 4.
    static QString residentId(QStringView id);
    // 13812345678 -> 138****5678; landlines keep area code and last 4: 0571-****5678.
    static QString phone(QStringView phone);
    // 张三 -> 张*, 欧阳娜娜 -> 欧***.
    static QString name(QStringView name);
};

} // namespace zz
