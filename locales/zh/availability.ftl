# Polku — 简体中文: a counsellor's hours for meetings (/availability).
# Translated from locales/en/availability.ftl: same message ids. Writing rules: locales/README.md.

command-availability = 您可以会面的时间

## The view

availability-view =
    <b>您可以会面的时间</b>

    { $lines }
availability-none = 您还没有可以会面的时间。您加上时间以后，学员才能预约。
availability-line-weekly = { $number }. { $day } { $start }–{ $end } · { $length } 分钟 + { $buffer } 分钟 · { $mode }{ $place }
availability-line-off = { $number }. { $day }：休息日
availability-line-extra = { $number }. { $day } { $start }–{ $end }（额外）· { $length } 分钟 + { $buffer } 分钟 · { $mode }{ $place }
availability-place = ：{ $place }
availability-remove-button = 🗑 删除 { $number }
availability-add-weekly-button = ➕ 每周的时间
availability-add-off-button = 🌴 休息一天
availability-add-extra-button = ➕ 某一天的额外时间
availability-show-button = 📅 您可以会面的时间
availability-removed = 我删除了这些时间。这些时间里已经预约的会面不会取消。

## The questions

option-days-mon = 星期一
option-days-tue = 星期二
option-days-wed = 星期三
option-days-thu = 星期四
option-days-fri = 星期五
option-days-sat = 星期六
option-days-sun = 星期日
option-length-45 = 45 分钟（通常）
option-length-30 = 30 分钟
option-length-60 = 60 分钟
option-length-90 = 90 分钟
option-buffer-15 = 15 分钟（通常）
option-buffer-0 = 0 分钟（不休息）
option-buffer-10 = 10 分钟
option-buffer-30 = 30 分钟
availability-ask-days = 您在哪几天和学员会面？请选择日子，然后按“完成”。
availability-ask-extra-day = 您哪一天有额外的时间？请写日期，比如 31.12.2026。
availability-ask-off-day = 您哪一天不在？请写日期，比如 31.12.2026。
availability-ask-start = 从几点开始？比如 9 或者 9.30。
availability-ask-end = 到几点结束？（从 { $start } 开始。）比如 12 或者 15.30。
availability-ask-length = 一次会面多长时间？
availability-ask-buffer = 两次会面之间休息多长时间？
availability-ask-mode = 您用什么方式会面？
availability-ask-place = 您在哪里会面？请写地点，比如“2 号房间”。您也可以按“跳过”。
availability-ask-link = 请写视频通话的链接，比如 https://meet.example.fi/mikko
availability-confirm-weekly =
    保存这些时间吗？
    📅 { $days }
    🕘 { $start }–{ $end }
    每次会面 { $length }，中间休息 { $buffer } · { $mode }
availability-confirm-extra =
    保存这些额外的时间吗？
    📅 { $day }
    🕘 { $start }–{ $end }
    每次会面 { $length }，中间休息 { $buffer } · { $mode }
availability-saved = ✅ 我保存了。学员现在可以预约这些时间。
# Chinese has one plural form: [0] is the exact number zero.
availability-off-saved =
    ✅ 我保存了：您那天不在。
    { $count ->
        [0] 那天没有预约的会面。
       *[other] 那天还有 { $count } 个预约的会面。请在 /appointments 里取消它们。
    }
availability-not-saved = 我什么都没有保存。

## Problems

availability-invalid-time = 请写一个时间，比如 9、9.30 或者 14:00。
availability-invalid-end = 结束时间要晚于开始时间（{ $start }）。请写一个更晚的时间。
availability-invalid-length = 这段时间放不下一次会面（{ $minutes } 分钟）。请选一个更短的会面。
availability-invalid-place = 请把地点写短一点（最多 { $limit } 个字符）。
availability-invalid-link = 请写完整的链接，要以 https:// 开头。
availability-invalid-day = 请写从今天到一年以内的一天。
