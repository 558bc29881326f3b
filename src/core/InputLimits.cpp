#include "InputLimits.h"

#include "CaseWorkflow.h"
#include "Entities.h"
#include "Error.h"

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// The C0 and C1 controls and DEL, except the three that text areas legitimately hold.
bool isRefusedControl(char16_t c)
{
    if (c == u'\t' || c == u'\n' || c == u'\r')
        return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

} // namespace

qsizetype InputLimits::length(QStringView value)
{
    const QStringView trimmed = value.trimmed();
    qsizetype count = 0;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        // A surrogate pair is one character.
        if (QChar::isHighSurrogate(trimmed[i].unicode()) && i + 1 < trimmed.size() &&
            QChar::isLowSurrogate(trimmed[i + 1].unicode()))
            ++i;
        ++count;
    }
    return count;
}

Validation InputLimits::validateCharacters(const QString &fieldLabel, QStringView value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        if (isRefusedControl(c))
            return Validation::fail(tr("%1含有不可见的控制字符，请删除后再保存").arg(fieldLabel));
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < value.size() && QChar::isLowSurrogate(value[i + 1].unicode())) {
                ++i;
                continue;
            }
            return Validation::fail(tr("%1含有无效的字符编码，请重新输入").arg(fieldLabel));
        }
        if (QChar::isLowSurrogate(c))
            return Validation::fail(tr("%1含有无效的字符编码，请重新输入").arg(fieldLabel));
    }
    return Validation::pass();
}

Validation InputLimits::validate(const QString &fieldLabel, QStringView value, int max)
{
    if (const Validation chars = validateCharacters(fieldLabel, value); !chars)
        return chars;
    if (length(value) > max)
        return Validation::fail(tr("%1不能超过 %2 个字").arg(fieldLabel).arg(max));
    return Validation::pass();
}

void InputLimits::check(const QString &fieldLabel, QStringView value, int max)
{
    if (const Validation v = validate(fieldLabel, value, max); !v)
        throw Error(Error::Kind::Validation, v.message);
}

void InputLimits::check(const CaseRecord &draft)
{
    check(tr("标题"), draft.title, caseTitle);
    check(tr("事件描述"), draft.description, caseDescription);
    check(tr("地址"), draft.address, address);
    for (const CaseParty &party : draft.parties) {
        check(tr("姓名"), party.name, partyName);
        check(tr("身份证号码"), party.residentId, residentId);
        check(tr("电话号码"), party.phone, phone);
    }
}

void InputLimits::check(const ActionInput &input)
{
    check(tr("说明"), input.note, actionNote);
    check(tr("处理结果"), input.result, actionResult);
}

void InputLimits::check(const User &user)
{
    check(tr("登录名"), user.login, login);
    check(tr("姓名"), user.displayName, displayName);
}

void InputLimits::check(const OrgUnit &unit)
{
    check(tr("单位代码"), unit.code, code);
    check(tr("单位名称"), unit.name, orgUnitName);
}

void InputLimits::check(const Department &department)
{
    check(tr("部门名称"), department.name, departmentName);
    check(tr("电话号码"), department.phone, phone);
}

void InputLimits::check(const Category &category)
{
    check(tr("类别代码"), category.code, code);
    check(tr("类别名称"), category.name, categoryName);
}

void InputLimits::check(const Worker &worker)
{
    check(tr("网格员姓名"), worker.name, workerName);
    check(tr("网格员编号"), worker.code, code);
    check(tr("电话号码"), worker.phone, phone);
    check(tr("身份证号码"), worker.residentId, residentId);
}

} // namespace zz
