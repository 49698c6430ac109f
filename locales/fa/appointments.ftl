# Polku — فارسی: meetings with the counsellor (جلسه).

## How and where

appointment-mode-in_person = حضوری
appointment-mode-phone = تلفنی
appointment-mode-video = تماس تصویری
appointment-place-unknown = مشاور شما جای آن را به شما می‌گوید
appointment-how = { $mode }: { $place }
appointment-ics-summary = جلسه با { $counsellor }

## Notices

appointment-booked =
    📅 شما با { $counsellor } یک جلسه دارید.
    🕘 { $when }
    { $mode }: { $place }
appointment-booked-counsellor =
    📅 جلسه تازه با { $learner }.
    🕘 { $when }
    { $mode }: { $place }
appointment-moved =
    📅 وقت جلسه شما با { $counsellor } تغییر کرد.
    🕘 { $when } (وقت قبلی: { $previous })
    { $mode }: { $place }
appointment-moved-counsellor =
    📅 وقت جلسه با { $learner } تغییر کرد.
    🕘 { $when } (وقت قبلی: { $previous })
    { $mode }: { $place }
appointment-cancelled =
    ❌ لغو شد: جلسه شما با { $counsellor } در { $when }.
    دلیل: { $reason }
appointment-cancelled-counsellor =
    ❌ لغو شد: جلسه با { $learner } در { $when }.
    دلیل: { $reason }

## Reasons for a cancellation

appointment-reason-learner = شرکت‌کننده آن را لغو کرد
appointment-reason-ill = بیماری
appointment-reason-counsellor_away = مشاور نمی‌تواند بیاید
appointment-reason-not_needed = به جلسه نیازی نیست
appointment-reason-other = دلیل دیگر

## Problems

appointment-error = این جلسه را نمی‌توانید به این شکل تغییر دهید.
appointment-slot-taken = ببخشید، همین حالا کس دیگری این وقت را گرفت. لطفاً وقت دیگری انتخاب کنید.
appointment-slot-unavailable = این وقت را نمی‌توانید بگیرید. لطفاً وقت دیگری انتخاب کنید.
appointment-no-counsellor = شما الان مشاور ندارید. وقتی مشاور داشتید، به شما خبر می‌دهیم.
appointment-not-found = این جلسه را پیدا نمی‌کنم.
appointment-closed = این جلسه تمام شده است، یا کسی آن را لغو کرده است.
appointment-not-started = جلسه هنوز شروع نشده است.

## Booking in the chat

appointment-book-button = 📅 گذاشتن جلسه
appointment-choose-day = چه وقتی می‌توانید بیایید؟ یک روز انتخاب کنید.
appointment-choose-day-move =
    وقت جلسه شما الان: { $when }
    یک روز تازه انتخاب کنید.
appointment-day-button = { $day }
appointment-choose-time = یک ساعت انتخاب کنید. روز: { $day }
appointment-time-button = { $time }
# Right to left: "back" points to the right (as dialogue-back).
appointment-other-day = ▶️ روز دیگر
appointment-other-time = 🔁 ساعت دیگر
appointment-no-free-times = الان وقت خالی نیست. لطفاً بعداً دوباره امتحان کنید، یا از مشاور خود بپرسید.
appointment-stale = این دکمه قدیمی است. وقت‌های خالی الان این‌ها هستند.
appointment-day-gone = آن روز دیگر وقت خالی ندارد. لطفاً روز دیگری انتخاب کنید.
appointment-time-gone = آن ساعت دیگر خالی نیست. لطفاً ساعت دیگری انتخاب کنید.
appointment-confirm =
    این جلسه را بگذارم؟
    🕘 { $when }
    { $mode }: { $place }
appointment-confirm-move =
    جلسه شما به این وقت منتقل شود؟
    🕘 { $when } (وقت فعلی: { $previous })
    { $mode }: { $place }
appointment-confirm-for =
    برای { $learner } جلسه بگذارم؟
    🕘 { $when }
    { $mode }: { $place }
appointment-yes = ✅ بله
appointment-done =
    ✅ جلسه شما را گذاشتم.
    🕘 { $when }
    { $mode }: { $place }
    قبل از جلسه به شما یادآوری می‌کنم.
appointment-moved-done =
    ✅ جلسه شما وقت تازه دارد.
    🕘 { $when }
    { $mode }: { $place }
appointment-done-for =
    ✅ برای { $learner } جلسه گذاشته شد.
    🕘 { $when }
    { $mode }: { $place }
appointment-ics-caption = 📎 جلسه شما: { $when }. فایل را باز کنید تا جلسه به تقویم تلفن شما اضافه شود.
appointment-ics-cancel-caption = 📎 جلسه شما لغو شد: { $when }. فایل را باز کنید تا جلسه از تقویم تلفن شما پاک شود.

## Your meetings

appointment-list =
    <b>جلسه‌های شما</b>

    { $lines }
appointment-line = 🕘 { $when } – { $mode }: { $place }
appointment-none = شما هیچ جلسه‌ای ندارید.
appointment-move-button = 🔁 تغییر وقت { $day } { $time }
appointment-cancel-button = ❌ لغو { $day } { $time }
appointment-list-counsellor =
    <b>جلسه‌های شما</b>

    { $lines }
appointment-line-counsellor = 🕘 { $when } – { $learner } ({ $mode })
appointment-none-counsellor = شما هیچ جلسه‌ای ندارید.
appointment-cancel-for-button = ❌ { $learner } { $day } { $time }
appointment-cancel-confirm = جلسه شما لغو شود؟ وقت جلسه: { $when }
appointment-cancel-yes = ❌ لغو جلسه
appointment-cancel-no = جلسه بماند
appointment-cancel-done = جلسه شما را لغو کردم. وقت جلسه: { $when }. مشاور شما خبر دارد.
appointment-cancel-why = چرا جلسه با { $learner } را لغو می‌کنید؟ وقت جلسه: { $when }
appointment-why-ill = بیماری
appointment-why-away = نمی‌توانم بیایم
appointment-why-not-needed = لازم نیست
appointment-why-other = دلیل دیگر
appointment-cancel-done-counsellor = جلسه با { $learner } را لغو کردم. وقت جلسه: { $when }. به { $learner } خبر دادم.
appointment-question = جلسه‌هایتان را با /appointments می‌بینید. برای گذاشتن جلسه تازه، /book را بنویسید.

## Reminders

appointment-reminder-24h =
    📅 یادآوری: فردا با { $counsellor } جلسه دارید.
    🕘 { $when }
    { $mode }: { $place }
appointment-reminder-2h =
    📅 جلسه شما با { $counsellor } دو ساعت دیگر شروع می‌شود.
    🕘 { $when }
    { $mode }: { $place }
appointment-coming = 👍 می‌آیم
appointment-not-coming = نمی‌توانم بیایم
appointment-coming-thanks = تشکر! به امید دیدار.
appointment-not-coming-reply = تشکر که به من خبر دادید. مشاور شما خبر دارد. وقت دیگری می‌خواهید، یا جلسه را لغو می‌کنید؟ وقت جلسه: { $when }
appointment-not-coming-counsellor = ⚠️ { $learner } نمی‌تواند به جلسه بیاید. وقت جلسه: { $when }

## After the meeting

appointment-outcome-question = جلسه با { $learner } چطور بود؟ وقت جلسه: { $when }
appointment-met = ✅ جلسه برگزار شد
appointment-no-show = ❌ نیامد
appointment-marked-met = ✅ ثبت شد: شما { $learner } را دیدید ({ $when }).
appointment-marked-no-show = ❌ ثبت شد: { $learner } نیامد ({ $when }).

## In the plan

plan-meeting-none = 📅 جلسه‌ای گذاشته نشده است.
plan-meeting-next = 📅 جلسه بعدی: { $when }
