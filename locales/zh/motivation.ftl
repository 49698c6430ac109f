## Motivation: escalation notices to counsellors, the kind message to the learner, crisis replies.

motivation-notice =
    { $head }
    { $who }
    原因：{ $reasons }
    计划的下一个步骤：{ $step }
    下次会面：{ $meeting }
motivation-notice-who-score = { $name } · 分数 { $score }
motivation-notice-who = { $name }
motivation-head-score = ⚠️ 一位学员可能需要您。
motivation-head-request = 🙋 一位学员想和您谈谈。
motivation-head-crisis = 🚨 紧急：一位学员写的话可能表示有危机。请马上联系他/她。
motivation-head-forwarded = ⏰ 还没有人回复这个通知。您能帮忙吗？
motivation-notice-step = { $type }（截止日期：{ $due }）
motivation-notice-no-date = 没有日期
motivation-notice-meeting = { $when }
motivation-notice-none = 没有
# Chinese has one plural form: count 1 reads "最近 1 次心情不好".
motivation-reason-low-mood = { $count ->
   *[other] 最近 { $count } 次心情不好，最低 { $mood }/5
}
motivation-reason-mood-drop = 心情从大约 { $average } 降到了 { $mood }/5
motivation-reason-mood-trend = 每次问候心情都更差，从 { $from } 降到了 { $mood }/5
motivation-reason-unanswered = 没有回复 { $count } 次问候或提醒
motivation-reason-silence = { $days } 天没有联系
motivation-reason-missed-meeting = { $count ->
   *[other] 错过了 { $count } 次会面，最近一次在 { $date }
}
motivation-reason-overdue-step = { $count ->
   *[other] 计划中有 { $count } 个步骤过了截止日期
}
motivation-reason-help = 在计划的一个步骤上请求帮助
motivation-reason-discouraged = 写了灰心的话
motivation-reason-request = 想和您谈谈
motivation-reason-crisis = 写的话可能表示有危机
motivation-reason-crisis-unanswered = 写的话可能表示有危机；问是否安全后，{ $minutes } 分钟内没回答
motivation-reason-other = 其他迹象（{ $count }）
motivation-button-ack = 我会联系他/她
motivation-button-message = 发信息
motivation-button-book = 预约会面
motivation-button-not-needed = 不需要
motivation-escalation-gone = 这个通知已经不在了。
motivation-learner-will-contact = 您的顾问 { $counsellor } 很快会联系您。您也随时可以给我写信息。
motivation-learner-will-contact-someone = 中心的工作人员很快会联系您。您也随时可以给我写信息。
motivation-crisis-confirm =
    我想确认您是安全的。您现在有危险吗？您是不是在想伤害自己或别人？
    如果您现在有危险，请打 112。
motivation-crisis-yes = 是，我现在需要帮助
motivation-crisis-no = 不，我是安全的
motivation-crisis-help =
    如果您或者别人有危险，请马上打 112。
    您可以打 MIELI 危机热线，和人谈一谈：09 2525 0111（任何时间都可以打）。
    我已经告诉了您的顾问。顾问会尽快联系您。
motivation-crisis-safe = 谢谢您告诉我。如果您觉得难受，请给我写信息。您也可以打 MIELI 危机热线：09 2525 0111。

## Check-ins (learners)

check-in-mood = 您的计划进行得怎么样？
check-in-mood-1 = 😞 很不好
check-in-mood-2 = 🙁 不好
check-in-mood-3 = 😐 一般
check-in-mood-4 = 🙂 好
check-in-mood-5 = 😄 很好
check-in-hardest = 现在什么最难？请选一个或几个，然后按“完成”。
option-hardest-language = 语言
option-hardest-money = 钱
option-hardest-health = 健康
option-hardest-family = 家庭
option-hardest-childcare = 照顾孩子
option-hardest-next_step = 我不知道下一个步骤是什么
option-hardest-other = 其他
check-in-note = 您想告诉您的顾问什么吗？请写一句话，或者按“跳过”。
check-in-thanks = 谢谢！很高兴听到。您随时可以用 /mood 告诉我您怎么样。
check-in-thanks-low = 谢谢您告诉我。如果您想和您的顾问谈谈，请按下面的按钮。
check-in-note-to-counsellor =
    💬 { $name } 回答了问候（心情 { $mood }/5），并写了：
    { $text }

## "Talk to my counsellor"

motivation-button-counsellor = 和我的顾问谈谈
motivation-request-sent = 我已经告诉了您的顾问 { $counsellor }。顾问很快会联系您。
motivation-request-sent-someone = 我已经告诉了中心。很快会有人联系您。

## Counsellors: /escalations and the notice's buttons

motivation-escalations-head = 现在可能需要您的学员：
motivation-escalations-none = 没有未处理的通知。很好！
motivation-acknowledged = 谢谢。我会告诉 { $name }，您会联系他/她。
motivation-not-needed-thanks = 已记录：{ $name } 不需要。这能帮我们改进通知。
motivation-already-handled = 已经有人回复了关于 { $name } 的这个通知。
motivation-message-ask = 请写您给 { $name } 的信息。我会发给他/她。
motivation-message-to-learner =
    💬 您的顾问 { $counsellor } 给您发了一条信息：
    { $text }
motivation-message-sent = 已发给 { $name }。
motivation-book-how = 要和 { $name } 见面，请给他/她发一条带时间的信息。或者请他/她在 Polku 上预约会面。

## /mydata

mydata-motivation = 您告诉我您情况的次数：{ $check_ins }。我注意到的迹象（比如心情不好或错过会面）：{ $signals }。我告诉您的顾问的次数：{ $escalations }。
## "Ask my counsellor": a question Polku cannot answer, relayed both ways

ask-not-understood =
    这个问题我自己回答不了。也许这些能帮到您：
    /plan – 您的计划
    /appointments – 您的会面
    /help – 我能做的所有事
    或者我可以把您的问题发给您的职业顾问。
ask-counsellor-button = 问我的顾问
ask-sent = 我把您的问题发给了 { $counsellor }。回答会发到这里。
ask-nobody = 很抱歉，我没能发送您的问题。您现在在 Polku 里没有职业顾问。请联系中心的办公室。
ask-notice = <b>{ $name }</b> 问：{ $text }
ask-answer-button = 回答
ask-answer-ask = 请写您给 { $name } 的回答。我会在 Polku 里发给他/她。
ask-answer-sent = 我把您的回答发给了 { $name }。
ask-answer-gone = 我没能发送您的回答。这位学员已经不是您的学员，或者已经离开了 Polku。
ask-answer-to-learner = 您的顾问 { $counsellor } 回答：{ $text }
## Choosing when the weekly check-in comes (/checkin, or the button under the check-in).
check-in-when-button = 🕒 选择日子和时间
check-in-when-day = 我会问您的计划进展如何。您想在星期几收到这个问题？现在是：{ $current }。
check-in-when-default-rhythm = 上一次以后大约一周
check-in-when-chosen = { $day } { $time }
check-in-weekday = { $day ->
    [0] 星期一
    [1] 星期二
    [2] 星期三
    [3] 星期四
    [4] 星期五
    [5] 星期六
   *[6] 星期日
}
check-in-when-default = 上一次以后大约一周
check-in-when-hour = { $day } 几点？
check-in-when-hour-button = { $time }
check-in-when-saved = 好了。我会在 { $day } { $time } 问您过得怎么样。您可以用 /checkin 修改。
check-in-when-saved-default = 好了。我会在上一次以后大约一周问您过得怎么样。您可以用 /checkin 修改。
