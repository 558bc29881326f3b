<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/shell/ConnectionDialog.ui" line="+14"/>
        <source>连接数据库</source>
        <translation>Connect to Database</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>单机使用时选择本地数据库文件；多台电脑共用数据时连接单位的 PostgreSQL 数据库服务器。</source>
        <translation>On a single computer, choose a local database file; when several computers share the data, connect to your organisation&apos;s PostgreSQL server.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>本地数据库文件（SQLite）</source>
        <translation>Local database file (SQLite)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>网络数据库（PostgreSQL）</source>
        <translation>Network database (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>数据库文件：</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>例如 /home/用户/综治/zongzhi.db</source>
        <translation>e.g. /home/user/zongzhi/zongzhi.db</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>文件不存在时会新建一个空数据库。</source>
        <translation>If the file does not exist, a new empty database is created.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>服务器地址：</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>例如 192.168.1.10</source>
        <translation>e.g. 192.168.1.10</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>端口：</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>数据库名：</source>
        <translation>Database name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>例如 zongzhi</source>
        <translation>e.g. zongzhi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>留空则使用 ~/.pgpass 中保存的密码</source>
        <translation>Leave empty to use the password saved in ~/.pgpass</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>连接地址：</source>
        <translation>Connection URL:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>也可以直接输入或粘贴连接地址：sqlite:///文件路径 或 postgresql://用户@主机:端口/数据库</source>
        <translation>You can also type or paste a connection URL: sqlite:///path/to/file or postgresql://user@host:port/database</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>测试连接</source>
        <translation>Test Connection</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>显示或隐藏数据库驱动返回的原始信息</source>
        <translation>Show or hide the original message from the database driver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>详细信息</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+40"/>
        <source>综治中心工作台</source>
        <translation>Zongzhi Workbench</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>乡镇（街道）综治中心工作台。</source>
        <translation>Workbench for township (subdistrict) comprehensive governance centers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>数据库连接地址，例如 sqlite:///路径/zongzhi.db 或 postgresql://用户@主机:5432/数据库。</source>
        <translation>Database URL, e.g. sqlite:///path/zongzhi.db or postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>界面语言：zh_CN（默认）或 en。</source>
        <translation>Interface language: zh_CN (default) or en.</translation>
    </message>
</context>
<context>
    <name>zz::AccountDialog</name>
    <message>
        <location filename="../src/gui/admin/AccountDialog.cpp" line="+29"/>
        <source>编辑账号 - %1</source>
        <translation>Edit Account - %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新建账号</source>
        <translation>New Account</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>小写字母开头，如 zhangsan</source>
        <translation>Starts with a lowercase letter, e.g. zhangsan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>登录名创建后不能修改</source>
        <translation>The login name cannot be changed after creation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登录名：</source>
        <translation>Login name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>角色：</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>所属单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>所属部门：</source>
        <translation>Department:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>启用（可以登录）</source>
        <translation>Enabled (can log in)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>至少 %1 位，不能全是数字</source>
        <translation>At least %1 characters, not all digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>初始密码：</source>
        <translation>Initial password:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>确认密码：</source>
        <translation>Confirm password:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>（无）</source>
        <translation>(None)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>请填写姓名。</source>
        <translation>Please enter the name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请至少选择一个角色。</source>
        <translation>Please select at least one role.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择账号所属的单位。</source>
        <translation>Please select the unit the account belongs to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>部门处置人必须选择所属部门。</source>
        <translation>A department handler must have a department.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>zz::AccountListModel</name>
    <message>
        <location filename="../src/gui/admin/AccountListModel.cpp" line="+71"/>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>登录名</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所属单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所属部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>zz::AccountService</name>
    <message>
        <location filename="../src/storage/AccountService.cpp" line="+37"/>
        <source>登录名不能为空。</source>
        <translation>The login name must not be empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登录名须为 2 到 32 个字符,以小写英文字母开头,只含小写字母、数字和下划线。</source>
        <translation>The login name must be 2 to 32 characters long, start with a lowercase letter, and contain only lowercase letters, digits and underscores.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>登录名“%1”是系统保留名称,请换一个。</source>
        <translation>The login name &quot;%1&quot; is reserved by the system; please choose another.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>只有管理员可以管理账号。</source>
        <translation>Only administrators can manage accounts.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>只能管理本单位及下级单位的账号。</source>
        <translation>You can only manage accounts of your own unit and its subordinate units.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>请填写姓名。</source>
        <translation>Please enter the name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>姓名不能超过 %1 个字符。</source>
        <translation>The name must not exceed %1 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请至少选择一个角色。</source>
        <translation>Please select at least one role.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择账号所属的单位。</source>
        <translation>Please select the unit the account belongs to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所选部门不存在。</source>
        <translation>The selected department does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>部门处置人必须选择所属部门。</source>
        <translation>A department handler must have a department.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>登录名“%1”已被数据库服务器上的其他角色占用。</source>
        <translation>The login name &quot;%1&quot; is already taken by another role on the database server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登录名“%1”已被使用。</source>
        <translation>The login name “%1” is already taken.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>当前数据库账号不能创建登录角色。请用数据库所有者(具有 CREATEROLE 权限)连接后再创建初始管理员。</source>
        <translation>The current database account cannot create login roles. Connect as the database owner (with the CREATEROLE privilege) and then create the initial administrator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>数据库中已有账号,不能再创建初始管理员。</source>
        <translation>The database already has accounts; an initial administrator can no longer be created.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+51"/>
        <location line="+12"/>
        <location line="+22"/>
        <location line="+18"/>
        <source>账号不存在。</source>
        <translation>The account does not exist.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>不能停用自己的账号,也不能取消自己的管理员角色。</source>
        <translation>You cannot disable your own account or remove your own administrator role.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>这是最后一个有效的管理员账号,不能停用或取消其管理员角色。</source>
        <translation>This is the last active administrator account; it cannot be disabled or lose its administrator role.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>此账号已被其他人修改,请重新载入后再编辑。</source>
        <translation>Someone else changed this account. Reload it before editing.</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+13"/>
        <source>原密码不正确。</source>
        <translation>The current password is incorrect.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>当前数据库角色没有 CREATEROLE 权限,未创建演示账号的登录角色;请用数据库所有者运行,或用 zongzhi-cli account passwd 为演示账号设置密码。</source>
        <translation>The current database role lacks the CREATEROLE privilege, so no login roles were created for the demo accounts. Run as the database owner, or set passwords for the demo accounts with zongzhi-cli account passwd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>数据库服务器上已有与演示账号同名的角色“%1”,未改动它;此账号无法登录。</source>
        <translation>The database server already has a role &quot;%1&quot; with the same name as a demo account; it was left unchanged, and this account cannot log in.</translation>
    </message>
</context>
<context>
    <name>zz::AccountText</name>
    <message>
        <location filename="../src/gui/shell/AccountText.h" line="+24"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>zz::AccountsModule</name>
    <message>
        <location filename="../src/gui/admin/AccountsModule.cpp" line="+23"/>
        <source>账号管理</source>
        <translation>Accounts</translation>
    </message>
</context>
<context>
    <name>zz::AccountsPage</name>
    <message>
        <location filename="../src/gui/admin/AccountsPage.cpp" line="+30"/>
        <source>新建账号</source>
        <translation>New Account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+89"/>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+154"/>
        <source>重置密码</source>
        <translation>Reset Password</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>读取账号失败：%1</source>
        <translation>Failed to read accounts: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>共 %1 个账号</source>
        <translation>%1 accounts</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+14"/>
        <source>停用账号</source>
        <translation>Disable Account</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>停用账号“%1（%2）”？停用后该账号不能再登录，记录仍然保留。</source>
        <translation>Disable the account &quot;%1 (%2)&quot;? A disabled account can no longer log in; its records are kept.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>启用账号</source>
        <translation>Enable Account</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已为 %1 设置新密码。</source>
        <translation>A new password has been set for %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>账号已被修改</source>
        <translation>Account Modified</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>此账号已被其他人修改，请重新载入。</source>
        <translation>This account has been modified by someone else. Please reload.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>重新载入</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>zz::ActionDialog</name>
    <message>
        <location filename="../src/gui/dispatch/ActionDialog.cpp" line="+30"/>
        <source>%1 个工作日</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 天</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 于 %2 申请延期 %3</source>
        <translation>%1 asked on %2 for an extension of %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>延期 %1</source>
        <translation>extension of %1</translation>
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
        <translation>Status unchanged (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;案件 %2 · %3&lt;br&gt;&lt;span style=&quot;color:#666&quot;&gt;%4&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Case %2 · %3&lt;br&gt;&lt;span style=&quot;color:#666&quot;&gt;%4&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>确定对此案件执行“%1”吗？</source>
        <translation>Perform &quot;%1&quot; on this case?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>待审批的延期申请：%1。%2。</source>
        <translation>Extension request awaiting approval: %1. %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>将撤回延期申请：%1。</source>
        <translation>This withdraws the extension request: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>待审批的延期申请：%1。</source>
        <translation>Extension request awaiting approval: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>待审批的延期申请（%1）将随之失效，并记入办理记录。</source>
        <translation>The pending extension request (%1) lapses with this action, and the case history records it.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>此案件已被其他人修改，是否重新载入？</source>
        <translation>This case has been modified by someone else. Reload it?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>重新载入</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>zz::ActionForm</name>
    <message>
        <location filename="../src/gui/dispatch/ActionForm.cpp" line="+98"/>
        <location line="+26"/>
        <location line="+177"/>
        <source>（请选择）</source>
        <translation>(Select)</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>处置部门</source>
        <translation>Handling department</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>（不指定）</source>
        <translation>(Not specified)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>可只选处置部门或网格员之一。</source>
        <translation>You may select just one of handling department or grid worker.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>下派至</source>
        <translation>Hand down to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（请选择下级单位）</source>
        <translation>(Select a subordinate unit)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>上报至</source>
        <translation>Escalate to</translation>
    </message>
    <message>
        <location line="+30"/>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>申请延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>批准延期</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按申请天数</source>
        <translation>As requested</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>重新办理期限</source>
        <translation>Reopen deadline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>办理期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不变（按原期限）</source>
        <translation>Unchanged (original deadline)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（请填写天数）</source>
        <translation>(Enter number of days)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>不予立案理由</source>
        <translation>Reason for declining</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退回理由</source>
        <translation>Reason for returning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>转办理由</source>
        <translation>Reason for transfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>上报理由</source>
        <translation>Reason for escalation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下派说明</source>
        <translation>Hand-down notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>延期理由</source>
        <translation>Reason for extension</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>驳回理由</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>撤回说明</source>
        <translation>Reason for withdrawal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>督办意见</source>
        <translation>Supervision comments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>催办意见</source>
        <translation>Urging comments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重新办理原因</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>交办意见</source>
        <translation>Dispatch instructions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>核查意见</source>
        <translation>Verification comments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请填写%1</source>
        <translation>Required: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>选填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>请填写调查核实和处理的结果</source>
        <translation>Enter the results of the investigation and handling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>处理结果</source>
        <translation>Handling result</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>督办级别</source>
        <translation>Supervision level</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>（未回访）</source>
        <translation>(No follow-up visit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>回访满意度</source>
        <translation>Follow-up satisfaction</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（不适用）</source>
        <translation>(Not applicable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已化解</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未化解</source>
        <translation>Unresolved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>矛盾纠纷化解</source>
        <translation>Dispute resolution</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>抄告单位</source>
        <translation>Copied units</translation>
    </message>
</context>
<context>
    <name>zz::AppController</name>
    <message>
        <location filename="../src/gui/shell/AppController.cpp" line="+97"/>
        <source>已生成演示数据。演示账号：admin（管理员）、reception1（受理员）、duty1（值班员）、leader1（领导）、handler1（部门处置人），密码均为 %1。</source>
        <translation>Demo data generated. Demo accounts: admin (administrator), reception1 (reception clerk), duty1 (duty officer), leader1 (leader), handler1 (department handler); all with the password %1.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>无法打开数据库</source>
        <translation>Cannot Open Database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>可以重试、选择其他数据库，或继续使用当前数据库。</source>
        <translation>You can retry, choose another database, or keep using the current database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可以重试、选择其他数据库，或退出程序。</source>
        <translation>You can retry, choose another database, or exit the program.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择其他数据库…</source>
        <translation>Choose Another Database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>空数据库</source>
        <translation>Empty Database</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>数据库是空的。要生成演示数据吗？</source>
        <translation>The database is empty. Generate demo data?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在生成演示数据…</source>
        <translation>Generating demo data…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>演示数据</source>
        <translation>Demo Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>生成演示数据失败：%1</source>
        <translation>Failed to generate demo data: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>无法读取账号</source>
        <translation>Cannot Read Account</translation>
    </message>
</context>
<context>
    <name>zz::AttachmentFile</name>
    <message>
        <location filename="../src/gui/intake/AttachmentFile.cpp" line="+20"/>
        <location line="+8"/>
        <source>附件“%1”超过 10 MB，不能添加。</source>
        <translation>The attachment &quot;%1&quot; is larger than 10 MB and cannot be added.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>无法读取文件“%1”。</source>
        <translation>Cannot read the file &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>zz::AttachmentPicker</name>
    <message>
        <location filename="../src/gui/cases/AttachmentPicker.cpp" line="+24"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>添加附件…</source>
        <translation>Add Files…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>照片、签字的调解协议书等，每个文件不超过 10 MB</source>
        <translation>Photos, a signed mediation agreement and the like, up to 10 MB each</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>添加附件</source>
        <translation>Add Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>图片和文档 (*.jpg *.jpeg *.png *.pdf *.doc *.docx);;所有文件 (*)</source>
        <translation>Images and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx);;All files (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>zz::AuditLog</name>
    <message>
        <location filename="../src/storage/AuditLog.cpp" line="+190"/>
        <source>审计链 #%1 · %2</source>
        <translation>Audit chain #%1 · %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>审计记录 %1 之前缺少编号 %2 至 %3 的记录(记录被删除)。</source>
        <translation>Audit records %2 to %3 before record %1 are missing (records were deleted).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>审计记录 %1 的编号不连续。</source>
        <translation>The numbering of audit record %1 is not consecutive.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>审计记录 %1 记载的前一条哈希与前一条记录不符(前面的记录被改动或删除)。</source>
        <translation>The previous-record hash stored in audit record %1 does not match the previous record (an earlier record was altered or deleted).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>审计记录 %1 的内容与其哈希不符(记录被改动)。</source>
        <translation>The content of audit record %1 does not match its hash (the record was altered).</translation>
    </message>
</context>
<context>
    <name>zz::AuditLogModel</name>
    <message>
        <location filename="../src/gui/admin/AuditLogModel.cpp" line="+67"/>
        <source>案件 #%1</source>
        <translation>Case #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>账号 #%1</source>
        <translation>Account #%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>详情</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>zz::AuditLogModule</name>
    <message>
        <location filename="../src/gui/admin/AuditLogModule.cpp" line="+24"/>
        <source>审计日志</source>
        <translation>Audit Log</translation>
    </message>
</context>
<context>
    <name>zz::AuditLogPage</name>
    <message>
        <location filename="../src/gui/admin/AuditLogPage.cpp" line="+33"/>
        <source>登录名或姓名</source>
        <translation>Login or name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（全部）</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>基础数据变更</source>
        <translation>Reference data change</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>已显示最新的 %1 条，向下滚动继续载入。</source>
        <translation>Showing the newest %1 rows; scroll down for more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共 %1 条。</source>
        <translation>%1 rows.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>无法写入文件 %1。</source>
        <translation>Cannot write the file %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已导出 %1 条到 %2（此次导出已记入审计日志）。</source>
        <translation>Exported %1 rows to %2 (this export is recorded in the audit log).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导出审计日志</source>
        <translation>Export Audit Log</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>审计日志-%1.csv</source>
        <translation>audit-log-%1.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>zz::AuditLogReader</name>
    <message>
        <location filename="../src/storage/AuditLogReader.cpp" line="+35"/>
        <source>只有领导和管理员可以查看审计日志。</source>
        <translation>Only leaders and administrators can view the audit log.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>对象类型</source>
        <translation>Object type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>详情</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>无法写入导出文件。</source>
        <translation>Cannot write the export file.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>登录</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登录失败</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注销</source>
        <translation>Logout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记案件</source>
        <translation>Case reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件操作</source>
        <translation>Case action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访</source>
        <translation>Call-back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看完整信息</source>
        <translation>Full details shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建账号</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改账号</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>停用账号</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重置密码</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基础数据变更</source>
        <translation>Reference data change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信任签名密钥</source>
        <translation>Signing key trusted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计检查点</source>
        <translation>Audit checkpoint</translation>
    </message>
</context>
<context>
    <name>zz::AuditWitness</name>
    <message>
        <location filename="../src/storage/AuditWitness.cpp" line="+34"/>
        <source>签名模块初始化失败。</source>
        <translation>The signature module could not be initialised.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>当前账号无权登记审计见证密钥或签署检查点。</source>
        <translation>This account may not register audit witness keys or sign checkpoints.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>文件 %1 或 %2 已存在:不会覆盖已有的密钥。</source>
        <translation>%1 or %2 already exists: existing keys are never overwritten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>无法写入私钥文件 %1。</source>
        <translation>Cannot write the secret key file %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法写入公钥文件 %1。</source>
        <translation>Cannot write the public key file %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>无法读取私钥文件 %1。</source>
        <translation>Cannot read the secret key file %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 不是审计见证私钥文件。</source>
        <translation>%1 is not an audit witness secret key file.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>私钥文件 %1 已损坏。</source>
        <translation>The secret key file %1 is damaged.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1”既不是 64 位十六进制的公钥,也不是可读取的公钥文件。</source>
        <translation>“%1” is neither a public key of 64 hex digits nor a readable public key file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 是私钥文件:私钥不应带到服务器上。请改用同名的 .pub 公钥文件或公钥的十六进制文本。</source>
        <translation>%1 is a secret key file: the secret key does not belong on the server. Use the .pub public key file of the same name or the public key in hex instead.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 不是审计见证公钥文件。</source>
        <translation>%1 is not an audit witness public key file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>数据库结构版本过旧,还没有审计见证的数据表。请先运行 zongzhi-cli init 升级数据库。</source>
        <translation>The database schema is too old to have the audit witness tables. Run zongzhi-cli init to upgrade it first.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>公钥应为 32 字节(64 位十六进制)。</source>
        <translation>A public key has 32 bytes (64 hex digits).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>这个私钥的公钥(%1…)未在本数据库登记为审计见证密钥。请先用 zongzhi-cli audit trust 登记。</source>
        <translation>The public key of this secret key (%1…) is not registered as an audit witness key in this database. Register it first with zongzhi-cli audit trust.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>无法写入检查点文件 %1。</source>
        <translation>Cannot write the checkpoint file %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 不是审计检查点文件。</source>
        <translation>%1 is not an audit checkpoint file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>检查点文件 %1 不完整或格式有误。</source>
        <translation>The checkpoint file %1 is incomplete or malformed.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>检查点文件 %1 的签名无效:文件在签署后被改动过,或不是用其中记载的密钥签署的。</source>
        <translation>The signature of the checkpoint file %1 is invalid: the file was changed after it was signed, or was not signed with the key it names.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>无法读取检查点文件 %1。</source>
        <translation>Cannot read the checkpoint file %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>检查点文件 %1 是用未在本数据库登记的密钥(公钥 %2…)签署的,不予采信。可信的公钥须先用 zongzhi-cli audit trust 登记。</source>
        <translation>The checkpoint file %1 was signed with a key not registered in this database (public key %2…) and is not accepted. Trusted public keys are registered first with zongzhi-cli audit trust.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>与检查点 %1 不符:第 %2 条记录与签署时不同。</source>
        <translation>Differs from checkpoint %1: record %2 is not what was signed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与检查点 %1 不符:第一处不同在第 %2 至 %3 条记录之间(此后的哈希链被重新计算过)。</source>
        <translation>Differs from checkpoint %1: the first difference lies between records %2 and %3 (the hash chain after it was recomputed).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>检查点记载到第 %1 条记录,数据库现在只到第 %2 条。</source>
        <translation> The checkpoint covers records up to %1; the database now ends at record %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>检查点 %1 不在本数据库的检查点记录中:它也许来自另一个数据库,或检查点记录被删除了。</source>
        <translation>Checkpoint %1 is not among this database&apos;s checkpoint records: it may come from another database, or the records were deleted.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>防改触发器 %1 不存在或已停用:审计日志可被改动而不留痕迹。</source>
        <translation>The append-only trigger %1 is missing or disabled: the audit log can be changed without a trace.</translation>
    </message>
</context>
<context>
    <name>zz::AuthService</name>
    <message>
        <location filename="../src/storage/AuthService.cpp" line="+79"/>
        <source>请输入用户名和密码。</source>
        <translation>Please enter your user name and password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名或密码错误。</source>
        <translation>Incorrect user name or password.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+15"/>
        <location line="+58"/>
        <location line="+46"/>
        <source>此账号已停用,请联系管理员。</source>
        <translation>This account has been disabled. Please contact an administrator.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>数据库角色“%1”不是本系统的账号。</source>
        <translation>The database role &quot;%1&quot; is not an account of this system.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>数据库尚未初始化,请先创建初始管理员。</source>
        <translation>The database has not been initialized. Please create the initial administrator first.</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+81"/>
        <source>密码连续输错 %1 次,账号已锁定,请 %2 分钟后再试或联系管理员解锁。</source>
        <translation>Wrong password entered %1 times in a row; the account is locked. Try again in %2 minutes or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>用户名或密码错误。密码已连续输错 %1 次,账号锁定 %2 分钟。</source>
        <translation>Incorrect user name or password. Wrong password entered %1 times in a row; the account is locked for %2 minutes.</translation>
    </message>
</context>
<context>
    <name>zz::BackupService</name>
    <message>
        <location filename="../src/storage/BackupService.cpp" line="+153"/>
        <source>“%1”是别的程序的数据库,不能用综治中心工作台的备份覆盖它。</source>
        <translation>“%1” is another program&apos;s database; a Zongzhi Workbench backup cannot be restored over it.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>当前账号无权备份或恢复数据库。</source>
        <translation>The current account is not allowed to back up or restore the database.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>网络模式(PostgreSQL)的数据库请在数据库服务器上用 pg_dump 备份,例如:pg_dump -Fc -f zongzhi.dump 数据库名。详见使用说明的“备份”一节。</source>
        <translation>Back up a network-mode (PostgreSQL) database on the database server with pg_dump, e.g.: pg_dump -Fc -f zongzhi.dump DBNAME. See the &quot;Backup&quot; section of the user guide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>备份数据库失败:无法取得 SQLite 连接。</source>
        <translation>Database backup failed: cannot obtain the SQLite connection.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>备份数据库失败:连接上还有未完成的事务。</source>
        <translation>Database backup failed: the connection has an unfinished transaction.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请指定备份文件。</source>
        <translation>Please specify a backup file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>备份文件不能是数据库文件本身。</source>
        <translation>The backup file cannot be the database file itself.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无法创建备份文件所在的文件夹“%1”。</source>
        <translation>Cannot create the folder &quot;%1&quot; for the backup file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+40"/>
        <source>无法写入备份文件“%1”:%2</source>
        <translation>Cannot write the backup file &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+7"/>
        <source>备份数据库失败:%1</source>
        <translation>Database backup failed: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>网络模式(PostgreSQL)的数据库请在数据库服务器上用 pg_restore 恢复,例如:pg_restore --clean --if-exists -d 数据库名 zongzhi.dump。详见使用说明的“备份”一节。</source>
        <translation>Restore a network-mode (PostgreSQL) database on the database server with pg_restore, e.g.: pg_restore --clean --if-exists -d DBNAME zongzhi.dump. See the &quot;Backup&quot; section of the user guide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>备份文件“%1”不存在或无法读取。</source>
        <translation>The backup file &quot;%1&quot; does not exist or cannot be read.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不能恢复到内存数据库。</source>
        <translation>Cannot restore into an in-memory database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>备份文件与要恢复的数据库是同一个文件。</source>
        <translation>The backup file and the database to restore are the same file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>备份文件“%1”无法打开:%2</source>
        <translation>Cannot open the backup file &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>备份文件“%1”已损坏,不能用于恢复(%2)。</source>
        <translation>The backup file &quot;%1&quot; is corrupt and cannot be used for restoring (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>文件“%1”不是综治中心工作台的数据库备份。</source>
        <translation>The file &quot;%1&quot; is not a Zongzhi Workbench database backup.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法创建数据库所在的文件夹“%1”。</source>
        <translation>Cannot create the database folder &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法打开要恢复的数据库“%1”:%2</source>
        <translation>Cannot open the database to restore &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>恢复数据库失败,原数据库未被改动:%1</source>
        <translation>Database restore failed; the original database was not changed: %1</translation>
    </message>
</context>
<context>
    <name>zz::BoardFilter</name>
    <message>
        <location filename="../src/gui/dispatch/BoardFilter.cpp" line="+144"/>
        <source>属地：%1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>状态：%1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>预警：%1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别：%1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>来源：%1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>处置部门：%1</source>
        <translation>Handling department: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格员：%1</source>
        <translation>Grid worker: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>紧急程度：%1</source>
        <translation>Urgency: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>风险：%1</source>
        <translation>Risk: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>督办件</source>
        <translation>Supervised cases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受理日期：%1 至 %2</source>
        <translation>Received: %1 to %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>不限</source>
        <translation>any</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>关键词：%1</source>
        <translation>Keywords: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部案件</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>zz::BoardFilterPanel</name>
    <message>
        <location filename="../src/gui/dispatch/BoardFilterPanel.cpp" line="+31"/>
        <location line="+90"/>
        <location line="+10"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>属地</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>全部大类</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>处置部门</source>
        <translation>Handling department</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只看督办件</source>
        <translation>Supervised cases only</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>受理自</source>
        <translation>Received from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>清空筛选</source>
        <translation>Clear Filters</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>全部小类</source>
        <translation>All subcategories</translation>
    </message>
</context>
<context>
    <name>zz::BoardModel</name>
    <message>
        <location filename="../src/gui/dispatch/BoardModel.cpp" line="+417"/>
        <location line="+50"/>
        <source>%1（暂定）</source>
        <translation>%1 (provisional)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>剩 %1 小时</source>
        <translation>%1 h left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>剩 %1 个工作日</source>
        <translation>%1 working days left</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>剩 %1 天</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>超期 %1 小时</source>
        <translation>%1 h overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>超期 %1 个工作日</source>
        <translation>%1 working days overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>超期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>网格员：%1</source>
        <translation>Grid worker: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>督办</source>
        <translation>Supervised</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>黄牌</source>
        <translation>Yellow card</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>红牌</source>
        <translation>Red card</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1，网格员 %2</source>
        <translation>%1, grid worker %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>办理期限 %1（%2）</source>
        <translation>Deadline %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按工作日计</source>
        <translation>working days</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>按自然日计</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>点击按此列排序</source>
        <translation>Click to sort by this column</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>案件编号</source>
        <translation>Case No.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>属地</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>处置部门/网格员</source>
        <translation>Handling department / grid worker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>风险</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办理期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>剩余时间</source>
        <translation>Time left</translation>
    </message>
</context>
<context>
    <name>zz::BoardModule</name>
    <message>
        <location filename="../src/gui/dispatch/BoardModule.cpp" line="+19"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>打印列表</source>
        <translation>Print List</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导出PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>批量%1</source>
        <translation>Bulk %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>对选中的案件逐件执行“%1”</source>
        <translation>Perform &quot;%1&quot; on each selected case</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>批量操作</source>
        <translation>Bulk Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请先在列表中选中要处理的案件(可按住 Ctrl 或 Shift 多选)。</source>
        <translation>First select the cases to process in the list (hold Ctrl or Shift to select several).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>指挥调度</source>
        <translation>Dispatch Board</translation>
    </message>
</context>
<context>
    <name>zz::BoardPage</name>
    <message>
        <location filename="../src/gui/dispatch/BoardPage.cpp" line="+154"/>
        <source>筛选</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示或隐藏左侧的筛选面板</source>
        <translation>Show or hide the filter panel on the left</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>常用筛选</source>
        <translation>Saved filters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存筛选…</source>
        <translation>Save Filter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除所选的自存筛选</source>
        <translation>Delete the selected saved filter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>标有“暂定”的期限跨入了尚未录入节假日的年份，录入后会自动重算。</source>
        <translation>Deadlines marked “provisional” reach into a year whose holidays have not been entered; they are recomputed once it is entered.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>网格员：%1</source>
        <translation>Grid worker: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>超期 %1 个工作日</source>
        <translation>%1 working days overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>剩 %1 小时</source>
        <translation>%1 h left</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>其他终端的改动会自动出现在这里</source>
        <translation>Changes made on other workstations appear here automatically</translation>
    </message>
    <message>
        <location line="+285"/>
        <source>更新于 %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>共 %1 件</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <location line="-452"/>
        <location line="+444"/>
        <source>计数中…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="-376"/>
        <source>案件编号、查询码、姓名、身份证号、电话，或标题、内容、地址…</source>
        <translation>Case no., query code, name, ID no., phone, or any words…</translation>
    </message>
    <message>
        <location line="+476"/>
        <source>常用筛选…</source>
        <translation>Saved filters…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“%1”是内置筛选的名称，请换一个名称。</source>
        <translation>&quot;%1&quot; is the name of a built-in filter; please choose another name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>无法保存筛选：%1</source>
        <translation>Cannot save the filter: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>保存筛选</source>
        <translation>Save Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>无法删除筛选：%1</source>
        <translation>Cannot delete the filter: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>正在读取要打印的案件…</source>
        <translation>Reading the cases to print…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>正在读取要打印的案件… %1 / %2 件</source>
        <translation>Reading the cases to print… %1 of %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>指挥调度台案件清单</source>
        <translation>Dispatch Board Case List</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1指挥调度台案件清单</source>
        <translation>%1 Dispatch Board Case List</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+87"/>
        <source>打印列表</source>
        <translation>Print List</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>调度台案件清单-%1.pdf</source>
        <translation>dispatch-board-cases-%1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>导出PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法写入文件“%1”。</source>
        <translation>Cannot write the file &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>zz::BoardPrinter</name>
    <message>
        <location filename="../src/gui/dispatch/BoardPrinter.cpp" line="+56"/>
        <source>筛选条件：%1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>共 %1 件，列出前 %2 件</source>
        <translation>%1 cases, first %2 listed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共 %1 件</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印时间：%1&#x3000;&#x3000;%2</source>
        <translation>Printed: %1    %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>【%1】%2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>第 %1 页，共 %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>zz::BulkActionDialog</name>
    <message>
        <location filename="../src/gui/dispatch/BulkActionDialog.cpp" line="+30"/>
        <location line="+47"/>
        <source>批量%1</source>
        <translation>Bulk %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>等</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;批量%1&lt;/b&gt;：已选 %2 件案件&lt;/p&gt;&lt;p style=&quot;color:#666&quot;&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;Bulk %1&lt;/b&gt;: %2 cases selected&lt;/p&gt;&lt;p style=&quot;color:#666&quot;&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>每件案件分别校验并办理；状态不符、已被他人修改或无权办理的案件不会执行，完成后逐件列出。</source>
        <translation>Each case is checked and processed separately. Cases in the wrong status, modified by someone else, or that you may not process are skipped; every case is listed when done.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>案件编号</source>
        <translation>Case No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>没有选中的案件</source>
        <translation>No cases selected</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>批量%1结果</source>
        <translation>Bulk %1 Results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;批量%1完成&lt;/b&gt;：成功 %2 件</source>
        <translation>&lt;b&gt;Bulk %1 finished&lt;/b&gt;: %2 succeeded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，&lt;span style=&quot;color:#c0392b&quot;&gt;未执行 %1 件&lt;/span&gt;</source>
        <translation>, &lt;span style=&quot;color:#c0392b&quot;&gt;%1 not performed&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>成功</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未执行</source>
        <translation>Not performed</translation>
    </message>
</context>
<context>
    <name>zz::BulkActions</name>
    <message>
        <location filename="../src/gui/dispatch/BulkActions.cpp" line="+59"/>
        <source>已被其他人修改，未执行（请刷新后重试）</source>
        <translation>Modified by someone else; not performed (refresh and try again)</translation>
    </message>
</context>
<context>
    <name>zz::CallbackDialog</name>
    <message>
        <location filename="../src/gui/callbacks/CallbackDialog.cpp" line="+23"/>
        <source>记录回访 — %1</source>
        <translation>Record Call-back — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&#x3000;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;  %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>回访方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>回访时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>如：反映人本人、其家属</source>
        <translation>e.g. the reporter, a family member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访对象</source>
        <translation>Person reached</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>回访结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>回访情况</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>群众不满意：请写明原因。保存后将重新办理此案件（重新办理）。</source>
        <translation>The resident is dissatisfied: give the reason. Saving goes on to reopen the case (Reopen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>群众不满意：请写明原因。保存后将把反馈退回处置部门（退回）。</source>
        <translation>The resident is dissatisfied: give the reason. Saving goes on to return the feedback to the department (Return).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未联系上也记为一次回访尝试，案件仍留在待回访列表中。</source>
        <translation>An unreachable resident counts as an attempt; the case stays on the call-back list.</translation>
    </message>
</context>
<context>
    <name>zz::CallbackDueModel</name>
    <message numerus="yes">
        <location filename="../src/gui/callbacks/CallbackDueModel.cpp" line="+60"/>
        <source>%n 次</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>等待自</source>
        <translation>Waiting since</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未联系上</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>最近回访</source>
        <translation>Last attempt</translation>
    </message>
</context>
<context>
    <name>zz::CallbackModule</name>
    <message>
        <location filename="../src/gui/callbacks/CallbackModule.cpp" line="+16"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>回访台</source>
        <translation>Call-backs</translation>
    </message>
</context>
<context>
    <name>zz::CallbackPage</name>
    <message>
        <location filename="../src/gui/callbacks/CallbackPage.cpp" line="+32"/>
        <source>待核查的案件，以及结案</source>
        <translation>Cases awaiting verification, and cases closed within</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> 天内</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚未回访到群众的案件</source>
        <translation>whose resident has not been reached yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>查看案件</source>
        <translation>Open Case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>记录回访…</source>
        <translation>Record Call-back…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>回访时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回访对象</source>
        <translation>Person reached</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回访情况</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>回访记录</source>
        <translation>Call-backs</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1：尚无回访记录</source>
        <translation>%1: no call-back yet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1：回访 %n 次</source>
        <translation>
            <numerusform>%1: %n call-back</numerusform>
            <numerusform>%1: %n call-backs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>，其中未联系上 %n 次</source>
        <translation>
            <numerusform>, %n unreachable</numerusform>
            <numerusform>, %n unreachable</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>回访不满意：%1</source>
        <translation>Dissatisfied at call-back: %1</translation>
    </message>
</context>
<context>
    <name>zz::CallbackService</name>
    <message>
        <location filename="../src/storage/CallbackService.cpp" line="+27"/>
        <source>只有值班员和领导可以记录回访。</source>
        <translation>Only duty officers and leaders can record call-backs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>回访对象不能超过 %1 个字。</source>
        <translation>The person reached must not exceed %1 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回访情况不能超过 %1 个字。</source>
        <translation>The notes must not exceed %1 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>群众不满意时，请写明不满意的原因。</source>
        <translation>When the resident is dissatisfied, give the reason.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>回访时间不能晚于现在。</source>
        <translation>The call-back time cannot be in the future.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>案件不存在或已被删除。</source>
        <translation>The case does not exist or has been deleted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只有待核查或已结案的案件可以回访。</source>
        <translation>Only cases awaiting verification or closed can be called back.</translation>
    </message>
</context>
<context>
    <name>zz::CaseAttachmentsPanel</name>
    <message>
        <location filename="../src/gui/cases/CaseAttachmentsPanel.cpp" line="+49"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>随同操作</source>
        <translation>With action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>添加人</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>另存为…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>登记</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>无法写出附件“%1”。</source>
        <translation>Cannot write out the attachment “%1”.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>另存附件</source>
        <translation>Save Attachment</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>无法保存到“%1”。</source>
        <translation>Cannot save to “%1”.</translation>
    </message>
</context>
<context>
    <name>zz::CaseCsvExport</name>
    <message>
        <location filename="../src/exchange/CaseCsvExport.cpp" line="+50"/>
        <source>当前账号不能导出案件。</source>
        <translation>The current account cannot export cases.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>无法写入文件“%1”:%2</source>
        <translation>Cannot write the file &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>案件编号</source>
        <translation>Case No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办理期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>反映人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>身份证号码</source>
        <translation>Resident ID number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
</context>
<context>
    <name>zz::CaseListModel</name>
    <message>
        <location filename="../src/gui/cases/CaseListModel.cpp" line="+58"/>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>案件编号</source>
        <translation>Case No.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>反映人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办理期限</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>zz::CaseListModule</name>
    <message>
        <location filename="../src/gui/cases/CaseListModule.cpp" line="+16"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>案件查询</source>
        <translation>Case Search</translation>
    </message>
</context>
<context>
    <name>zz::CaseListPage</name>
    <message>
        <location filename="../src/gui/cases/CaseListPage.cpp" line="+52"/>
        <source>案件编号、查询码、姓名、身份证号、电话，或标题、内容、地址…</source>
        <translation>Case no., query code, name, ID no., phone, or any words…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+148"/>
        <source>共 %1 件</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>显示完整信息</source>
        <translation>Show Full Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>显示所选案件当事人的完整姓名、身份证号和电话（记入审计日志）</source>
        <translation>Show the full names, resident ID numbers and phone numbers of the parties of the selected case (recorded in the audit log)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您的角色不能查看完整的个人信息</source>
        <translation>Your role cannot view full personal information</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>导出CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>导出当前查询的全部案件（含完整个人信息，操作将记入审计日志）</source>
        <translation>Export all cases of the current query (with full personal information; recorded in the audit log)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出当前查询的全部案件（个人信息已脱敏）</source>
        <translation>Export all cases of the current query (personal information masked)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>案件清单.csv</source>
        <translation>cases.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>不予立案</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12345热线</source>
        <translation>12345 hotline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>打开案件</source>
        <translation>Open Case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>查看所选案件的详情与流转记录（双击或按回车）</source>
        <translation>Show the selected case with its flow log (double-click or Enter)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>查询失败：%1</source>
        <translation>Query failed: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>案件不存在或已被删除。</source>
        <translation>The case does not exist or has been deleted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>完整信息</source>
        <translation>Full Details</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>此案件没有登记当事人。</source>
        <translation>No parties are registered for this case.</translation>
    </message>
</context>
<context>
    <name>zz::CaseLookupPanel</name>
    <message>
        <location filename="../src/gui/cases/CaseLookupPanel.cpp" line="+34"/>
        <source>查询案件</source>
        <translation>Find a case</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>查询案件：案件编号、查询码、姓名、身份证号或电话</source>
        <translation>Find a case: case number, query code, name, ID number or phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>输入群众提供的案件编号、查询码、姓名、身份证号或电话，按回车打开案件</source>
        <translation>Type the case number, query code, name, ID number or phone the resident gives; Enter opens the case</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>查询失败：%1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>没有找到与“%1”相符的案件。请核对案件编号或查询码，或改用姓名、身份证号、电话查询。</source>
        <translation>No case matches “%1”. Check the case number or query code, or search by name, ID number or phone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>找到 %1 件以上，按回车或双击打开；结果较多时请输入更完整的信息。</source>
        <translation>More than %1 cases found; Enter or double-click opens one. Type more to narrow them down.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>找到 %n 件，按回车或双击打开。</source>
        <translation>
            <numerusform>%n case found; Enter or double-click opens it.</numerusform>
            <numerusform>%n cases found; Enter or double-click opens one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::CaseScope</name>
    <message>
        <location filename="../src/storage/CaseScope.cpp" line="+31"/>
        <source>您的账号没有设置所属单位,不能查看或办理案件。</source>
        <translation>Your account has no unit, so you cannot view or process cases.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>此案件为保密件,您不在可查看人员名单中。</source>
        <translation>This is a confidential case and you are not on its list of permitted viewers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此案件不在您的管辖范围内。</source>
        <translation>This case is outside your jurisdiction.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>只有领导可以指定保密件的查看人员。</source>
        <translation>Only leaders can designate who may view a confidential case.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>案件不存在或已被删除。</source>
        <translation>The case does not exist or has been deleted.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>账号不存在。</source>
        <translation>The account does not exist.</translation>
    </message>
</context>
<context>
    <name>zz::CaseService</name>
    <message>
        <location filename="../src/storage/CaseService.cpp" line="+137"/>
        <source>登记案件失败,请重试。</source>
        <translation>The case could not be registered. Please try again.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>当前账号的角色不能登记案件。</source>
        <translation>The roles of the current account cannot register cases.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请选择事件类别。</source>
        <translation>Please select a case category.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>所选事件类别不存在。</source>
        <translation>The selected case category does not exist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请选择事发地点所属的乡镇、村(社区)或网格。</source>
        <translation>Please select the township, village (community) or grid where the incident occurred.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>事发地点必须在某个乡镇(街道)之内。</source>
        <translation>The incident location must be within a township (subdistrict).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>事发地点不在您的管辖范围内,不能在此登记。</source>
        <translation>The incident location is outside your jurisdiction and cannot be registered here.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>无效的案件关联类型。</source>
        <translation>Invalid case link type.</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>附件“%1”超过 10 MB。</source>
        <translation>The attachment &quot;%1&quot; is larger than 10 MB.</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>案件不存在或已被删除。</source>
        <translation>The case does not exist or has been deleted.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+173"/>
        <location line="+25"/>
        <source>案件 %1 已被其他人修改,是否重新载入?</source>
        <translation>Case %1 has been modified by someone else. Reload it?</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>此案件未派遣给您所在的部门。</source>
        <translation>This case was not dispatched to your department.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>所选处置部门不存在。</source>
        <translation>The selected handling department does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所选网格员不存在。</source>
        <translation>The selected grid worker does not exist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>所选抄告单位不存在。</source>
        <translation>A selected copied unit does not exist.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>案件已在最高层级,不能再上报。</source>
        <translation>The case is already at the top level and cannot be escalated further.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>只能上报到本级以上的单位。</source>
        <translation>Cases can only be escalated to a unit above the current level.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只有紧急或重大事件可以越级上报。</source>
        <translation>Only urgent or major cases can skip levels when escalated.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>只能下派到本级管辖的下级单位。</source>
        <translation>Cases can only be handed down to subordinate units within the current jurisdiction.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>延期申请（%1 个工作日）随之失效</source>
        <translation>The extension request (%1 working days) lapses with this action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延期申请（%1 天）随之失效</source>
        <translation>The extension request (%1 days) lapses with this action</translation>
    </message>
</context>
<context>
    <name>zz::CaseViewDialog</name>
    <message>
        <location filename="../src/gui/dispatch/CaseViewDialog.cpp" line="+43"/>
        <location line="+108"/>
        <source>%1 个工作日</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>%1 天</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>案件详情</source>
        <translation>Case Details</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>基本信息</source>
        <translation>Basic Information</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>事件描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>身份证号</source>
        <translation>Resident ID number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>流转记录</source>
        <translation>Processing History</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办理人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+62"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>流转单位</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部门/网格员</source>
        <translation>Department / grid worker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>意见</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>交办单含反映人电话</source>
        <translation>Reporter&apos;s phone on the slip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>供承办部门联系群众；每次打印或导出都记入审计日志</source>
        <translation>For the assigned department to call the resident; every print or export is recorded in the audit log</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打印交办单…</source>
        <translation>Print Dispatch Slip…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>交办单PDF…</source>
        <translation>Dispatch Slip PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>编号</source>
        <translation>Case No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>查询码</source>
        <translation>Lookup code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>属地</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前层级</source>
        <translation>Current level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>处置部门/网格员</source>
        <translation>Handling department / grid worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办理期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>督办</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>延期申请</source>
        <translation>Extension request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>纠纷化解</source>
        <translation>Dispute resolution</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>：</source>
        <translation>:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>案件不存在，或不在您可查看的范围内。</source>
        <translation>The case does not exist or is outside the cases you can view.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>案件详情 — %1</source>
        <translation>Case Details — %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>保密件</source>
        <translation>Confidential case</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>（%1办结）</source>
        <translation> (closed %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>按期</source>
        <translation>on time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>超期</source>
        <translation>late</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>，已超期 %1</source>
        <translation>, %1 overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，剩余 %1</source>
        <translation>, %1 left</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>待审批：延期 %1</source>
        <translation>Pending approval: %1 more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未回访</source>
        <translation>No follow-up visit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已化解</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未化解</source>
        <translation>Unresolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（无）</source>
        <translation>(None)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>匿名</source>
        <translation>Anonymous</translation>
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
        <translation>Save Dispatch Slip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>交办单-%1.pdf</source>
        <translation>dispatch-slip-%1.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>zz::CaseWorkflow</name>
    <message>
        <location filename="../src/core/CaseWorkflow.cpp" line="+85"/>
        <source>已有待审批的延期申请,不能重复申请</source>
        <translation>An extension request is already pending approval; another cannot be submitted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有待审批的延期申请</source>
        <translation>There is no extension request pending approval</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>延期天数应在1至365天之间</source>
        <translation>The extension must be between 1 and 365 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理期限应在1至365天之间</source>
        <translation>The deadline must be between 1 and 365 days</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>请选择处置部门或网格员</source>
        <translation>Please select a handling department or grid worker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请选择网格员</source>
        <translation>Please select a grid worker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择目标单位</source>
        <translation>Please select the target unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择督办级别</source>
        <translation>Please select the supervision level</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请填写处理结果</source>
        <translation>Please enter the handling result</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写理由</source>
        <translation>Please enter a reason</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>当前状态“%1”下不能执行“%2”</source>
        <translation>&quot;%2&quot; cannot be performed in the status &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>您的角色无权执行“%1”</source>
        <translation>Your role is not allowed to perform &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>有待审批的延期申请,领导审批前不能反馈;如不再需要延期,请先撤回延期申请</source>
        <translation>An extension request is awaiting approval: feedback cannot be submitted before a leader decides on it. If the extension is no longer needed, withdraw the request first</translation>
    </message>
</context>
<context>
    <name>zz::CategoryRepository</name>
    <message>
        <location filename="../src/storage/ReferenceRepositories.cpp" line="+290"/>
        <location line="+19"/>
        <source>办理时限必须大于0天。</source>
        <translation>The time limit must be greater than 0 days.</translation>
    </message>
</context>
<context>
    <name>zz::ChangePasswordDialog</name>
    <message>
        <location filename="../src/gui/shell/ChangePasswordDialog.cpp" line="+26"/>
        <location line="+40"/>
        <location line="+64"/>
        <source>修改密码</source>
        <translation>Change Password</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>修改账号 %1（%2）的登录密码。</source>
        <translation>Change the login password of %1 (%2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>原密码：</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新密码：</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>再次输入新密码：</source>
        <translation>New password again:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>新密码至少 %1 位，不能全是数字，也不能与原密码相同。</source>
        <translation>The new password needs at least %1 characters, not all digits, and must differ from the current one.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>请输入原密码。</source>
        <translation>Enter the current password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请输入新密码。</source>
        <translation>Enter the new password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>新密码不能与原密码相同。</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>两次输入的新密码不一致。</source>
        <translation>The two new passwords do not match.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>密码已修改。下次登录和解锁屏幕时请使用新密码。</source>
        <translation>Password changed. Use the new password to log in and to unlock the screen.</translation>
    </message>
</context>
<context>
    <name>zz::CheckpointReminder</name>
    <message>
        <location filename="../src/gui/shell/CheckpointReminder.cpp" line="+27"/>
        <source>审计日志要由服务器以外保管的密钥签名作见证,才能发现整体改写。
请由保管私钥的单位运行:zongzhi-cli audit checkpoint --db 数据库地址 --key 私钥文件 --out 检查点文件,并把检查点文件保存在服务器以外。</source>
        <translation>Only checkpoints signed with a key kept away from the server can reveal a rewritten audit log.
Whoever keeps the secret key runs: zongzhi-cli audit checkpoint --db DATABASE_URL --key SECRET_KEY_FILE --out CHECKPOINT_FILE, and keeps the checkpoint file away from the server.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>审计日志已 %1 天未签检查点</source>
        <translation>No audit checkpoint signed for %1 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计日志还没有签过检查点</source>
        <translation>No audit checkpoint has been signed yet</translation>
    </message>
</context>
<context>
    <name>zz::ConnectionBanner</name>
    <message>
        <location filename="../src/gui/shell/ConnectionBanner.cpp" line="+27"/>
        <source>立即重试</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>与数据库的连接已断开，正在重新连接…已填写的内容会保留。</source>
        <translation>The connection to the database was lost. Reconnecting… What you have entered is kept.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>重新连接中…（第 %1 次）</source>
        <translation>Reconnecting… (attempt %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>与数据库的连接已断开，重新连接中…（已试 %1 次，%2 秒后再试）已填写的内容会保留。</source>
        <translation>The connection to the database was lost. Reconnecting… (%1 attempts so far, next in %2 s) What you have entered is kept.</translation>
    </message>
</context>
<context>
    <name>zz::ConnectionDialog</name>
    <message>
        <location filename="../src/gui/shell/ConnectionDialog.cpp" line="+22"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>选择数据库文件</source>
        <translation>Choose Database File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据库文件 (*.db *.sqlite);;所有文件 (*)</source>
        <translation>Database files (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>无法在文件夹“%1”中新建数据库文件：没有写权限。</source>
        <translation>Cannot create a database file in the folder &quot;%1&quot;: no write permission.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>文件尚不存在，确定后将在此新建一个数据库。</source>
        <translation>The file does not exist yet; a new database will be created here when you click OK.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>连接成功（%1）。数据库是空的，打开时会自动建立表结构。</source>
        <translation>Connected (%1). The database is empty; the tables will be created when it is opened.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>连接成功（%1）。数据库结构版本 %2（本程序支持到 %3）。</source>
        <translation>Connected (%1). Database schema version %2 (this program supports up to %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>连接失败：%1</source>
        <translation>Connection failed: %1</translation>
    </message>
</context>
<context>
    <name>zz::ConnectionFailure</name>
    <message>
        <location filename="../src/storage/ConnectionFailure.cpp" line="+47"/>
        <source>密码错误（或服务器上没有这个账号）。请检查用户名和密码。</source>
        <translation>Wrong password (or no such account on the server). Check the user name and password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务器要求输入密码。请填写密码后再试。</source>
        <translation>The server requires a password. Enter it and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务器上没有这个账号。请检查用户名。</source>
        <translation>The server has no such account. Check the user name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>此账号已停用或暂时锁定，不能登录。请联系管理员。</source>
        <translation>This account is disabled or temporarily locked and cannot log in. Contact your administrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>找不到服务器。请检查服务器地址是否写对，以及这台电脑的网络是否连通。</source>
        <translation>Server not found. Check the server address and this computer’s network connection.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务器拒绝连接：数据库服务可能没有启动，或端口号不对。</source>
        <translation>The server refused the connection: the database service may not be running, or the port is wrong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务器无响应。请检查网络和防火墙，稍后再试。</source>
        <translation>The server does not answer. Check the network and firewall, and try again later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务器上没有这个数据库。请检查数据库名称。</source>
        <translation>The server has no such database. Check the database name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务器不允许从这台电脑连接。请联系数据库管理员。</source>
        <translation>The server does not accept connections from this computer. Contact the database administrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务器的连接数已满。请稍后再试。</source>
        <translation>The server has no free connections. Try again later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据库服务正在启动或关闭。请稍后再试。</source>
        <translation>The database service is starting up or shutting down. Try again later.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>无法连接数据库服务器。</source>
        <translation>Cannot connect to the database server.</translation>
    </message>
</context>
<context>
    <name>zz::ConnectionUrl</name>
    <message>
        <location filename="../src/storage/Database.cpp" line="+88"/>
        <source>数据库地址中的百分号编码无效:“%”后应为两位十六进制数(“%”本身写作 %25)。</source>
        <translation>Invalid percent-encoding in the database address: “%” must be followed by two hexadecimal digits (write “%” itself as %25).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>数据库地址中的百分号编码不是有效的 UTF-8 文字。</source>
        <translation>The percent-encoding in the database address is not valid UTF-8 text.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>格式为 postgresql://用户[:密码]@主机[:端口]/数据库[?选项=值]。</source>
        <translation> The form is postgresql://user[:password]@host[:port]/database[?option=value].</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL 连接地址在“postgresql:”之后应接“//”和主机名。</source>
        <translation>A PostgreSQL address needs “//” and a host name after “postgresql:”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据库地址中不能有“#”;密码中的 # 请写作 %23。</source>
        <translation>A database address cannot contain “#”; write a # in the password as %23.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PostgreSQL 连接地址中的用户名不能为空,也不能含空格或控制字符。</source>
        <translation>The user name in a PostgreSQL address cannot be empty or contain spaces or control characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL 连接地址中的密码不能含控制字符。</source>
        <translation>The password in a PostgreSQL address cannot contain control characters.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PostgreSQL 连接地址中的 IPv6 地址缺少右方括号“]”,应写作 [::1]:5432 的形式。</source>
        <translation>The IPv6 address in the PostgreSQL address lacks its closing bracket “]”; write it like [::1]:5432.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PostgreSQL 连接地址中 IPv6 地址的“]”之后只能接“:端口”。</source>
        <translation>Only “:port” may follow the “]” of an IPv6 address in a PostgreSQL address.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL 连接地址中方括号内的“%1”不是 IPv6 地址。</source>
        <translation>“%1” in square brackets in the PostgreSQL address is not an IPv6 address.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PostgreSQL 连接地址缺少主机名(例如 localhost 或服务器的 IP 地址)。</source>
        <translation>The PostgreSQL address lacks a host name (for example localhost or the server&apos;s IP address).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PostgreSQL 连接地址中的主机名“%1”无效(IPv6 地址请放在方括号中)。</source>
        <translation>The host name “%1” in the PostgreSQL address is invalid (put IPv6 addresses in square brackets).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>端口“%1”无效:端口应为 1 到 65535 之间的整数。</source>
        <translation>Port “%1” is invalid: a port is a whole number from 1 to 65535.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>数据库名“%1”无效:不能含“/”或控制字符。</source>
        <translation>The database name “%1” is invalid: it cannot contain “/” or control characters.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>连接选项“%1”无效:应写作 名称=值,值中不能有空格、分号、引号或反斜杠。</source>
        <translation>Connection option “%1” is invalid: write it as name=value, with no spaces, semicolons, quotes or backslashes in the value.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>请填写数据库地址:sqlite:///文件路径 或 postgresql://用户@主机:端口/数据库。</source>
        <translation>Enter a database address: sqlite:///file/path or postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SQLite 连接地址缺少数据库文件路径。</source>
        <translation>The SQLite URL is missing the database file path.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite 数据库文件路径不能含控制字符。</source>
        <translation>The SQLite database file path cannot contain control characters.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>不支持的数据库类型“%1”。请使用 sqlite:///文件路径 或 postgresql://用户@主机:端口/数据库。</source>
        <translation>Unsupported database type “%1”. Use sqlite:///file/path or postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法识别的数据库地址。请使用 sqlite:///文件路径 或 postgresql://用户@主机:端口/数据库。</source>
        <translation>Unrecognised database address. Use sqlite:///file/path or postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>PostgreSQL 连接地址缺少数据库名。</source>
        <translation>The PostgreSQL URL is missing the database name.</translation>
    </message>
</context>
<context>
    <name>zz::Database</name>
    <message>
        <location line="+148"/>
        <source>缺少数据库驱动 %1,请安装对应的 Qt SQL 插件。</source>
        <translation>The database driver %1 is missing; please install the corresponding Qt SQL plugin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>无法创建数据库所在的文件夹“%1”。</source>
        <translation>Cannot create the database folder &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>无法连接数据库 %1:%2</source>
        <translation>Cannot connect to the database %1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>文件“%1”不是数据库(也可能已加密或严重损坏)。请选择综治中心工作台的数据库文件;本程序未改动此文件。</source>
        <translation>The file “%1” is not a database (or it is encrypted or badly damaged). Choose a Zongzhi Workbench database file; this file was not changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>数据库文件“%1”已损坏,无法读取。请从备份恢复。</source>
        <translation>The database file “%1” is damaged and cannot be read. Restore it from a backup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法读取数据库文件“%1”:%2</source>
        <translation>Cannot read the database file “%1”: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>文件“%1”是别的程序的 SQLite 数据库,不是综治中心工作台的数据库。为免损坏其中的数据,本程序没有打开也没有改动它。请选择其他文件,或新建一个数据库文件。</source>
        <translation>The file “%1” is another program&apos;s SQLite database, not a Zongzhi Workbench database. To keep its data safe it was neither opened nor changed. Choose another file or create a new database file.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>无法为数据库文件“%1”启用 WAL 日志模式,请检查文件夹的写权限。</source>
        <translation>Cannot enable WAL journal mode for the database file &quot;%1&quot;; please check write permission on the folder.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PostgreSQL 数据库“%1”的编码为 %2、字符分类(LC_CTYPE)为 %3。中文检索需要 UTF-8:请用 createdb --encoding=UTF8 --locale=C.UTF-8 重新创建数据库。</source>
        <translation>The PostgreSQL database &quot;%1&quot; has encoding %2 and character classification (LC_CTYPE) %3. Chinese text search needs UTF-8: recreate the database with createdb --encoding=UTF8 --locale=C.UTF-8.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>缺少数据库迁移脚本 %1。</source>
        <translation>The database migration script %1 is missing.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>“%1”的数据库结构版本为 %2,而本程序只支持到版本 %3。请升级综治中心工作台后再打开此数据库;本程序未改动它。</source>
        <translation>The database “%1” has schema version %2, but this program supports versions up to %3. Upgrade Zongzhi Workbench before opening it; it was not changed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/storage/Query.cpp" line="+259"/>
        <source>与数据库的连接已断开,请检查网络或数据库服务后重试。</source>
        <translation>The connection to the database was lost. Please check the network or the database service and try again.</translation>
    </message>
    <message>
        <location filename="../src/storage/Query.cpp" line="-58"/>
        <location line="+81"/>
        <source>文字中含有无效或不可见的字符,未能保存。</source>
        <translation>The text contains invalid or invisible characters and was not saved.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>数据库正忙或发生并发冲突,请稍后重试。</source>
        <translation>The database is busy or another change got in the way. Please try again shortly.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>当前账号无权执行此数据库操作。</source>
        <translation>This account may not perform this database operation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>该记录已存在。</source>
        <translation>This record already exists.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>引用的数据不存在或已被删除。</source>
        <translation>The data it refers to does not exist or has been deleted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>数据不符合要求,未能保存。</source>
        <translation>The data does not meet the requirements and was not saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>有必填的数据缺失,未能保存。</source>
        <translation>Required data is missing; nothing was saved.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>输入的内容过长,未能保存。</source>
        <translation>The input is too long and was not saved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>数据库操作失败,请稍后重试;如果问题持续,请联系管理员。</source>
        <translation>The database operation failed. Try again later; if the problem persists, contact the administrator.</translation>
    </message>
    <message>
        <location filename="../src/storage/SqliteFunctions.cpp" line="+37"/>
        <source>无法取得 SQLite 连接句柄。</source>
        <translation>The SQLite connection handle is not available.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法在 SQLite 连接上注册检索函数。</source>
        <translation>The search function could not be registered on the SQLite connection.</translation>
    </message>
</context>
<context>
    <name>zz::DeadlineRecompute</name>
    <message>
        <location filename="../src/storage/DeadlineRecompute.cpp" line="+138"/>
        <source>有案件在重算期限时被其他人修改，请重新执行。</source>
        <translation>A case was changed by someone else while its deadline was being recomputed. Please run the command again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 年节假日已录入，办理期限由 %2 调整为 %3</source>
        <translation>Holidays for %1 entered; deadline moved from %2 to %3</translation>
    </message>
</context>
<context>
    <name>zz::DemoDataGenerator</name>
    <message>
        <location filename="../src/storage/DemoDataGenerator.cpp" line="+915"/>
        <source>无法生成演示数据：组织机构中没有乡镇（街道）。</source>
        <translation>Cannot generate demo data: the organization has no township (subdistrict).</translation>
    </message>
    <message>
        <location line="+582"/>
        <source>演示数据的乡镇、村（社区）、网格数量须在 1 到 999 之间。</source>
        <translation>The numbers of townships, villages (communities) and grids for demo data must be between 1 and 999.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>无法生成演示数据：没有启用的事件分类。</source>
        <translation>Cannot generate demo data: there are no enabled case categories.</translation>
    </message>
</context>
<context>
    <name>zz::DispatchSlip</name>
    <message>
        <location filename="../src/gui/dispatch/DispatchSlip.cpp" line="+43"/>
        <source>%1年%2月%3日</source>
        <translation>%2/%3/%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>案件不存在或已被删除。</source>
        <translation>The case does not exist or has been deleted.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>只有承办部门的处置人员和值班员可以打印含联系电话的交办单。</source>
        <translation>Only the assigned department&apos;s handlers and duty officers can print a slip with the phone number.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>综治中心</source>
        <translation>Governance Center</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1综治中心</source>
        <translation>%1 Governance Center</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1综治工作站</source>
        <translation>%1 Governance Workstation</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1：匿名</source>
        <translation>%1: anonymous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，身份证号 %1</source>
        <translation>, resident ID number %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，联系电话 %1</source>
        <translation>, phone %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>（未设定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（%1个工作日）</source>
        <translation> (%1 working days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（%1天）</source>
        <translation> (%1 days)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>案 件 交 办 单</source>
        <translation>CASE DISPATCH SLIP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>编号：%1</source>
        <translation>No.: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>交办日期：%1</source>
        <translation>Dispatch date: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>事件标题</source>
        <translation>Case title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件类别</source>
        <translation>Case category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>事发地点</source>
        <translation>Incident location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（无）</source>
        <translation>(None)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>交办意见</source>
        <translation>Dispatch instructions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请依职责调查处理。</source>
        <translation>Please investigate and handle according to your duties.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承办单位</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>抄告单位</source>
        <translation>Copied units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>交办人（签字）：</source>
        <translation>Dispatched by (signature):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>接收人（签字）：</source>
        <translation>Received by (signature):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日期：    年   月   日</source>
        <translation>Date:      /      /        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请承办单位在办理期限内办结并反馈结果；不能按期办结的，应在期限届满前申请延期。打印时间：%1</source>
        <translation>The handling unit shall complete the case and report the result within the deadline; if it cannot be completed on time, request an extension before the deadline expires. Printed: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+18"/>
        <source>案件交办单 %1</source>
        <translation>Case Dispatch Slip %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>综治中心工作台</source>
        <translation>Zongzhi Workbench</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无法写入文件 %1。</source>
        <translation>Cannot write the file %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>交办单预览 — %1</source>
        <translation>Dispatch Slip Preview — %1</translation>
    </message>
</context>
<context>
    <name>zz::FirstAdminDialog</name>
    <message>
        <location filename="../src/gui/shell/FirstAdminDialog.cpp" line="+28"/>
        <source>创建初始管理员</source>
        <translation>Create Initial Administrator</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>这个数据库还没有任何账号。请创建第一个管理员账号，之后用它登录并为其他工作人员建立账号。</source>
        <translation>This database has no accounts yet. Create the first administrator account, then log in with it and create accounts for the other staff.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>所属单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>数据库中还没有单位，请先填写本县（区）。</source>
        <translation>The database has no units yet. Please enter your county (district) first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>例如：西湖区</source>
        <translation>e.g. Xihu District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>县（区）名称：</source>
        <translation>County (district) name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>6 位行政区划代码，例如 330106</source>
        <translation>6-digit administrative division code, e.g. 330106</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>行政区划代码：</source>
        <translation>Division code:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>管理员账号</source>
        <translation>Administrator Account</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>小写字母开头，例如 admin</source>
        <translation>Starts with a lowercase letter, e.g. admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登录名：</source>
        <translation>Login name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>至少 %1 位，不能全是数字</source>
        <translation>At least %1 characters, not all digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>确认密码：</source>
        <translation>Confirm password:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>创建管理员</source>
        <translation>Create Administrator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>请填写县（区）名称。</source>
        <translation>Please enter the county (district) name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>行政区划代码应为 6 位数字，前两位是省级代码。</source>
        <translation>The division code must be 6 digits, the first two being the province code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>请填写姓名。</source>
        <translation>Please enter the name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>zz::InputLimits</name>
    <message>
        <location filename="../src/core/InputLimits.cpp" line="+42"/>
        <source>%1含有不可见的控制字符，请删除后再保存</source>
        <translation>%1 contains invisible control characters. Remove them and save again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>%1含有无效的字符编码，请重新输入</source>
        <translation>%1 contains invalid characters. Please type it again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1不能超过 %2 个字</source>
        <translation>%1 cannot be longer than %2 characters</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>身份证号码</source>
        <translation>Resident ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>电话号码</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理结果</source>
        <translation>Handling result</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>登录名</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>单位代码</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>部门名称</source>
        <translation>Department name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>类别代码</source>
        <translation>Category code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别名称</source>
        <translation>Category name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>网格员姓名</source>
        <translation>Grid worker&apos;s name</translation>
    </message>
    <message>
        <location filename="../src/storage/ReferenceRepositories.cpp" line="+235"/>
        <location line="+36"/>
        <source>节假日名称</source>
        <translation>Holiday name</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>设置</source>
        <translation>Setting</translation>
    </message>
</context>
<context>
    <name>zz::IntakeForm</name>
    <message>
        <location filename="../src/gui/intake/IntakeForm.cpp" line="+159"/>
        <source>草稿无法恢复</source>
        <translation>Draft cannot be restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上次留下的受理草稿无法打开（可能属于另一个数据库，或本账号的草稿密钥已更换），已将其删除。</source>
        <translation>The intake draft left last time could not be opened (it may belong to another database, or this account’s draft key has changed), so it was deleted.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>恢复草稿</source>
        <translation>Restore Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上次有未登记的受理内容，是否恢复？</source>
        <translation>There is unregistered intake content from last time. Restore it?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>丢弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>&lt;b&gt;事件受理登记&lt;/b&gt;</source>
        <translation>&lt;b&gt;Case Intake&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>输入类别名称的任意部分，如“邻里”</source>
        <translation>Type any part of a category name, e.g. &quot;neighbor&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>事件类别</source>
        <translation>Case category</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>办理时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>输入村（社区）或网格名称</source>
        <translation>Type a village (community) or grid name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>事发地点</source>
        <translation>Incident location</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>详细地址</source>
        <translation>Street address</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>纬度</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>经度</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>坐标（可选）</source>
        <translation>Coordinates (optional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+404"/>
        <location line="+59"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="-461"/>
        <source>事件经过、诉求</source>
        <translation>What happened and what is requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+364"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>身份证号</source>
        <translation>Resident ID number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>添加当事人 (Ctrl+N)</source>
        <translation>Add Party (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>删除当前行 (Ctrl+Del)</source>
        <translation>Delete Row (Ctrl+Del)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>反映人/当事人</source>
        <translation>Reporter / parties</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>添加附件…</source>
        <translation>Add Attachment…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>移除附件</source>
        <translation>Remove Attachment</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>每个不超过 10 MB</source>
        <translation>Up to 10 MB each</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>添加附件</source>
        <translation>Add Attachments</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>就地化解</source>
        <translation>Settle on the spot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>化解结果</source>
        <translation>Settlement result</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>当场处理</source>
        <translation>On-the-spot handling</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记 (Ctrl+Enter)</source>
        <translation>Register (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打印回执</source>
        <translation>Print Receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回执PDF</source>
        <translation>Receipt PDF</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>取消关联</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>登记后将合并到案件 %1</source>
        <translation>Will be merged into case %1 when registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记后将标记为案件 %1 的重复件</source>
        <translation>Will be marked as a duplicate of case %1 when registered</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>第 %1 行：%2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>没有唯一匹配的事件类别，请从列表中选择。</source>
        <translation>No unique matching case category; please choose one from the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+67"/>
        <source>请选择事件类别。</source>
        <translation>Please select a case category.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>没有唯一匹配的地点，请从列表中选择本辖区的村（社区）或网格。</source>
        <translation>No unique matching location; please choose a village (community) or grid of your jurisdiction from the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>请选择事发地点。</source>
        <translation>Please select the incident location.</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+59"/>
        <source>就地化解须填写化解结果。</source>
        <translation>Settling on the spot requires a settlement result.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>（选择类别后显示）</source>
        <translation>(Shown after a category is selected)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 前（%2 个%3）</source>
        <translation>By %1 (%2 %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>工作日</source>
        <translation>working days</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>自然日</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>与数据库的连接中断，登记内容已保留。请检查网络后点“重试”：%1</source>
        <translation>The connection to the database was interrupted; the entered data has been kept. Check the network, then click &quot;Retry&quot;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已登记：案件编号 &lt;b&gt;%1&lt;/b&gt;，查询码 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Registered: case No. &lt;b&gt;%1&lt;/b&gt;, lookup code &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>仍无法连接数据库：%1</source>
        <translation>Still cannot connect to the database: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1（%2 KB）</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>保存受理回执</source>
        <translation>Save Intake Receipt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>受理回执-%1.pdf</source>
        <translation>intake-receipt-%1.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>zz::IntakeModule</name>
    <message>
        <location filename="../src/gui/intake/IntakeModule.cpp" line="+21"/>
        <source>受理登记</source>
        <translation>Case Intake</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>受理登记表已填写但尚未登记。</source>
        <translation>The intake form has been filled in but the case is not registered yet.</translation>
    </message>
</context>
<context>
    <name>zz::IntakeReceipt</name>
    <message>
        <location filename="../src/gui/intake/IntakeReceipt.cpp" line="+46"/>
        <source>综治中心</source>
        <translation>Governance Center</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>（未登记）</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 前办结</source>
        <translation>To be closed by %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按规定时限办理</source>
        <translation>Within the prescribed time limit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>地址：%1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>电话：%1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>事件受理回执</source>
        <translation>Case Intake Receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>案件编号</source>
        <translation>Case No.</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>查询码</source>
        <translation>Lookup code</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>反映人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>受理人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>承诺时限</source>
        <translation>Committed deadline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>您反映的事项已受理。请凭案件编号和查询码到本中心受理窗口查询办理进度。</source>
        <translation>The matter you reported has been received. Check its progress at our counter with the case number and lookup code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您反映的事项已受理。请凭案件编号和查询码拨打本中心电话 %1 或到本中心受理窗口查询办理进度。</source>
        <translation>The matter you reported has been received. Check its progress with the case number and lookup code by calling us at %1 or at our counter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>扫描二维码可读取案件编号。</source>
        <translation> Scan the QR code to read the case number.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>受理回执存根（%1留存）</source>
        <translation>Receipt stub (kept by %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>受理日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>领取人签字</source>
        <translation>Signature of recipient</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 对半裁</source>
        <translation>Half A4 (cut in two)</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+15"/>
        <location line="+70"/>
        <source>受理回执 %1</source>
        <translation>Intake Receipt %1</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+53"/>
        <source>沿此线剪开</source>
        <translation>Cut along this line</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>综治中心工作台</source>
        <translation>Zongzhi Workbench</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无法写入文件 %1。</source>
        <translation>Cannot write the file %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>受理回执预览 — %1</source>
        <translation>Intake Receipt Preview — %1</translation>
    </message>
</context>
<context>
    <name>zz::LockScreen</name>
    <message>
        <location filename="../src/gui/shell/LockScreen.cpp" line="+45"/>
        <source>屏幕已锁定</source>
        <translation>Screen Locked</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1（%2，%3）</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>工作台已锁定，请输入密码解锁。</source>
        <translation>The workbench is locked. Enter your password to unlock it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>注销</source>
        <translation>Log Out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退出当前账号，回到登录界面</source>
        <translation>Log out of the current account and return to the login screen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>请输入密码。</source>
        <translation>Please enter the password.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>账号不符，请注销后重新登录。</source>
        <translation>Account mismatch. Please log out and log in again.</translation>
    </message>
</context>
<context>
    <name>zz::LoginDialog</name>
    <message>
        <location filename="../src/gui/shell/LoginDialog.cpp" line="+21"/>
        <source>登录 - 综治中心工作台</source>
        <translation>Log In - Zongzhi Workbench</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>综治中心工作台</source>
        <translation>Zongzhi Workbench</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>登录名</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>用户名(&amp;U)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>登录</source>
        <translation>Log In</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>请输入用户名。</source>
        <translation>Please enter the user name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>请输入密码。</source>
        <translation>Please enter the password.</translation>
    </message>
</context>
<context>
    <name>zz::LoginRoles</name>
    <message>
        <location filename="../src/storage/LoginRoles.cpp" line="+128"/>
        <source>当前数据库账号无权管理登录角色(需要 CREATEROLE 权限)。</source>
        <translation>The current database account is not allowed to manage login roles (the CREATEROLE privilege is required).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>无法取得 PostgreSQL 连接句柄。</source>
        <translation>Cannot obtain the PostgreSQL connection handle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>计算密码摘要失败。</source>
        <translation>Failed to compute the password digest.</translation>
    </message>
</context>
<context>
    <name>zz::MainWindow</name>
    <message>
        <location filename="../src/gui/shell/MainWindow.cpp" line="+38"/>
        <source>综治中心工作台</source>
        <translation>Zongzhi Workbench</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>模块工具栏</source>
        <translation>Modules Toolbar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>当前登录的账号：%1</source>
        <translation>Logged-in account: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>当前连接的数据库</source>
        <translation>Connected database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>结构版本 %1</source>
        <translation>Schema version %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>连接数据库(&amp;D)…</source>
        <translation>Connect to &amp;Database…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>锁定屏幕(&amp;L)</source>
        <translation>&amp;Lock Screen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>修改密码(&amp;P)…</source>
        <translation>Change &amp;Password…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>注销(&amp;O)</source>
        <translation>Log &amp;Out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注销</source>
        <translation>log out</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>尚未登记的内容</source>
        <translation>Unregistered input</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保存为草稿后，下次以本账号在此电脑登录时可以恢复；放弃则不再保留。</source>
        <translation>Saved as a draft, it can be restored the next time this account logs in on this computer; discarded, it is gone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存草稿并%1</source>
        <translation>Save draft and %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>退出</source>
        <translation>quit</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>切换数据库</source>
        <translation>switch database</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>关于综治中心工作台</source>
        <translation>About Zongzhi Workbench</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;综治中心工作台 %1&lt;/h3&gt;&lt;p&gt;乡镇（街道）综治中心的案件受理、分流指派、办理反馈与结案归档工作台。&lt;/p&gt;&lt;p&gt;本程序是自由软件，依据 GNU 通用公共许可证第 3 版或更新版本发布。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Zongzhi Workbench %1&lt;/h3&gt;&lt;p&gt;Workbench for township (subdistrict) comprehensive governance centers: case intake, assignment and dispatch, handling feedback, closing and archiving.&lt;/p&gt;&lt;p&gt;This program is free software, released under the GNU General Public License version 3 or any later version.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>zz::OrgUnitRepository</name>
    <message>
        <location filename="../src/storage/ReferenceRepositories.cpp" line="-567"/>
        <source>上级单位不存在。</source>
        <translation>The parent unit does not exist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1”的层级与上级单位“%2”不匹配。</source>
        <translation>The level of &quot;%1&quot; does not match its parent unit &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>村(社区)和网格必须有上级单位。</source>
        <translation>Villages (communities) and grids must have a parent unit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>单位代码和名称不能为空。</source>
        <translation>The unit code and name must not be empty.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>单位不存在。</source>
        <translation>The unit does not exist.</translation>
    </message>
</context>
<context>
    <name>zz::OverviewModule</name>
    <message>
        <location filename="../src/gui/shell/OverviewModule.cpp" line="+28"/>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>zz::OverviewPage</name>
    <message>
        <location filename="../src/gui/shell/OverviewPage.cpp" line="+41"/>
        <source>案件概览</source>
        <translation>Case Overview</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>案件总数</source>
        <translation>Total cases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>在办案件</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已办结（含不予立案）</source>
        <translation>Closed (incl. declined)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>按办理环节</source>
        <translation>By stage</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>更新于 %1</source>
        <translation>Updated %1</translation>
    </message>
</context>
<context>
    <name>zz::PartyRevealDialog</name>
    <message>
        <location filename="../src/gui/cases/PartyRevealDialog.cpp" line="+17"/>
        <source>完整信息 - %1</source>
        <translation>Full Details - %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>以下为案件 %1 当事人的完整个人信息。本次查看已记入审计日志，请勿外传。</source>
        <translation>Below is the full personal information of the parties of case %1. This viewing has been recorded in the audit log; do not disclose it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>身份证号</source>
        <translation>Resident ID number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
</context>
<context>
    <name>zz::PasswordHasher</name>
    <message>
        <location filename="../src/storage/PasswordHasher.cpp" line="+19"/>
        <source>密码模块初始化失败。</source>
        <translation>The password module failed to initialize.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>计算密码摘要时内存不足。</source>
        <translation>Out of memory while computing the password digest.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>密码至少需要 %1 个字符。</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>密码不能全部是数字,请加入字母或符号。</source>
        <translation>The password cannot consist only of digits; please add letters or symbols.</translation>
    </message>
</context>
<context>
    <name>zz::ReferenceNames</name>
    <message>
        <location filename="../src/gui/dispatch/ReferenceNames.cpp" line="+83"/>
        <source>%1（网格员）</source>
        <translation>%1 (grid worker)</translation>
    </message>
</context>
<context>
    <name>zz::RelatedCasesPanel</name>
    <message>
        <location filename="../src/gui/intake/RelatedCasesPanel.cpp" line="+29"/>
        <source>&lt;b&gt;同一当事人的案件&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cases of the same party&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;本村（社区）近 %1 天的相似案件&lt;/b&gt;</source>
        <translation>&lt;b&gt;Similar cases in this village (community) in the last %1 days&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>标记为重复件</source>
        <translation>Mark as Duplicate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>合并到此件</source>
        <translation>Merge into This Case</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>双击查看案件详情；选中一件后可标记为重复件或合并。</source>
        <translation>Double-click to view case details; select a case to mark as duplicate or merge.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>案件编号</source>
        <translation>Case No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>关联案件查询失败：%1</source>
        <translation>Related case query failed: %1</translation>
    </message>
</context>
<context>
    <name>zz::ResetPasswordDialog</name>
    <message>
        <location filename="../src/gui/admin/ResetPasswordDialog.cpp" line="+24"/>
        <source>重置密码 - %1</source>
        <translation>Reset Password - %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>为 %1（%2）设置新密码。账号若因密码输错被锁定，也会同时解锁。</source>
        <translation>Set a new password for %1 (%2). If the account is locked because of wrong passwords, it is unlocked as well.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>至少 %1 位，不能全是数字</source>
        <translation>At least %1 characters, not all digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新密码：</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>确认密码：</source>
        <translation>Confirm password:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>重置密码</source>
        <translation>Reset Password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>zz::SavedFilterStore</name>
    <message>
        <location filename="../src/gui/dispatch/BoardFilter.cpp" line="+6"/>
        <source>我的待办</source>
        <translation>My to-dos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>督办件</source>
        <translation>Supervised cases</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>请填写筛选名称。</source>
        <translation>Please enter a name for the filter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>筛选名称</source>
        <translation>Filter name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索内容</source>
        <translation>Search text</translation>
    </message>
</context>
<context>
    <name>zz::StageStrip</name>
    <message>
        <location filename="../src/gui/dispatch/StageStrip.cpp" line="+35"/>
        <source>只看“%1”的案件（按住 Ctrl 可多选）</source>
        <translation>Show only cases in &quot;%1&quot; (hold Ctrl to select several)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>在办案件中已用去七成期限、尚未到期的</source>
        <translation>Open cases that have used 70% of their time limit but are not yet due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在办案件中已过办理期限的</source>
        <translation>Open cases past their deadline</translation>
    </message>
</context>
<context>
    <name>zz::SupervisionNotifier</name>
    <message>
        <location filename="../src/gui/dispatch/SupervisionNotifier.cpp" line="+109"/>
        <source>点击关闭</source>
        <translation>Click to close</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>红牌 %1 件</source>
        <translation>%1 red card(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>黄牌 %1 件</source>
        <translation>%1 yellow card(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自动督办：新增%1</source>
        <translation>New automatic supervision: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（%1%2）</source>
        <translation> (%1%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> 等</source>
        <translation>, etc.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>自动督办检查失败：%1</source>
        <translation>Automatic supervision check failed: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>另有 %1 件</source>
        <translation>%1 more</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>自动督办</source>
        <translation>Automatic Supervision</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>综治中心工作台</source>
        <translation>Zongzhi Workbench</translation>
    </message>
</context>
<context>
    <name>zz::SupervisionService</name>
    <message>
        <location filename="../src/storage/SupervisionService.cpp" line="+143"/>
        <source>系统自动督办</source>
        <translation>Automatic supervision by the system</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+45"/>
        <source>您的角色无权修改督办时限。</source>
        <translation>Your role is not allowed to change supervision time limits.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>督办时限的小时数应大于0，期限比例应在1%至1000%之间。</source>
        <translation>Supervision time limits must be more than 0 hours, and deadline percentages between 1% and 1000%.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>“%1”类</source>
        <translation>category &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1级</source>
        <translation>%1 level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（依据：%1督办时限）</source>
        <translation> (per the %1 supervision time limit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>默认</source>
        <translation>default</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>超过办理期限%1小时仍未办结</source>
        <translation>Still not closed %1 hours past the deadline</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>黄牌督办后%1小时仍未办结</source>
        <translation>Still not closed %1 hours after the yellow card</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>立案后超过%1小时未派遣</source>
        <translation>Not dispatched more than %1 hours after registration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>派遣后超过%1小时未签收</source>
        <translation>Not signed for more than %1 hours after dispatch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已超过办理期限（%1）</source>
        <translation>Past the deadline (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已用去办理时限的%1%</source>
        <translation>%1% of the time limit used</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1：%2%3</source>
        <translation>%1: %2%3</translation>
    </message>
</context>
<context>
    <name>zz::Types</name>
    <message>
        <location filename="../src/core/Types.cpp" line="+19"/>
        <source>受理员</source>
        <translation>Reception clerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班员</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部门处置人</source>
        <translation>Department handler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>领导</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>县(市、区)</source>
        <translation>County (city, district)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇(街道)</source>
        <translation>Township (subdistrict)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村(社区)</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>待受理</source>
        <translation>Awaiting intake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已立案</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>不予立案</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>已派遣</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处置中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待核查</source>
        <translation>Awaiting verification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>问题上报</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>立案</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>派遣</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签收</source>
        <translation>Sign for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理反馈</source>
        <translation>Submit feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>核查结案</source>
        <translation>Verify and close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转办</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上报上级</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下派</source>
        <translation>Hand down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批准延期</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>驳回延期</source>
        <translation>Refuse extension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撤回延期申请</source>
        <translation>Withdraw extension request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>督办</source>
        <translation>Supervise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>催办</source>
        <translation>Urge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新办理</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就地化解</source>
        <translation>Settle on the spot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限重算</source>
        <translation>Deadline recomputed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>网格上报</source>
        <translation>Grid report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来电</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12345热线</source>
        <translation>12345 hotline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来信</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网上</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>视频巡查</source>
        <translation>Video patrol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部门移交</source>
        <translation>Department referral</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>举报</source>
        <translation>Tip-off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>求助</source>
        <translation>Request for help</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>一般</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重大</source>
        <translation>Major</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>绿</source>
        <translation>Green</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>黄</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>橙</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>红</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正常</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>即将超期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未督办</source>
        <translation>Not supervised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>普通督办</source>
        <translation>Normal supervision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>黄牌督办</source>
        <translation>Yellow card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>红牌督办</source>
        <translation>Red card</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上门</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>短信</source>
        <translation>Text message</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>未联系上</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>反映人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>街巷型</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>楼院型</source>
        <translation>Building</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位型</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>农村型</source>
        <translation>Rural</translation>
    </message>
    <message>
        <location filename="../src/core/Types.cpp" line="+238"/>
        <location filename="../src/core/Types.cpp" line="+96"/>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>zz::UserRepository</name>
    <message>
        <location filename="../src/storage/ReferenceRepositories.cpp" line="+372"/>
        <source>登录名不能为空。</source>
        <translation>The login name must not be empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登录名“%1”已被使用。</source>
        <translation>The login name &quot;%1&quot; is already in use.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>账号不存在。</source>
        <translation>The account does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此账号已被其他人修改,请重新载入后再编辑。</source>
        <translation>This account has been modified by someone else. Please reload it before editing.</translation>
    </message>
</context>
<context>
    <name>zz::Validators</name>
    <message>
        <location filename="../src/core/Validators.cpp" line="+65"/>
        <source>请输入身份证号码</source>
        <translation>Please enter the resident ID number</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>身份证号码应为18位，当前为%n位</source>
        <translation>
            <numerusform>The resident ID number must have 18 characters (currently %n character)</numerusform>
            <numerusform>The resident ID number must have 18 characters (currently %n characters)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>身份证号码前17位应为数字，最后一位为数字或X</source>
        <translation>The first 17 characters of the resident ID number must be digits, and the last a digit or X</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>身份证号码的地区代码无效</source>
        <translation>The region code in the resident ID number is invalid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>身份证号码中的出生日期无效</source>
        <translation>The date of birth in the resident ID number is invalid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>身份证号码中的出生日期早于1900年</source>
        <translation>The date of birth in the resident ID number is before 1900</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>身份证号码中的出生日期晚于今天</source>
        <translation>The date of birth in the resident ID number is after today</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>身份证号码校验位错误，请核对号码</source>
        <translation>The check digit of the resident ID number is wrong; please check the number</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>请输入电话号码</source>
        <translation>Please enter the phone number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>电话号码只能包含数字、空格、“-”和“+”</source>
        <translation>A phone number may contain only digits, spaces, &quot;-&quot; and &quot;+&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>固定电话号码格式不正确，应为区号加7至8位号码，如0571-87654321</source>
        <translation>Invalid landline number: it should be an area code plus 7 to 8 digits, e.g. 0571-87654321</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>手机号码格式不正确，应为以1开头的11位号码</source>
        <translation>Invalid mobile number: it should be 11 digits starting with 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话号码格式不正确，请填写手机号码或带区号的固定电话</source>
        <translation>Invalid phone number; enter a mobile number or a landline with area code</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1不能为空</source>
        <translation>%1 must not be empty</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1最多%n个字符，当前为%2个</source>
        <translation>
            <numerusform>%1 can have at most %n character (currently %2)</numerusform>
            <numerusform>%1 can have at most %n characters (currently %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1至少需要%n个字符，当前为%2个</source>
        <translation>
            <numerusform>%1 needs at least %n character (currently %2)</numerusform>
            <numerusform>%1 needs at least %n characters (currently %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::WorkCalendar</name>
    <message>
        <location filename="../src/core/WorkCalendar.cpp" line="+143"/>
        <source>%1 年节假日尚未录入，期限按周末推算</source>
        <translation>Holidays for %1 have not been entered yet; the deadline counts weekends only</translation>
    </message>
</context>
<context>
    <name>zz::cli</name>
    <message>
        <location filename="../src/cli/RawEngine.cpp" line="+23"/>
        <source>基准测试的原生 %1 查询失败:%2</source>
        <translation>Native %1 query of the benchmark failed: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/BenchCommand.cpp" line="+603"/>
        <source>--cases 与 --repeats 需要正整数。</source>
        <translation>--cases and --repeats need positive integers.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>本程序与原生引擎返回的行不一致:基准测试中复制的 SQL 已与 CaseRepository 不同步。</source>
        <translation>This program and the native engine returned different rows: the SQL copied into the benchmark is out of sync with CaseRepository.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="+84"/>
        <source>数据库结构已从版本 %1 升级到版本 %2。</source>
        <translation>Database schema upgraded from version %1 to version %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已写入 %1 天节假日与调休上班日。</source>
        <translation>Wrote %1 days of public holidays and make-up working days.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>数据库已就绪:%1(结构版本 %2)</source>
        <translation>Database ready: %1 (schema version %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--cases 需要一个非负整数。</source>
        <translation>--cases needs a non-negative integer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  已生成 %1 / %2 件</source>
        <translation>  Generated %1 / %2 cases</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>演示数据已生成:%1 件案件,用时 %2 秒(%3)。</source>
        <translation>Demo data generated: %1 cases in %2 s (%3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>演示账号(admin、reception1、duty1、leader1、handler1 等)的密码均为 %1。</source>
        <translation>The demo accounts (admin, reception1, duty1, leader1, handler1, etc.) all have the password %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>数据库:%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结构版本:%1(本程序支持 %2)</source>
        <translation>Schema version: %1 (this program supports %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>案件总数:%1</source>
        <translation>Total cases: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>审计日志完好,已校验 %1 条记录。</source>
        <translation>The audit log is intact; %1 records verified.</translation>
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
        <translation>Usage: zongzhi-cli &lt;command&gt; [options]

Commands:
  init   Create or upgrade the database schema and write the holiday calendar
  demo   Generate demo data (--cases N, default 2000)
  info   Show the database version and the number of cases
  account create --login L --name NAME --roles admin,leader --org UNIT_CODE
         [--department DEPARTMENT] [--password-stdin]
                       Create an account (the initial administrator if the database has no accounts yet)
  account passwd|disable|enable --login L [--password-stdin]
                       Reset the password of, disable or enable an account. Runs as the database role
                       of the connection (initially the database owner): an operations tool for the
                       server. The password is typed at the terminal, or read as one line from
                       standard input with --password-stdin
  calendar status      Show the years the holiday calendar covers
  calendar import --from FILE.json [--year YYYY]
                       Enter a new year&apos;s holidays (chinese-days format) and recompute the deadlines of
                       open cases that fell outside the old calendar; on PostgreSQL connect as the
                       database owner
  audit verify [--checkpoint FILE]...
                       Verify the audit log&apos;s hash chain, its append-only triggers and signed
                       checkpoints (exit code 0 if intact, 4 if untrustworthy, 3 if a checkpoint file
                       is refused)
  audit keygen --out FILE [--db URL]
                       Generate an audit witness key pair (keep the secret key offline; with --db the
                       public key is registered too)
  audit trust --public-key HEX|PUBLIC_KEY_FILE [--label TEXT]
                       Register a trusted audit witness public key in the database
  audit checkpoint --key SECRET_KEY_FILE --out FILE
                       Sign a checkpoint of the audit chain&apos;s head and write it to a file (at least
                       weekly)
  backup --to FILE     Back up an SQLite database online (for PostgreSQL use pg_dump on the server)
  restore --from FILE  Check a backup file, then restore it to the SQLite database given by --db
  bench  Performance benchmark: generates demo data first if there are fewer than N cases, then
         measures dispatch board queries and case registration
         (--cases N, default 100000; --json FILE; --repeats R, default 15)

Common options:
  --db URL   Database URL: sqlite:///path/file.db or postgresql://user@host:port/dbname
             (if omitted: the ZONGZHI_DB environment variable, then zongzhi.db in the user data directory)
</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>已补录节假日 %1 天,重算了 %2 件案件的办理期限。</source>
        <translation>Added %1 holidays and adjusted working days; recomputed the deadlines of %2 cases.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>用法:zongzhi-cli audit verify --db URL [--checkpoint 文件]...
      zongzhi-cli audit keygen --out 私钥文件 [--db URL]
      zongzhi-cli audit trust --db URL --public-key 十六进制|公钥文件 [--label 说明]
      zongzhi-cli audit checkpoint --db URL --key 私钥文件 --out 检查点文件</source>
        <translation>Usage: zongzhi-cli audit verify --db URL [--checkpoint FILE]...
       zongzhi-cli audit keygen --out SECRET_KEY_FILE [--db URL]
       zongzhi-cli audit trust --db URL --public-key HEX|PUBLIC_KEY_FILE [--label TEXT]
       zongzhi-cli audit checkpoint --db URL --key SECRET_KEY_FILE --out CHECKPOINT_FILE</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>未提供检查点(--checkpoint):哈希链被整体重算或末尾记录被删除时,仅凭哈希链无法发现。</source>
        <translation>No checkpoint given (--checkpoint): the hash chain alone cannot show a recomputed chain or records removed from its end.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>与 %1 个已签名的检查点一致。</source>
        <translation>Agrees with %1 signed checkpoint(s).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>审计日志不可信:防改触发器缺失或已停用。</source>
        <translation>The audit log cannot be trusted: an append-only trigger is missing or disabled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>审计日志不可信:第一处不同在第 %1 条记录。</source>
        <translation>The audit log cannot be trusted: the first difference is record %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>审计日志不可信:第一处不同在第 %1 至 %2 条记录之间。</source>
        <translation>The audit log cannot be trusted: the first difference lies between records %1 and %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>注意:%1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>私钥已写入 %1(仅本人可读写)。请把它离线保管(例如由县级综治中心保管),不要留在数据库服务器上。</source>
        <translation>Secret key written to %1 (readable by its owner only). Keep it offline (for example at the county center), never on the database server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>公钥已写入 %1.pub。</source>
        <translation>Public key written to %1.pub.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公钥:%1</source>
        <translation>Public key: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>公钥已登记为 %1 的审计见证密钥。</source>
        <translation>Public key registered as an audit witness key of %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>已登记审计见证公钥 %1。</source>
        <translation>Audit witness public key %1 registered.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>公钥 %1 早已登记,未作改动。</source>
        <translation>Public key %1 was registered already; nothing changed.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已签署检查点:审计链到第 %1 条记录,哈希 %2,写入 %3。</source>
        <translation>Checkpoint signed: the audit chain up to record %1, hash %2, written to %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请把检查点文件与私钥一起保存在服务器以外;核对时用 audit verify --checkpoint 该文件。</source>
        <translation>Keep the checkpoint file away from the server, with the secret key; check the log against it with audit verify --checkpoint FILE.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>用法:zongzhi-cli backup --db URL --to 文件</source>
        <translation>Usage: zongzhi-cli backup --db URL --to FILE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已备份到 %1。</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>用法:zongzhi-cli restore --from 文件 --db URL</source>
        <translation>Usage: zongzhi-cli restore --from FILE --db URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已从 %1 恢复到 %2。</source>
        <translation>Restored %1 to %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>数据库地址</source>
        <translation>Database URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>演示案件数</source>
        <translation>Number of demo cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>随机种子(相同种子生成相同数据)</source>
        <translation>Random seed (the same seed generates the same data)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把基准测试结果另存为 JSON 文件</source>
        <translation>Also save the benchmark results as a JSON file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每项测量的重复次数</source>
        <translation>Repetitions of each measurement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份文件</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用于恢复的备份文件</source>
        <translation>Backup file to restore from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>输出文件(审计密钥或检查点)</source>
        <translation>Output file (audit key or checkpoint)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计见证私钥文件</source>
        <translation>Audit witness secret key file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计见证公钥(十六进制或公钥文件)</source>
        <translation>Audit witness public key (hex or public key file)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公钥的说明(例如保管单位)</source>
        <translation>Description of the public key (for example who keeps it)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已签名的检查点文件(可重复)</source>
        <translation>Signed checkpoint file (repeatable)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>未知命令“%1”。</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="+66"/>
        <source>标准输入不是终端:请用 --password-stdin 提供密码。</source>
        <translation>Standard input is not a terminal: supply the password with --password-stdin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>新密码:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>再输入一次:</source>
        <translation>Enter it again:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>密码不能为空。</source>
        <translation>The password must not be empty.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>未知角色“%1”。可用:reception, duty_officer, handler, leader, admin</source>
        <translation>Unknown role &quot;%1&quot;. Available: reception, duty_officer, handler, leader, admin</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>登录名</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>角色,逗号分隔</source>
        <translation>Roles, comma-separated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属单位代码</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属部门名称(部门处置人)</source>
        <translation>Department name (department handlers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从标准输入读取一行作为密码</source>
        <translation>Read the password as one line from standard input</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>用法:zongzhi-cli account create|passwd|disable|enable --db URL --login 登录名 [选项]</source>
        <translation>Usage: zongzhi-cli account create|passwd|disable|enable --db URL --login LOGIN [options]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>找不到单位代码“%1”(--org)。</source>
        <translation>Unit code &quot;%1&quot; not found (--org).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>单位“%1”下没有部门“%2”。</source>
        <translation>Unit &quot;%1&quot; has no department &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已创建初始管理员账号 %1(%2)。</source>
        <translation>Initial administrator account %1 (%2) created.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已创建账号 %1(%2)。</source>
        <translation>Account %1 (%2) created.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>账号“%1”不存在。</source>
        <translation>The account &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>账号 %1 的密码已重置。</source>
        <translation>The password of account %1 has been reset.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>账号 %1 已启用。</source>
        <translation>Account %1 enabled.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>账号 %1 已停用。</source>
        <translation>Account %1 disabled.</translation>
    </message>
    <message>
        <location filename="../src/cli/CalendarCommand.cpp" line="+26"/>
        <source>数据库中还没有节假日数据,所有期限只按周末推算。</source>
        <translation>The database has no holiday data yet; all deadlines count weekends only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>节假日日历覆盖 %1—%2 年;此后的期限按周末推算,录入新年度后自动重算。</source>
        <translation>The holiday calendar covers %1–%2; later deadlines count weekends only and are recomputed when a new year is entered.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>只录入文件中这一年的节假日</source>
        <translation>Enter only this year&apos;s holidays from the file</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>用法:zongzhi-cli calendar status --db URL
      zongzhi-cli calendar import --from 文件.json [--year YYYY] --db URL</source>
        <translation>Usage: zongzhi-cli calendar status --db URL
       zongzhi-cli calendar import --from FILE.json [--year YYYY] --db URL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>无法读取节假日文件“%1”:应为 chinese-days 格式的 JSON({&quot;holidays&quot;: {...}, &quot;workdays&quot;: {...}})。</source>
        <translation>Cannot read the holiday file “%1”: expected chinese-days JSON ({&quot;holidays&quot;: {...}, &quot;workdays&quot;: {...}}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>文件中没有 %1 年的节假日。</source>
        <translation>The file has no holidays for %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已录入 %1 年的节假日与调休上班日,共 %2 天;%3 件在办案件的办理期限已按新日历重算。</source>
        <translation>Entered the holidays and adjusted working days of %1 (%2 days); the deadlines of %3 open cases were recomputed with the new calendar.</translation>
    </message>
</context>
<context>
    <name>zz::cli::Bench</name>
    <message>
        <location filename="../src/cli/BenchCommand.cpp" line="-423"/>
        <source>数据库已有 %1 件案件,直接使用。</source>
        <translation>The database already has %1 cases; using them as they are.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  已生成 %1 / %2 件</source>
        <translation>  Generated %1 / %2 cases</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>演示数据已生成,用时 %1 秒。</source>
        <translation>Demo data generated in %1 s.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>演示数据中找不到可用于检索测试的词语(%1)。</source>
        <translation>No word usable for the search test was found in the demo data (%1).</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+11"/>
        <location line="+6"/>
        <location line="+47"/>
        <source>乡镇 %1</source>
        <translation>Township %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>“%1”,共 %2 件命中</source>
        <translation>&quot;%1&quot;, %2 hits</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>案件不足 %1 页,测第 %2 页</source>
        <translation>Fewer than %1 pages of cases; measuring page %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>数据库中没有受理员账号,无法测试案件登记。</source>
        <translation>The database has no reception clerk account; case registration cannot be tested.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>数据库中没有网格或事件小类,无法测试案件登记。</source>
        <translation>The database has no grids or case subcategories; case registration cannot be tested.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 次登记</source>
        <translation>%1 registrations</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1,%2 件案件,每项取 %3 次的中位数(预热 %4 次);负载 %5 → %6</source>
        <translation>%1, %2 cases, median of %3 runs per measurement (%4 warm-up runs); load %5 → %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>指标</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本程序 ms</source>
        <translation>App ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原生 ms</source>
        <translation>Native ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>比值</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>目标 ms</source>
        <translation>Target ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>超出目标</source>
        <translation>Over target</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>比值 &gt; %1</source>
        <translation>Ratio &gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>结果不一致</source>
        <translation>Results differ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>通过</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>查询看板后的常驻内存(MB)</source>
        <translation>Resident memory after board queries (MB)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 的查询计划:</source>
        <translation>Query plan for %1:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>无法写入 %1:%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
</TS>
