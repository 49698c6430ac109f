# Polku — العربية (Modern Standard Arabic): personal plans and their reminders.
# Translated from locales/en/plan.ftl: same message ids. Writing rules: locales/README.md.
# The reader's gender is unknown: prefer forms that read the same for a man and a woman
# (يمكنك + verbal noun, لك, بحاجة إلى, a question, the first person in buttons: أحتاج, أريد;
# not يُرجى, which reads like an official notice)
# over gendered forms (تتعلم / تتعلمين, اضغط / اضغطي).
# Terms: plan = خطة, step = خطوة, starter plan = خطة أولية, reminder = تذكير, date = تاريخ,
# note = ملاحظة, learner = متعلم, career counsellor = مرشد مهني, work path = مسار العمل,
# education path = مسار التعليم, TE services = مكتب العمل (no abbreviation), Polku = بولكو.
# Button names in the text match the buttons: Done = «تم», I need help = «أحتاج إلى مساعدة»,
# Skip = «تخطي السؤال» (dialogue-skip).
# Arabic plural forms of "day" ($days): 0 and 1 are exact matches, 2, 3–10, 11–99, then 100 and more.

## Step types: a short name, and a plain explanation for the learner

step-type-language_course = دورة اللغة الفنلندية
step-type-language_course-about = تساعدك دورة اللغة الفنلندية في الحياة اليومية وفي العمل. ويساعدك مرشدك المهني في العثور على دورة مناسبة لك.
step-type-vocational_application = التقديم إلى مدرسة مهنية
step-type-vocational_application-about = المدرسة المهنية مكان لتعلّم مهنة. يكون التقديم بتعبئة نموذج، وغالبًا عبر الإنترنت. ويمكن لمرشدك المهني مساعدتك في تعبئة النموذج.
step-type-cv = السيرة الذاتية
step-type-cv-about = السيرة الذاتية ورقة قصيرة عن دراستك وعملك ومهاراتك. يقرؤها أصحاب العمل عند تقديمك على وظيفة.
step-type-job_application = التقديم على وظيفة
step-type-job_application-about = التقديم على وظيفة يعني إرسال سيرتك الذاتية مع رسالة قصيرة، أو تعبئة نموذج.
step-type-employment_office = زيارة مكتب العمل
step-type-employment_office-about = في مكتب العمل يكون الحديث عن بحثك عن عمل وعن خطتك.
step-type-work_tryout = تجربة عمل
step-type-work_tryout-about = تجربة العمل: فترة قصيرة في شركة، للتعلّم ولمعرفة إن كانت هذه الوظيفة مناسبة لك.
step-type-social_worker = لقاء مع أخصائي اجتماعي
step-type-social_worker-about = يساعدك الأخصائي الاجتماعي في أمور المال والسكن والعائلة وأمور الحياة الأخرى.
step-type-health_check = فحص صحي
step-type-health_check-about = يقوم ممرض أو طبيب بفحص صحتك. يساعد ذلك في إعداد خطة لدراستك وعملك.
step-type-document = إحضار وثيقة
step-type-document-about = يلزمك إحضار هذه الوثيقة معك. إذا لم تكن لديك، يمكنك إخبار مرشدك المهني بذلك.
step-type-counsellor_meeting = لقاء مع مرشدك المهني
step-type-counsellor_meeting-about = لقاء مع مرشدك المهني للحديث عن خطتك.
step-type-other = مهمة أخرى
step-type-other-about = سيخبرك مرشدك المهني بما يلزم فعله.

## Steps in a list

plan-line-todo = { $number }. <b>{ $type }</b> – { $due }{ $details }
plan-line-done = { $number }. ✅ <s>{ $type }</s> – { $due }
plan-line-skipped = { $number }. ➖ <s>{ $type }</s> – { $due }
plan-no-date = بدون تاريخ
plan-place = {"\u000A"}   📍 { $place }
plan-note = {"\u000A"}   📝 { $note }
plan-no-path = لا يوجد مسار بعد
plan-no-next = لا توجد خطوات مفتوحة

## The learner's plan

plan-learner-view =
    <b>خطتك</b> ({ $path })

    { $lines }
    { $meeting }

    عند إنجاز خطوة، يمكنك الضغط على الزر الخاص بها.
plan-learner-empty = ما زال مرشدك المهني يُعدّ خطتك. سأخبرك عندما تصبح جاهزة.
plan-learner-not-accepted = ليست لديك خطة في Polku. مركز مهارات المهاجرين لا يستطيع قبولك الآن. هل كانت إحدى إجاباتك خاطئة؟ اكتب /intake إذن لتبدأ من جديد.
plan-done-button = ✅ { $number }. { $type }: تم
# A short note on the button (plain text).
plan-done-thanks = أحسنت! سيعرف مرشدك المهني بذلك.
plan-done-well-done = أحسنت!
plan-ready =
    أكّد مرشدك المهني خطتك: { $count ->
        [one] خطوة واحدة
        [two] خطوتان
        [few] { $count } خطوات
       *[other] { $count } خطوة
    }. الخطوة الأولى هي <b>{ $first }</b> ({ $due }). اكتب /plan لتراها. سأذكّرك قبل كل خطوة.
plan-need-help = أحتاج إلى مساعدة
plan-help-sent = أخبرت مرشدك المهني أنك بحاجة إلى مساعدة. وسيتواصل معك.
plan-help-already-sent = مرشدك المهني يعرف بالفعل أنك بحاجة إلى مساعدة. وسيتواصل معك.
plan-help-nobody = عذرًا، لم أستطع إخبار أحد. ليس لديك مرشد مهني في بولكو الآن. يمكنك التواصل مع مكتب المركز.

## Reminders

reminder-step =
    { $days ->
        [0] <b>اليوم:</b> { $type }
        [1] <b>غدًا:</b> { $type }
        [two] <b>بعد يومين:</b> { $type }
        [few] <b>بعد { $days } أيام:</b> { $type }
        [many] <b>بعد { $days } يومًا:</b> { $type }
       *[other] <b>بعد { $days } يوم:</b> { $type }
    }
    🗓 { $due }{ $details }
reminder-overdue =
    <b>{ $type }</b>: كان الموعد { $due }. كيف تسير الأمور؟
    إذا أنجزت ذلك، يمكنك الضغط على «تم». وإذا كان هناك شيء صعب، يمكنك الضغط على «أحتاج إلى مساعدة».{ $details }

## Counsellors: learners and plans

learners-list =
    <b>المتعلمون لديك</b>

    { $lines }
learners-line = <b>{ $name }</b> · { $path } · الخطوة التالية: { $next } · آخر نشاط: { $seen }
learners-none = لا يوجد متعلمون لديك بعد. يمكنك دعوة متعلم باستخدام الأمر /invite.
learners-button = { $name }
plan-counsellor-view =
    <b>خطة { $name }</b> ({ $path }){ $status ->
        [unconfirmed] {"\u000A"}هذه خطة مقترحة. ستظهر الخطة للمتعلم بعد تأكيدك لها.
       *[confirmed] {""}
    }

    { $lines }
    { $meeting }
plan-counsellor-empty =
    <b>خطة { $name }</b> ({ $path })
    لا توجد خطوات في الخطة بعد.
    { $meeting }
plan-step-button = { $number }. { $type }
plan-add = ➕ إضافة خطوة
plan-confirm = ✔️ تأكيد الخطة
plan-confirmed-told = أكّدت الخطة. وأخبرت { $name } بذلك.
plan-open = فتح الخطة
plan-step-menu =
    { $name }:
    { $line }
plan-mark-done = ✅ تم
plan-mark-todo = ↩️ لم يتم بعد
plan-skip = ➖ تخطي الخطوة
plan-up = ⬆️ إلى الأعلى
plan-down = ⬇️ إلى الأسفل
plan-change-date = 🗓 تغيير التاريخ
plan-remove = 🗑 حذف
plan-remove-yes = 🗑 نعم، أريد الحذف
plan-remove-confirm = هل أحذف هذه الخطوة؟ { $line }
# Right to left: "back" points to the right (as dialogue-back).
plan-back-to-plan = → العودة إلى الخطة
plan-add-type = ما نوع هذه الخطوة؟
plan-add-due = ما تاريخ هذه الخطوة؟ يمكنك كتابة تاريخ، مثلًا 31.12.2026، أو تاريخ ووقت، مثلًا 31.12.2026 14:30. إذا لم يكن هناك تاريخ، يمكنك الضغط على «تخطي السؤال».
plan-add-place = أين؟ يمكنك كتابة مكان أو رابط. إذا لم يكن ذلك ضروريًا، يمكنك الضغط على «تخطي السؤال».
plan-add-note = هل هناك شيء آخر يلزم أن يعرفه المتعلم؟ يمكنك كتابة ملاحظة قصيرة، أو الضغط على «تخطي السؤال».
plan-step-added = تمت إضافة الخطوة. ستصل إلى المتعلم تذكيرات قبل التاريخ.
plan-date-changed = تم تغيير التاريخ. ستكون التذكيرات حسب التاريخ الجديد.
plan-date-removed = تم حذف التاريخ. لا توجد الآن تذكيرات لهذه الخطوة.
plan-step-added-no-date = تمت إضافة الخطوة. ليس لها تاريخ، لذلك لا توجد تذكيرات.

## Notices to counsellors

notice-plan-proposed = أعددت خطة أولية لـ<b>{ $name }</b>. يمكنك مراجعتها وتأكيدها، أو تغييرها.
notice-steps-done =
    هذه خطوات أنجزها المتعلمون لديك:
    { $lines }
notice-step-done-line = ✅ <b>{ $name }</b>: { $type }
notice-needs-help = <b>{ $name }</b> بحاجة إلى مساعدة في هذه الخطوة: { $type }. هل يمكنك التواصل مع { $name }؟
