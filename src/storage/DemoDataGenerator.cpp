#include "DemoDataGenerator.h"

#include "AccountService.h"
#include "AuditLog.h"
#include "CaseService.h"
#include "Clock.h"
#include "Database.h"
#include "Error.h"
#include "GeoBoundary.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "StandardCategories.h"
#include "Types.h"
#include "Validators.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace zz {
namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr qint64 kChinaUtcOffset = 8 * kHour; // the history is laid out in China Standard Time
constexpr int kHistoryDays = 3 * 365;
constexpr int kCasesPerTransaction = 20000;
// From this many new cases on, PostgreSQL's search index is rebuilt after the load (PostgresBulkLoad).
constexpr qint64 kBulkSearchIndexThreshold = 20000;
// Qt hands SQLite named placeholders, which SQLite resolves in O(n²) when compiling: a few thousand
// per statement compile quickly and are as fast to run as the 32766 SQLite would allow.
constexpr int kSqliteMaxParameters = 4000;
constexpr int kPostgresRowsPerStatement = 2000;

// Draws built directly on mt19937 so the data does not depend on the standard library's distributions.
class Rng
{
public:
    explicit Rng(quint32 seed) : m_engine(seed) {}
    quint32 next() { return quint32(m_engine()); }
    int below(int n) { return int((quint64(next()) * quint64(n)) >> 32); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    qint64 between64(qint64 lo, qint64 hi) { return lo + qint64(real() * double(hi - lo + 1)); }
    double real() { return next() / 4294967296.0; }
    bool chance(double p) { return real() < p; }
    template <typename T> const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }
    QString digits(int count)
    {
        QString s(count, u'0');
        for (int i = 0; i < count; ++i)
            s[i] = QChar(u'0' + below(10));
        return s;
    }

private:
    std::mt19937 m_engine;
};

// A weighted choice among indexes 0..n-1.
class Weights
{
public:
    Weights() = default;
    explicit Weights(const QList<int> &weights)
    {
        for (int w : weights)
            m_cumulative.append((m_cumulative.isEmpty() ? 0 : m_cumulative.last()) + std::max(w, 0));
    }
    int pick(Rng &rng) const
    {
        if (m_cumulative.isEmpty() || m_cumulative.last() <= 0)
            return 0;
        const int r = rng.below(m_cumulative.last());
        return int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r) - m_cumulative.begin());
    }

private:
    QList<int> m_cumulative;
};

// Codes with their weights, e.g. how often each source occurs.
template <typename E> struct CodeChoice
{
    QList<QString> codes;
    QList<E> values;
    Weights weights;

    CodeChoice(std::initializer_list<std::pair<E, int>> items)
    {
        QList<int> w;
        for (const auto &[value, weight] : items) {
            values.append(value);
            codes.append(code(value));
            w.append(weight);
        }
        weights = Weights(w);
    }
    int pick(Rng &rng) const { return weights.pick(rng); }
};

// ---------------------------------------------------------------------------------------------
// Texts. Everything a case says is built from these templates ({n} becomes a small number).

// The categories themselves (names, time limits, departments) are StandardCategories'; these add
// what the demo's cases say, keyed by the category's code.
struct CategoryText
{
    QString code;
    int weight; // how often cases of this category occur
    QStringList titles;
    QStringList details; // details[i] tells the story of titles[i]
};

struct TopCategoryText
{
    QString code;
    bool dispute;        // 矛盾纠纷: cases record whether the dispute was settled
    QStringList results; // handling results reported back
    QList<CategoryText> children;
};

// One category per line reads better than the formatter's one field per line.
// clang-format off
const QList<TopCategoryText> &categoryTexts()
{
    static const QList<TopCategoryText> texts = {
        {u"01"_s, true,
         {u"经司法所组织调解，双方达成一致意见并签订调解协议"_s,
          u"工作人员上门释法说理，当事人表示理解，矛盾已化解"_s,
          u"经村调委会与司法所联合调解，双方握手言和"_s,
          u"已引导当事人通过诉讼途径依法解决，并做好稳控工作"_s},
         {
             {u"0101"_s, 30,
              {u"邻居占用楼道堆放杂物引发纠纷"_s, u"相邻宅基地排水问题产生矛盾"_s,
               u"邻居饲养犬只扰民，多次协商未果"_s, u"邻里因房屋采光问题发生争执"_s,
               u"邻居新建围墙占用通道"_s},
              {u"两户因楼道杂物堆放问题多次发生口角，矛盾有激化苗头"_s,
               u"相邻两户因屋檐滴水和排水沟走向发生争执，双方情绪激动"_s,
               u"邻居家中饲养{n}条犬只，夜间吠叫影响休息，多次协商未果"_s,
               u"邻居加盖房屋遮挡采光，双方多次发生争执"_s,
               u"邻居新建围墙占用通行道路约{n}米，影响出行，多次协商未果"_s}},
             {u"0102"_s, 20,
              {u"夫妻因家庭琐事长期争吵要求调解"_s, u"子女不履行赡养义务，老人生活困难"_s,
               u"离婚后子女抚养费支付纠纷"_s, u"兄弟分家析产发生争执"_s},
              {u"夫妻双方因家庭开支问题长期争吵，女方要求调解"_s,
               u"年近八旬老人反映{n}个子女互相推诿赡养责任，生活无人照料"_s,
               u"男方已连续{n}个月未支付子女抚养费，多次催要无果"_s,
               u"兄弟{n}人因父母遗留房屋分配问题发生争执，多次协商未果"_s}},
             {u"0103"_s, 18,
              {u"承包地边界不清引发纠纷"_s, u"宅基地权属争议"_s, u"土地流转租金未按约支付"_s,
               u"山林权属界线争议"_s},
              {u"两户承包地相邻，因界址不清多次发生争执，一方已毁坏青苗"_s,
               u"村民反映其宅基地被他人占用建房，要求确权"_s,
               u"流转承包方已拖欠土地租金{n}年，涉及农户十余户"_s,
               u"两村村民因山林界线不清发生争执，存在群体性风险"_s}},
             {u"0104"_s, 14,
              {u"工程完工后工资结算发生争议"_s, u"员工被辞退后经济补偿金纠纷"_s, u"工伤赔偿协商未果"_s},
              {u"务工人员{n}人反映工程完工后老板对工资结算有异议，拒不支付尾款"_s,
               u"员工被企业无故辞退，要求支付经济补偿，多次协商未果"_s,
               u"工人在厂内受伤，与企业就赔偿金额协商未果"_s}},
             {u"0105"_s, 12,
              {u"物业服务质量差，业主拒交物业费"_s, u"小区停车位收费争议"_s, u"物业擅自占用公共区域出租"_s},
              {u"小区电梯多次故障、绿化无人打理，业主与物业矛盾突出"_s,
               u"物业公司将停车费上调{n}成，业主普遍不认可"_s,
               u"物业将小区公共绿地改建为停车位出租，业主意见较大"_s}},
         }},
        {u"02"_s, false,
         {u"已现场督促整改，隐患已消除"_s, u"已联合相关部门开展检查，责令限期整改并复查合格"_s,
          u"已设置警示标志并安排专人巡查，隐患整改完毕"_s, u"已约谈责任人，完成整改并建立长效巡查机制"_s},
         {
             {u"0201"_s, 10,
              {u"楼道电动车充电存在火灾隐患"_s, u"沿街店铺住人存在消防隐患"_s, u"消防通道被车辆长期占用"_s},
              {u"居民在楼道内私拉电线为电动车充电，存在较大火灾隐患"_s,
               u"沿街“三合一”店铺内住人，未配备灭火器材"_s,
               u"小区消防通道长期被私家车占用，消防车无法通行"_s}},
             {u"0202"_s, 7,
              {u"路口缺少红绿灯，事故频发"_s, u"学校门口车辆乱停影响学生安全"_s,
               u"道路转弯处视线遮挡存在安全隐患"_s},
              {u"该路口车流量大，近{n}个月发生多起交通事故，群众要求增设信号灯"_s,
               u"上下学时段家长车辆乱停乱放，学生通行存在安全隐患"_s,
               u"道路转弯处绿化树木遮挡视线，夜间无照明"_s}},
             {u"0203"_s, 5,
              {u"老旧房屋墙体开裂存在倒塌风险"_s, u"无人居住危房临街存在安全隐患"_s},
              {u"房屋建于上世纪七十年代，外墙出现多处裂缝，雨季有倒塌风险"_s,
               u"临街危房长期无人居住，屋顶瓦片松动，时有掉落"_s}},
             {u"0204"_s, 6,
              {u"餐馆液化气钢瓶违规存放"_s, u"小区燃气管道锈蚀疑似漏气"_s},
              {u"餐馆后厨存放液化气钢瓶{n}只，未设置独立气瓶间"_s,
               u"楼道燃气管道锈蚀严重，居民闻到明显异味"_s}},
         }},
        {u"03"_s, false,
         {u"已安排环卫人员清理完毕，并加强日常保洁"_s, u"已责令责任单位整改，现场复查达标"_s,
          u"已联合生态环境部门执法检查，依法立案查处"_s, u"已约谈经营者，安装净化设施并承诺规范经营"_s},
         {
             {u"0301"_s, 12,
              {u"村口垃圾堆放多日无人清运"_s, u"河道漂浮垃圾影响环境"_s, u"建筑垃圾乱倒乱堆"_s},
              {u"村口垃圾收集点垃圾已堆放{n}天无人清运，异味较大"_s,
               u"河道内漂浮大量生活垃圾，影响周边居民生活"_s, u"有人夜间在路边倾倒建筑垃圾，堆放面积较大"_s}},
             {u"0302"_s, 7,
              {u"养殖场污水直排河道"_s, u"小区化粪池满溢污水横流"_s, u"企业夜间偷排废水"_s},
              {u"养殖场未建设污水处理设施，污水直接排入河道，河水发黑发臭"_s,
               u"小区化粪池长期未清掏，污水外溢到道路上"_s, u"附近企业疑似夜间偷排废水，河面出现大量泡沫"_s}},
             {u"0303"_s, 12,
              {u"工地夜间施工噪音扰民"_s, u"广场舞音响音量过大影响休息"_s, u"商铺高音喇叭招揽顾客噪音扰民"_s},
              {u"附近工地连续{n}晚在夜间十点后施工，噪音严重影响居民休息"_s,
               u"广场舞音响音量过大，持续到晚上九点以后，周边居民无法休息"_s,
               u"沿街商铺使用高音喇叭循环播放促销广告，噪音扰民"_s}},
             {u"0304"_s, 6,
              {u"楼下餐馆油烟直排影响居民生活"_s, u"露天烧烤油烟扰民"_s},
              {u"楼下餐馆未安装油烟净化设施，油烟直排进入居民家中"_s,
               u"夜市露天烧烤摊油烟弥漫，经营至凌晨，影响周边居民"_s}},
         }},
        {u"04"_s, false,
         {u"已责令当事人限期拆除违建，现场复查已拆除"_s, u"已协调施工单位完成修复，恢复正常使用"_s,
          u"已报请相关部门维修，现已修复"_s, u"已组织物业与业主现场协商，完成维修并回访"_s},
         {
             {u"0401"_s, 10,
              {u"楼顶违章搭建阳光房"_s, u"村民未批先建占用耕地"_s, u"沿街店铺违规搭建雨棚"_s},
              {u"顶楼住户在楼顶违章搭建阳光房约{n}0平方米，存在安全隐患"_s,
               u"村民未经审批在承包耕地上建房，已建至二层"_s, u"沿街店铺违规外扩搭建雨棚，占用人行道"_s}},
             {u"0402"_s, 8,
              {u"村道路面破损坑洼不平"_s, u"人行道地砖松动"_s, u"桥梁护栏损坏"_s},
              {u"村道路面破损严重，坑洼积水，车辆和行人通行困难"_s,
               u"人行道地砖松动翘起，已有{n}名老人在此摔倒"_s,
               u"桥梁护栏被车辆撞坏，至今未修复，存在安全隐患"_s}},
             {u"0403"_s, 6,
              {u"路灯损坏多日未修，夜间出行不便"_s, u"小区路灯不亮存在安全隐患"_s},
              {u"该路段{n}盏路灯损坏已有一周，夜间一片漆黑"_s,
               u"小区内路灯长期不亮，老人夜间出行容易摔倒"_s}},
             {u"0404"_s, 9,
              {u"楼上漏水严重，多次协商未果"_s, u"自来水管道破裂漏水"_s, u"小区地下管网漏水路面积水"_s},
              {u"楼上住户卫生间防水层老化，导致楼下天花板长期渗水发霉，多次协商未果"_s,
               u"路边自来水管道破裂，大量自来水外流，造成浪费"_s,
               u"小区地下管网漏水，路面长期积水，居民出行不便"_s}},
         }},
        {u"05"_s, false,
         {u"经人社所协调，企业已足额支付拖欠工资"_s, u"已督促用人单位依法补缴社会保险"_s,
          u"已为当事人提供政策解答并协助办理相关手续"_s, u"已引导当事人申请劳动仲裁，并提供法律援助"_s},
         {
             {u"0501"_s, 12,
              {u"拖欠农民工工资{n}个月"_s, u"企业停产拖欠员工工资"_s, u"包工头拖欠装修工人工资"_s},
              {u"某建筑工地已拖欠农民工工资{n}个月，涉及二十余人，金额较大"_s,
               u"企业停产后拖欠员工{n}个月工资，员工情绪激动"_s,
               u"包工头拖欠装修工人工资后失联，工人多次讨要无果"_s}},
             {u"0502"_s, 5,
              {u"单位未依法缴纳社会保险"_s, u"养老保险转移接续办理困难"_s},
              {u"员工入职{n}年，单位一直未为其缴纳社会保险"_s,
               u"外地务工返乡人员养老保险关系转移接续办理困难"_s}},
         }},
        {u"06"_s, false,
         {u"已现场检查，责令商户整改并依法处罚"_s, u"已下架问题商品，对经营者进行约谈"_s,
          u"已督促商户退还多收费用，消费者表示满意"_s, u"已立案调查，涉案商品已查封"_s},
         {
             {u"0601"_s, 6,
              {u"学校周边小卖部销售过期食品"_s, u"餐馆后厨卫生条件差"_s},
              {u"学校周边小卖部销售过期{n}天的零食，学生食用后腹痛"_s,
               u"餐馆后厨脏乱，食材生熟混放，存在食品安全隐患"_s}},
             {u"0602"_s, 4,
              {u"超市标价与结算价格不一致"_s, u"节假日商户哄抬物价"_s},
              {u"超市货架标价与收银结算价格不一致，多收费用"_s,
               u"节假日期间部分商户哄抬物价，价格上涨{n}成以上"_s}},
             {u"0603"_s, 3,
              {u"农资店销售假冒化肥种子"_s, u"店铺销售假冒品牌家电"_s},
              {u"村民购买的种子发芽率极低，怀疑农资店销售假冒种子"_s,
               u"在本地店铺购买的家电疑似假冒品牌，商家拒绝退换"_s}},
         }},
        {u"07"_s, false,
         {u"民警已到场处置，依法调查处理"_s, u"已加强该区域巡逻防控，治安状况好转"_s,
          u"已对当事人开展反诈宣传，协助止付部分资金"_s, u"已联合村社开展排查整治，消除治安隐患"_s},
         {
             {u"0701"_s, 6,
              {u"出租房人员复杂存在治安隐患"_s, u"夜间有人聚集酗酒滋事"_s},
              {u"该出租房人员流动频繁，常有陌生人深夜出入"_s,
               u"每晚有{n}名青年在路边聚集酗酒，大声喧哗，影响居民安全"_s}},
             {u"0702"_s, 4,
              {u"老人接到冒充公检法诈骗电话"_s, u"网络刷单被骗{n}万元"_s},
              {u"老人接到自称公安机关的电话，要求转账到“安全账户”"_s,
               u"当事人参与网络刷单返利，被骗{n}万元"_s}},
             {u"0703"_s, 3,
              {u"棋牌室疑似聚众赌博"_s, u"出租房内疑似开设赌场"_s},
              {u"棋牌室每晚聚集大量人员，疑似聚众赌博"_s,
               u"群众举报有人在出租房内开设赌场，每晚有{n}十人出入"_s}},
         }},
        {u"08"_s, false,
         {u"已为当事人详细解答政策，并协助办理"_s, u"已协调相关部门落实救助，当事人表示满意"_s,
          u"已联系供水供电单位完成抢修"_s, u"已纳入民生实事项目统筹解决，并向当事人答复"_s},
         {
             {u"0801"_s, 5,
              {u"困难家庭申请低保救助"_s, u"残疾人补贴未按时发放"_s},
              {u"家中{n}口人，主要劳动力因病丧失劳动能力，生活困难，申请低保"_s,
               u"残疾人两项补贴已{n}个月未到账"_s}},
             {u"0802"_s, 5,
              {u"村里自来水经常停水"_s, u"用电电压不稳家电无法使用"_s},
              {u"近期自来水每天停水{n}小时以上，影响生活"_s, u"傍晚用电高峰电压不稳，家电无法正常使用"_s}},
             {u"0803"_s, 4,
              {u"咨询城乡居民医保缴费政策"_s, u"咨询老旧小区改造政策"_s},
              {u"群众咨询城乡居民医保缴费标准和缴费渠道"_s, u"居民咨询老旧小区改造的范围、资金和时间安排"_s}},
         }},
        {u"09"_s, false,
         {u"已组织人员疏通渠道，恢复灌溉"_s, u"已现场查看并制定整治方案，隐患已排除"_s,
          u"已加快审批流程，并向当事人答复办理进度"_s, u"已协调农技人员上门指导"_s},
         {
             {u"0901"_s, 4,
              {u"农田灌溉渠道堵塞影响春耕"_s, u"山塘堤坝渗漏存在隐患"_s},
              {u"灌溉渠道淤塞约{n}00米，下游农田无法灌溉"_s, u"山塘堤坝出现渗漏，汛期存在安全隐患"_s}},
             {u"0902"_s, 3,
              {u"宅基地建房审批进度慢"_s, u"农房翻建手续咨询"_s},
              {u"村民提交宅基地建房申请已{n}个月，至今未获审批"_s, u"村民咨询危旧农房翻建需要办理的手续"_s}},
         }},
    };
    return texts;
}
// clang-format on

const QStringList &departmentNames()
{
    static const QStringList names = StandardCategories::departmentNames();
    return names;
}

struct DemoAccount
{
    QString login;
    Roles roles;
    QString department;
    bool admin = false;
};

const QList<DemoAccount> &demoAccounts()
{
    static const QList<DemoAccount> accounts = {
        {u"admin"_s, Role::Admin, {}, true},
        {u"reception1"_s, Role::Reception, {}},
        {u"reception2"_s, Role::Reception, {}},
        {u"duty1"_s, Role::DutyOfficer, {}},
        {u"duty2"_s, Role::DutyOfficer, {}},
        {u"leader1"_s, Role::Leader, {}},
        {u"handler1"_s, Role::DepartmentHandler, u"司法所"_s},
        {u"handler2"_s, Role::DepartmentHandler, u"派出所"_s},
        {u"handler3"_s, Role::DepartmentHandler, u"城管中队"_s},
        {u"handler4"_s, Role::DepartmentHandler, u"市场监管所"_s},
        {u"handler5"_s, Role::DepartmentHandler, u"人社所"_s},
    };
    return accounts;
}

QString sourceOpening(CaseSource source)
{
    switch (source) {
    case CaseSource::GridReport:
        return u"网格员巡查发现"_s;
    case CaseSource::Visit:
        return u"群众来访反映"_s;
    case CaseSource::Phone:
        return u"群众来电反映"_s;
    case CaseSource::Hotline12345:
        return u"12345热线转办，群众反映"_s;
    case CaseSource::Letter:
        return u"群众来信反映"_s;
    case CaseSource::Online:
        return u"群众网上反映"_s;
    case CaseSource::VideoPatrol:
        return u"视频巡查发现"_s;
    case CaseSource::DepartmentReferral:
        return u"相关部门移交"_s;
    }
    return {};
}

const QStringList &caseRequests()
{
    static const QStringList texts = {u"请求尽快协调处理"_s, u"希望相关部门尽快处理"_s,
                                      u"请求上门核实并依法处理"_s, u"希望给予答复"_s, u"请求帮助解决"_s};
    return texts;
}

const QStringList &declineReasons()
{
    static const QStringList texts = {
        u"不属于本中心受理范围，已告知当事人向有权机关反映"_s, u"反映事项已在办理中，属重复反映"_s,
        u"诉求缺乏事实依据，已向当事人解释说明"_s, u"属于民事合同纠纷，已告知依法向人民法院起诉"_s};
    return texts;
}

// Two-character place names, unique within the county ("上溪", "石桥" ...).
QStringList placeNames()
{
    const QString first = u"上下东西南北前后大小新石竹梅桃柳杨松枫青白金龙凤双长永黄陈王"_s;
    const QString second = u"溪湖塘山岭桥坞畈湾港岙田园坪庄林源口头沙"_s;
    QStringList names;
    for (QChar a : first)
        for (QChar b : second)
            names.append(QString(a) + b);
    return names;
}

QString townshipNameAt(int index, bool street)
{
    static const QStringList streets = {u"城南"_s, u"城北"_s, u"城东"_s, u"城西"_s, u"江滨"_s,
                                        u"永宁"_s, u"金城"_s, u"凤鸣"_s, u"文昌"_s, u"锦湖"_s};
    static const QStringList towns = {u"青石"_s, u"枫桥"_s, u"白云"_s, u"临溪"_s, u"龙泉"_s,
                                      u"桃源"_s, u"柳岸"_s, u"金沙"_s, u"松林"_s, u"清河"_s,
                                      u"石门"_s, u"鹤溪"_s, u"梅岭"_s, u"双峰"_s, u"长乐"_s,
                                      u"平湖"_s, u"云岭"_s, u"安仁"_s, u"大溪"_s, u"望江"_s};
    // Every fourth township is a street office (街道); among towns every third is a 乡.
    const int streetIndex = index / 4;
    const int townIndex = index - streetIndex - (index % 4 > 2 ? 1 : 0);
    const QStringList &pool = street ? streets : towns;
    const int i = street ? streetIndex : townIndex;
    QString name = pool.at(i % pool.size());
    if (i >= pool.size())
        name += QString::number(i / pool.size() + 1);
    return name + (street ? u"街道"_s : (townIndex % 3 == 2 ? u"乡"_s : u"镇"_s));
}

const QString &surnames()
{
    static const QString chars =
        u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
        "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺"
        "顾毛郝龚邵万钱严武戴莫孔向汤"_s;
    return chars;
}

const QString &maleGivenChars()
{
    static const QString chars =
        u"伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林建国志海东兵文峰成新春荣"_s;
    return chars;
}

const QString &femaleGivenChars()
{
    static const QString chars =
        u"芳娜敏静丽艳娟霞秀英华玲桂兰萍红梅琳燕雪颖倩婷慧莉琴云洁晶月凤彩霞佳欣怡"_s;
    return chars;
}

const QList<QString> &mobilePrefixes()
{
    static const QList<QString> prefixes = {
        u"130"_s, u"131"_s, u"132"_s, u"133"_s, u"134"_s, u"135"_s, u"136"_s, u"137"_s, u"138"_s, u"139"_s,
        u"150"_s, u"151"_s, u"152"_s, u"153"_s, u"155"_s, u"156"_s, u"157"_s, u"158"_s, u"159"_s, u"166"_s,
        u"177"_s, u"180"_s, u"181"_s, u"182"_s, u"183"_s, u"186"_s, u"187"_s, u"188"_s, u"189"_s, u"199"_s};
    return prefixes;
}

// Resident ID region prefixes of people from elsewhere (real GB/T 2260 county codes).
const QList<QString> &otherRegionCodes()
{
    static const QList<QString> codes = {
        u"330102"_s, u"330106"_s, u"330110"_s, u"330203"_s, u"330281"_s, u"330302"_s, u"330382"_s,
        u"330402"_s, u"330421"_s, u"330502"_s, u"330602"_s, u"330603"_s, u"330683"_s, u"330724"_s,
        u"331002"_s, u"331081"_s, u"340104"_s, u"360102"_s, u"362321"_s, u"410102"_s, u"420111"_s,
        u"430104"_s, u"450103"_s, u"500103"_s, u"510104"_s, u"522101"_s, u"532101"_s};
    return codes;
}

// ---------------------------------------------------------------------------------------------
// Reference data as the case generator sees it.

struct TownshipRef
{
    qint64 id = 0;
    QString code;
    QHash<QString, qint64> departmentsByName;
    QList<qint64> departmentIds;
    QList<int> places; // indexes into Reference::places
};

// Where cases happen: a grid (or a village or township when the tree has no grids).
struct PlaceRef
{
    qint64 id = 0;
    QString path;
    QString villageName;
    int township = 0; // index into Reference::townships
    QList<qint64> workerIds;
    QList<QString> workerNames;
    double latitude = 0;
    double longitude = 0;
    double spread = 0.01; // degrees: how far the place's cases scatter around it
    bool located = false; // latitude/longitude from the grid's boundary
};

struct CategoryRef
{
    qint64 id = 0;
    const CategoryText *text = nullptr; // null for categories the demo did not create
    QString name;
    QString departmentName;
    int days = 15;
    bool working = true;
    bool dispute = false;
    const QStringList *results = nullptr;
};

struct UserRef
{
    qint64 id = 0;
    QString name;
};

struct Reference
{
    QString countyCode = u"330681"_s;
    QList<TownshipRef> townships;
    QList<PlaceRef> places;
    Weights townshipWeights;
    QList<CategoryRef> categories;
    Weights categoryWeights;
    QList<UserRef> reception, duty, leaders, handlers;
    QHash<QString, UserRef> handlerByDepartment;
};

struct Person
{
    QString name;
    QString residentId;
    QString phone;
};

QString padded(qint64 n, int width)
{
    return QString::number(n).rightJustified(width, u'0');
}

QString personName(Rng &rng, bool male)
{
    static const Weights surnameWeights = [] {
        QList<int> w;
        for (int i = 0; i < int(surnames().size()); ++i)
            w.append(10000 / (i + 8));
        return Weights(w);
    }();
    const QString &pool = male ? maleGivenChars() : femaleGivenChars();
    QString name = surnames().at(surnameWeights.pick(rng));
    name += pool.at(rng.below(int(pool.size())));
    if (!rng.chance(0.35))
        name += pool.at(rng.below(int(pool.size())));
    return name;
}

QString mobile(Rng &rng)
{
    const QString prefix = rng.pick(mobilePrefixes());
    return prefix + rng.digits(8);
}

QString residentId(Rng &rng, const QString &localRegion, bool male)
{
    static const QDate first(1940, 1, 1);
    static const int span = int(first.daysTo(QDate(2005, 12, 31))) + 1;
    const QString region = rng.chance(0.7) ? localRegion : rng.pick(otherRegionCodes());
    const int seq = rng.between(0, 499) * 2 + (male ? 1 : 0);
    const QString first17 = region + first.addDays(rng.below(span)).toString(u"yyyyMMdd"_s) + padded(seq, 3);
    return first17 + Validators::residentIdCheckChar(first17);
}

Person randomPerson(Rng &rng, const QString &localRegion)
{
    const bool male = rng.chance(0.55);
    return Person{personName(rng, male), residentId(rng, localRegion, male), mobile(rng)};
}

qint64 nextId(const Database &db, const QString &table)
{
    return Query(db, u"SELECT COALESCE(MAX(id), 0) + 1 FROM "_s + table).scalar().toLongLong();
}

qint64 count(const Database &db, const QString &table)
{
    return Query(db, u"SELECT COUNT(*) FROM "_s + table).scalar().toLongLong();
}

// A null QString binds SQL NULL: columns declared NOT NULL DEFAULT '' need a non-null empty one.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : nullId();
}

// PostgreSQL: rows written with explicit ids leave the identity sequences behind; move them on.
void syncIdentities(const Database &db, const QStringList &tables)
{
    for (const QString &table : tables)
        Query::run(db, u"SELECT setval(pg_get_serial_sequence('%1', 'id'), MAX(id)) FROM %1"_s.arg(table));
}

// Appends one element of a PostgreSQL array literal.
void appendArrayElement(QString &out, const QVariant &value)
{
    if (value.isNull()) {
        out += u"NULL"_s;
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        out += value.toBool() ? u't' : u'f';
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
        out += QString::number(value.toLongLong());
        return;
    case QMetaType::Double:
        out += QString::number(value.toDouble(), 'g', 17);
        return;
    default:
        break;
    }
    const QString text = value.toString();
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    out += u'"';
}

// Buffers rows and writes them in batches through one reused prepared statement. SQLite gets
// multi-row INSERT ... VALUES (its compiler handles a few thousand placeholders well); PostgreSQL
// gets one array per column and INSERT ... SELECT FROM unnest(...), which parses far less per row
// than a long VALUES list.
class BatchWriter
{
public:
    BatchWriter(const Database &db, QString table, QStringList columns)
        : m_db(db), m_table(std::move(table)), m_columns(std::move(columns)), m_arrays(db.isPostgres()),
          m_rowsPerStatement(m_arrays ? kPostgresRowsPerStatement
                                      : std::max(1, kSqliteMaxParameters / int(m_columns.size())))
    {
        if (m_arrays) {
            Query q(m_db, u"SELECT column_name, data_type FROM information_schema.columns "
                          "WHERE table_schema = current_schema() AND table_name = ?"_s);
            q.bind(m_table);
            QHash<QString, QString> types;
            for (q.exec(); q.next();)
                types.insert(q.text(0), q.text(1));
            for (const QString &column : m_columns)
                m_arrayTypes.append(types.value(column, u"text"_s) + u"[]"_s);
        }
        m_values.reserve(size_t(m_rowsPerStatement) * 2 * size_t(m_columns.size()));
    }

    template <typename... Args> void row(Args &&...values)
    {
        Q_ASSERT(sizeof...(Args) == size_t(m_columns.size()));
        (m_values.emplace_back(std::forward<Args>(values)), ...);
    }

    int rowsPerStatement() const { return m_rowsPerStatement; }

    // Writes every full statement's worth of rows; with `all`, the remainder as well.
    void flush(bool all)
    {
        const size_t width = size_t(m_columns.size());
        const size_t rows = m_values.size() / width;
        size_t done = 0;
        while (rows - done >= size_t(m_rowsPerStatement)) {
            if (!m_full)
                m_full = std::make_unique<Query>(m_db, insertSql(m_rowsPerStatement));
            exec(*m_full, done, size_t(m_rowsPerStatement));
            done += size_t(m_rowsPerStatement);
        }
        if (all && rows > done) {
            if (m_arrays) { // the statement does not depend on the row count
                if (!m_full)
                    m_full = std::make_unique<Query>(m_db, insertSql(0));
                exec(*m_full, done, rows - done);
            } else {
                Query tail(m_db, insertSql(int(rows - done)));
                exec(tail, done, rows - done);
            }
            done = rows;
        }
        m_values.erase(m_values.begin(), m_values.begin() + qsizetype(done * width));
    }

private:
    QString insertSql(int rows) const
    {
        QString sql = u"INSERT INTO %1 (%2) "_s.arg(m_table, m_columns.join(u", "_s));
        if (m_arrays) {
            QStringList args;
            for (const QString &type : m_arrayTypes)
                args.append(u"?::"_s + type);
            return sql + u"SELECT * FROM unnest(%1)"_s.arg(args.join(u", "_s));
        }
        QString one = u"("_s;
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            one += i == 0 ? u"?"_s : u",?"_s;
        one += u')';
        sql += u"VALUES "_s;
        sql.reserve(sql.size() + rows * (one.size() + 1));
        for (int r = 0; r < rows; ++r) {
            if (r > 0)
                sql += u',';
            sql += one;
        }
        return sql;
    }

    void exec(Query &query, size_t firstRow, size_t rows)
    {
        const size_t width = size_t(m_columns.size());
        QSqlQuery &raw = query.raw();
        if (m_arrays) {
            for (size_t c = 0; c < width; ++c) {
                QString array = u"{"_s;
                for (size_t r = 0; r < rows; ++r) {
                    if (r > 0)
                        array += u',';
                    appendArrayElement(array, m_values[(firstRow + r) * width + c]);
                }
                array += u'}';
                raw.bindValue(int(c), array);
            }
        } else {
            for (size_t i = 0; i < rows * width; ++i)
                raw.bindValue(int(i), m_values[firstRow * width + i]);
        }
        query.exec();
    }

    const Database &m_db;
    QString m_table;
    QStringList m_columns;
    bool m_arrays;
    int m_rowsPerStatement;
    QStringList m_arrayTypes;
    std::vector<QVariant> m_values;
    std::unique_ptr<Query> m_full;
};

// ---------------------------------------------------------------------------------------------
// Reference data: created once, read back on every run.

// The demo county on the map: townships on a lattice around the county seat, each township's villages
// on a lattice inside its square, each village's grids inside the village's: rectangles that tile
// without overlapping, so the hotspot map has real polygons to shade. Cell `index` of `count` in a
// square of `size` degrees whose south-west corner is (south, west).
struct GeoCell
{
    double south = 0, west = 0, size = 0;

    GeoCell child(int index, int count) const
    {
        const int columns = std::max(1, int(std::ceil(std::sqrt(double(count)))));
        const double step = size / columns;
        return GeoCell{south + (index / columns) * step, west + (index % columns) * step, step};
    }
    // The grid's boundary: the cell less a thin margin, as a GeoJSON Polygon (longitude, latitude).
    QString polygon() const
    {
        const double m = size * 0.03;
        const auto at = [](double lon, double lat) {
            return u"[%1,%2]"_s.arg(QString::number(lon, 'f', 6), QString::number(lat, 'f', 6));
        };
        const double s = south + m, w = west + m, n = south + size - m, e = west + size - m;
        return u"{\"type\":\"Polygon\",\"coordinates\":[[%1,%2,%3,%4,%1]]}"_s.arg(at(w, s), at(e, s),
                                                                                  at(e, n), at(w, n));
    }
};

// `today`: the demo's today; workers took up their posts (and a few moved grids) before it.
void createOrgTree(const Database &db, Rng &rng, const DemoOptions &options, QDate today)
{
    const QString countyCode = u"330681"_s;
    qint64 unitId = nextId(db, u"org_units"_s);
    qint64 departmentId = nextId(db, u"departments"_s);
    qint64 workerId = nextId(db, u"workers"_s);
    BatchWriter units(
        db, u"org_units"_s,
        {u"id"_s, u"parent_id"_s, u"code"_s, u"name"_s, u"level"_s, u"township_id"_s, u"path"_s});
    BatchWriter grids(db, u"grids"_s,
                      {u"org_unit_id"_s, u"grid_type"_s, u"households"_s, u"boundary_geojson"_s});
    // The county seat (29.71 N, 120.24 E) in the middle of the townships' lattice, 0.05° a township.
    const int countyColumns = std::max(1, int(std::ceil(std::sqrt(double(options.townships)))));
    const GeoCell countyCell{29.71 - countyColumns * 0.025, 120.24 - countyColumns * 0.025,
                             countyColumns * 0.05};
    BatchWriter departments(db, u"departments"_s, {u"id"_s, u"org_unit_id"_s, u"name"_s, u"active"_s});
    BatchWriter workers(db, u"workers"_s,
                        {u"id"_s, u"org_unit_id"_s, u"code"_s, u"name"_s, u"employment"_s, u"phone"_s,
                         u"resident_id"_s, u"in_post_date"_s, u"is_grid_head"_s, u"active"_s});
    BatchWriter workerGrids(db, u"worker_grids"_s,
                            {u"worker_id"_s, u"grid_id"_s, u"from_date"_s, u"to_date"_s, u"is_head"_s});
    // The workers' own details come from a generator of their own: the tree, the accounts and the
    // cases stay what they were for a seed.
    Rng workerRng(options.seed ^ 0x9e3779b9u);
    const QVariant open(QMetaType::fromType<QString>()); // to_date NULL: the current assignment

    const qint64 countyId = unitId++;
    const QString countyPath = u"/%1/"_s.arg(countyId);
    units.row(countyId, nullId(), countyCode, u"安澜县"_s, 1, nullId(), countyPath);

    QStringList villageNames = placeNames();
    for (int i = int(villageNames.size()) - 1; i > 0; --i) // deterministic shuffle
        villageNames.swapItemsAt(i, rng.below(i + 1));
    int villageCounter = 0;

    for (int t = 0; t < options.townships; ++t) {
        const bool street = t % 4 == 2;
        const QString townshipName = townshipNameAt(t, street);
        const qint64 townshipId = unitId++;
        const QString townshipCode = countyCode + padded(t + 1, 3);
        const QString townshipPath = countyPath + QString::number(townshipId) + u'/';
        units.row(townshipId, countyId, townshipCode, townshipName, 2, townshipId, townshipPath);
        int workerNumber = 0;
        for (const QString &department : departmentNames())
            departments.row(departmentId++, townshipId, department, true);

        for (int v = 0; v < options.villagesPerTownship; ++v) {
            const qint64 firstGridId = unitId + 1; // the village's grids follow it
            QString base = villageNames.at(villageCounter % villageNames.size());
            if (villageCounter >= villageNames.size())
                base += QString::number(villageCounter / villageNames.size() + 1);
            ++villageCounter;
            const bool community = street || v == 0;
            const QString villageName = base + (community ? u"社区"_s : u"村"_s);
            const qint64 villageId = unitId++;
            const QString villageCode = townshipCode + padded(v + 1, 3);
            const QString villagePath = townshipPath + QString::number(villageId) + u'/';
            units.row(villageId, townshipId, villageCode, villageName, 3, townshipId, villagePath);

            for (int g = 0; g < options.gridsPerVillage; ++g) {
                const qint64 gridId = unitId++;
                units.row(gridId, villageId, villageCode + padded(g + 1, 3), u"第%1网格"_s.arg(g + 1), 4,
                          townshipId, villagePath + QString::number(gridId) + u'/');
                GridType type = GridType::Rural;
                if (community) {
                    const int r = rng.below(100);
                    type = r < 50 ? GridType::Building : r < 85 ? GridType::Street : GridType::Unit;
                }
                const int households =
                    type == GridType::Rural ? rng.between(100, 300) : rng.between(200, 500);
                const GeoCell gridCell = countyCell.child(t, options.townships)
                                             .child(v, options.villagesPerTownship)
                                             .child(g, options.gridsPerVillage);
                grids.row(gridId, code(type), households, gridCell.polygon());
                const int workerCount = rng.chance(0.5) ? 2 : 1;
                for (int w = 0; w < workerCount; ++w) {
                    const bool male = rng.chance(0.5);
                    const QString name = personName(rng, male);
                    const QString phone = mobile(rng);
                    // In post for two months to six years; one in twelve came from another grid of
                    // the village, a few of them this month or last (the assessment's mid-month moves).
                    const QDate inPost = today.addDays(-workerRng.between(60, 6 * 365));
                    QDate onThisGrid = inPost;
                    if (options.gridsPerVillage > 1 && workerRng.chance(1.0 / 12)) {
                        const int recent = workerRng.chance(0.3)
                                               ? workerRng.between(5, 50)
                                               : workerRng.between(51, int(inPost.daysTo(today)) - 5);
                        onThisGrid = today.addDays(-recent);
                        qint64 previousGrid = firstGridId + workerRng.below(options.gridsPerVillage - 1);
                        if (previousGrid >= gridId)
                            ++previousGrid; // any other grid of the village
                        workerGrids.row(workerId, previousGrid, inPost.toString(Qt::ISODate),
                                        onThisGrid.addDays(-1).toString(Qt::ISODate), false);
                    }
                    workerGrids.row(workerId, gridId, onThisGrid.toString(Qt::ISODate), open, w == 0);
                    workers.row(workerId++, gridId, townshipCode + u'W' + padded(++workerNumber, 4), name,
                                workerRng.chance(0.75) ? u"full_time"_s : u"part_time"_s, phone,
                                residentId(workerRng, countyCode, male), inPost.toString(Qt::ISODate), w == 0,
                                true);
                }
            }
        }
    }
    units.flush(true);
    grids.flush(true);
    departments.flush(true);
    workers.flush(true);
    workerGrids.flush(true);
}

void createUsers(const Database &db, Rng &rng, qint64 createdAt)
{
    qint64 countyId = 0, townshipId = 0;
    {
        Query q(db, u"SELECT id, level FROM org_units WHERE level IN (1, 2) ORDER BY level, id"_s);
        for (q.exec(); q.next();) {
            if (q.integer(1) == 1 && countyId == 0)
                countyId = q.int64(0);
            if (q.integer(1) == 2 && townshipId == 0)
                townshipId = q.int64(0);
        }
    }
    if (townshipId == 0)
        return;
    if (countyId == 0)
        countyId = townshipId;
    QHash<QString, qint64> departments;
    {
        Query q(db, u"SELECT id, name FROM departments WHERE org_unit_id = ?"_s);
        q.bind(townshipId);
        for (q.exec(); q.next();)
            departments.insert(q.text(1), q.int64(0));
    }
    Query exists(db, u"SELECT COUNT(*) FROM users WHERE login = ?"_s);
    Query insert(db,
                 u"INSERT INTO users (login, display_name, roles, org_unit_id, department_id, password_hash, "
                 "active, created_at) VALUES (?, ?, ?, ?, ?, '', ?, ?)"_s);
    for (const DemoAccount &account : demoAccounts()) {
        const QString name =
            personName(rng, rng.chance(0.5)); // drawn even when skipped: same data either way
        if (exists.bind(account.login).scalar().toLongLong() > 0)
            continue;
        insert.bind(account.login)
            .bind(account.admin ? u"系统管理员"_s : name)
            .bind(rolesToCodes(account.roles))
            .bind(account.admin ? countyId : townshipId)
            .bindId(departments.value(account.department))
            .bind(true)
            .bind(createdAt)
            .exec();
    }
}

Reference loadReference(const Database &db, quint32 seed)
{
    Reference ref;
    QHash<qint64, int> townshipIndex;
    {
        Query q(db, u"SELECT id, code, level FROM org_units WHERE level IN (1, 2) ORDER BY level, id"_s);
        for (q.exec(); q.next();) {
            if (q.integer(2) == 1) {
                const QString c = q.text(1);
                if (c.size() == 6 && Validators::isKnownProvinceCode(QStringView(c).first(2)))
                    ref.countyCode = c;
                continue;
            }
            townshipIndex.insert(q.int64(0), int(ref.townships.size()));
            ref.townships.append(TownshipRef{q.int64(0), q.text(1), {}, {}, {}});
        }
    }
    if (ref.townships.isEmpty())
        throw Error(Error::Kind::Validation,
                    DemoDataGenerator::tr("无法生成演示数据：组织机构中没有乡镇（街道）。"));
    {
        Query q(db, u"SELECT id, org_unit_id, name FROM departments WHERE active = ? ORDER BY id"_s);
        q.bind(true);
        for (q.exec(); q.next();) {
            const int t = townshipIndex.value(q.int64(1), -1);
            if (t < 0)
                continue;
            ref.townships[t].departmentIds.append(q.int64(0));
            ref.townships[t].departmentsByName.insert(q.text(2), q.int64(0));
        }
    }
    // Cases happen in grids; a tree without grids uses its villages, or its townships.
    for (int level = 4; level >= 2 && ref.places.isEmpty(); --level) {
        Query q(db, u"SELECT u.id, u.path, u.township_id, u.name, p.name, u.parent_id, g.boundary_geojson "
                    "FROM org_units u LEFT JOIN org_units p ON p.id = u.parent_id "
                    "LEFT JOIN grids g ON g.org_unit_id = u.id WHERE u.level = ? ORDER BY u.id"_s);
        q.bind(level);
        for (q.exec(); q.next();) {
            const qint64 townshipId = level == 2 ? q.int64(0) : q.int64(2);
            const int t = townshipIndex.value(townshipId, -1);
            if (t < 0)
                continue;
            PlaceRef place;
            place.id = q.int64(0);
            place.path = q.text(1);
            place.villageName = level == 4 ? q.text(4) : q.text(3);
            place.township = t;
            // A grid with a boundary: its cases fall inside it (within 80 % of its width).
            const QString boundary = q.text(6);
            const GeoBoundary::Centre centre = GeoBoundary::centre(boundary);
            if (centre.ok) {
                place.latitude = centre.latitude;
                place.longitude = centre.longitude;
                place.located = true;
                place.spread = std::max(0.0005, (centre.east - centre.west) * 0.8);
            }
            ref.townships[t].places.append(int(ref.places.size()));
            ref.places.append(place);
        }
    }
    {
        QHash<qint64, int> placeIndex;
        for (int i = 0; i < int(ref.places.size()); ++i)
            placeIndex.insert(ref.places[i].id, i);
        Query q(
            db,
            u"SELECT id, org_unit_id, name FROM workers WHERE active = ? ORDER BY is_grid_head DESC, id"_s);
        q.bind(true);
        for (q.exec(); q.next();) {
            const int p = placeIndex.value(q.int64(1), -1);
            if (p >= 0) {
                ref.places[p].workerIds.append(q.int64(0));
                ref.places[p].workerNames.append(q.text(2));
            }
        }
    }
    QList<int> weights;
    for (const TownshipRef &t : ref.townships)
        weights.append(int(t.places.size()));
    ref.townshipWeights = Weights(weights);

    // Map positions for the hotspot map: townships around the county seat, places around them.
    Rng geo(seed ^ 0x9e3779b9u);
    for (TownshipRef &t : ref.townships) {
        const double lat = 29.71 + (geo.real() - 0.5) * 0.3, lng = 120.24 + (geo.real() - 0.5) * 0.3;
        for (int p : t.places) {
            const double placeLat = lat + (geo.real() - 0.5) * 0.06;
            const double placeLng = lng + (geo.real() - 0.5) * 0.06;
            if (!ref.places[p].located) { // a place without a drawn boundary: around its township
                ref.places[p].latitude = placeLat;
                ref.places[p].longitude = placeLng;
            }
        }
    }

    {
        QHash<QString, const CategoryText *> known;
        QHash<QString, const TopCategoryText *> knownTop;
        for (const TopCategoryText &top : categoryTexts()) {
            for (const CategoryText &child : top.children) {
                known.insert(child.code, &child);
                knownTop.insert(child.code, &top);
            }
        }
        QHash<qint64, QString> departmentNames;
        Query d(db, u"SELECT id, name FROM departments"_s);
        for (d.exec(); d.next();)
            departmentNames.insert(d.int64(0), d.text(1));
        Query q(db, u"SELECT id, name, time_limit_days, working_days, default_department_id, parent_id, code "
                    "FROM categories WHERE active = ? ORDER BY id"_s);
        q.bind(true);
        QList<CategoryRef> leaves, all;
        for (q.exec(); q.next();) {
            CategoryRef c;
            c.id = q.int64(0);
            c.name = q.text(1);
            c.days = std::max(1, q.integer(2));
            c.working = q.boolean(3);
            c.departmentName = departmentNames.value(q.int64(4));
            c.text = known.value(q.text(6));
            if (const TopCategoryText *top = knownTop.value(q.text(6))) {
                c.dispute = top->dispute;
                c.results = &top->results;
            }
            all.append(c);
            if (!q.isNull(5))
                leaves.append(c);
        }
        ref.categories = leaves.isEmpty() ? all : leaves;
        QList<int> categoryWeights;
        for (const CategoryRef &c : ref.categories)
            categoryWeights.append(c.text ? c.text->weight : 5);
        ref.categoryWeights = Weights(categoryWeights);
    }
    {
        QHash<qint64, QString> departmentNames;
        Query d(db, u"SELECT id, name FROM departments"_s);
        for (d.exec(); d.next();)
            departmentNames.insert(d.int64(0), d.text(1));
        Query q(db,
                u"SELECT id, display_name, roles, department_id FROM users WHERE active = ? ORDER BY id"_s);
        q.bind(true);
        for (q.exec(); q.next();) {
            const UserRef user{q.int64(0), q.text(1)};
            const Roles roles = rolesFromCodes(q.text(2));
            if (roles.testFlag(Role::Reception))
                ref.reception.append(user);
            if (roles.testFlag(Role::DutyOfficer))
                ref.duty.append(user);
            if (roles.testFlag(Role::Leader))
                ref.leaders.append(user);
            if (roles.testFlag(Role::DepartmentHandler)) {
                ref.handlers.append(user);
                if (!q.isNull(3))
                    ref.handlerByDepartment.insert(departmentNames.value(q.int64(3)), user);
            }
        }
        if (ref.duty.isEmpty())
            ref.duty = ref.leaders.isEmpty() ? ref.reception : ref.leaders;
        if (ref.reception.isEmpty())
            ref.reception = ref.duty;
        if (ref.leaders.isEmpty())
            ref.leaders = ref.duty;
    }
    return ref;
}

// ---------------------------------------------------------------------------------------------
// Cases.

// When cases arrive: over the last three years, more in recent months, fewer at weekends and
// at night. Returns sorted epoch seconds.
std::vector<qint64> receivedTimes(Rng &rng, qint64 count, qint64 now)
{
    const qint64 today = (now + kChinaUtcOffset) / kDay; // local day number
    const qint64 firstDay = today - kHistoryDays + 1;
    QList<int> dayWeights;
    for (int d = 0; d < kHistoryDays; ++d) {
        const int weekday = QDate(1970, 1, 1).addDays(firstDay + d).dayOfWeek();
        const double ramp = 0.4 + 0.6 * d / double(kHistoryDays - 1);
        dayWeights.append(int(1000 * ramp * (weekday >= 6 ? 0.5 : 1.0)));
    }
    const Weights days(dayWeights);
    static const Weights hours(
        QList<int>{1, 1, 1, 1, 1, 1, 2, 3, 8, 12, 12, 10, 5, 6, 11, 11, 10, 7, 4, 4, 3, 3, 2, 1});
    std::vector<qint64> times;
    times.reserve(size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        const qint64 dayStart = (firstDay + days.pick(rng)) * kDay - kChinaUtcOffset;
        const qint64 hour = hours.pick(rng);
        qint64 t = dayStart + hour * kHour + rng.below(int(kHour));
        if (t > now)
            t = dayStart + rng.between64(0, std::max<qint64>(0, now - dayStart));
        times.push_back(t);
    }
    std::sort(times.begin(), times.end());
    return times;
}

int localYear(qint64 t)
{
    return QDate(1970, 1, 1).addDays((t + kChinaUtcOffset) / kDay).year();
}

struct Counter
{
    int lastSeq = 0;
    bool touched = false;
};

// Generates one case at a time into the three writers.
class CaseFactory
{
public:
    CaseFactory(const Reference &ref, Rng &rng, qint64 now, qint64 residents, WorkCalendar calendar)
        : m_ref(ref), m_rng(rng), m_now(now), m_calendar(std::move(calendar))
    {
        m_residents.reserve(qsizetype(residents));
        for (qint64 i = 0; i < residents; ++i)
            m_residents.append(randomPerson(rng, ref.countyCode));
        m_statusCodes = {code(CaseStatus::Reported),   code(CaseStatus::Registered),
                         code(CaseStatus::Declined),   code(CaseStatus::Dispatched),
                         code(CaseStatus::InProgress), code(CaseStatus::Feedback),
                         code(CaseStatus::Verified),   code(CaseStatus::Closed),
                         code(CaseStatus::Archived)}; // indexed by CaseStatus
        m_reporter = code(PartyRole::Reporter);
        m_party = code(PartyRole::Party);
    }

    void generate(qint64 caseId, qint64 receivedAt, QHash<QPair<qint64, int>, Counter> &counters,
                  qint64 &partyId, qint64 &flowId, BatchWriter &cases, BatchWriter &parties,
                  BatchWriter &flows);

private:
    struct Event
    {
        CaseAction action;
        int from; // status index, -1 for none
        int to;
        const UserRef *actor;
        QString actorName;
        qint64 departmentId;
        qint64 workerId;
        int days;
        QString note;
        qint64 at;
    };

    int status(CaseStatus s) const { return int(s); }
    // The deadline CaseService::report() would set for a case received at `receivedAt` (seconds):
    // CaseService::limitDays() on the working calendar, as CaseService::deadlineFor() counts it.
    qint64 deadlineFor(qint64 receivedAt, int limitDays, bool workingDays);
    const UserRef *user(const QList<UserRef> &list) { return list.isEmpty() ? nullptr : &m_rng.pick(list); }
    qint64 delay(qint64 lo, qint64 hi) { return m_rng.between64(lo, hi); }

    const Reference &m_ref;
    Rng &m_rng;
    qint64 m_now;
    WorkCalendar m_calendar;
    // Local dates of received times (by quarter hour: every UTC offset and its changes fall on
    // one) and deadlines by date, limit and day kind: a million cases convert few times.
    qint64 m_lastQuarter = -1;
    QDate m_lastDate;
    QHash<qint64, qint64> m_deadlines;
    QList<Person> m_residents;
    QList<QString> m_statusCodes;
    QString m_reporter, m_party;
    const CodeChoice<CaseSource> m_sources{{CaseSource::GridReport, 34}, {CaseSource::Visit, 15},
                                           {CaseSource::Phone, 11},      {CaseSource::Hotline12345, 21},
                                           {CaseSource::Letter, 2},      {CaseSource::Online, 9},
                                           {CaseSource::VideoPatrol, 4}, {CaseSource::DepartmentReferral, 4}};
    const CodeChoice<CaseNature> m_natures{{CaseNature::Complaint, 35},
                                           {CaseNature::HelpRequest, 25},
                                           {CaseNature::Report, 20},
                                           {CaseNature::Consultation, 12},
                                           {CaseNature::Suggestion, 8}};
    const CodeChoice<Urgency> m_urgencies{{Urgency::Normal, 90}, {Urgency::Urgent, 8}, {Urgency::Major, 2}};
    const CodeChoice<RiskColor> m_risks{
        {RiskColor::Green, 75}, {RiskColor::Yellow, 17}, {RiskColor::Orange, 6}, {RiskColor::Red, 2}};
    const CodeChoice<Satisfaction> m_satisfaction{{Satisfaction::Satisfied, 82},
                                                  {Satisfaction::BasicallySatisfied, 13},
                                                  {Satisfaction::Unsatisfied, 5}};
    const CodeChoice<SuperviseLevel> m_supervise{
        {SuperviseLevel::Normal, 60}, {SuperviseLevel::YellowCard, 30}, {SuperviseLevel::RedCard, 10}};
};

qint64 CaseFactory::deadlineFor(qint64 receivedAt, int limitDays, bool workingDays)
{
    constexpr qint64 quarter = 15 * 60;
    const qint64 bucket = receivedAt >= 0 ? receivedAt / quarter : -1 - (-1 - receivedAt) / quarter;
    if (bucket != m_lastQuarter) {
        m_lastQuarter = bucket;
        m_lastDate = QDateTime::fromSecsSinceEpoch(receivedAt).date();
    }
    const qint64 key = (m_lastDate.toJulianDay() * 1024 + limitDays) * 2 + (workingDays ? 1 : 0);
    if (const auto it = m_deadlines.constFind(key); it != m_deadlines.cend())
        return it.value();
    // WorkCalendar::deadline() keeps only the start's date (the day's end is the deadline).
    const QDateTime start(m_lastDate, QTime(12, 0));
    const qint64 deadline = m_calendar.deadline(start, limitDays, workingDays).toSecsSinceEpoch();
    m_deadlines.insert(key, deadline);
    return deadline;
}

void CaseFactory::generate(qint64 caseId, qint64 receivedAt, QHash<QPair<qint64, int>, Counter> &counters,
                           qint64 &partyId, qint64 &flowId, BatchWriter &cases, BatchWriter &parties,
                           BatchWriter &flows)
{
    const int townshipIndex = m_ref.townshipWeights.pick(m_rng);
    const TownshipRef &township = m_ref.townships.at(townshipIndex);
    const PlaceRef &place = m_ref.places.at(township.places.isEmpty() ? 0 : m_rng.pick(township.places));
    const CategoryRef &category = m_ref.categories.at(m_ref.categoryWeights.pick(m_rng));
    const int source = m_sources.pick(m_rng);
    const CaseSource sourceValue = m_sources.values.at(source);
    const int urgency = m_urgencies.pick(m_rng);
    const Urgency urgencyValue = m_urgencies.values.at(urgency);
    int risk = m_risks.pick(m_rng);
    if (urgencyValue == Urgency::Major)
        risk = std::max(risk, 2);
    else if (urgencyValue == Urgency::Urgent)
        risk = std::max(risk, 1);

    // Number, text, place.
    const int year = localYear(receivedAt);
    Counter &counter = counters[qMakePair(township.id, year)];
    const int seq = ++counter.lastSeq;
    counter.touched = true;
    const QString caseNo = township.code + u'-' + QString::number(year) + u'-' + padded(seq, 6);
    QString title, detail;
    if (category.text) {
        const int i = m_rng.below(int(category.text->titles.size()));
        const QString n = QString::number(m_rng.between(2, 9));
        title = QString(category.text->titles.at(i)).replace(u"{n}"_s, n);
        detail = QString(category.text->details.at(i)).replace(u"{n}"_s, n);
    } else {
        title = category.name + u"问题反映"_s;
        detail = u"群众反映%1相关问题，影响正常生产生活"_s.arg(category.name);
    }
    const QString address = place.villageName + u' ' + QString::number(m_rng.between(1, 199)) + u'号';
    const QString description = sourceOpening(sourceValue) + u"，"_s + detail + u"。地点："_s + address +
                                u"。"_s + m_rng.pick(caseRequests()) + u"。"_s;

    // Time limit: the rule the app applies to a new case (CaseService), holidays included.
    Category rule;
    rule.timeLimitDays = category.days;
    rule.workingDays = category.working;
    const int limitDays = CaseService::limitDays(rule, urgencyValue);
    const bool workingDays = category.working && urgencyValue != Urgency::Major;
    const qint64 deadline = deadlineFor(receivedAt, limitDays, workingDays);
    const qint64 limitSecs = std::max<qint64>(kHour, deadline - receivedAt);

    // Who handles it.
    const qint64 departmentId = [&] {
        if (const qint64 id = township.departmentsByName.value(category.departmentName))
            return id;
        return township.departmentIds.isEmpty() ? qint64(0) : m_rng.pick(township.departmentIds);
    }();
    const qint64 workerId = place.workerIds.isEmpty() ? 0 : place.workerIds.first();
    const QString workerName = place.workerNames.isEmpty() ? u"网格员"_s : place.workerNames.first();
    const auto handlerIt = m_ref.handlerByDepartment.constFind(category.departmentName);
    const UserRef *handler =
        handlerIt != m_ref.handlerByDepartment.cend() ? &handlerIt.value() : user(m_ref.handlers);
    const QString handlerName = handler ? handler->name : category.departmentName + u"经办人"_s;
    const UserRef *reception = user(m_ref.reception);

    // Walk the loop until "now", a stall, or its end. Random draws happen in statements of their
    // own, never two in one argument list (whose evaluation order is unspecified).
    QList<Event> events;
    qint64 t = receivedAt;
    const auto add = [&](CaseAction action, CaseStatus from, CaseStatus to, const UserRef *actor,
                         QString note = {}) -> Event & {
        events.append(Event{action, status(from), status(to), actor, {}, 0, 0, 0, std::move(note), t});
        return events.last();
    };
    const auto step = [&](qint64 lo, qint64 hi) {
        t += delay(lo, hi);
        return t <= m_now && !m_rng.chance(0.004); // a few get stuck at this step: the overdue backlog
    };
    const bool gridReport = sourceValue == CaseSource::GridReport;
    add(CaseAction::Report, CaseStatus::Reported, CaseStatus::Reported, gridReport ? nullptr : reception)
        .from = -1; // the report creates the case: no status before it
    if (gridReport)
        events.last().actorName = workerName;
    bool settled = false, reachedFeedback = false;
    std::optional<int> satisfaction;
    qint64 closedAt = 0;
    const double fate = m_rng.real();
    if (fate < 0.04) { // declined
        if (step(20 * 60, kDay)) {
            const UserRef *actor = user(m_ref.duty);
            add(CaseAction::Decline, CaseStatus::Reported, CaseStatus::Declined, actor,
                m_rng.pick(declineReasons()));
        }
    } else if (gridReport && fate < 0.10) { // settled on the spot by the grid worker
        if (step(30 * 60, 6 * kHour)) {
            settled = true;
            reachedFeedback = true;
            closedAt = t;
            satisfaction = m_satisfaction.pick(m_rng);
            const UserRef *actor = user(m_ref.duty);
            add(CaseAction::SettleOnSpot, CaseStatus::Reported, CaseStatus::Closed, actor,
                category.results ? m_rng.pick(*category.results) : u"已就地化解"_s)
                .workerId = workerId;
        }
    } else if (step(5 * 60, m_rng.chance(0.8) ? 8 * kHour : 2 * kDay)) {
        add(CaseAction::Register, CaseStatus::Reported, CaseStatus::Registered, user(m_ref.duty));
        if (step(10 * 60, m_rng.chance(0.8) ? 6 * kHour : kDay)) {
            Event &dispatch =
                add(CaseAction::Dispatch, CaseStatus::Registered, CaseStatus::Dispatched, user(m_ref.duty),
                    u"请于%1%2内办结并反馈"_s.arg(limitDays).arg(workingDays ? u"个工作日"_s : u"日"_s));
            dispatch.departmentId = departmentId;
            dispatch.workerId = workerId;
            dispatch.days = limitDays;
            if (step(30 * 60, kDay)) {
                add(CaseAction::Sign, CaseStatus::Dispatched, CaseStatus::InProgress, handler).actorName =
                    handlerName;
                const bool onTime = m_rng.chance(0.9);
                const double share = onTime ? 0.05 + 0.8 * m_rng.real() : 1.05 + 0.8 * m_rng.real();
                if (step(kHour, std::max<qint64>(kHour, qint64(limitSecs * share)))) {
                    reachedFeedback = true;
                    add(CaseAction::SubmitFeedback, CaseStatus::InProgress, CaseStatus::Feedback, handler,
                        category.results ? m_rng.pick(*category.results) : u"已按要求处理完毕"_s)
                        .actorName = handlerName;
                    if (step(2 * kHour, 3 * kDay)) {
                        closedAt = t;
                        satisfaction = m_satisfaction.pick(m_rng);
                        const UserRef *actor = user(m_rng.chance(0.7) ? m_ref.duty : m_ref.leaders);
                        add(CaseAction::Close, CaseStatus::Feedback, CaseStatus::Closed, actor,
                            u"回访：群众表示"_s + label(m_satisfaction.values.at(*satisfaction)));
                    }
                }
            }
        }
    }
    if (closedAt > 0 && m_rng.chance(0.85)) {
        t += delay(kDay, 20 * kDay);
        if (t <= m_now)
            add(CaseAction::Archive, CaseStatus::Closed, CaseStatus::Archived,
                user(m_rng.chance(0.8) ? m_ref.duty : m_ref.leaders));
    }
    const CaseStatus finalValue = CaseStatus(events.last().to);
    int supervise = -1; // index into m_supervise, -1 for none
    const bool open = finalValue == CaseStatus::Registered || finalValue == CaseStatus::Dispatched ||
                      finalValue == CaseStatus::InProgress || finalValue == CaseStatus::Feedback;
    if (open && m_now > deadline && m_rng.chance(0.6)) {
        const qint64 at = std::max(events.last().at, deadline) + delay(kHour, 3 * kDay);
        if (at <= m_now) {
            supervise = m_supervise.pick(m_rng);
            t = at;
            const UserRef *actor = user(m_ref.leaders);
            add(CaseAction::Supervise, finalValue, finalValue, actor,
                label(m_supervise.values.at(supervise)) + u"：请加快办理进度，按期办结"_s);
        }
    }
    const bool assigned = finalValue != CaseStatus::Reported && finalValue != CaseStatus::Registered &&
                          finalValue != CaseStatus::Declined;
    const qint64 createdBy = reception ? reception->id : 0;

    // Draws in a fixed order (the order of function arguments is unspecified).
    const QString lookupCode = m_rng.digits(6);
    const int nature = m_natures.pick(m_rng);
    const double latitude = place.latitude + (m_rng.real() - 0.5) * place.spread;
    const double longitude = place.longitude + (m_rng.real() - 0.5) * place.spread;
    const QVariant disputeSettled = category.dispute && reachedFeedback
                                        ? QVariant(m_rng.chance(0.9))
                                        : QVariant(QMetaType::fromType<bool>());
    cases.row(caseId, caseNo, township.id, year, seq, lookupCode, title, description,
              m_sources.codes.at(source), m_natures.codes.at(nature), idOrNull(category.id), place.id,
              place.path, address, latitude, longitude, m_urgencies.codes.at(urgency), m_risks.codes.at(risk),
              m_statusCodes.at(status(finalValue)), township.id,
              assigned && !settled ? idOrNull(departmentId) : nullId(),
              assigned ? idOrNull(workerId) : nullId(), receivedAt, deadline, workingDays,
              closedAt > 0 ? QVariant(closedAt) : nullId(),
              supervise >= 0 ? m_supervise.codes.at(supervise) : code(SuperviseLevel::None),
              satisfaction ? QVariant(m_satisfaction.codes.at(*satisfaction))
                           : QVariant(QMetaType::fromType<QString>()),
              disputeSettled, idOrNull(createdBy), events.last().at);

    // Parties: the reporter (a regular, a newcomer or anonymous), sometimes the other side.
    const double who = m_rng.real();
    if (who < 0.08) {
        parties.row(partyId++, caseId, m_reporter, text({}), text({}), text({}), true);
    } else {
        Person person;
        if (who < 0.30 && !m_residents.isEmpty()) // repeat petitioners: a few people come back often
            person = m_residents.at(int(m_residents.size() * m_rng.real() * m_rng.real()));
        else
            person = randomPerson(m_rng, m_ref.countyCode);
        parties.row(partyId++, caseId, m_reporter, person.name, person.residentId, person.phone, false);
    }
    if (m_rng.chance(category.dispute ? 0.6 : 0.1)) {
        const bool male = m_rng.chance(0.55);
        const QString name = personName(m_rng, male);
        const QString id = m_rng.chance(0.3) ? residentId(m_rng, m_ref.countyCode, male) : text({});
        const QString phone = m_rng.chance(0.7) ? mobile(m_rng) : text({});
        parties.row(partyId++, caseId, m_party, name, id, phone, false);
    }

    for (const Event &e : events) {
        flows.row(flowId++, caseId, code(e.action),
                  e.from >= 0 ? QVariant(m_statusCodes.at(e.from)) : QVariant(QMetaType::fromType<QString>()),
                  m_statusCodes.at(e.to), e.actor ? QVariant(e.actor->id) : nullId(),
                  text(e.actor ? e.actor->name : e.actorName), idOrNull(e.departmentId), idOrNull(e.workerId),
                  e.days, text(e.note), e.at);
    }
}

// ---------------------------------------------------------------------------------------------
// Bulk loading.

// Connection settings for the duration of the load, restored however the run ends.
class BulkSettings
{
public:
    explicit BulkSettings(const Database &db) : m_db(db)
    {
        if (m_db.isSqlite()) {
            Query::run(m_db, u"PRAGMA synchronous = OFF"_s);
            Query::run(m_db, u"PRAGMA cache_size = -262144"_s); // 256 MiB
        } else {
            Query::run(m_db, u"SET synchronous_commit = off"_s);
        }
    }
    ~BulkSettings()
    {
        QSqlQuery q(m_db.connection()); // best effort: a failed run reports its own error
        if (m_db.isSqlite()) {
            q.exec(u"PRAGMA synchronous = NORMAL"_s);
            q.exec(u"PRAGMA cache_size = -2000"_s);
        } else {
            q.exec(u"RESET synchronous_commit"_s);
        }
    }
    BulkSettings(const BulkSettings &) = delete;
    BulkSettings &operator=(const BulkSettings &) = delete;

private:
    const Database &m_db;
};

// PostgreSQL loads everything in one transaction and, inside it, switches off what costs most per
// row; both come back before the commit, so no other connection (and no crash) sees them missing:
// - the pg_trgm GIN index, when the load at least doubles the table: building it once is cheaper
//   than keeping it up row by row (100k cases: 18.6 s with it, 16.2 s without). It is rebuilt from
//   its own stored definition.
// - the audit trigger on case_flow (migration 0002), which would chain one hashed audit row per
//   synthetic flow row (six per case) under an advisory lock, all stamped with today's date. The
//   load is recorded as one audit row instead (see DemoDataGenerator::run). Needs the table owner,
//   as the command line is; other accounts keep the trigger.
// SQLite's FTS5 triggers stay: taking them off saved only 4% of a million-case load.
class PostgresBulkLoad
{
public:
    PostgresBulkLoad(const Database &db, qint64 newCases) : m_db(db)
    {
        if (!m_db.isPostgres())
            return;
        if (newCases >= kBulkSearchIndexThreshold && newCases >= count(m_db, u"cases"_s)) {
            // The trigram index and the grams index of migration 0012.
            Query q(m_db, u"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                          "AND indexname IN ('cases_search_trgm', 'cases_search_grams')"_s);
            q.exec();
            while (q.next())
                m_indexes.append({q.text(0), q.text(1)});
        }
        Query trigger(m_db, u"SELECT pg_has_role(c.relowner, 'MEMBER') FROM pg_trigger t "
                            "JOIN pg_class c ON c.oid = t.tgrelid "
                            "WHERE c.oid = to_regclass('case_flow') AND t.tgname = 'case_flow_audit'"_s);
        m_auditTrigger = trigger.exec().next() && trigger.boolean(0);
    }

    // Right after BEGIN.
    void begin()
    {
        for (const auto &[name, definition] : std::as_const(m_indexes))
            Query::run(m_db, u"DROP INDEX %1"_s.arg(name));
        if (m_auditTrigger)
            Query::run(m_db, u"ALTER TABLE case_flow DISABLE TRIGGER case_flow_audit"_s);
    }

    // Right before COMMIT.
    void end()
    {
        if (m_auditTrigger)
            Query::run(m_db, u"ALTER TABLE case_flow ENABLE TRIGGER case_flow_audit"_s);
        if (!m_indexes.isEmpty())
            Query::run(m_db, u"SET LOCAL maintenance_work_mem = '256MB'"_s);
        for (const auto &[name, definition] : std::as_const(m_indexes))
            Query::run(m_db, definition);
    }

private:
    const Database &m_db;
    QList<std::pair<QString, QString>> m_indexes; // name, definition
    bool m_auditTrigger = false;
};

} // namespace

DemoDataGenerator::DemoDataGenerator(const Database &db, DemoOptions options)
    : m_db(db), m_options(std::move(options))
{}

QString DemoDataGenerator::demoPassword()
{
    return u"zongzhi2026"_s;
}

qint64 DemoDataGenerator::run(const Progress &progress)
{
    const qint64 total = std::max<qint64>(0, m_options.cases);
    const qint64 now =
        (m_options.now.isValid() ? m_options.now : QDateTime::currentDateTime()).toSecsSinceEpoch();
    if (m_options.townships < 1 || m_options.townships > 999 || m_options.villagesPerTownship < 1 ||
        m_options.villagesPerTownship > 999 || m_options.gridsPerVillage < 1 ||
        m_options.gridsPerVillage > 999)
        throw Error(Error::Kind::Validation, tr("演示数据的乡镇、村（社区）、网格数量须在 1 到 999 之间。"));

    // Reference data: created once, reused afterwards.
    {
        Rng rng(m_options.seed);
        const qint64 createdAt = now - (kHistoryDays + 30) * kDay;
        Transaction tx(m_db);
        if (count(m_db, u"org_units"_s) == 0)
            createOrgTree(m_db, rng, m_options, QDateTime::fromSecsSinceEpoch(now).date());
        if (count(m_db, u"categories"_s) == 0)
            StandardCategories::install(m_db);
        createUsers(m_db, rng, createdAt);
        if (m_db.isPostgres())
            syncIdentities(m_db, {u"org_units"_s, u"departments"_s, u"categories"_s, u"workers"_s});
        tx.commit();
    }
    {
        QStringList logins;
        for (const DemoAccount &account : demoAccounts())
            logins << account.login;
        m_notes = AccountService::setUpDemoLogins(m_db, logins, demoPassword());
    }
    const Reference ref = loadReference(m_db, m_options.seed);
    if (total == 0)
        return 0;
    if (ref.categories.isEmpty())
        throw Error(Error::Kind::Validation, tr("无法生成演示数据：没有启用的事件分类。"));

    // Numbering continues after whatever is there already.
    QHash<QPair<qint64, int>, Counter> counters;
    {
        Query q(m_db, u"SELECT township_id, year, last_seq FROM case_counters"_s);
        for (q.exec(); q.next();)
            counters[qMakePair(q.int64(0), q.integer(1))].lastSeq = q.integer(2);
        Query used(m_db, u"SELECT township_id, year, MAX(seq) FROM cases GROUP BY township_id, year"_s);
        for (used.exec(); used.next();) {
            Counter &c = counters[qMakePair(used.int64(0), used.integer(1))];
            c.lastSeq = std::max(c.lastSeq, used.integer(2));
        }
    }
    qint64 caseId = nextId(m_db, u"cases"_s);
    qint64 partyId = nextId(m_db, u"case_parties"_s);
    qint64 flowId = nextId(m_db, u"case_flow"_s);
    const qint64 firstCaseId = caseId;

    Rng rng(m_options.seed ^ quint32(firstCaseId * 2654435761u));
    const std::vector<qint64> times = receivedTimes(rng, total, now);
    CaseFactory factory(ref, rng, now, std::max<qint64>(50, total / 20), CalendarRepository(m_db).load());

    const BulkSettings settings(m_db);
    PostgresBulkLoad postgresLoad(m_db, total);
    // SQLite commits every kCasesPerTransaction cases, PostgreSQL once (see PostgresBulkLoad).
    const bool singleTransaction = m_db.isPostgres();
    BatchWriter cases(m_db, u"cases"_s,
                      {u"id"_s,
                       u"case_no"_s,
                       u"township_id"_s,
                       u"year"_s,
                       u"seq"_s,
                       u"lookup_code"_s,
                       u"title"_s,
                       u"description"_s,
                       u"source"_s,
                       u"nature"_s,
                       u"category_id"_s,
                       u"org_unit_id"_s,
                       u"org_path"_s,
                       u"address"_s,
                       u"latitude"_s,
                       u"longitude"_s,
                       u"urgency"_s,
                       u"risk"_s,
                       u"status"_s,
                       u"level_org_unit_id"_s,
                       u"department_id"_s,
                       u"worker_id"_s,
                       u"received_at"_s,
                       u"deadline_at"_s,
                       u"deadline_working"_s,
                       u"closed_at"_s,
                       u"supervise_level"_s,
                       u"satisfaction"_s,
                       u"dispute_settled"_s,
                       u"created_by"_s,
                       u"updated_at"_s});
    BatchWriter parties(
        m_db, u"case_parties"_s,
        {u"id"_s, u"case_id"_s, u"role"_s, u"name"_s, u"resident_id"_s, u"phone"_s, u"anonymous"_s});
    BatchWriter flows(m_db, u"case_flow"_s,
                      {u"id"_s, u"case_id"_s, u"action"_s, u"from_status"_s, u"to_status"_s,
                       u"actor_user_id"_s, u"actor_name"_s, u"department_id"_s, u"worker_id"_s, u"days"_s,
                       u"note"_s, u"at"_s});
    Query saveCounter(m_db, u"INSERT INTO case_counters (township_id, year, last_seq) VALUES (?, ?, ?) "
                            "ON CONFLICT (township_id, year) DO UPDATE SET last_seq = excluded.last_seq"_s);

    // Whole statements of cases, then the parties and flow rows that refer to them.
    const int chunk = cases.rowsPerStatement();
    const qint64 perTransaction = std::max<qint64>(chunk, kCasesPerTransaction / chunk * chunk);
    qint64 done = 0;
    std::optional<Transaction> outer;
    if (singleTransaction) {
        outer.emplace(m_db);
        postgresLoad.begin();
    }
    while (done < total) {
        std::optional<Transaction> tx;
        if (!singleTransaction)
            tx.emplace(m_db);
        const qint64 txEnd = std::min(total, done + perTransaction);
        while (done < txEnd) {
            const qint64 chunkEnd = std::min(txEnd, done + chunk);
            for (; done < chunkEnd; ++done)
                factory.generate(caseId++, times[size_t(done)], counters, partyId, flowId, cases, parties,
                                 flows);
            cases.flush(true);
            parties.flush(false);
            flows.flush(false);
            if (progress)
                progress(done, total);
        }
        parties.flush(true);
        flows.flush(true);
        for (auto it = counters.begin(); it != counters.end(); ++it) {
            if (!it->touched)
                continue;
            saveCounter.bind(it.key().first).bind(it.key().second).bind(it->lastSeq).exec();
            it->touched = false;
        }
        if (tx)
            tx->commit();
    }
    const qint64 lastCaseId = caseId - 1;
    const auto recordLoad = [&] {
        if (m_db.schemaVersion() < AuditLog::firstSchemaVersion)
            return;
        const SystemClock clock;
        AuditLog(m_db, clock)
            .record(Actor{}, {}, u"demo_data"_s, u"database"_s, 0,
                    u"cases=%1 ids=%2-%3 seed=%4"_s.arg(total)
                        .arg(firstCaseId)
                        .arg(lastCaseId)
                        .arg(m_options.seed));
    };
    if (outer) {
        postgresLoad.end();
        recordLoad();
        outer->commit();
    } else {
        recordLoad();
    }

    if (m_db.isPostgres()) {
        syncIdentities(m_db, {u"cases"_s, u"case_parties"_s, u"case_flow"_s});
        // VACUUM sets the visibility map, so the board's counts become index-only scans at once
        // (about 2.4x faster at 1M) instead of after autovacuum; it cannot run inside a transaction.
        Query::run(m_db, m_db.transactionDepth() == 0 ? u"VACUUM (ANALYZE) cases"_s : u"ANALYZE cases"_s);
        Query::run(m_db, u"ANALYZE case_parties"_s);
        Query::run(m_db, u"ANALYZE case_flow"_s);
    }
    return total;
}

} // namespace zz
