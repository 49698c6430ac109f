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
campaign-state-draft = پیش‌نویس
campaign-state-scheduled = زمان‌بندی‌شده
campaign-state-sending = در حال ارسال
campaign-state-done = ارسال شد
campaign-state-cancelled = لغو شد
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
campaign-scheduled = کمپین «{ $name }» را تأیید کردید. آن را در زمانی که انتخاب کردید می‌فرستم. وقتی تمام کردم، یک گزارش می‌گیرید.
campaign-sending-now = کمپین «{ $name }» را تأیید کردید. همین حالا آن را می‌فرستم. وقتی تمام کردم، یک گزارش می‌گیرید.
campaign-cancelled = کمپین «{ $name }» را لغو کردم. { $count } پیام آن را نمی‌فرستم.

# $in_doubt: nothing, or one more line (campaign-report-in-doubt) when some messages
# may have arrived: a request was on its way when something went wrong.
campaign-report =
    گزارش: { $name }
    شرکت‌کنندگان: { $audience }
    فرستاده شد: { $sent }. ناموفق: { $failed }. مسدود کرده‌اند: { $blocked }. پیام‌ها را بسته‌اند: { $muted }. در انتظار: { $pending }.{ $in_doubt }
    { $languages }
    جواب‌ها:
    { $answers }
campaign-report-language = { $language }: { $sent } از { $total } فرستاده شد
campaign-report-answer = دکمه { $number }: { $count }
campaign-report-no-answers = هنوز جوابی نیامده است.
campaign-report-in-doubt = {"\u000A"}{ $count ->
        [1] شاید یک پیام رسیده باشد. وقتی آن را می‌فرستادم، مشکلی پیش آمد. برای همین نمی‌دانم. آن را دوباره نمی‌فرستم.
       *[other] شاید { $count } پیام رسیده باشد. وقتی آن‌ها را می‌فرستادم، مشکلی پیش آمد. برای همین نمی‌دانم. آن‌ها را دوباره نمی‌فرستم.
    }

campaign-error = این کمپین را الان نمی‌توانید تغییر دهید.
campaign-error-not_draft = کسی این کمپین را قبلاً فرستاده یا لغو کرده است.
campaign-error-finished = این کمپین تمام شده است.

## The guided dialogue: a new campaign (/campaign, "New campaign")

campaign-new-button = ➕ کمپین تازه
campaign-new-name = یک کمپین تازه. اسمش چیست؟ فقط کارکنان اسم را می‌بینند.
campaign-new-audience =
    چه کسانی آن را می‌گیرند؟ یک فیلتر انتخاب کنید، یا «تمام» را بزنید. بدون فیلتر، همه شرکت‌کنندگان آن را می‌گیرند.
    مسیر: { $path }
    وضعیت: { $status }
    مشاور: { $counsellor }
    زبان: { $language }
    مرحله انجام‌نشده برنامه: { $step }
    آخرین فعالیت: { $active }
campaign-filter-path = مسیر
campaign-filter-status = وضعیت
campaign-filter-counsellor = مشاور
campaign-filter-language = زبان
campaign-filter-step = مرحله انجام‌نشده برنامه
campaign-filter-active = آخرین فعالیت
campaign-filter-done = ✓ تمام
campaign-new-path = شرکت‌کنندگان کدام مسیر؟ انتخاب کنید، بعد «تمام» را بزنید. «رد کردن» این فیلتر را برمی‌دارد.
campaign-new-status = شرکت‌کنندگان در کدام وضعیت؟ انتخاب کنید، بعد «تمام» را بزنید. «رد کردن» این فیلتر را برمی‌دارد.
campaign-new-counsellor = شرکت‌کنندگان کدام مشاور؟ انتخاب کنید، بعد «تمام» را بزنید. «رد کردن» این فیلتر را برمی‌دارد.
campaign-new-language = شرکت‌کنندگانی که کدام زبان را می‌خوانند؟ انتخاب کنید، بعد «تمام» را بزنید. «رد کردن» این فیلتر را برمی‌دارد.
campaign-new-step = شرکت‌کنندگانی که کدام مرحله برنامه را هنوز انجام نداده‌اند؟ انتخاب کنید، بعد «تمام» را بزنید. «رد کردن» این فیلتر را برمی‌دارد.
campaign-new-active = شرکت‌کنندگانی که آخرین بار کی فعال بودند؟ «رد کردن» این فیلتر را برمی‌دارد.
campaign-status-new = عضو شده، سؤال‌های اول تمام نشده
campaign-status-intake_done = سؤال‌های اول تمام شده
campaign-status-plan_confirmed = برنامه تأیید شده
campaign-option-counsellor = { $name }
campaign-active-active_7 = فعال در 7 روز گذشته
campaign-active-active_30 = فعال در 30 روز گذشته
campaign-active-inactive_14 = 14 روز غیرفعال
campaign-active-inactive_30 = 30 روز غیرفعال
campaign-new-fallback = حالا پیام. اول زبان اصلی. شرکت‌کنندگانی که متنی به زبان خودشان ندارند، این متن را می‌گیرند. کدام زبان؟
campaign-new-text = پیام را به زبان { $language } بنویسید. می‌توانید از { "{" }first_name{ "}" }، { "{" }counsellor_name{ "}" } (اسم مشاور) و { "{" }date{ "}" } استفاده کنید. هر شرکت‌کننده اطلاعات خودش را می‌بیند.
campaign-new-buttons = دکمه‌های جواب به زبان { $language } (می‌توانید رد کنید). حداکثر 3 اسم بنویسید، هر کدام در یک خط. جواب‌های شرکت‌کنندگان را می‌شمارم.
campaign-new-other-buttons = همان دکمه‌های جواب به زبان { $language }. هر اسم در یک خط، به همان ترتیب.
campaign-new-more = پیام را به زبان دیگری هم اضافه کنم؟
campaign-more-add = ➕ یک زبان دیگر
campaign-more-done = ✓ تمام
campaign-new-other-language = کدام زبان؟
campaign-new-schedule = کی فرستاده شود؟
campaign-schedule-now = الان
campaign-schedule-at = در یک تاریخ و ساعت
campaign-schedule-daily = هر روز
campaign-schedule-weekly = هر هفته
campaign-new-send-at = تاریخ و ساعت را این‌طور بنویسید: 31.12.2026 14:30.
campaign-new-until = روز آخر کی است؟ این‌طور بنویسید: 31.1.2027.
campaign-new-too-long = این خیلی بلند است: حداکثر { $limit } حرف.
campaign-new-bad-placeholder = یکی از کلمه‌های داخل آکولاد را نمی‌شناسم. از { "{" }first_name{ "}" }، { "{" }counsellor_name{ "}" } (اسم مشاور) یا { "{" }date{ "}" } استفاده کنید. برای خود آکولاد { "{{" } بنویسید.
campaign-new-bad-buttons = بین 1 تا { $most } اسم بنویسید، هر کدام در یک خط. هر اسم حداکثر { $limit } حرف باشد.
campaign-new-buttons-count = { $count } اسم بنویسید، هر کدام در یک خط: به اندازه زبان اصلی.
campaign-new-language-given = این زبان اصلی است و متنش را دارید. یک زبان دیگر انتخاب کنید.
campaign-new-need-time = لطفاً ساعت را هم اضافه کنید، این‌طور: 31.12.2026 14:30.
campaign-new-past = این زمان گذشته است. لطفاً زمان دیرتری انتخاب کنید.
campaign-new-until-early = روز آخر نمی‌تواند قبل از روز اول باشد.
campaign-new-failed = ببخشید، نتوانستم این کمپین را ذخیره کنم. لطفاً با /campaign دوباره شروع کنید.
campaign-new-saved = کمپین «{ $name }» را ذخیره کردم. { $schedule } پیش‌نمایش را ببینید، بعد تأیید کنید.
campaign-when-now = وقتی تأیید کنید، فوراً آن را می‌فرستم.
campaign-when-at = آن را در این زمان می‌فرستم: { $when }.
campaign-when-daily = آن را هر روز می‌فرستم، از { $when } تا { $until }.
campaign-when-weekly = آن را هر هفته می‌فرستم، از { $when } تا { $until }.
