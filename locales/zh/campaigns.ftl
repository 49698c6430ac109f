## Campaigns: reminders a coordinator sends to a group of learners

command-campaign = 给学员群组发送提醒

# The coordinator's own text, in the learner's language (or the fallback language).
campaign-message = { $text }
campaign-answer = { $label }
campaign-mute = 🔕 不再接收这类信息
campaign-muted = 您以后不会再收到这类群发信息。关于您的计划和会面的提醒还会照常发给您。
campaign-answer-thanks = 谢谢，我保存了您的回答。

campaign-list =
    您的群发活动：
    { $lines }
campaign-list-line = { $id }. { $name }（{ $status }）
campaign-state-draft = 草稿
campaign-state-scheduled = 已安排
campaign-state-sending = 正在发送
campaign-state-done = 已发送
campaign-state-cancelled = 已取消
campaign-list-empty = 还没有群发活动。请按“新的群发活动”，或者用命令行：polku campaign create FILE.yml
campaign-button-show = 群发活动 { $id }
campaign-button-send = 发送
campaign-button-confirm = 是，发送
campaign-button-cancel = 取消这个群发活动

campaign-preview =
    群发活动 { $id }：{ $name }（{ $status }）
    学员：{ $count }
    { $languages }
    { $fallback } 人收到 { $fallback_language } 的文字，因为没有他们的语言的文字。
    不接收：{ $muted }。屏蔽了机器人：{ $blocked }。
campaign-preview-language = { $language }：{ $count }（备用语言：{ $fallback }）
campaign-example =
    { $language } 示例：
    { $text }
campaign-confirm = 把这个群发活动发给 { $count } 位学员吗？
campaign-scheduled = 您已确认群发活动“{ $name }”。我会在您选择的时间发送。发完以后，您会收到一份报告。
campaign-sending-now = 您已确认群发活动“{ $name }”。我现在就发送。发完以后，您会收到一份报告。
campaign-cancelled = 我取消了群发活动“{ $name }”。它的 { $count } 条信息我不会发出。

# $in_doubt: nothing, or one more line (campaign-report-in-doubt) when some messages
# may have arrived: a request was on its way when something went wrong.
campaign-report =
    报告：{ $name }
    学员：{ $audience }
    已发送：{ $sent }。失败：{ $failed }。屏蔽了机器人：{ $blocked }。不接收：{ $muted }。等待中：{ $pending }。{ $in_doubt }
    { $languages }
    回答：
    { $answers }
campaign-report-language = { $language }：已发送 { $sent }/{ $total }
campaign-report-answer = 按钮 { $number }：{ $count }
campaign-report-no-answers = 还没有回答。
campaign-report-in-doubt = {"\u000A"}{ $count ->
       *[other] 有 { $count } 条信息可能已经送达。我发送时出了问题，所以我不确定。我不会再发一次。
    }

campaign-error = 您现在不能修改这个群发活动。
campaign-error-not_draft = 有人已经发送或者取消了这个群发活动。
campaign-error-finished = 这个群发活动已经结束了。
## The guided dialogue: a new campaign (/campaign, "New campaign")
campaign-new-button = ➕ 新的群发活动
campaign-new-name = 新的群发活动。它叫什么名字？只有员工能看到名字。
campaign-new-audience =
    谁会收到它？请选一个筛选条件，或者按“完成”。没有筛选条件的话，所有学员都会收到。
    路线：{ $path }
    阶段：{ $status }
    顾问：{ $counsellor }
    语言：{ $language }
    没有完成的计划步骤：{ $step }
    最近活跃：{ $active }
campaign-filter-path = 路线
campaign-filter-status = 阶段
campaign-filter-counsellor = 顾问
campaign-filter-language = 语言
campaign-filter-step = 没有完成的计划步骤
campaign-filter-active = 最近活跃
campaign-filter-done = ✓ 完成
campaign-new-path = 哪条路线的学员？请选择，然后按“完成”。按“跳过”会去掉这个条件。
campaign-new-status = 哪个阶段的学员？请选择，然后按“完成”。按“跳过”会去掉这个条件。
campaign-new-counsellor = 哪位顾问的学员？请选择，然后按“完成”。按“跳过”会去掉这个条件。
campaign-new-language = 读哪种语言的学员？请选择，然后按“完成”。按“跳过”会去掉这个条件。
campaign-new-step = 哪个计划步骤还没有完成？请选择，然后按“完成”。按“跳过”会去掉这个条件。
campaign-new-active = 学员最近一次活跃是什么时候？按“跳过”会去掉这个条件。
campaign-status-new = 已加入，问卷还没有答完
campaign-status-intake_done = 问卷已答完
campaign-status-plan_confirmed = 计划已确认
campaign-option-counsellor = { $name }
campaign-active-active_7 = 最近 7 天活跃
campaign-active-active_30 = 最近 30 天活跃
campaign-active-inactive_14 = 14 天没有活跃
campaign-active-inactive_30 = 30 天没有活跃
campaign-new-fallback = 现在写信息。先写主要语言的信息。学员的语言没有信息时，会收到这一条。用哪种语言？
campaign-new-text =
    请用{ $language }写信息。您可以用 {"{"}first_name{"}"}（名字）、{"{"}counsellor_name{"}"}（顾问的名字）和 {"{"}date{"}"}（日期）。每位学员会看到自己的内容。
campaign-new-buttons = { $language }的回答按钮（可以跳过）：最多写 3 个按钮文字，每行一个。我会统计学员的回答。
campaign-new-other-buttons = { $language }的同样的回答按钮：每行一个，顺序相同。
campaign-new-more = 要加上另一种语言的信息吗？
campaign-more-add = ➕ 另一种语言
campaign-more-done = ✓ 完成
campaign-new-other-language = 哪种语言？
campaign-new-schedule = 什么时候发送？
campaign-schedule-now = 现在
campaign-schedule-at = 在某个日期和时间
campaign-schedule-daily = 每天
campaign-schedule-weekly = 每周
campaign-new-send-at = 请这样写日期和时间：31.12.2026 14:30。
campaign-new-until = 最后一天是哪天？请这样写：31.1.2027。
campaign-new-too-long = 这太长了：最多 { $limit } 个字符。
campaign-new-bad-placeholder = 我不认识大括号里的一个词。请用 {"{"}first_name{"}"}、{"{"}counsellor_name{"}"}（顾问的名字）或 {"{"}date{"}"}。要写一个大括号，请写 {"{{"}。
campaign-new-bad-buttons = 请写 1 到 { $most } 个按钮文字，每行一个，每个最多 { $limit } 个字符。
campaign-new-buttons-count = 请写 { $count } 个按钮文字，每行一个，和主要语言一样多。
campaign-new-language-given = 这是主要语言，它的信息已经写好了。请选另一种语言。
campaign-new-need-time = 请也写上时间，比如：31.12.2026 14:30。
campaign-new-past = 这个时间已经过去了。请选一个更晚的时间。
campaign-new-until-early = 最后一天不能早于第一天。
campaign-new-failed = 很抱歉，我没能保存这个群发活动。请用 /campaign 重新开始。
campaign-new-saved = 我保存了群发活动“{ $name }”。{ $schedule } 请看一下预览，然后确认。
campaign-when-now = 您确认以后，它马上发出。
campaign-when-at = 它在 { $when } 发出。
campaign-when-daily = 它从 { $when } 到 { $until }，每天发出。
campaign-when-weekly = 它从 { $when } 到 { $until }，每周发出。
