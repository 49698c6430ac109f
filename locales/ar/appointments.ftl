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
