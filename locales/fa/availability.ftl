# Polku — فارسی: ساعت‌های مشاور برای جلسه (/availability).

command-availability = ساعت‌های شما برای جلسه

## The view

availability-view =
    <b>ساعت‌های شما برای جلسه</b>

    { $lines }
availability-none = شما هنوز ساعتی برای جلسه ندارید. تا وقتی ساعت اضافه نکنید، شرکت‌کنندگان نمی‌توانند جلسه بگذارند.
availability-line-weekly = { $number }. { $day } { $start }–{ $end } · { $length } دقیقه + { $buffer } دقیقه · { $mode }{ $place }
availability-line-off = { $number }. { $day }: روز مرخصی
availability-line-extra = { $number }. { $day } { $start }–{ $end } (اضافه) · { $length } دقیقه + { $buffer } دقیقه · { $mode }{ $place }
availability-place = : { $place }
availability-remove-button = 🗑 پاک کردن { $number }
availability-add-weekly-button = ➕ ساعت‌های هفتگی
availability-add-off-button = 🌴 یک روز مرخصی
availability-add-extra-button = ➕ ساعت اضافه در یک روز
availability-show-button = 📅 ساعت‌های شما برای جلسه
availability-removed = این ساعت‌ها را پاک کردم. جلسه‌هایی که در این ساعت‌ها گذاشته شده‌اند، سر جایشان می‌مانند.

## The questions

option-days-mon = دوشنبه
option-days-tue = سه‌شنبه
option-days-wed = چهارشنبه
option-days-thu = پنجشنبه
option-days-fri = جمعه
option-days-sat = شنبه
option-days-sun = یکشنبه
option-length-45 = 45 دقیقه (معمول)
option-length-30 = 30 دقیقه
option-length-60 = 60 دقیقه
option-length-90 = 90 دقیقه
option-buffer-15 = 15 دقیقه (معمول)
option-buffer-0 = 0 دقیقه (بدون استراحت)
option-buffer-10 = 10 دقیقه
option-buffer-30 = 30 دقیقه
availability-ask-days = چه روزهایی با شرکت‌کنندگان جلسه دارید؟ روزها را انتخاب کنید، بعد «تمام» را بزنید.
availability-ask-extra-day = چه روزی ساعت اضافه دارید؟ تاریخ را بنویسید، مثلاً 31.12.2026.
availability-ask-off-day = چه روزی نیستید؟ تاریخ را بنویسید، مثلاً 31.12.2026.
availability-ask-start = از چه ساعتی؟ مثلاً 9 یا 9.30.
availability-ask-end = تا چه ساعتی؟ (شروع: { $start }.) مثلاً 12 یا 15.30.
availability-ask-length = هر جلسه چقدر طول می‌کشد؟
availability-ask-buffer = بین جلسه‌ها چقدر استراحت باشد؟
availability-ask-mode = جلسه چطور است؟
availability-ask-place = جلسه کجاست؟ جا را بنویسید، مثلاً «اتاق 2». یا «رد کردن» را بزنید.
availability-ask-link = لینک تماس تصویری را بنویسید، مثلاً https://meet.example.fi/mikko
availability-confirm-weekly =
    این ساعت‌ها را ذخیره کنم؟
    📅 { $days }
    🕘 { $start }–{ $end }
    جلسه: { $length }، استراحت: { $buffer } · { $mode }
availability-confirm-extra =
    این ساعت‌های اضافه را ذخیره کنم؟
    📅 { $day }
    🕘 { $start }–{ $end }
    جلسه: { $length }، استراحت: { $buffer } · { $mode }
availability-saved = ✅ ذخیره کردم. حالا شرکت‌کنندگان می‌توانند در این ساعت‌ها جلسه بگذارند.
availability-off-saved =
    ✅ ذخیره کردم: آن روز نیستید.
    { $count ->
        [0] برای آن روز جلسه‌ای نیست.
        [one] هنوز یک جلسه برای آن روز هست. آن را در /appointments لغو کنید.
       *[other] هنوز { $count } جلسه برای آن روز هست. آن‌ها را در /appointments لغو کنید.
    }
availability-not-saved = چیزی ذخیره نکردم.

## Problems

availability-invalid-time = لطفاً یک ساعت بنویسید، مثلاً 9 یا 9.30 یا 14:00.
availability-invalid-end = پایان باید بعد از شروع ({ $start }) باشد. لطفاً ساعت دیرتری بنویسید.
availability-invalid-length = جلسه در این ساعت‌ها جا نمی‌شود ({ $minutes } دقیقه). لطفاً جلسه کوتاه‌تری انتخاب کنید.
availability-invalid-place = لطفاً جای کوتاه‌تری بنویسید (حداکثر { $limit } حرف).
availability-invalid-link = لطفاً لینک کامل را بنویسید. لینک با https:// شروع می‌شود.
availability-invalid-day = لطفاً روزی از امروز تا یک سال بعد بنویسید.
