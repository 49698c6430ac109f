## التحفيز: تنبيهات للمرشد، رسالة للمتعلم، ردود الأزمات.

motivation-notice =
    { $head }
    { $who }
    السبب: { $reasons }
    الخطوة التالية في الخطة: { $step }
    الموعد التالي: { $meeting }
motivation-notice-who-score = { $name } · النقاط { $score }
motivation-notice-who = { $name }
motivation-head-score = ⚠️ قد يحتاجك أحد المتعلمين.
motivation-head-request = 🙋 متعلم يريد أن يتحدث معك.
motivation-head-crisis = 🚨 عاجل: كتب متعلم كلمات قد تعني أزمة. تواصل معه الآن من فضلك.
motivation-head-forwarded = ⏰ لم يرد أحد على هذا التنبيه بعد. هل يمكنك المساعدة؟
motivation-notice-step = { $type } (الموعد { $due })
motivation-notice-no-date = بلا تاريخ
motivation-notice-meeting = { $when }
motivation-notice-none = لا يوجد
motivation-reason-low-mood = { $count ->
    [one] المزاج { $mood }/5
    [two] مزاج سيئ مرتين مؤخرًا، أدناه { $mood }/5
    [few] مزاج سيئ { $count } مرات مؤخرًا، أدناه { $mood }/5
   *[other] مزاج سيئ { $count } مرة مؤخرًا، أدناه { $mood }/5
}
motivation-reason-mood-drop = انخفض المزاج من حوالي { $average } إلى { $mood }/5
motivation-reason-unanswered = { $count ->
    [one] لم يرد على سؤال أو تذكير واحد
    [two] لم يرد على سؤالين أو تذكيرين
    [few] لم يرد على { $count } أسئلة أو تذكيرات
    [many] لم يرد على { $count } سؤالًا أو تذكيرًا
   *[other] لم يرد على { $count } سؤال أو تذكير
}
motivation-reason-silence = { $days ->
    [one] لا تواصل منذ يوم واحد
    [two] لا تواصل منذ يومين
    [few] لا تواصل منذ { $days } أيام
    [many] لا تواصل منذ { $days } يومًا
   *[other] لا تواصل منذ { $days } يوم
}
motivation-reason-mood-trend = انخفض المزاج من متابعة إلى أخرى، من { $from } إلى { $mood }/5
motivation-reason-missed-meeting = { $count ->
    [one] لم يحضر الموعد في { $date }
    [two] لم يحضر موعدين، آخرهما في { $date }
    [few] لم يحضر { $count } مواعيد، آخرها في { $date }
    [many] لم يحضر { $count } موعدًا، آخرها في { $date }
   *[other] لم يحضر { $count } موعد، آخرها في { $date }
}
motivation-reason-overdue-step = { $count ->
    [one] خطوة في الخطة متأخرة
    [two] خطوتان في الخطة متأخرتان
    [few] { $count } خطوات في الخطة متأخرة
   *[other] { $count } خطوة في الخطة متأخرة
}
motivation-reason-help = طلب المساعدة في خطوة من الخطة
motivation-reason-discouraged = كتب كلمات فيها إحباط
motivation-reason-request = يريد أن يتحدث معك
motivation-reason-crisis = كتب كلمات قد تعني أزمة
motivation-reason-crisis-unanswered = قد يكون في أزمة: لم يقل خلال { $minutes } دقيقة هل هو في أمان
motivation-reason-other = علامة أخرى ({ $count })
motivation-button-ack = سأتواصل معه
motivation-button-message = أرسل رسالة
motivation-button-book = احجز موعدًا
motivation-button-not-needed = غير ضروري
motivation-escalation-gone = هذا التنبيه لم يعد موجودًا.
motivation-learner-will-contact = سيتواصل معك مرشدك { $counsellor } قريبًا. يمكنك أيضًا أن تكتب لي في أي وقت.
motivation-learner-will-contact-someone = سيتواصل معك شخص من المركز قريبًا. يمكنك أيضًا أن تكتب لي في أي وقت.
motivation-crisis-confirm =
    أريد أن أتأكد أنك بأمان. هل أنت في خطر الآن، أو تفكر في إيذاء نفسك أو شخص آخر؟
    إذا كنت في خطر الآن، اتصل بالرقم 112.
motivation-crisis-yes = نعم، أحتاج مساعدة الآن
motivation-crisis-no = لا، أنا بأمان
motivation-crisis-help =
    اتصل بالرقم 112 الآن إذا كنت أنت أو شخص آخر في خطر.
    يمكنك التحدث مع شخص على خط الأزمات MIELI: ‎09 2525 0111 (في أي وقت).
    أخبرت مرشدك. سيتواصل معك في أقرب وقت ممكن.
motivation-crisis-safe = شكرًا لأنك أخبرتني. إذا صار الأمر صعبًا، اكتب لي أو اتصل بخط الأزمات MIELI: ‎09 2525 0111.

## Check-ins (learners)

check-in-mood = كيف تسير الأمور مع خطتك؟
check-in-mood-1 = 😞 سيئة جدًا
check-in-mood-2 = 🙁 سيئة
check-in-mood-3 = 😐 متوسطة
check-in-mood-4 = 🙂 جيدة
check-in-mood-5 = 😄 جيدة جدًا
check-in-hardest = ما هو أصعب شيء الآن؟ اختر شيئًا أو أكثر، ثم اضغط تم.
option-hardest-language = اللغة
option-hardest-money = المال
option-hardest-health = الصحة
option-hardest-family = العائلة
option-hardest-childcare = رعاية الأطفال
option-hardest-next_step = لا أعرف الخطوة التالية
option-hardest-other = شيء آخر
check-in-note = هل تريد أن تقول شيئًا لمرشدك؟ اكتب سطرًا واحدًا، أو اضغط تخطي.
check-in-thanks = شكرًا! يسعدني ذلك. يمكنك أن تخبرني كيف حالك في أي وقت بالأمر /mood.
check-in-thanks-low = شكرًا لأنك أخبرتني. إذا أردت التحدث مع مرشدك، اضغط الزر.
check-in-note-to-counsellor =
    💬 أجاب { $name } على سؤال الحال (المزاج { $mood }/5) وكتب:
    { $text }

## "Talk to my counsellor"

motivation-button-counsellor = أريد التحدث مع مرشدي
motivation-request-sent = أخبرت مرشدك { $counsellor }. سيتواصل معك قريبًا.
motivation-request-sent-someone = أخبرت المركز. سيتواصل معك شخص قريبًا.

## Counsellors: /escalations and the notice's buttons

motivation-escalations-head = متعلمون قد يحتاجونك الآن:
motivation-escalations-none = لا توجد تنبيهات مفتوحة. جيد!
motivation-acknowledged = شكرًا. سيعرف { $name } أنك ستتواصل معه.
motivation-not-needed-thanks = تم التسجيل: غير ضروري ({ $name }). هذا يساعدنا على تحسين التنبيهات.
motivation-already-handled = شخص آخر أجاب على هذا التنبيه عن { $name }.
motivation-message-ask = اكتب رسالتك إلى { $name }. سأرسلها له.
motivation-message-to-learner =
    💬 رسالة من مرشدك { $counsellor }:
    { $text }
motivation-message-sent = أُرسلت إلى { $name }.
motivation-book-how = للقاء { $name }: أرسل له رسالة فيها موعد، أو اطلب منه حجز موعد عبر Polku.

## /mydata

mydata-motivation = عدد مرات إجابتك عن سؤال الحال: { $check_ins }. علامات لاحظناها (مثل مزاج سيئ أو موعد فائت): { $signals }. عدد المرات التي أُخبر فيها مرشدك: { $escalations }.

## "Ask my counsellor"

ask-not-understood =
    لا أستطيع الإجابة عن هذا بنفسي. ربما يساعدك أحد هذه الأوامر:
    /plan – خطتك
    /appointments – مواعيدك
    /help – كل ما أستطيع فعله
    أو يمكنني إرسال سؤالك إلى مرشدك.
ask-counsellor-button = اسأل مرشدي
ask-sent = أرسلت سؤالك إلى { $counsellor }. سيصلك الجواب هنا، في هذه المحادثة.
ask-nobody = عذرًا، لم أستطع إرسال سؤالك. ليس لديك مرشد في Polku الآن. من فضلك تواصل مع مكتب المركز.
ask-notice = <b>{ $name }</b> يسأل: { $text }
ask-answer-button = أجب
ask-answer-ask = اكتب جوابك إلى { $name }. سأرسله عبر Polku.
ask-answer-sent = أرسلت جوابك إلى { $name }.
ask-answer-gone = لم أستطع إرسال جوابك. هذا المتعلم لم يعد من متعلميك، أو غادر Polku.
ask-answer-to-learner = يجيب مرشدك { $counsellor }: { $text }
## Choosing when the weekly check-in comes (/checkin, or the button under the check-in).
check-in-when-button = 🕒 اختر متى أسألك
check-in-when-day = أسألك كيف تسير خطتك. في أي يوم تريد هذا السؤال؟ الآن أسألك { $current }.
check-in-when-default-rhythm = مرة في الأسبوع تقريبًا، بدون يوم محدد
check-in-when-chosen = يوم { $day } الساعة { $time }
check-in-weekday = { $day ->
    [0] الاثنين
    [1] الثلاثاء
    [2] الأربعاء
    [3] الخميس
    [4] الجمعة
    [5] السبت
   *[6] الأحد
}
check-in-when-default = بدون يوم محدد، مرة في الأسبوع تقريبًا
check-in-when-hour = في أي ساعة يوم { $day }؟
check-in-when-hour-button = { $time }
check-in-when-saved = تم. سأسألك كيف تسير الأمور كل أسبوع يوم { $day } الساعة { $time }. يمكنك تغيير ذلك بالأمر /checkin.
check-in-when-saved-default = تم. سأسألك كيف تسير الأمور مرة في الأسبوع تقريبًا، بدون يوم محدد. يمكنك تغيير ذلك بالأمر /checkin.
