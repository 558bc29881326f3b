<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/shell/ConnectionDialog.ui" line="+14"/>
        <source>连接数据库</source>
        <translation>连接数据库</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../src/app/main.cpp" line="+40"/>
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
        <location filename="../src/gui/admin/AccountsPage.cpp" line="+30"/>
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
        <location line="+89"/>
        <source>停用</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+154"/>
        <source>重置密码</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>读取账号失败：%1</source>
        <translation>读取账号失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>共 %1 个账号</source>
        <translation>共 %1 个账号</translation>
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
    <message>
        <location filename="../src/gui/dispatch/ActionDialog.cpp" line="+30"/>
        <source>%1 个工作日</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 天</source>
        <translation>%1 天</translation>
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
        <location line="+10"/>
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
        <location line="+26"/>
        <location line="+177"/>
        <source>（请选择）</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location line="-186"/>
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
        <location line="+2"/>
        <source>核查意见</source>
        <translation>核查意见</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>zz::AppController</name>
    <message>
        <location filename="../src/gui/shell/AppController.cpp" line="+97"/>
        <source>已生成演示数据。演示账号：admin（管理员）、reception1（受理员）、duty1（值班员）、leader1（领导）、handler1（部门处置人），密码均为 %1。</source>
        <translation>已生成演示数据。演示账号：admin（管理员）、reception1（受理员）、duty1（值班员）、leader1（领导）、handler1（部门处置人），密码均为 %1。</translation>
    </message>
    <message>
        <location line="+69"/>
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
        <location line="+24"/>
        <source>空数据库</source>
        <translation>空数据库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>数据库是空的。要生成演示数据吗？</source>
        <translation>数据库是空的。要生成演示数据吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在生成演示数据…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>演示数据</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>生成演示数据失败：%1</source>
        <translation>生成演示数据失败：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>无法读取账号</source>
        <translation>无法读取账号</translation>
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
        <location filename="../src/storage/AuditLog.cpp" line="+190"/>
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
        <location filename="../src/gui/admin/AuditLogPage.cpp" line="+33"/>
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
        <source>导出CSV…</source>
        <translation>导出CSV…</translation>
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
    <message>
        <location line="+44"/>
        <source>已显示最新的 %1 条，向下滚动继续载入。</source>
        <translation>已显示最新的 %1 条，向下滚动继续载入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共 %1 条。</source>
        <translation>共 %1 条。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>无法写入文件 %1。</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已导出 %1 条到 %2（此次导出已记入审计日志）。</source>
        <translation>已导出 %1 条到 %2（此次导出已记入审计日志）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导出审计日志</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>审计日志-%1.csv</source>
        <translation>审计日志-%1.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
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
    <message>
        <location line="-39"/>
        <source>剩 %1 小时</source>
        <translation>剩 %1 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>剩 %1 个工作日</source>
        <translation>剩 %1 个工作日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>剩 %1 天</source>
        <translation>剩 %1 天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>超期 %1 小时</source>
        <translation>超期 %1 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>超期 %1 个工作日</source>
        <translation>超期 %1 个工作日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>超期 %1 天</source>
        <translation>超期 %1 天</translation>
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
        <location line="+74"/>
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
        <location line="+14"/>
        <source>指挥调度</source>
        <translation>指挥调度</translation>
    </message>
</context>
<context>
    <name>zz::BoardPage</name>
    <message>
        <location filename="../src/gui/dispatch/BoardPage.cpp" line="+154"/>
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
        <location line="+48"/>
        <source>网格员：%1</source>
        <translation>网格员：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>超期 %1 个工作日</source>
        <translation>超期 %1 个工作日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>剩 %1 小时</source>
        <translation>剩 %1 小时</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>其他终端的改动会自动出现在这里</source>
        <translation>其他终端的改动会自动出现在这里</translation>
    </message>
    <message>
        <location line="+285"/>
        <source>更新于 %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>共 %1 件</source>
        <translation>共 %1 件</translation>
    </message>
    <message>
        <location line="-452"/>
        <location line="+444"/>
        <source>计数中…</source>
        <translation>计数中…</translation>
    </message>
    <message>
        <location line="-376"/>
        <source>案件编号、查询码、姓名、身份证号、电话，或标题、内容、地址…</source>
        <translation>案件编号、查询码、姓名、身份证号、电话，或标题、内容、地址…</translation>
    </message>
    <message>
        <location line="+476"/>
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
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+87"/>
        <source>打印列表</source>
        <translation>打印列表</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location filename="../src/gui/dispatch/BoardPrinter.cpp" line="+56"/>
        <source>筛选条件：%1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>共 %1 件，列出前 %2 件</source>
        <translation>共 %1 件，列出前 %2 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共 %1 件</source>
        <translation>共 %1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印时间：%1&#x3000;&#x3000;%2</source>
        <translation>打印时间：%1&#x3000;&#x3000;%2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>【%1】%2</source>
        <translation>【%1】%2</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location filename="../src/gui/callbacks/CallbackPage.cpp" line="+32"/>
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
        <location line="+36"/>
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
        <location line="+2"/>
        <source>只有待核查或已结案的案件可以回访。</source>
        <translation>只有待核查或已结案的案件可以回访。</translation>
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
    <name>zz::CaseCsvExport</name>
    <message>
        <location filename="../src/exchange/CaseCsvExport.cpp" line="+50"/>
        <source>当前账号不能导出案件。</source>
        <translation>当前账号不能导出案件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>无法写入文件“%1”:%2</source>
        <translation>无法写入文件“%1”:%2</translation>
    </message>
    <message>
        <location line="-44"/>
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
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>紧急程度</source>
        <translation>紧急程度</translation>
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
        <location line="+0"/>
        <source>反映人</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>身份证号码</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>匿名</source>
        <translation>匿名</translation>
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
    <message>
        <location line="+9"/>
        <location line="+148"/>
        <source>共 %1 件</source>
        <translation>共 %1 件</translation>
    </message>
    <message>
        <location line="-144"/>
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
        <location line="+7"/>
        <source>导出CSV</source>
        <translation>导出CSV</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>导出当前查询的全部案件（含完整个人信息，操作将记入审计日志）</source>
        <translation>导出当前查询的全部案件（含完整个人信息，操作将记入审计日志）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出当前查询的全部案件（个人信息已脱敏）</source>
        <translation>导出当前查询的全部案件（个人信息已脱敏）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>案件清单.csv</source>
        <translation>案件清单.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+90"/>
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
        <location filename="../src/storage/CaseService.cpp" line="+137"/>
        <source>登记案件失败,请重试。</source>
        <translation>登记案件失败,请重试。</translation>
    </message>
    <message>
        <location line="+68"/>
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
        <location line="+4"/>
        <source>请选择事发地点所属的乡镇、村(社区)或网格。</source>
        <translation>请选择事发地点所属的乡镇、村(社区)或网格。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="-127"/>
        <source>附件“%1”超过 10 MB。</source>
        <translation>附件“%1”超过 10 MB。</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>案件不存在或已被删除。</source>
        <translation>案件不存在或已被删除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+173"/>
        <location line="+25"/>
        <source>案件 %1 已被其他人修改,是否重新载入?</source>
        <translation>案件 %1 已被其他人修改,是否重新载入?</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>此案件未派遣给您所在的部门。</source>
        <translation>此案件未派遣给您所在的部门。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>所选处置部门不存在。</source>
        <translation>所选处置部门不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所选网格员不存在。</source>
        <translation>所选网格员不存在。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>所选抄告单位不存在。</source>
        <translation>所选抄告单位不存在。</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+47"/>
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
    <message>
        <location filename="../src/gui/dispatch/CaseViewDialog.cpp" line="+43"/>
        <location line="+108"/>
        <source>%1 个工作日</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>%1 天</source>
        <translation>%1 天</translation>
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
        <source>：</source>
        <translation>：</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+26"/>
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
        <location line="+21"/>
        <location line="+6"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+77"/>
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
        <location filename="../src/core/CaseWorkflow.cpp" line="+85"/>
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
        <location line="+120"/>
        <source>当前状态“%1”下不能执行“%2”</source>
        <translation>当前状态“%1”下不能执行“%2”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>您的角色无权执行“%1”</source>
        <translation>您的角色无权执行“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>有待审批的延期申请,领导审批前不能反馈;如不再需要延期,请先撤回延期申请</source>
        <translation>有待审批的延期申请,领导审批前不能反馈;如不再需要延期,请先撤回延期申请</translation>
    </message>
</context>
<context>
    <name>zz::CategoryRepository</name>
    <message>
        <location filename="../src/storage/ReferenceRepositories.cpp" line="+290"/>
        <location line="+19"/>
        <source>办理时限必须大于0天。</source>
        <translation>办理时限必须大于0天。</translation>
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
    <name>zz::CheckpointReminder</name>
    <message>
        <location filename="../src/gui/shell/CheckpointReminder.cpp" line="+27"/>
        <source>审计日志要由服务器以外保管的密钥签名作见证,才能发现整体改写。
请由保管私钥的单位运行:zongzhi-cli audit checkpoint --db 数据库地址 --key 私钥文件 --out 检查点文件,并把检查点文件保存在服务器以外。</source>
        <translation>审计日志要由服务器以外保管的密钥签名作见证,才能发现整体改写。
请由保管私钥的单位运行:zongzhi-cli audit checkpoint --db 数据库地址 --key 私钥文件 --out 检查点文件,并把检查点文件保存在服务器以外。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>审计日志已 %1 天未签检查点</source>
        <translation>审计日志已 %1 天未签检查点</translation>
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
    <message>
        <location line="+19"/>
        <source>与数据库的连接已断开，重新连接中…（已试 %1 次，%2 秒后再试）已填写的内容会保留。</source>
        <translation>与数据库的连接已断开，重新连接中…（已试 %1 次，%2 秒后再试）已填写的内容会保留。</translation>
    </message>
</context>
<context>
    <name>zz::ConnectionDialog</name>
    <message>
        <location filename="../src/gui/shell/ConnectionDialog.cpp" line="+22"/>
        <source>确定</source>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>选择数据库文件</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据库文件 (*.db *.sqlite);;所有文件 (*)</source>
        <translation>数据库文件 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+44"/>
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
        <location filename="../src/storage/Database.cpp" line="+88"/>
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
    <name>zz::Database</name>
    <message>
        <location line="+148"/>
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
        <location line="+18"/>
        <source>PostgreSQL 数据库“%1”的编码为 %2、字符分类(LC_CTYPE)为 %3。中文检索需要 UTF-8:请用 createdb --encoding=UTF8 --locale=C.UTF-8 重新创建数据库。</source>
        <translation>PostgreSQL 数据库“%1”的编码为 %2、字符分类(LC_CTYPE)为 %3。中文检索需要 UTF-8:请用 createdb --encoding=UTF8 --locale=C.UTF-8 重新创建数据库。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>缺少数据库迁移脚本 %1。</source>
        <translation>缺少数据库迁移脚本 %1。</translation>
    </message>
    <message>
        <location line="+76"/>
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
    <name>zz::DeadlineRecompute</name>
    <message>
        <location filename="../src/storage/DeadlineRecompute.cpp" line="+138"/>
        <source>有案件在重算期限时被其他人修改，请重新执行。</source>
        <translation>有案件在重算期限时被其他人修改，请重新执行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 年节假日已录入，办理期限由 %2 调整为 %3</source>
        <translation>%1 年节假日已录入，办理期限由 %2 调整为 %3</translation>
    </message>
</context>
<context>
    <name>zz::DemoDataGenerator</name>
    <message>
        <location filename="../src/storage/DemoDataGenerator.cpp" line="+915"/>
        <source>无法生成演示数据：组织机构中没有乡镇（街道）。</source>
        <translation>无法生成演示数据：组织机构中没有乡镇（街道）。</translation>
    </message>
    <message>
        <location line="+582"/>
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
    <name>zz::DispatchSlip</name>
    <message>
        <location filename="../src/gui/dispatch/DispatchSlip.cpp" line="+43"/>
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
        <location line="+4"/>
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
    <name>zz::FirstAdminDialog</name>
    <message>
        <location filename="../src/gui/shell/FirstAdminDialog.cpp" line="+28"/>
        <source>创建初始管理员</source>
        <translation>创建初始管理员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>这个数据库还没有任何账号。请创建第一个管理员账号，之后用它登录并为其他工作人员建立账号。</source>
        <translation>这个数据库还没有任何账号。请创建第一个管理员账号，之后用它登录并为其他工作人员建立账号。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>所属单位</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>数据库中还没有单位，请先填写本县（区）。</source>
        <translation>数据库中还没有单位，请先填写本县（区）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>例如：西湖区</source>
        <translation>例如：西湖区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>县（区）名称：</source>
        <translation>县（区）名称：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>6 位行政区划代码，例如 330106</source>
        <translation>6 位行政区划代码，例如 330106</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>行政区划代码：</source>
        <translation>行政区划代码：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>单位：</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>管理员账号</source>
        <translation>管理员账号</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+11"/>
        <source>创建管理员</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>请填写县（区）名称。</source>
        <translation>请填写县（区）名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>行政区划代码应为 6 位数字，前两位是省级代码。</source>
        <translation>行政区划代码应为 6 位数字，前两位是省级代码。</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>身份证号码</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>电话号码</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location line="-30"/>
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
        <location line="+5"/>
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
        <location filename="../src/storage/ReferenceRepositories.cpp" line="+235"/>
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
        <location filename="../src/gui/intake/IntakeForm.cpp" line="+159"/>
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
        <location line="+134"/>
        <source>&lt;b&gt;事件受理登记&lt;/b&gt;</source>
        <translation>&lt;b&gt;事件受理登记&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+404"/>
        <location line="+59"/>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="-461"/>
        <source>事件经过、诉求</source>
        <translation>事件经过、诉求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件描述</source>
        <translation>事件描述</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>身份</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+364"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-364"/>
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
        <location line="+13"/>
        <source>添加当事人 (Ctrl+N)</source>
        <translation>添加当事人 (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>删除当前行 (Ctrl+Del)</source>
        <translation>删除当前行 (Ctrl+Del)</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+239"/>
        <source>第 %1 行：%2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>没有唯一匹配的事件类别，请从列表中选择。</source>
        <translation>没有唯一匹配的事件类别，请从列表中选择。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+67"/>
        <source>请选择事件类别。</source>
        <translation>请选择事件类别。</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>没有唯一匹配的地点，请从列表中选择本辖区的村（社区）或网格。</source>
        <translation>没有唯一匹配的地点，请从列表中选择本辖区的村（社区）或网格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>请选择事发地点。</source>
        <translation>请选择事发地点。</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+59"/>
        <source>就地化解须填写化解结果。</source>
        <translation>就地化解须填写化解结果。</translation>
    </message>
    <message>
        <location line="-30"/>
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
        <location line="+84"/>
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
        <location line="+45"/>
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
        <location filename="../src/gui/intake/IntakeReceipt.cpp" line="+46"/>
        <source>综治中心</source>
        <translation>综治中心</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>（未登记）</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>匿名</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 前办结</source>
        <translation>%1 前办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按规定时限办理</source>
        <translation>按规定时限办理</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>地址：%1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>电话：%1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>事件受理回执</source>
        <translation>事件受理回执</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>案件编号</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>查询码</source>
        <translation>查询码</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>反映人</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>受理时间</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>受理人</source>
        <translation>受理人</translation>
    </message>
    <message>
        <location line="-28"/>
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
        <location line="+11"/>
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
        <location line="+128"/>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 对半裁</source>
        <translation>A4 对半裁</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+15"/>
        <location line="+70"/>
        <source>受理回执 %1</source>
        <translation>受理回执 %1</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+53"/>
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
        <location filename="../src/gui/shell/LoginDialog.cpp" line="+21"/>
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
        <location line="+47"/>
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
        <location filename="../src/gui/shell/MainWindow.cpp" line="+38"/>
        <source>综治中心工作台</source>
        <translation>综治中心工作台</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+24"/>
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
        <source>关于(&amp;A)</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+69"/>
        <source>切换数据库</source>
        <translation>切换数据库</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>关于综治中心工作台</source>
        <translation>关于综治中心工作台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;综治中心工作台 %1&lt;/h3&gt;&lt;p&gt;乡镇（街道）综治中心的案件受理、分流指派、办理反馈与结案归档工作台。&lt;/p&gt;&lt;p&gt;本程序是自由软件，依据 GNU 通用公共许可证第 3 版或更新版本发布。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;综治中心工作台 %1&lt;/h3&gt;&lt;p&gt;乡镇（街道）综治中心的案件受理、分流指派、办理反馈与结案归档工作台。&lt;/p&gt;&lt;p&gt;本程序是自由软件，依据 GNU 通用公共许可证第 3 版或更新版本发布。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>zz::OrgUnitRepository</name>
    <message>
        <location filename="../src/storage/ReferenceRepositories.cpp" line="-567"/>
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
        <location line="+16"/>
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
    <name>zz::StageStrip</name>
    <message>
        <location filename="../src/gui/dispatch/StageStrip.cpp" line="+35"/>
        <source>只看“%1”的案件（按住 Ctrl 可多选）</source>
        <translation>只看“%1”的案件（按住 Ctrl 可多选）</translation>
    </message>
    <message>
        <location line="+18"/>
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
    <name>zz::SupervisionNotifier</name>
    <message>
        <location filename="../src/gui/dispatch/SupervisionNotifier.cpp" line="+109"/>
        <source>点击关闭</source>
        <translation>点击关闭</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>红牌 %1 件</source>
        <translation>红牌 %1 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>黄牌 %1 件</source>
        <translation>黄牌 %1 件</translation>
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
    <message>
        <location line="+30"/>
        <source>另有 %1 件</source>
        <translation>另有 %1 件</translation>
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
        <location filename="../src/storage/SupervisionService.cpp" line="+143"/>
        <source>系统自动督办</source>
        <translation>系统自动督办</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+45"/>
        <source>您的角色无权修改督办时限。</source>
        <translation>您的角色无权修改督办时限。</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>督办时限的小时数应大于0，期限比例应在1%至1000%之间。</source>
        <translation>督办时限的小时数应大于0，期限比例应在1%至1000%之间。</translation>
    </message>
    <message>
        <location line="+141"/>
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
        <location line="+11"/>
        <source>不予立案</source>
        <translation>不予立案</translation>
    </message>
    <message>
        <location line="-10"/>
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
        <location filename="../src/core/Types.cpp" line="+238"/>
        <location filename="../src/core/Types.cpp" line="+96"/>
        <source>、</source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>zz::UserRepository</name>
    <message>
        <location filename="../src/storage/ReferenceRepositories.cpp" line="+372"/>
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
    <name>zz::WorkCalendar</name>
    <message>
        <location filename="../src/core/WorkCalendar.cpp" line="+143"/>
        <source>%1 年节假日尚未录入，期限按周末推算</source>
        <translation>%1 年节假日尚未录入，期限按周末推算</translation>
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
        <location filename="../src/cli/CliCommands.cpp" line="+84"/>
        <source>数据库结构已从版本 %1 升级到版本 %2。</source>
        <translation>数据库结构已从版本 %1 升级到版本 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已写入 %1 天节假日与调休上班日。</source>
        <translation>已写入 %1 天节假日与调休上班日。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>数据库已就绪:%1(结构版本 %2)</source>
        <translation>数据库已就绪:%1(结构版本 %2)</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+42"/>
        <source>审计日志完好,已校验 %1 条记录。</source>
        <translation>审计日志完好,已校验 %1 条记录。</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>用法:zongzhi-cli &lt;命令&gt; [选项]

命令:
  init   创建或升级数据库结构,写入节假日日历
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
  bench  性能基准:不足 N 件时先生成演示数据,再测量调度台查询与案件登记
         (--cases N,默认 100000;--json 文件;--repeats R,默认 15)

公共选项:
  --db URL   数据库地址:sqlite:///路径/文件.db 或 postgresql://用户@主机:端口/库名
             (缺省时依次使用环境变量 ZONGZHI_DB、用户数据目录中的 zongzhi.db)
</source>
        <translation>用法:zongzhi-cli &lt;命令&gt; [选项]

命令:
  init   创建或升级数据库结构,写入节假日日历
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
  bench  性能基准:不足 N 件时先生成演示数据,再测量调度台查询与案件登记
         (--cases N,默认 100000;--json 文件;--repeats R,默认 15)

公共选项:
  --db URL   数据库地址:sqlite:///路径/文件.db 或 postgresql://用户@主机:端口/库名
             (缺省时依次使用环境变量 ZONGZHI_DB、用户数据目录中的 zongzhi.db)
</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>已补录节假日 %1 天,重算了 %2 件案件的办理期限。</source>
        <translation>已补录节假日 %1 天,重算了 %2 件案件的办理期限。</translation>
    </message>
    <message>
        <location line="+84"/>
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
        <source>已签名的检查点文件(可重复)</source>
        <translation>已签名的检查点文件(可重复)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>未知命令“%1”。</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="+66"/>
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
        <location filename="../src/cli/CalendarCommand.cpp" line="+26"/>
        <source>数据库中还没有节假日数据,所有期限只按周末推算。</source>
        <translation>数据库中还没有节假日数据,所有期限只按周末推算。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>节假日日历覆盖 %1—%2 年;此后的期限按周末推算,录入新年度后自动重算。</source>
        <translation>节假日日历覆盖 %1—%2 年;此后的期限按周末推算,录入新年度后自动重算。</translation>
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
        <location line="+11"/>
        <source>已录入 %1 年的节假日与调休上班日,共 %2 天;%3 件在办案件的办理期限已按新日历重算。</source>
        <translation>已录入 %1 年的节假日与调休上班日,共 %2 天;%3 件在办案件的办理期限已按新日历重算。</translation>
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
