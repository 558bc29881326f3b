<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+36"/>
        <source>综治中心工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>乡镇（街道）综治中心工作台。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>数据库连接地址，例如 sqlite:///路径/zongzhi.db 或 postgresql://用户@主机:5432/数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>界面语言：zh_CN（默认）或 en。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zz::AppController</name>
    <message>
        <location filename="../src/gui/shell/AppController.cpp" line="+82"/>
        <source>无法打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>可以重试、选择其他数据库，或继续使用当前数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可以重试、选择其他数据库，或退出程序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择其他数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>空数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>数据库是空的。要生成演示数据吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在生成演示数据…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>生成演示数据失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zz::CaseListModel</name>
    <message>
        <location filename="../src/gui/cases/CaseListModel.cpp" line="+167"/>
        <source>案件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>紧急程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受理时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办理期限</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zz::CaseListModule</name>
    <message>
        <location filename="../src/gui/cases/CaseListModule.cpp" line="+15"/>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>案件查询</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zz::CaseListPage</name>
    <message>
        <location filename="../src/gui/cases/CaseListPage.cpp" line="+37"/>
        <source>搜索标题、内容或地址…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>状态：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+73"/>
        <source>共 %1 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <source>不予立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12345热线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紧急程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>查询失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zz::CaseService</name>
    <message>
        <location filename="../src/storage/CaseService.cpp" line="+68"/>
        <source>当前账号的角色不能登记案件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请选择事件类别。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>所选事件类别不存在。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请选择事发地点所属的乡镇、村(社区)或网格。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>事发地点必须在某个乡镇(街道)之内。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+117"/>
        <source>案件不存在或已被删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+139"/>
        <source>案件 %1 已被其他人修改,是否重新载入?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-130"/>
        <source>此案件未派遣给您所在的部门。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>所选处置部门不存在。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所选网格员不存在。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>案件已在最高层级,不能再上报。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>只能上报到本级以上的单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只有紧急或重大事件可以越级上报。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>只能下派到本级管辖的下级单位。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zz::CaseWorkflow</name>
    <message>
        <location filename="../src/core/CaseWorkflow.cpp" line="+82"/>
        <source>已有待审批的延期申请,不能重复申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有待审批的延期申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>延期天数应在1至365天之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理期限应在1至365天之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>请选择处置部门或网格员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请选择网格员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择目标单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择督办级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请填写处理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <source>当前状态“%1”下不能执行“%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>您的角色无权执行“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zz::CategoryRepository</name>
    <message>
        <location filename="../src/storage/ReferenceRepositories.cpp" line="+273"/>
        <location line="+17"/>
        <source>办理时限必须大于0天。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zz::ConnectionDialog</name>
    <message>
        <location filename="../src/gui/shell/ConnectionDialog.cpp" line="+21"/>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+129"/>
        <source>选择数据库文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据库文件 (*.db *.sqlite);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>无法在文件夹“%1”中新建数据库文件：没有写权限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>文件尚不存在，确定后将在此新建一个数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>正在连接…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>连接成功（%1）。数据库是空的，打开时会自动建立表结构。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>连接成功（%1），但数据库结构版本为 %2，高于本程序支持的版本 %3。请先升级本程序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>连接成功（%1）。数据库结构版本 %2（本程序支持到 %3）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>连接失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zz::ConnectionUrl</name>
    <message>
        <location filename="../src/storage/Database.cpp" line="+65"/>
        <source>SQLite 连接地址缺少数据库文件路径。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PostgreSQL 连接地址缺少数据库名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>无法识别的数据库地址“%1”。请使用 sqlite:///文件路径 或 postgresql://用户@主机:端口/数据库。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zz::Database</name>
    <message>
        <location line="+70"/>
        <source>缺少数据库驱动 %1,请安装对应的 Qt SQL 插件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>无法创建数据库所在的文件夹“%1”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>无法连接数据库 %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>无法为数据库文件“%1”启用 WAL 日志模式,请检查文件夹的写权限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PostgreSQL 数据库“%1”的编码为 %2、字符分类(LC_CTYPE)为 %3。中文检索需要 UTF-8:请用 createdb --encoding=UTF8 --locale=C.UTF-8 重新创建数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>数据库的结构版本为 %1,而本程序只支持到版本 %2。请升级综治中心工作台后再打开此数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>缺少数据库迁移脚本 %1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/Query.cpp" line="+104"/>
        <source>与数据库的连接已断开,请检查网络或数据库服务后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>数据库正忙或发生并发冲突,请稍后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>当前账号无权执行此数据库操作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据库操作失败:%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zz::DemoDataGenerator</name>
    <message>
        <location filename="../src/storage/DemoDataGenerator.cpp" line="+880"/>
        <source>无法生成演示数据：组织机构中没有乡镇（街道）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+494"/>
        <source>演示数据的乡镇、村（社区）、网格数量须在 1 到 999 之间。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>无法生成演示数据：没有启用的事件分类。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zz::MainWindow</name>
    <message>
        <location filename="../src/gui/shell/MainWindow.cpp" line="+29"/>
        <source>综治中心工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>模块工具栏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>当前连接的数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>结构版本 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>连接数据库(&amp;D)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>退出(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关于(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>关于综治中心工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;综治中心工作台 %1&lt;/h3&gt;&lt;p&gt;乡镇（街道）综治中心的案件受理、分流指派、办理反馈与结案归档工作台。&lt;/p&gt;&lt;p&gt;本程序是自由软件，依据 GNU 通用公共许可证第 3 版或更新版本发布。&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zz::OrgUnitRepository</name>
    <message>
        <location filename="../src/storage/ReferenceRepositories.cpp" line="-237"/>
        <source>上级单位不存在。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”的层级与上级单位“%2”不匹配。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>村(社区)和网格必须有上级单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>单位代码和名称不能为空。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>单位不存在。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zz::OverviewModule</name>
    <message>
        <location filename="../src/gui/shell/OverviewModule.cpp" line="+21"/>
        <source>概览</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zz::OverviewPage</name>
    <message>
        <location filename="../src/gui/shell/OverviewPage.cpp" line="+54"/>
        <source>案件概览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>案件总数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在办案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已办结（含不予立案）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按办理环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>更新于 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zz::PasswordHasher</name>
    <message>
        <location filename="../src/storage/PasswordHasher.cpp" line="+20"/>
        <source>密码模块初始化失败。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>计算密码摘要时内存不足。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>密码至少需要 %1 个字符。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>密码不能全部是数字,请加入字母或符号。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zz::UserRepository</name>
    <message>
        <location filename="../src/storage/ReferenceRepositories.cpp" line="+343"/>
        <source>登录名不能为空。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登录名“%1”已被使用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>账号不存在。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此账号已被其他人修改,请重新载入后再编辑。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zz::Validators</name>
    <message>
        <location filename="../src/core/Validators.cpp" line="+65"/>
        <source>请输入身份证号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>身份证号码应为18位，当前为%n位</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>身份证号码前17位应为数字，最后一位为数字或X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>身份证号码的地区代码无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>身份证号码中的出生日期无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>身份证号码中的出生日期早于1900年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>身份证号码中的出生日期晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>身份证号码校验位错误，请核对号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>请输入电话号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>电话号码只能包含数字、空格、“-”和“+”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>固定电话号码格式不正确，应为区号加7至8位号码，如0571-87654321</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>手机号码格式不正确，应为以1开头的11位号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话号码格式不正确，请填写手机号码或带区号的固定电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1最多%n个字符，当前为%2个</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1至少需要%n个字符，当前为%2个</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::cli</name>
    <message>
        <location filename="../src/cli/BenchCommand.cpp" line="+119"/>
        <source>基准测试的原生 %1 查询失败:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+642"/>
        <source>--cases 与 --repeats 需要正整数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>本程序与原生引擎返回的行不一致:基准测试中复制的 SQL 已与 CaseRepository 不同步。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="+26"/>
        <source>用法:zongzhi-cli &lt;命令&gt; [选项]

命令:
  init   创建或升级数据库结构,写入节假日日历
  demo   生成演示数据(--cases N,默认 2000)
  info   显示数据库版本和案件数量
  bench  性能基准:不足 N 件时先生成演示数据,再测量调度台查询与案件登记
         (--cases N,默认 100000;--json 文件;--repeats R,默认 15)

公共选项:
  --db URL   数据库地址:sqlite:///路径/文件.db 或 postgresql://用户@主机:端口/库名
             (缺省时依次使用环境变量 ZONGZHI_DB、用户数据目录中的 zongzhi.db)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>数据库结构已从版本 %1 升级到版本 %2。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已写入 %1 天节假日与调休上班日。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>数据库已就绪:%1(结构版本 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--cases 需要一个非负整数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  已生成 %1 / %2 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>演示数据已生成:%1 件案件,用时 %2 秒(%3)。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>数据库:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结构版本:%1(本程序支持 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>案件总数:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>数据库地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>演示案件数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>随机种子(相同种子生成相同数据)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把基准测试结果另存为 JSON 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每项测量的重复次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>未知命令“%1”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zz::cli::Bench</name>
    <message>
        <location filename="../src/cli/BenchCommand.cpp" line="-348"/>
        <source>数据库已有 %1 件案件,直接使用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  已生成 %1 / %2 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>演示数据已生成,用时 %1 秒。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>演示数据中找不到可用于检索测试的词语(%1)。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>乡镇 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1”,共 %2 件命中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>案件不足 %1 页,测第 %2 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>数据库中没有受理员账号,无法测试案件登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>数据库中没有网格或事件小类,无法测试案件登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 次登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1,%2 件案件,每项取 %3 次的中位数(预热 %4 次);负载 %5 → %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>行数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本程序 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原生 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>比值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>目标 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>超出目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>比值 &gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>结果不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>查询看板后的常驻内存(MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 的查询计划:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>无法写入 %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
