# Polku — 简体中文 (Simplified Chinese). Translated from locales/en/main.ftl: same message ids.
# Writing rules: locales/README.md. Short sentences, common words.
# The reader is addressed as "您" (the polite "you" of a public service); Polku says "我".
# Terms: learner = 学员, career counsellor = 职业顾问 (short: 顾问), coordinator = 协调员,
# invite link = 邀请链接, Skills Centre for Migrants = 移民技能中心, Polku = Polku.

## The language itself

# The language's own name, in its own script (shown in the language picker).
language-name = 中文
language-first = 您想让我用哪种语言？以后您可以用 /language 更改。
language-choose = 请选择您的语言。
language-set = 好的。我会用中文给您写信息。
language-settings =
    请选择您的语言。

    您的第二语言：{ $second }。如果一条信息没有您的语言版本，您会收到第二语言的版本。
language-second-none = 没有
language-second-button = 第二语言
language-second-choose = 请选择第二语言。如果一条信息没有您的语言版本，我就用第二语言。
language-second-nothing = 不要第二语言
language-second-set = 好的。您的第二语言现在是 { $second }。
language-second-removed = 好的。您现在没有第二语言了。
language-practice-on = 练习芬兰语
language-practice-off = 停止练习芬兰语
practice-started = 芬兰语练习已打开。每条信息您都会同时收到简单芬兰语的版本。输入 /suomi 可以停止。
practice-stopped = 芬兰语练习已关闭。输入 /suomi 可以重新开始。
practice-finnish = 我已经在用芬兰语给您写信息了。要练习的话，请先用 /language 选择另一种语言。
# The heading above the Finnish text under each message, in Finnish practice.
practice-in-finnish = 芬兰语：
mydata-reading =
    第二语言：{ $second }。
    芬兰语练习：{ $practice ->
        [on] 打开
       *[off] 关闭
    }。

## Starting and invites

start-no-invite =
    您好！我是 Polku，移民技能中心的助手。
    开始使用前，您需要顾问给您的邀请链接。请向您的顾问要这个链接。然后在这部手机上打开它。
start-invite-invalid = 这个邀请链接不能用。请检查链接是否完整。或者请您的顾问给您一个新链接。
start-invite-expired = 这个邀请链接已经过期了。请您的顾问给您一个新链接。
start-invite-used = 有人已经用过这个邀请链接了。请您的顾问给您一个新链接。
start-already-joined = { $name }，您已经加入了。您不需要新的邀请链接。
start-welcome-back = { $name }，欢迎回来！
start-welcome-learner =
    欢迎您，{ $name }！我是 Polku。
    我帮您跟进您在技能中心的计划。我提醒您重要的日期。我也帮您联系您的顾问。
start-welcome-counsellor =
    欢迎您，{ $name }！您现在是 Polku 里的职业顾问。
    您可以用 /invite 邀请您的学员。学员加入时，或者需要您帮助时，我会告诉您。
start-welcome-coordinator =
    欢迎您，{ $name }！您现在是 Polku 里的协调员。
    您可以用 /invite 邀请职业顾问和协调员。

## Help, one text for each role

help-visitor =
    我是 Polku，移民技能中心的助手。
    要使用我，您需要顾问给您的邀请链接。
    /language – 选择语言
help-learner =
    您可以做这些事：
    /plan – 查看您的计划，标记已完成的步骤
    /book – 预约和顾问会面
    /appointments – 查看、改时间或取消您的会面
    /mood – 告诉我您最近怎么样
    /counsellor – 请您的顾问联系您
    /intake – 重新回答问卷
    /profile – 查看和修改您的回答
    /mydata – 查看 Polku 保存的您的信息
    /forget – 删除您的信息
    /cancel – 停止回答问题
    /language – 更改语言
    /help – 显示这个列表
help-counsellor =
    您可以做这些事：
    /learners – 查看您的学员和他们的计划
    /appointments – 查看和取消您的会面
    /escalations – 现在可能需要您的学员
    /invite – 为新学员生成邀请链接
    /cancel – 停止添加步骤
    /language – 更改语言
    /help – 显示这条信息
help-coordinator =
    您可以做这些事：
    /invite – 为职业顾问或协调员生成邀请链接
    /staff – 停用或恢复员工的使用权限，转移学员，设置代理顾问
    /campaign – 给学员群组发送提醒，查看预览和报告
    /escalations – 查看关于学员的未处理通知
    /language – 更改语言
    /help – 显示这条信息

## The command menu (short, plain text, no formatting)

command-start = 开始
command-help = 帮助
command-language = 更改语言
command-suomi = 练习芬兰语：信息也用芬兰语发
command-invite = 生成邀请链接
command-intake = 回答问卷
command-profile = 查看和修改您的回答
command-mydata = 查看您的信息
command-forget = 删除您的信息
command-cancel = 停止回答问题
command-learners = 您的学员和他们的计划
command-plan = 您的计划
command-book = 预约会面
command-appointments = 您的会面
command-mood = 告诉我您怎么样
command-checkin = 选择我什么时候问您过得怎么样
command-counsellor = 和您的顾问谈谈
command-escalations = 可能需要您的学员

## Making invites

invite-choose-role = 您想邀请谁？
invite-role-counsellor = 职业顾问
invite-role-coordinator = 协调员
invite-created-learner =
    这是给一位新学员的邀请链接。请只发给这个人。链接只能用一次，有效期到 { $expires }。

    { $link }
invite-created-counsellor =
    这是给一位职业顾问的邀请链接。请只发给这个人。链接只能用一次，有效期到 { $expires }。

    { $link }
invite-created-coordinator =
    这是给一位协调员的邀请链接。请只发给这个人。链接只能用一次，有效期到 { $expires }。

    { $link }

## Notices to staff (sent through the outbox)

notice-learner-joined = <b>{ $name }</b> 用您的邀请链接加入了 Polku。现在他/她是您的学员。
notice-staff-joined =
    <b>{ $name }</b> 以{ $role ->
        [coordinator] 协调员
       *[counsellor] 职业顾问
    }身份加入了 Polku。

## Input that Polku does not take

input-text = 对不起，我没有看懂。请输入 /help，看看我能做什么。
input-long-text = 您的信息太长了。请写短一点。
input-media = 我只能读文字。请用文字写您的信息。
input-private-data = 谢谢，但是我不需要您的位置或联系人。我没有保存它们。
input-edited = 我只能读新信息，不能读修改过的信息。请重新发送您的信息。
input-unknown-command = 我不认识这个命令。请输入 /help，看看我能做什么。
input-slow-down = 您发信息太快了。请等一下，然后再写。最后几条信息我没有读。

## Errors

error-generic = 对不起，我这边出了问题。请稍后再试。
error-not-allowed = 对不起，您不能做这件事。
error-stale-button = 这个按钮已经不能用了。
