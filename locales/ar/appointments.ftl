# Polku — العربية: المواعيد مع المرشد.

## كيف وأين

appointment-mode-in_person = لقاء وجهاً لوجه
appointment-mode-phone = مكالمة هاتفية
appointment-mode-video = مكالمة فيديو
appointment-place-unknown = سيخبرك المرشد بالمكان
appointment-how = { $mode }: { $place }
appointment-ics-summary = موعد مع { $counsellor }

## الإشعارات

appointment-booked =
    📅 لديك موعد مع { $counsellor }.
    🕘 { $when }
    { $mode }: { $place }
appointment-booked-counsellor =
    📅 موعد جديد مع { $learner }.
    🕘 { $when }
    { $mode }: { $place }
appointment-moved =
    📅 تغيّر وقت موعدك مع { $counsellor }.
    🕘 { $when } (من قبل: { $previous })
    { $mode }: { $place }
appointment-moved-counsellor =
    📅 تغيّر وقت الموعد مع { $learner }.
    🕘 { $when } (من قبل: { $previous })
    { $mode }: { $place }
appointment-cancelled =
    ❌ تم إلغاء موعدك مع { $counsellor } في { $when }.
    السبب: { $reason }
appointment-cancelled-counsellor =
    ❌ تم إلغاء الموعد مع { $learner } في { $when }.
    السبب: { $reason }

## أسباب الإلغاء

appointment-reason-learner = ألغى المتعلّم الموعد
appointment-reason-ill = مرض
appointment-reason-counsellor_away = لا يستطيع المرشد الحضور
appointment-reason-not_needed = لا حاجة للموعد
appointment-reason-other = سبب آخر

## مشاكل

appointment-error = لا يمكن تغيير هذا الموعد بهذه الطريقة.
appointment-slot-taken = عذراً، حجز شخص آخر هذا الوقت الآن. من فضلك اختر وقتاً آخر.
appointment-slot-unavailable = لا يمكن حجز هذا الوقت. من فضلك اختر وقتاً آخر.
appointment-no-counsellor = ليس لديك مرشد الآن. سنخبرك عندما يكون لديك مرشد.
appointment-not-found = لم نجد هذا الموعد.
appointment-closed = هذا الموعد ملغى أو انتهى.
appointment-not-started = لم يبدأ الموعد بعد.

## الحجز في المحادثة

appointment-book-button = 📅 حجز موعد
appointment-choose-day = متى يمكنك الحضور؟ اختر يوماً.
appointment-choose-day-move =
    موعدك الآن: { $when }.
    اختر يوماً جديداً.
appointment-day-button = { $day }
appointment-choose-time = اختر وقتاً يوم { $day }.
appointment-time-button = { $time }
appointment-other-day = ◀️ يوم آخر
appointment-other-time = 🔁 وقت آخر
appointment-no-free-times = لا توجد أوقات متاحة الآن. حاول مرة أخرى لاحقاً، أو اسأل مرشدك.
appointment-stale = هذا الزر قديم. هذه هي الأوقات المتاحة الآن.
appointment-day-gone = لم تعد في هذا اليوم أوقات متاحة. اختر يوماً آخر.
appointment-time-gone = هذا الوقت لم يعد متاحاً. اختر وقتاً آخر.
appointment-confirm =
    هل تريد حجز هذا الموعد؟
    🕘 { $when }
    { $mode }: { $place }
appointment-confirm-move =
    هل تريد نقل موعدك إلى هذا الوقت؟
    🕘 { $when } (الآن: { $previous })
    { $mode }: { $place }
appointment-confirm-for =
    هل تريد حجز موعد لـ { $learner }؟
    🕘 { $when }
    { $mode }: { $place }
appointment-yes = ✅ نعم
appointment-done =
    ✅ تم حجز موعدك.
    🕘 { $when }
    { $mode }: { $place }
    سأذكّرك قبل الموعد.
appointment-moved-done =
    ✅ لموعدك وقت جديد.
    🕘 { $when }
    { $mode }: { $place }
appointment-done-for =
    ✅ تم حجز موعد لـ { $learner }.
    🕘 { $when }
    { $mode }: { $place }
appointment-ics-caption = 📎 موعدك في { $when }. افتح الملف لإضافة الموعد إلى تقويم هاتفك.
appointment-ics-cancel-caption = 📎 تم إلغاء موعدك في { $when }. افتح الملف لحذف الموعد من تقويم هاتفك.

## مواعيدك

appointment-list =
    <b>مواعيدك</b>

    { $lines }
appointment-line = 🕘 { $when } – { $mode }: { $place }
appointment-none = ليس لديك مواعيد محجوزة.
appointment-move-button = 🔁 نقل { $day } { $time }
appointment-cancel-button = ❌ إلغاء { $day } { $time }
appointment-list-counsellor =
    <b>مواعيدك</b>

    { $lines }
appointment-line-counsellor = 🕘 { $when } – { $learner } ({ $mode })
appointment-none-counsellor = ليس لديك مواعيد محجوزة.
appointment-cancel-for-button = ❌ { $learner } { $day } { $time }
appointment-cancel-confirm = هل تريد إلغاء موعدك في { $when }؟
appointment-cancel-yes = ❌ إلغاء الموعد
appointment-cancel-no = إبقاء الموعد
appointment-cancel-done = تم إلغاء موعدك في { $when }. مرشدك يعرف ذلك.
appointment-cancel-why = لماذا تلغي الموعد مع { $learner } في { $when }؟
appointment-why-ill = مرض
appointment-why-away = لا أستطيع الحضور
appointment-why-not-needed = لا حاجة إليه
appointment-why-other = سبب آخر
appointment-cancel-done-counsellor = تم إلغاء الموعد مع { $learner } في { $when }. تم إبلاغ { $learner }.
appointment-question = يمكنك رؤية مواعيدك بالأمر /appointments. لحجز موعد جديد استخدم /book.

## التذكيرات

appointment-reminder-24h =
    📅 تذكير: لديك غداً موعد مع { $counsellor }.
    🕘 { $when }
    { $mode }: { $place }
appointment-reminder-2h =
    📅 يبدأ موعدك مع { $counsellor } بعد ساعتين.
    🕘 { $when }
    { $mode }: { $place }
appointment-coming = 👍 سأحضر
appointment-not-coming = لا أستطيع الحضور
appointment-coming-thanks = شكراً! نراك قريباً.
appointment-not-coming-reply = شكراً لإخبارنا. مرشدك يعرف ذلك. هل تريد وقتاً آخر، أم إلغاء الموعد في { $when }؟
appointment-not-coming-counsellor = ⚠️ لا يستطيع { $learner } حضور الموعد في { $when }.

## بعد الموعد

appointment-outcome-question = كيف كان الموعد مع { $learner } في { $when }؟
appointment-met = ✅ تم اللقاء
appointment-no-show = ❌ لم يحضر
appointment-marked-met = ✅ تم التسجيل: التقيت بـ { $learner } في { $when }.
appointment-marked-no-show = ❌ تم التسجيل: لم يحضر { $learner } في { $when }.

## في الخطة

plan-meeting-none = 📅 لا يوجد موعد محجوز.
plan-meeting-next = 📅 الموعد القادم: { $when }
