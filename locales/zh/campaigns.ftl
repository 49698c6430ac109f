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
campaign-list-empty = 还没有群发活动。请用命令行创建一个：polku campaign create FILE.yml
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
campaign-scheduled = 我现在开始发送群发活动“{ $name }”。发完以后，您会收到一份报告。
campaign-cancelled = 我取消了群发活动“{ $name }”。它的 { $count } 条信息我不会发出。

campaign-report =
    报告：{ $name }
    学员：{ $audience }
    已发送：{ $sent }。失败：{ $failed }。屏蔽了机器人：{ $blocked }。不接收：{ $muted }。等待中：{ $pending }。
    { $languages }
    回答：
    { $answers }
campaign-report-language = { $language }：已发送 { $sent }/{ $total }
campaign-report-answer = 按钮 { $number }：{ $count }
campaign-report-no-answers = 还没有回答。

campaign-error = 您现在不能修改这个群发活动。
campaign-error-not_draft = 有人已经发送或者取消了这个群发活动。
campaign-error-finished = 这个群发活动已经结束了。
