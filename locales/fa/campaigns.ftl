## Campaigns: reminders a coordinator sends to a group of learners

command-campaign = فرستادن یادآوری برای گروه‌های شرکت‌کنندگان

# The coordinator's own text, in the learner's language (or the fallback language).
campaign-message = { $text }
campaign-answer = { $label }
campaign-mute = 🔕 این پیام‌ها را دیگر نمی‌خواهم
campaign-muted = دیگر این پیام‌های گروهی را دریافت نمی‌کنید. یادآوری‌های برنامه و جلسه‌های شما باز هم می‌آیند.
campaign-answer-thanks = تشکر، جواب شما را ذخیره کردم.

campaign-list =
    کمپین‌های شما:
    { $lines }
campaign-list-line = { $id }. { $name } ({ $status })
campaign-list-empty = هنوز هیچ کمپینی نیست. یک کمپین را در خط فرمان بسازید: polku campaign create FILE.yml
campaign-button-show = کمپین { $id }
campaign-button-send = فرستادن
campaign-button-confirm = بله، بفرست
campaign-button-cancel = لغو کمپین

campaign-preview =
    کمپین { $id }: { $name } ({ $status })
    شرکت‌کنندگان: { $count }
    { $languages }
    { $fallback } نفر متن را به زبان { $fallback_language } می‌گیرند، چون متنی به زبان خودشان نیست.
    پیام‌ها را بسته‌اند: { $muted }. ربات را مسدود کرده‌اند: { $blocked }.
campaign-preview-language = { $language }: { $count } (متن را به زبان جایگزین می‌گیرند: { $fallback })
campaign-example =
    نمونه به زبان { $language }:
    { $text }
campaign-confirm = این کمپین برای { $count } شرکت‌کننده فرستاده شود؟
campaign-scheduled = الان کمپین «{ $name }» را می‌فرستم. وقتی تمام کردم، یک گزارش می‌گیرید.
campaign-cancelled = کمپین «{ $name }» را لغو کردم. { $count } پیام آن را نمی‌فرستم.

campaign-report =
    گزارش: { $name }
    شرکت‌کنندگان: { $audience }
    فرستاده شد: { $sent }. ناموفق: { $failed }. مسدود کرده‌اند: { $blocked }. پیام‌ها را بسته‌اند: { $muted }. در انتظار: { $pending }.
    { $languages }
    جواب‌ها:
    { $answers }
campaign-report-language = { $language }: { $sent } از { $total } فرستاده شد
campaign-report-answer = دکمه { $number }: { $count }
campaign-report-no-answers = هنوز جوابی نیامده است.

campaign-error = این کمپین را الان نمی‌توانید تغییر دهید.
campaign-error-not_draft = کسی این کمپین را قبلاً فرستاده یا لغو کرده است.
campaign-error-finished = این کمپین تمام شده است.
