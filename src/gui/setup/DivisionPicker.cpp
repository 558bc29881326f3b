#include "DivisionPicker.h"

#include "DivisionCatalog.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

constexpr int codeRole = Qt::UserRole;
constexpr int resultLimit = 50;

} // namespace

DivisionPicker::DivisionPicker(QWidget *parent) : DivisionPicker(DivisionCatalog::bundled(), parent) {}

DivisionPicker::DivisionPicker(const DivisionCatalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog)
{
    build();
    retranslate();
    fillProvinces();
    updateSummary();
}

void DivisionPicker::build()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"divisionSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_results = new QListWidget(this);
    m_results->setObjectName(u"divisionResults"_s);
    m_results->setUniformItemSizes(true);
    m_results->setMaximumHeight(m_results->fontMetrics().height() * 8);

    m_placeLabel = new QLabel(this);
    m_province = new QComboBox(this);
    m_province->setObjectName(u"divisionProvince"_s);
    m_city = new QComboBox(this);
    m_city->setObjectName(u"divisionCity"_s);
    m_county = new QComboBox(this);
    m_county->setObjectName(u"divisionCounty"_s);
    for (QComboBox *combo : {m_province, m_city, m_county}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(8);
        combo->setMaxVisibleItems(20);
    }

    m_townshipsLabel = new QLabel(this);
    m_townshipsLabel->setWordWrap(true);
    m_townships = new QListWidget(this);
    m_townships->setObjectName(u"divisionTownships"_s);
    m_selectAll = new QPushButton(this);
    m_selectAll->setObjectName(u"divisionSelectAll"_s);
    m_selectNone = new QPushButton(this);
    m_selectNone->setObjectName(u"divisionSelectNone"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"divisionSummary"_s);
    m_summary->setWordWrap(true);

    auto *places = new QHBoxLayout;
    places->addWidget(m_placeLabel);
    places->addWidget(m_province, 1);
    places->addWidget(m_city, 1);
    places->addWidget(m_county, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_selectAll);
    buttons->addWidget(m_selectNone);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    layout->addLayout(places);
    layout->addWidget(m_townshipsLabel);
    layout->addWidget(m_townships, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, this, &DivisionPicker::search);
    connect(m_results, &QListWidget::itemActivated, this, &DivisionPicker::pickResult);
    connect(m_province, &QComboBox::currentIndexChanged, this, &DivisionPicker::provinceChosen);
    connect(m_city, &QComboBox::currentIndexChanged, this, &DivisionPicker::cityChosen);
    connect(m_county, &QComboBox::currentIndexChanged, this, &DivisionPicker::countyChosen);
    connect(m_townships, &QListWidget::itemChanged, this, [this] {
        if (!m_filling) {
            updateSummary();
            emit selectionChanged();
        }
    });
    connect(m_selectAll, &QPushButton::clicked, this, [this] { checkAll(true); });
    connect(m_selectNone, &QPushButton::clicked, this, [this] { checkAll(false); });
}

void DivisionPicker::retranslate()
{
    m_search->setPlaceholderText(tr("输入名称、区划代码或拼音首字母查找，如 余姚、330281、yys"));
    m_search->setToolTip(tr("可输入多个词缩小范围，如“宁波 余姚”。按 ↓ 进入结果，回车选定。"));
    m_placeLabel->setText(tr("所在县（市、区）："));
    m_province->setPlaceholderText(tr("省份"));
    m_city->setPlaceholderText(tr("城市"));
    m_county->setPlaceholderText(tr("县（市、区）"));
    m_townshipsLabel->setText(tr("乡镇（街道）：全部建立；勾选的乡镇（街道）同时载入村（社区）。"
                                 "开发区、农场等非建制单位默认不勾选。"));
    m_selectAll->setText(tr("全选"));
    m_selectNone->setText(tr("全不选"));
    for (int row = 0; row < m_townships->count(); ++row) {
        QListWidgetItem *item = m_townships->item(row);
        const bool filling = m_filling;
        m_filling = true;
        item->setText(townshipText(item->data(codeRole).toString()));
        m_filling = filling;
    }
    search(m_search->text());
    updateSummary();
}

void DivisionPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool DivisionPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_results->count() > 0) {
            m_results->setFocus();
            if (m_results->currentRow() < 0)
                m_results->setCurrentRow(0);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_results->count() > 0) {
            pickResult(m_results->currentItem() ? m_results->currentItem() : m_results->item(0));
            return true; // a dialog around must not take Enter as its default button here
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DivisionPicker::search(const QString &text)
{
    m_results->clear();
    if (text.trimmed().isEmpty())
        return;
    for (const Division &d : m_catalog.search(text, resultLimit)) {
        QString label = m_catalog.pathText(d.code) + u"    "_s + d.code;
        if (d.special)
            label += u"    "_s + tr("〔开发区/农场等〕");
        auto *item = new QListWidgetItem(label, m_results);
        item->setData(codeRole, d.code);
    }
    if (m_results->count() == 0) {
        auto *item = new QListWidgetItem(
            tr("没有找到“%1”。可输入县或乡镇的名称、6 位或 9 位区划代码、拼音首字母。").arg(text.trimmed()),
            m_results);
        item->setFlags(Qt::NoItemFlags);
    } else {
        m_results->setCurrentRow(0);
    }
}

void DivisionPicker::pickResult(QListWidgetItem *item)
{
    if (!item || item->data(codeRole).toString().isEmpty())
        return;
    const QString code = item->data(codeRole).toString();
    switch (DivisionCatalog::levelOfCode(code)) {
    case Division::Level::Province:
        if (!m_locked) {
            selectInCombo(m_province, code);
            m_city->setFocus();
        }
        break;
    case Division::Level::City:
        if (!m_locked) {
            selectInCombo(m_province, code.left(2));
            selectInCombo(m_city, code);
            m_county->setFocus();
        }
        break;
    case Division::Level::County:
        setCounty(code, m_locked);
        m_townships->setFocus();
        break;
    case Division::Level::Township:
        setTownship(code);
        m_townships->setFocus();
        break;
    case Division::Level::Village:
        break;
    }
}

void DivisionPicker::selectInCombo(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code, codeRole);
    if (index >= 0 && combo->currentIndex() != index)
        combo->setCurrentIndex(index);
}

void DivisionPicker::fillProvinces()
{
    m_filling = true;
    m_province->clear();
    for (const Division &d : m_catalog.provinces())
        m_province->addItem(d.name, d.code);
    m_province->setCurrentIndex(-1);
    m_filling = false;
}

void DivisionPicker::provinceChosen()
{
    m_city->clear(); // clears the counties through cityChosen()
    const QString province = m_province->currentData(codeRole).toString();
    const bool filling = m_filling;
    m_filling = true;
    for (const Division &d : m_catalog.children(province))
        m_city->addItem(d.name, d.code);
    m_city->setCurrentIndex(-1);
    m_filling = filling;
    // A province with one city (none here today) would leave nothing to choose: take it.
    if (m_city->count() == 1)
        m_city->setCurrentIndex(0);
}

void DivisionPicker::cityChosen()
{
    const bool filling = m_filling;
    m_filling = true;
    m_county->clear();
    for (const Division &d : m_catalog.children(m_city->currentData(codeRole).toString()))
        m_county->addItem(d.name, d.code);
    m_county->setCurrentIndex(-1);
    m_filling = filling;
    if (m_county->count() == 1)
        m_county->setCurrentIndex(0); // 东莞市, 中山市 ...: the city is its own county
    else
        countyChosen();
}

void DivisionPicker::countyChosen()
{
    fillTownships(m_county->currentData(codeRole).toString());
    if (!m_filling) {
        updateSummary();
        emit selectionChanged();
    }
}

QString DivisionPicker::townshipText(const QString &code) const
{
    const auto township = m_catalog.find(code);
    if (!township)
        return code;
    QString text = tr("%1（%n 个村/社区）", nullptr, township->villageCount).arg(township->name);
    if (township->special)
        text += u"  "_s + tr("〔开发区/农场等〕");
    if (m_loaded.contains(code))
        text += u"  "_s + tr("〔已载入〕");
    return text;
}

void DivisionPicker::fillTownships(const QString &countyCode)
{
    const bool filling = m_filling;
    m_filling = true;
    m_townships->clear();
    for (const Division &t : m_catalog.children(countyCode)) {
        auto *item = new QListWidgetItem(townshipText(t.code), m_townships);
        item->setData(codeRole, t.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(t.special || m_loaded.contains(t.code) ? Qt::Unchecked : Qt::Checked);
    }
    m_filling = filling;
}

void DivisionPicker::checkAll(bool checked)
{
    m_filling = true;
    for (int row = 0; row < m_townships->count(); ++row)
        m_townships->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    m_filling = false;
    updateSummary();
    emit selectionChanged();
}

void DivisionPicker::setCounty(const QString &countyCode, bool locked)
{
    const auto county = m_catalog.find(countyCode);
    if (!county || county->level != Division::Level::County)
        return;
    m_filling = true;
    selectInCombo(m_province, countyCode.left(2));
    selectInCombo(m_city, countyCode.left(4));
    selectInCombo(m_county, countyCode);
    fillTownships(countyCode);
    m_filling = false;
    m_locked = locked;
    for (QComboBox *combo : {m_province, m_city, m_county})
        combo->setEnabled(!locked);
    updateSummary();
    emit selectionChanged();
}

void DivisionPicker::setTownship(const QString &townshipCode)
{
    const QString county = townshipCode.left(6);
    if (m_locked && county != countyCode())
        return;
    if (county != countyCode())
        setCounty(county, m_locked);
    m_filling = true;
    for (int row = 0; row < m_townships->count(); ++row) {
        QListWidgetItem *item = m_townships->item(row);
        const bool chosen = item->data(codeRole).toString() == townshipCode;
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        if (chosen)
            m_townships->scrollToItem(item);
    }
    m_filling = false;
    updateSummary();
    emit selectionChanged();
}

void DivisionPicker::setLoadedTownships(const QStringList &townshipCodes)
{
    m_loaded = QSet<QString>(townshipCodes.cbegin(), townshipCodes.cend());
    fillTownships(countyCode());
    updateSummary();
    emit selectionChanged();
}

QString DivisionPicker::countyCode() const
{
    return m_county->currentData(codeRole).toString();
}

QStringList DivisionPicker::townshipCodes() const
{
    QStringList codes;
    for (int row = 0; row < m_townships->count(); ++row)
        if (m_townships->item(row)->checkState() == Qt::Checked)
            codes << m_townships->item(row)->data(codeRole).toString();
    return codes;
}

bool DivisionPicker::isComplete() const
{
    return !countyCode().isEmpty() && !townshipCodes().isEmpty();
}

void DivisionPicker::updateSummary()
{
    const auto county = m_catalog.find(countyCode());
    if (!county) {
        m_summary->setText(tr("请选择中心所在的县（市、区）。"));
        return;
    }
    int villages = 0;
    int checked = 0;
    for (int row = 0; row < m_townships->count(); ++row) {
        if (m_townships->item(row)->checkState() != Qt::Checked)
            continue;
        ++checked;
        if (const auto t = m_catalog.find(m_townships->item(row)->data(codeRole).toString()))
            villages += t->villageCount;
    }
    // The sentences follow each other without a space in Chinese; the English ones start with one.
    QString text = tr("将建立%1和它的 %n 个乡镇（街道）。", nullptr, m_townships->count()).arg(county->name);
    if (checked == 0)
        text += tr("请至少勾选一个乡镇（街道）：只载入勾选的乡镇（街道）的村（社区）。");
    else
        text += tr("同时载入勾选的 %n 个乡镇（街道）", nullptr, checked) +
                tr("的 %n 个村（社区）。", nullptr, villages);
    m_summary->setText(text);
}

} // namespace zz
