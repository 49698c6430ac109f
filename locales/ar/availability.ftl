# Polku — العربية: أوقات المرشد للمواعيد (/availability).

command-availability = أوقاتك للمواعيد

## العرض

availability-view =
    <b>أوقاتك للمواعيد</b>

    { $lines }
availability-none = ليست لديك أوقات للمواعيد بعد. لا يستطيع المتعلمون حجز موعد حتى تضيف أوقاتاً.
availability-line-weekly = { $number }. { $day } { $start }–{ $end } · { $length } دقيقة + { $buffer } دقيقة استراحة · { $mode }{ $place }
availability-line-off = { $number }. { $day }: يوم إجازة
availability-line-extra = { $number }. { $day } { $start }–{ $end } (وقت إضافي) · { $length } دقيقة + { $buffer } دقيقة استراحة · { $mode }{ $place }
availability-place = : { $place }
availability-remove-button = 🗑 احذف { $number }
availability-add-weekly-button = ➕ أوقات أسبوعية
availability-add-off-button = 🌴 يوم إجازة
availability-add-extra-button = ➕ وقت إضافي في يوم واحد
availability-show-button = 📅 أوقاتك للمواعيد
availability-removed = حذفت هذه الأوقات. المواعيد التي حجزها المتعلمون فيها تبقى كما هي.

## الأسئلة

option-days-mon = الاثنين
option-days-tue = الثلاثاء
option-days-wed = الأربعاء
option-days-thu = الخميس
option-days-fri = الجمعة
option-days-sat = السبت
option-days-sun = الأحد
option-length-45 = ٤٥ دقيقة (المعتاد)
option-length-30 = ٣٠ دقيقة
option-length-60 = ٦٠ دقيقة
option-length-90 = ٩٠ دقيقة
option-buffer-15 = ١٥ دقيقة (المعتاد)
option-buffer-0 = ٠ دقيقة (بدون استراحة)
option-buffer-10 = ١٠ دقائق
option-buffer-30 = ٣٠ دقيقة
availability-ask-days = في أي أيام تلتقي بالمتعلمين؟ اختر الأيام ثم اضغط «تم».
availability-ask-extra-day = في أي يوم لديك وقت إضافي للمواعيد؟ اكتب التاريخ، مثلاً 31.12.2026.
availability-ask-off-day = في أي يوم ستكون غائباً؟ اكتب التاريخ، مثلاً 31.12.2026.
availability-ask-start = من أي ساعة؟ مثلاً 9 أو 9.30.
availability-ask-end = حتى أي ساعة؟ تبدأ الساعة { $start }. مثلاً 12 أو 15.30.
availability-ask-length = كم مدة الموعد الواحد؟
availability-ask-buffer = كم مدة الاستراحة بين موعدين؟
availability-ask-mode = كيف تلتقيان؟
availability-ask-place = أين تلتقيان؟ اكتب المكان، مثلاً «الغرفة 2». أو اضغط «تخطي السؤال».
availability-ask-link = اكتب رابط مكالمة الفيديو، مثلاً https://meet.example.fi/mikko
availability-confirm-weekly =
    هل تريد حفظ هذه الأوقات؟
    📅 { $days }
    🕘 { $start }–{ $end }
    مدة الموعد { $length }، استراحة { $buffer } · { $mode }
availability-confirm-extra =
    هل تريد حفظ هذه الأوقات الإضافية؟
    📅 { $day }
    🕘 { $start }–{ $end }
    مدة الموعد { $length }، استراحة { $buffer } · { $mode }
availability-saved = ✅ حفظت أوقاتك. يستطيع المتعلمون حجز موعد في هذه الأوقات الآن.
availability-off-saved =
    ✅ حفظت ذلك: أنت غائب في ذلك اليوم.
    { $count ->
        [0] ليس لديك أي موعد في ذلك اليوم.
        [one] ما زال لديك موعد واحد في ذلك اليوم. ألغه عبر /appointments.
        [two] ما زال لديك موعدان في ذلك اليوم. ألغهما عبر /appointments.
        [few] ما زال لديك { $count } مواعيد في ذلك اليوم. ألغها عبر /appointments.
       *[other] ما زال لديك { $count } موعدًا في ذلك اليوم. ألغها عبر /appointments.
    }
availability-not-saved = لم أحفظ أي شيء.

## المشاكل

availability-invalid-time = اكتب وقتاً، مثلاً 9 أو 9.30 أو 14:00.
availability-invalid-end = يجب أن يكون وقت النهاية بعد وقت البداية ({ $start }). اكتب وقتاً أحدث.
availability-invalid-length = الموعد لا يتسع في هذه الأوقات ({ $minutes } دقيقة). اختر موعداً أقصر.
availability-invalid-place = اكتب مكاناً أقصر (على الأكثر { $limit } حرفاً).
availability-invalid-link = اكتب الرابط كاملاً، يبدأ بـ https://
availability-invalid-day = اكتب تاريخًا بين اليوم وسنة من الآن.
