## Motivation: escalation notices to counsellors, the kind message to the learner, crisis replies.

# Counts: Persian's plural category "one" also holds 0, so the singular variant is an exact [1].

motivation-notice =
    { $head }
    { $who }
    دلیل: { $reasons }
    مرحله بعدی برنامه: { $step }
    جلسه بعدی: { $meeting }
motivation-notice-who-score = { $name } · امتیاز { $score }
motivation-notice-who = { $name }
motivation-head-score = ⚠️ شاید یک شرکت‌کننده به شما نیاز داشته باشد.
motivation-head-request = 🙋 یک شرکت‌کننده می‌خواهد با شما صحبت کند.
motivation-head-crisis = 🚨 فوری: یک شرکت‌کننده کلماتی نوشته که شاید نشانه بحران باشد. لطفاً همین حالا با او تماس بگیرید.
motivation-head-forwarded = ⏰ هنوز کسی به این هشدار جواب نداده است. می‌توانید کمک کنید؟
motivation-notice-step = { $type } (مهلت: { $due })
motivation-notice-no-date = بدون تاریخ
motivation-notice-meeting = { $when }
motivation-notice-none = هیچ
# Right to left: "{ $mood }/5" may show as "5/3"; "{ $mood } از 5" (3 out of 5) reads right.
motivation-reason-low-mood = { $count ->
    [1] حال { $mood } از 5
   *[other] { $count } بار حال بد در این اواخر، پایین‌ترین { $mood } از 5
}
motivation-reason-mood-drop = حال از حدود { $average } به { $mood } از 5 پایین آمد
motivation-reason-mood-trend = حال در هر پرسش پایین‌تر آمد، از { $from } به { $mood } از 5
motivation-reason-unanswered = به { $count } پرسش یا یادآوری جواب نداده است
motivation-reason-silence = { $days } روز است که تماسی نداشته است
motivation-reason-missed-meeting = { $count ->
    [1] به جلسه { $date } نیامد
   *[other] به { $count } جلسه نیامد، آخرین بار { $date }
}
motivation-reason-overdue-step = { $count ->
    [1] مهلت یک مرحله برنامه گذشته است
   *[other] مهلت { $count } مرحله برنامه گذشته است
}
motivation-reason-help = برای یک مرحله برنامه کمک خواست
motivation-reason-discouraged = کلماتی نوشت که نشانه ناامیدی است
motivation-reason-request = خواست با شما صحبت کند
motivation-reason-crisis = کلماتی نوشت که شاید نشانه بحران باشد
motivation-reason-crisis-unanswered = کلماتی نوشت که شاید نشانه بحران باشد و { $minutes } دقیقه به سؤال امنیت جواب نداد
motivation-reason-other = نشانه دیگر ({ $count })
motivation-button-ack = من با او تماس می‌گیرم
motivation-button-message = فرستادن پیام
motivation-button-book = گذاشتن جلسه
motivation-button-not-needed = لازم نیست
motivation-escalation-gone = این هشدار دیگر وجود ندارد.
motivation-learner-will-contact = مشاور شما { $counsellor } به زودی با شما تماس می‌گیرد. شما هم هر وقت بخواهید می‌توانید برای من بنویسید.
motivation-learner-will-contact-someone = یک نفر از مرکز به زودی با شما تماس می‌گیرد. شما هم هر وقت بخواهید می‌توانید برای من بنویسید.
motivation-crisis-confirm =
    می‌خواهم مطمئن شوم که شما در امان هستید. آیا الان در خطر هستید؟ آیا به آسیب زدن به خودتان یا کس دیگری فکر می‌کنید؟
    اگر الان در خطر هستید، به 112 زنگ بزنید.
motivation-crisis-yes = بله، همین حالا کمک لازم دارم
motivation-crisis-no = نه، در امان هستم
# The phone number: see motivation-crisis-safe.
motivation-crisis-help =
    اگر شما یا کس دیگری در خطر است، لطفاً همین حالا به 112 زنگ بزنید.
    می‌توانید با خط تلفنی بحران MIELI صحبت کنید: 09-2525-0111 (همیشه باز است).
    به مشاور شما خبر دادم. مشاور شما هر چه زودتر با شما تماس می‌گیرد.
# Right to left: numbers parted by spaces are shown in reverse order ("0111 2525 09");
# hyphens keep the phone number in one piece without bidi control characters.
motivation-crisis-safe = تشکر که به من گفتید. اگر حالتان بد است، برای من بنویسید. می‌توانید به خط تلفنی بحران MIELI هم زنگ بزنید: 09-2525-0111.

## Check-ins (learners)

check-in-mood = کارهای برنامه‌تان چطور پیش می‌رود؟
check-in-mood-1 = 😞 خیلی بد
check-in-mood-2 = 🙁 بد
check-in-mood-3 = 😐 نه خوب، نه بد
check-in-mood-4 = 🙂 خوب
check-in-mood-5 = 😄 خیلی خوب
check-in-hardest = الان سخت‌ترین چیز چیست؟ یکی یا چند تا را انتخاب کنید، بعد «تمام» را بزنید.
option-hardest-language = زبان
option-hardest-money = پول
option-hardest-health = سلامتی
option-hardest-family = خانواده
option-hardest-childcare = نگهداری از کودک
option-hardest-next_step = مرحله بعدی را نمی‌دانم
option-hardest-other = چیز دیگر
check-in-note = می‌خواهید چیزی به مشاور خود بگویید؟ یک خط بنویسید، یا «رد کردن» را بزنید.
check-in-thanks = تشکر! خوشحالم که این را می‌شنوم. هر وقت بخواهید، می‌توانید با /mood به من بگویید حالتان چطور است.
check-in-thanks-low = تشکر که به من گفتید. اگر می‌خواهید با مشاور خود صحبت کنید، دکمه را بزنید.
check-in-note-to-counsellor =
    💬 { $name } حالش را گفت (حال { $mood } از 5) و نوشت:
    { $text }

## "Talk to my counsellor"

motivation-button-counsellor = می‌خواهم با مشاورم صحبت کنم
motivation-request-sent = به مشاور شما ({ $counsellor }) خبر دادم. مشاور شما به زودی با شما تماس می‌گیرد.
motivation-request-sent-someone = به مرکز خبر دادم. یک نفر به زودی با شما تماس می‌گیرد.

## Counsellors: /escalations and the notice's buttons

motivation-escalations-head = شرکت‌کنندگانی که شاید همین حالا به شما نیاز دارند:
motivation-escalations-none = هیچ هشدار بازی نیست. خوب است!
motivation-acknowledged = تشکر. به { $name } خبر می‌دهیم که شما با او تماس می‌گیرید.
motivation-not-needed-thanks = ثبت شد: برای { $name } لازم نیست. این به ما کمک می‌کند هشدارها را بهتر کنیم.
motivation-already-handled = کس دیگری قبلاً به این هشدار درباره { $name } جواب داده است.
motivation-message-ask = پیام خود را برای { $name } بنویسید. من آن را برایش می‌فرستم.
motivation-message-to-learner =
    💬 پیامی از مشاور شما { $counsellor }:
    { $text }
motivation-message-sent = پیام فرستاده شد: { $name }
motivation-book-how = برای دیدن { $name }، برایش پیامی با یک وقت بفرستید. یا از او بخواهید در پولکو یک جلسه بگذارد.

## /mydata

mydata-motivation = دفعه‌هایی که به من گفتید حالتان چطور است: { $check_ins }. نشانه‌هایی که دیدم (مثلاً حال بد یا نیامدن به جلسه): { $signals }. دفعه‌هایی که به مشاور شما خبر دادم: { $escalations }.

## "Ask my counsellor": a question Polku cannot answer, relayed both ways

ask-not-understood =
    خودم نمی‌توانم به این جواب بدهم. شاید یکی از این‌ها کمک کند:
    /plan – برنامه شما
    /appointments – جلسه‌های شما
    /help – همه کارهایی که می‌توانم بکنم
    یا می‌توانم سؤال شما را برای مشاورتان بفرستم.
ask-counsellor-button = از مشاورم بپرس
ask-sent = سؤال شما را برای { $counsellor } فرستادم. جواب همین‌جا می‌آید.
ask-nobody = ببخشید، نتوانستم سؤال شما را بفرستم. شما الان در پولکو مشاور ندارید. لطفاً با دفتر مرکز تماس بگیرید.
ask-notice = <b>{ $name }</b> می‌پرسد: { $text }
ask-answer-button = جواب دادن
ask-answer-ask = جواب خود را برای { $name } بنویسید. من آن را در پولکو می‌فرستم.
ask-answer-sent = جواب شما را برای { $name } فرستادم.
ask-answer-gone = نتوانستم جواب شما را بفرستم. این شرکت‌کننده دیگر با شما نیست، یا از پولکو رفته است.
ask-answer-to-learner = مشاور شما، { $counsellor }، جواب می‌دهد: { $text }

## Choosing when the weekly check-in comes (/checkin, or the button under the check-in).

check-in-when-button = 🕒 انتخاب روز و ساعت
check-in-when-day = از شما می‌پرسم برنامه‌تان چطور پیش می‌رود. این سؤال را چه روزی بپرسم؟ الان: { $current }.
check-in-when-default-rhythm = حدود یک هفته بعد از دفعه قبل
check-in-when-chosen = { $day }، ساعت { $time }
check-in-weekday = { $day ->
    [0] دوشنبه
    [1] سه‌شنبه
    [2] چهارشنبه
    [3] پنجشنبه
    [4] جمعه
    [5] شنبه
   *[6] یکشنبه
}
check-in-when-default = حدود یک هفته بعد از دفعه قبل
check-in-when-hour = { $day }، چه ساعتی؟
check-in-when-hour-button = { $time }
check-in-when-saved = انجام شد. { $day } ساعت { $time } می‌پرسم کارها چطور پیش می‌رود. با /checkin می‌توانید آن را تغییر دهید.
check-in-when-saved-default = انجام شد. حدود یک هفته بعد از دفعه قبل می‌پرسم کارها چطور پیش می‌رود. با /checkin می‌توانید آن را تغییر دهید.
