## Campaigns: reminders a coordinator sends to a group of learners

command-campaign = إرسال تذكيرات لمجموعات من المتعلمين

campaign-message = { $text }
campaign-answer = { $label }
campaign-mute = 🔕 أوقف هذه الرسائل
campaign-muted = لن تصلك رسائل المجموعات هذه بعد الآن. تذكيرات خطتك ومواعيدك ستصلك كما هي.
campaign-answer-thanks = شكرًا، حفظنا جوابك.

campaign-list =
    حملاتك:
    { $lines }
campaign-list-line = { $id }. { $name } ({ $status })
campaign-state-draft = مسودة
campaign-state-scheduled = مجدولة
campaign-state-sending = قيد الإرسال
campaign-state-done = أُرسلت
campaign-state-cancelled = أُلغيت
campaign-list-empty = لا توجد حملات بعد. اضغط «حملة جديدة»، أو استخدم سطر الأوامر: polku campaign create FILE.yml
campaign-button-show = الحملة { $id }
campaign-button-send = إرسال
campaign-button-confirm = نعم، أرسل
campaign-button-cancel = إلغاء الحملة

campaign-preview =
    الحملة { $id }: { $name } ({ $status })
    عدد المتعلمين: { $count }
    { $languages }
    { $fallback } سيقرؤون النص بلغة { $fallback_language }، لأنه لا يوجد نص بلغتهم.
    أوقفوا الرسائل: { $muted }. حظروا البوت: { $blocked }.
campaign-preview-language = { $language }: { $count } (اللغة البديلة: { $fallback })
campaign-example =
    مثال بلغة { $language }:
    { $text }
campaign-confirm = { $count ->
    [zero] هل ترسل هذه الحملة؟ لا يوجد متعلمون في هذه المجموعة الآن.
    [one] هل ترسل هذه الحملة إلى متعلم واحد؟
    [two] هل ترسل هذه الحملة إلى متعلمَين؟
    [few] هل ترسل هذه الحملة إلى { $count } متعلمين؟
    [many] هل ترسل هذه الحملة إلى { $count } متعلمًا؟
   *[other] هل ترسل هذه الحملة إلى { $count } متعلم؟
}
campaign-scheduled = الحملة «{ $name }» في الطريق. سيصلك تقرير عند انتهاء الإرسال.
campaign-sending-now = الحملة «{ $name }» في الطريق الآن. سيصلك تقرير عند انتهاء الإرسال.
campaign-cancelled = أُلغيت الحملة «{ $name }». { $count ->
    [zero] لم تكن هناك رسائل تنتظر.
    [one] لن تُرسل رسالة واحدة.
    [two] لن تُرسل رسالتان.
    [few] لن تُرسل { $count } رسائل.
    [many] لن تُرسل { $count } رسالةً.
   *[other] لن تُرسل { $count } رسالة.
}

# $in_doubt: nothing, or one more line (campaign-report-in-doubt) when some messages
# may have arrived: a request was on its way when something went wrong.
campaign-report =
    تقرير: { $name }
    عدد المتعلمين: { $audience }
    أُرسلت: { $sent }. فشلت: { $failed }. حظروا البوت: { $blocked }. أوقفوا الرسائل: { $muted }. تنتظر: { $pending }.{ $in_doubt }
    { $languages }
    الأجوبة:
    { $answers }
campaign-report-language = { $language }: أُرسلت { $sent } من { $total }
campaign-report-answer = الزر { $number }: { $count }
campaign-report-no-answers = لا توجد أجوبة بعد.
campaign-report-in-doubt = {"\u000A"}{ $count ->
        [one] ربما وصلت رسالة واحدة. حدثت مشكلة أثناء الإرسال، لذلك لا أعرف. لن أرسلها مرة أخرى.
        [two] ربما وصلت رسالتان. حدثت مشكلة أثناء الإرسال، لذلك لا أعرف. لن أرسلهما مرة أخرى.
        [few] ربما وصلت { $count } رسائل. حدثت مشكلة أثناء الإرسال، لذلك لا أعرف. لن أرسلها مرة أخرى.
        [many] ربما وصلت { $count } رسالةً. حدثت مشكلة أثناء الإرسال، لذلك لا أعرف. لن أرسلها مرة أخرى.
       *[other] ربما وصلت { $count } رسالة. حدثت مشكلة أثناء الإرسال، لذلك لا أعرف. لن أرسلها مرة أخرى.
    }

campaign-error = لا يمكن تغيير هذه الحملة الآن.
campaign-error-not_draft = هذه الحملة أُرسلت أو أُلغيت من قبل.
campaign-error-finished = انتهت هذه الحملة من قبل.

## The guided dialogue: a new campaign (/campaign, "New campaign")
campaign-new-button = ➕ حملة جديدة
campaign-new-name = حملة جديدة. ما اسمها؟ الموظفون فقط يرون الاسم.
campaign-new-audience =
    من يستلمها؟ اختر تصفية، أو اضغط تمّ. بدون تصفية يستلمها كل المتعلمين.
    المسار: { $path }
    المرحلة: { $status }
    المرشد: { $counsellor }
    اللغة: { $language }
    خطوة من الخطة لم تُنجز: { $step }
    آخر نشاط: { $active }
campaign-filter-path = المسار
campaign-filter-status = المرحلة
campaign-filter-counsellor = المرشد
campaign-filter-language = اللغة
campaign-filter-step = خطوة من الخطة لم تُنجز
campaign-filter-active = آخر نشاط
campaign-filter-done = ✓ تمّ
campaign-new-path = المتعلمون في أي مسار؟ اختر ثم اضغط تمّ. اضغط «تخطي السؤال» لحذف هذه التصفية.
campaign-new-status = المتعلمون في أي مرحلة؟ اختر ثم اضغط تمّ. اضغط «تخطي السؤال» لحذف هذه التصفية.
campaign-new-counsellor = متعلمو أي مرشد؟ اختر ثم اضغط تمّ. اضغط «تخطي السؤال» لحذف هذه التصفية.
campaign-new-language = المتعلمون الذين يقرؤون أي لغة؟ اختر ثم اضغط تمّ. اضغط «تخطي السؤال» لحذف هذه التصفية.
campaign-new-step = المتعلمون الذين لم ينجزوا أي خطوة من الخطة بعد؟ اختر ثم اضغط تمّ. اضغط «تخطي السؤال» لحذف هذه التصفية.
campaign-new-active = متى كان آخر نشاط للمتعلمين؟ اضغط «تخطي السؤال» لحذف هذه التصفية.
campaign-status-new = انضمّ، ولم ينهِ الأسئلة الأولى
campaign-status-intake_done = أنهى الأسئلة الأولى
campaign-status-plan_confirmed = الخطة مؤكَّدة
campaign-option-counsellor = { $name }
campaign-active-active_7 = نشِط في آخر 7 أيام
campaign-active-active_30 = نشِط في آخر 30 يومًا
campaign-active-inactive_14 = غير نشِط منذ 14 يومًا
campaign-active-inactive_30 = غير نشِط منذ 30 يومًا
campaign-new-fallback = الآن الرسالة. أولًا اللغة الأساسية. المتعلمون الذين لا يوجد نص بلغتهم يستلمون هذا النص. ما هي هذه اللغة؟
campaign-new-text =
    اكتب الرسالة بلغة { $language }. يمكنك استخدام {"{"}first_name{"}"} و{"{"}counsellor_name{"}"} و{"{"}date{"}"}. سأملؤها لكل متعلم.
campaign-new-buttons = هل تريد أزرار رد بلغة { $language }؟ اكتب حتى 3 نصوص للأزرار، كل نص في سطر. سأعدّ إجابات المتعلمين. أو اضغط «تخطي السؤال».
campaign-new-other-buttons = الآن أزرار الرد نفسها بلغة { $language }. اكتب كل نص في سطر، بالترتيب نفسه.
campaign-new-more = هل تريد إضافة الرسالة بلغة أخرى؟
campaign-more-add = ➕ لغة أخرى
campaign-more-done = ✓ تمّ
campaign-new-other-language = أي لغة؟
campaign-new-schedule = متى أرسلها؟
campaign-schedule-now = الآن
campaign-schedule-at = في يوم وساعة محددين
campaign-schedule-daily = كل يوم
campaign-schedule-weekly = كل أسبوع
campaign-new-send-at = اكتب التاريخ والساعة هكذا: 31.12.2026 14:30.
campaign-new-until = ما هو اليوم الأخير؟ اكتبه هكذا: 31.1.2027.
campaign-new-too-long = هذا طويل جدًا. اكتب { $limit } حرفًا على الأكثر.
campaign-new-bad-placeholder = لا أعرف إحدى الكلمات بين {"{"} {"}"}. استخدم {"{"}first_name{"}"} أو {"{"}counsellor_name{"}"} أو {"{"}date{"}"}. لكتابة {"{"} واحد في النص، اكتب {"{{"}.
campaign-new-bad-buttons = اكتب من 1 إلى { $most } نصوص للأزرار، كل نص في سطر. كل نص { $limit } حرفًا على الأكثر.
campaign-new-buttons-count = اكتب { $count } نصوص للأزرار، كل نص في سطر: بعدد أزرار اللغة الأساسية.
campaign-new-language-given = كتبت النص باللغة الأساسية من قبل. اختر لغة أخرى.
campaign-new-need-time = أضف الساعة أيضًا، هكذا: 31.12.2026 14:30.
campaign-new-past = هذا الوقت قد مضى. اختر وقتًا لاحقًا.
campaign-new-until-early = لا يمكن أن يكون اليوم الأخير قبل اليوم الأول.
campaign-new-failed = عذرًا، لم أستطع حفظ هذه الحملة. ابدأ من جديد بـ /campaign.
campaign-new-saved = حفظت الحملة «{ $name }». { $schedule } راجع المعاينة ثم أكّد.
campaign-when-now = أرسلها فور تأكيدك.
campaign-when-at = أرسلها في { $when }.
campaign-when-daily = أرسلها كل يوم من { $when } حتى { $until }.
campaign-when-weekly = أرسلها كل أسبوع من { $when } حتى { $until }.
