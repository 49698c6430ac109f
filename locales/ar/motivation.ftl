## التحفيز: تنبيهات للمرشد، رسالة للمتعلم، ردود الأزمات.

motivation-notice =
    { $head }
    { $name } · النقاط { $score }
    السبب: { $reasons }
    الخطوة التالية في الخطة: { $step }
    الموعد التالي: { $meeting }
motivation-head-score = ⚠️ قد يحتاجك أحد المتعلمين.
motivation-head-request = 🙋 متعلم يريد أن يتحدث معك.
motivation-head-crisis = 🚨 عاجل: كتب متعلم كلمات قد تعني أزمة. تواصل معه الآن من فضلك.
motivation-head-forwarded = ⏰ لم يرد أحد على هذا التنبيه بعد. هل يمكنك المساعدة؟
motivation-notice-step = { $type } (الموعد { $due })
motivation-notice-no-date = بلا تاريخ
motivation-notice-meeting = { $when }
motivation-notice-none = لا يوجد
motivation-reason-low-mood = المزاج { $mood }/5 { $count ->
    [one] مرة واحدة
   *[other] { $count } مرات متتالية
}
motivation-reason-mood-drop = انخفض المزاج من حوالي { $average } إلى { $mood }/5
motivation-reason-unanswered = لم يرد على { $count } أسئلة أو تذكيرات
motivation-reason-silence = لا تواصل منذ { $days } يومًا
motivation-reason-missed-meeting = { $count ->
    [one] لم يحضر الموعد في { $date }
   *[other] لم يحضر { $count } مواعيد، آخرها في { $date }
}
motivation-reason-overdue-step = { $count ->
    [one] خطوة في الخطة متأخرة
   *[other] { $count } خطوات في الخطة متأخرة
}
motivation-reason-help = طلب المساعدة في خطوة من الخطة
motivation-reason-discouraged = كتب كلمات فيها إحباط
motivation-reason-request = يريد أن يتحدث معك
motivation-reason-crisis = كتب كلمات قد تعني أزمة
motivation-reason-other = علامة أخرى ({ $count })
motivation-button-ack = سأتواصل معه
motivation-button-message = أرسل رسالة
motivation-button-book = احجز موعدًا
motivation-button-not-needed = غير ضروري
motivation-escalation-gone = هذا التنبيه لم يعد موجودًا.
motivation-learner-will-contact = سيتواصل معك مرشدك { $counsellor } قريبًا. يمكنك أيضًا أن تكتب لي في أي وقت.
motivation-learner-will-contact-someone = سيتواصل معك شخص من المركز قريبًا. يمكنك أيضًا أن تكتب لي في أي وقت.
motivation-crisis-confirm = أريد أن أتأكد أنك بأمان. هل أنت في خطر الآن، أو تفكر في إيذاء نفسك أو شخص آخر؟
motivation-crisis-yes = نعم، أحتاج مساعدة الآن
motivation-crisis-no = لا، أنا بأمان
motivation-crisis-help =
    اتصل بالرقم 112 الآن إذا كنت أنت أو شخص آخر في خطر.
    يمكنك التحدث مع شخص على خط الأزمات MIELI: ‎09 2525 0111 (في أي وقت).
    أخبرت مرشدك. سيتواصل معك في أقرب وقت ممكن.
motivation-crisis-safe = شكرًا لأنك أخبرتني. إذا صار الأمر صعبًا، اكتب لي أو اتصل بخط الأزمات MIELI: ‎09 2525 0111.
