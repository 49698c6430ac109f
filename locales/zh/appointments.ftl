# Polku — 简体中文: meetings with the counsellor.
# Translated from locales/en/appointments.ftl: same message ids. Writing rules: locales/README.md.
# Terms: meeting = 会面, book = 预约, move = 改时间, cancel = 取消, counsellor = 顾问.

## How and where

appointment-mode-in_person = 当面
appointment-mode-phone = 电话
appointment-mode-video = 视频通话
appointment-place-unknown = 您的顾问会告诉您地点
appointment-how = { $mode }：{ $place }
appointment-ics-summary = 和 { $counsellor } 会面

## Notices

appointment-booked =
    📅 您和 { $counsellor } 有一次会面。
    🕘 { $when }
    { $mode }：{ $place }
appointment-booked-counsellor =
    📅 和 { $learner } 的新会面。
    🕘 { $when }
    { $mode }：{ $place }
appointment-moved =
    📅 您和 { $counsellor } 的会面改了时间。
    🕘 { $when }（原来：{ $previous }）
    { $mode }：{ $place }
appointment-moved-counsellor =
    📅 和 { $learner } 的会面改了时间。
    🕘 { $when }（原来：{ $previous }）
    { $mode }：{ $place }
appointment-cancelled =
    ❌ 已取消：您和 { $counsellor } 在 { $when } 的会面。
    原因：{ $reason }
appointment-cancelled-counsellor =
    ❌ 已取消：和 { $learner } 在 { $when } 的会面。
    原因：{ $reason }

## Reasons for a cancellation

appointment-reason-learner = 学员取消了
appointment-reason-ill = 生病
appointment-reason-counsellor_away = 顾问不能来
appointment-reason-not_needed = 不需要这次会面了
appointment-reason-other = 其他原因

## Problems

appointment-error = 您不能这样修改这次会面。
appointment-slot-taken = 对不起，这个时间刚被别人约了。请选择另一个时间。
appointment-slot-unavailable = 您不能预约这个时间。请选择另一个时间。
appointment-no-counsellor = 您现在还没有顾问。有了顾问以后，我们会告诉您。
appointment-not-found = 我找不到这次会面。
appointment-closed = 这次会面已经结束了，或者有人取消了它。
appointment-not-started = 会面还没有开始。

## Booking in the chat

appointment-book-button = 📅 预约会面
appointment-choose-day = 您哪天能来？请选择一天。
appointment-choose-day-move =
    您的会面现在是 { $when }。
    请选择新的一天。
appointment-day-button = { $day }
appointment-choose-time = 请选择 { $day } 的一个时间。
appointment-time-button = { $time }
appointment-other-day = ◀️ 换一天
appointment-other-time = 🔁 换一个时间
appointment-no-free-times = 现在没有空闲的时间。请以后再试，或者问您的顾问。
appointment-stale = 这个按钮已经旧了。这是现在的空闲时间。
appointment-day-gone = 这一天已经没有空闲时间了。请选择另一天。
appointment-time-gone = 这个时间已经被约了。请选择另一个时间。
appointment-confirm =
    预约这次会面吗？
    🕘 { $when }
    { $mode }：{ $place }
appointment-confirm-move =
    把您的会面改到这个时间吗？
    🕘 { $when }（现在：{ $previous }）
    { $mode }：{ $place }
appointment-confirm-for =
    为 { $learner } 预约会面吗？
    🕘 { $when }
    { $mode }：{ $place }
appointment-yes = ✅ 是
appointment-done =
    ✅ 我帮您预约好了会面。
    🕘 { $when }
    { $mode }：{ $place }
    会面前我会提醒您。
appointment-moved-done =
    ✅ 您的会面改好了时间。
    🕘 { $when }
    { $mode }：{ $place }
appointment-done-for =
    ✅ 已为 { $learner } 预约会面。
    🕘 { $when }
    { $mode }：{ $place }
appointment-ics-caption = 📎 您在 { $when } 的会面。打开这个文件，就可以把会面加到手机日历里。
appointment-ics-cancel-caption = 📎 您在 { $when } 的会面取消了。打开这个文件，就可以把会面从手机日历里删掉。

## Your meetings

appointment-list =
    <b>您的会面</b>

    { $lines }
appointment-line = 🕘 { $when } – { $mode }：{ $place }
appointment-none = 您没有预约的会面。
appointment-move-button = 🔁 改时间 { $day } { $time }
appointment-cancel-button = ❌ 取消 { $day } { $time }
appointment-list-counsellor =
    <b>您的会面</b>

    { $lines }
appointment-line-counsellor = 🕘 { $when } – { $learner }（{ $mode }）
appointment-none-counsellor = 您没有预约的会面。
appointment-cancel-for-button = ❌ { $learner } { $day } { $time }
appointment-cancel-confirm = 取消您在 { $when } 的会面吗？
appointment-cancel-yes = ❌ 取消会面
appointment-cancel-no = 保留会面
appointment-cancel-done = 我取消了您在 { $when } 的会面。您的顾问已经知道了。
appointment-cancel-why = 您为什么取消和 { $learner } 在 { $when } 的会面？
appointment-why-ill = 生病
appointment-why-away = 我不能来
appointment-why-not-needed = 不需要了
appointment-why-other = 其他原因
appointment-cancel-done-counsellor = 我取消了和 { $learner } 在 { $when } 的会面。我已经告诉了 { $learner }。
appointment-question = 用 /appointments 可以查看您的会面。要预约新的会面，请用 /book。

## Reminders

appointment-reminder-24h =
    📅 提醒：明天您和 { $counsellor } 有会面。
    🕘 { $when }
    { $mode }：{ $place }
appointment-reminder-2h =
    📅 您和 { $counsellor } 的会面两个小时后开始。
    🕘 { $when }
    { $mode }：{ $place }
appointment-coming = 👍 我会来
appointment-not-coming = 我不能来
appointment-coming-thanks = 谢谢！到时候见。
appointment-not-coming-reply = 谢谢您告诉我。您的顾问已经知道了。您想换一个时间，还是取消 { $when } 的会面？
appointment-not-coming-counsellor = ⚠️ { $learner } 不能来 { $when } 的会面。

## After the meeting

appointment-outcome-question = 和 { $learner } 在 { $when } 的会面怎么样？
appointment-met = ✅ 见面了
appointment-no-show = ❌ 没有来
appointment-marked-met = ✅ 已记录：您在 { $when } 和 { $learner } 见面了。
appointment-marked-no-show = ❌ 已记录：{ $learner } 在 { $when } 没有来。

## In the plan

plan-meeting-none = 📅 没有预约的会面。
plan-meeting-next = 📅 下次会面：{ $when }
