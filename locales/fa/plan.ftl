# Polku — فارسی: personal plans and their reminders.

## Step types: a short name, and a plain explanation for the learner

step-type-language_course = کلاس زبان فنلاندی
step-type-language_course-about = کلاس زبان فنلاندی در زندگی روزانه و در کار به شما کمک می‌کند. مشاور شما کمک می‌کند کلاسی پیدا کنید که برای شما مناسب است.
step-type-vocational_application = درخواست برای مدرسه حرفه‌ای
step-type-vocational_application-about = در مدرسه حرفه‌ای یک شغل یاد می‌گیرید. با پر کردن یک فرم درخواست می‌دهید، معمولاً در اینترنت. مشاور شما می‌تواند در پر کردن فرم کمک کند.
step-type-cv = رزومه (CV)
step-type-cv-about = رزومه یک نوشته کوتاه درباره تحصیلات، کارها و مهارت‌های شماست. وقتی برای کاری درخواست می‌دهید، کارفرما رزومه شما را می‌خواند.
step-type-job_application = درخواست کار
step-type-job_application-about = برای یک کار درخواست می‌دهید. رزومه و یک نامه کوتاه می‌فرستید، یا یک فرم را پر می‌کنید.
step-type-employment_office = رفتن به اداره کار
step-type-employment_office-about = در اداره کار درباره کاریابی و برنامه خود صحبت می‌کنید.
step-type-work_tryout = کار آزمایشی
step-type-work_tryout-about = در کار آزمایشی، مدت کوتاهی در یک محل کار کار می‌کنید. آنجا یاد می‌گیرید. همچنین می‌بینید که این کار برای شما مناسب است یا نه.
step-type-social_worker = جلسه با مددکار اجتماعی
step-type-social_worker-about = مددکار اجتماعی در پول، خانه، خانواده و دیگر مسائل زندگی کمک می‌کند.
step-type-health_check = معاینه سلامتی
step-type-health_check-about = یک پرستار یا دکتر سلامتی شما را بررسی می‌کند. این به برنامه‌ریزی درس و کار شما کمک می‌کند.
step-type-document = مدرکی که باید بیاورید
step-type-document-about = این مدرک را با خود بیاورید. اگر آن را ندارید، به مشاور خود بگویید.
step-type-counsellor_meeting = جلسه با مشاور شما
step-type-counsellor_meeting-about = با مشاور خود جلسه دارید تا درباره برنامه‌تان صحبت کنید.
step-type-other = کار دیگر
step-type-other-about = مشاور شما می‌گوید چه کاری باید انجام دهید.

## Steps in a list

plan-line-todo = { $number }. <b>{ $type }</b> – { $due }{ $details }
plan-line-done = { $number }. ✅ <s>{ $type }</s> – { $due }
plan-line-skipped = { $number }. ➖ <s>{ $type }</s> – { $due }
plan-no-date = بدون تاریخ
plan-place = {"\u000A"}   📍 { $place }
plan-note = {"\u000A"}   📝 { $note }
plan-no-path = هنوز مسیری نیست
plan-no-next = مرحله بازی نیست

## The learner's plan

plan-learner-view =
    <b>برنامه شما</b> ({ $path })

    { $lines }
    { $meeting }

    وقتی یک مرحله را انجام دادید، دکمه آن را بزنید.
plan-learner-empty = مشاور شما هنوز برنامه شما را آماده می‌کند. وقتی آماده شد، به شما خبر می‌دهم.
plan-learner-not-accepted = شما در پولکو برنامه ندارید، چون مرکز مهارت‌های مهاجران نتوانست شما را بپذیرد. اگر یکی از جواب‌هایتان اشتباه بود، برای شروع دوباره /intake را بنویسید.
plan-done-button = ✅ { $number }. { $type }: انجام شد
# A short note on the button (plain text).
plan-done-thanks = آفرین! مشاور شما آن را می‌بیند.
plan-done-well-done = آفرین!
plan-ready =
    مشاور شما برنامه‌تان را تأیید کرد: { $count ->
        [one] یک مرحله
       *[other] { $count } مرحله
    }. مرحله اول: <b>{ $first }</b> ({ $due }). برای دیدن آن /plan را بنویسید. قبل از هر مرحله به شما یادآوری می‌کنم.
plan-need-help = کمک لازم دارم
plan-help-sent = به مشاور شما گفتم که کمک لازم دارید. مشاور شما با شما تماس می‌گیرد.
plan-help-already-sent = مشاور شما می‌داند که کمک لازم دارید. مشاور شما با شما تماس می‌گیرد.
plan-help-nobody = ببخشید، نتوانستم به کسی خبر بدهم. شما الان در پولکو مشاور ندارید. لطفاً با دفتر مرکز تماس بگیرید.

## Reminders

reminder-step =
    { $days ->
        [0] <b>امروز:</b> { $type }
        [1] <b>فردا:</b> { $type }
       *[other] <b>{ $days } روز دیگر:</b> { $type }
    }
    🗓 { $due }{ $details }
reminder-overdue =
    مهلت <b>{ $type }</b> در { $due } بود. کار چطور پیش می‌رود؟
    اگر آن را انجام داده‌اید، «انجام شد» را بزنید. اگر چیزی سخت است، «کمک لازم دارم» را بزنید.{ $details }

## Counsellors: learners and plans

learners-list =
    <b>شرکت‌کنندگان شما</b>

    { $lines }
learners-line = <b>{ $name }</b> · { $path } · بعدی: { $next } · آخرین بازدید: { $seen }
learners-none = شما هنوز شرکت‌کننده‌ای ندارید. با /invite یک نفر را دعوت کنید.
learners-button = { $name }
plan-counsellor-view =
    <b>برنامه { $name }</b> ({ $path }){ $status ->
        [unconfirmed] {"\u000A"}این یک پیشنهاد است. وقتی شما آن را تأیید کنید، شرکت‌کننده آن را می‌بیند.
       *[confirmed] {""}
    }

    { $lines }
    { $meeting }
plan-counsellor-empty =
    <b>برنامه { $name }</b> ({ $path })
    این برنامه هنوز مرحله‌ای ندارد.
    { $meeting }
plan-step-button = { $number }. { $type }
plan-add = ➕ اضافه کردن مرحله
plan-confirm = ✔️ تأیید برنامه
plan-confirmed-told = برنامه تأیید شد. به { $name } خبر دادم.
plan-open = باز کردن برنامه
plan-step-menu =
    { $name }:
    { $line }
plan-mark-done = ✅ انجام شد
plan-mark-todo = ↩️ انجام نشده
plan-skip = ➖ رد کردن
plan-up = ⬆️ بالا
plan-down = ⬇️ پایین
plan-change-date = 🗓 تغییر تاریخ
plan-remove = 🗑 حذف
plan-remove-yes = 🗑 بله، حذف کن
plan-remove-confirm = این مرحله حذف شود؟ { $line }
# Right to left: "back" points to the right (as dialogue-back).
plan-back-to-plan = → برگشت به برنامه
plan-add-type = این چه نوع مرحله‌ای است؟
plan-add-due = مهلت آن کی است؟ یک تاریخ بنویسید، مثلاً 31.12.2026. می‌توانید ساعت را هم اضافه کنید، مثلاً 31.12.2026 14:30. اگر تاریخی ندارد، «رد کردن» را بزنید.
plan-add-place = کجا؟ یک جا یا یک لینک بنویسید. اگر جایی ندارد، «رد کردن» را بزنید.
plan-add-note = آیا شرکت‌کننده باید چیز دیگری بداند؟ یک یادداشت کوتاه بنویسید، یا «رد کردن» را بزنید.
plan-step-added = مرحله را اضافه کردم. شرکت‌کننده قبل از تاریخ یادآوری می‌گیرد.
plan-date-changed = تاریخ را تغییر دادم. یادآوری‌ها با تاریخ تازه می‌آیند.
plan-date-removed = تاریخ را حذف کردم. این مرحله دیگر یادآوری ندارد.
plan-step-added-no-date = مرحله را اضافه کردم. این مرحله تاریخ ندارد، برای همین یادآوری هم ندارد.

## Notices to counsellors

notice-plan-proposed = برای <b>{ $name }</b> یک برنامه اولیه ساختم. لطفاً آن را بررسی و تأیید کنید، یا آن را تغییر دهید.
notice-steps-done =
    شرکت‌کنندگان شما این مرحله‌ها را انجام‌شده علامت زدند:
    { $lines }
notice-step-done-line = ✅ <b>{ $name }</b>: { $type }
notice-needs-help = <b>{ $name }</b> برای این مرحله کمک لازم دارد: { $type }. لطفاً با او تماس بگیرید.
