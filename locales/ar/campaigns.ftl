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
campaign-list-empty = لا توجد حملات بعد. أنشئ حملة من سطر الأوامر: polku campaign create FILE.yml
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
campaign-cancelled = أُلغيت الحملة «{ $name }». { $count ->
    [zero] لم تكن هناك رسائل تنتظر.
    [one] لن تُرسل رسالة واحدة.
    [two] لن تُرسل رسالتان.
    [few] لن تُرسل { $count } رسائل.
    [many] لن تُرسل { $count } رسالةً.
   *[other] لن تُرسل { $count } رسالة.
}

campaign-report =
    تقرير: { $name }
    عدد المتعلمين: { $audience }
    أُرسلت: { $sent }. فشلت: { $failed }. حظروا البوت: { $blocked }. أوقفوا الرسائل: { $muted }. تنتظر: { $pending }.
    { $languages }
    الأجوبة:
    { $answers }
campaign-report-language = { $language }: أُرسلت { $sent } من { $total }
campaign-report-answer = الزر { $number }: { $count }
campaign-report-no-answers = لا توجد أجوبة بعد.

campaign-error = لا يمكن تغيير هذه الحملة الآن.
campaign-error-not_draft = هذه الحملة أُرسلت أو أُلغيت من قبل.
campaign-error-finished = انتهت هذه الحملة من قبل.
