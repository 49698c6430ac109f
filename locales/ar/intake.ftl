# Polku — العربية (Modern Standard Arabic): the dialogue engine's common words and the intake.
# Translated from locales/en/intake.ftl: same message ids. Writing rules: locales/README.md.
# The reader's gender is unknown: prefer forms that read the same for a man and a woman
# (يمكنك + verbal noun, لك, يلزمك, a question, Polku's first person: أحتاج إلى; the first
# person in answer buttons: أريد, لا أعرف) over gendered forms (تريد / تريدين, اختر / اختاري,
# متأكد / متأكدة). Not يُرجى: it reads like an official notice.
# Terms: intake (questions) = الأسئلة الأولية, career counsellor = مرشد مهني,
# Skills Centre (for Migrants) = مركز (مهارات المهاجرين), the centre = المركز,
# work path = مسار العمل, education path = مسار التعليم, meetings = اللقاءات, data = البيانات,
# TE services = مكتب العمل (no abbreviation), Polku = بولكو.
# Button names in the text match the buttons: Done = «تم», Skip = «تخطي السؤال».

## Buttons and answers that every question shares

dialogue-yes = نعم
dialogue-no = لا
dialogue-done = تم
dialogue-skip = تخطي السؤال
# Right to left: "back" points to the right.
dialogue-back = → رجوع
dialogue-continue = متابعة
dialogue-no-answer = –
dialogue-answered =
    { $question }

    ✅ { $answer }
dialogue-use-buttons = الإجابة هنا تكون بأحد الأزرار.
dialogue-invalid-empty = لم تصلني إجابة. هل يمكنك المحاولة مرة أخرى؟
dialogue-invalid-long = هذه الإجابة طويلة جدًا لهذا السؤال. تكفي إجابة قصيرة.
dialogue-invalid-text = أحتاج إلى إجابة بالكلمات، وليس بالرموز فقط.
dialogue-invalid-number = أحتاج إلى رقم، مثلًا 3.
dialogue-invalid-year = أحتاج إلى السنة بأربعة أرقام، مثلًا 1990.
dialogue-invalid-date = أحتاج إلى التاريخ بهذا الشكل: 31.12.2026.
dialogue-invalid-date-past = هذا التاريخ مضى. من فضلك اكتب تاريخ اليوم أو تاريخًا بعده، هكذا: 31.12.2026.
dialogue-past-date-confirm = { $date } مضى. هل تريد الإبقاء على هذا التاريخ؟
dialogue-past-keep = نعم، أبقِه
dialogue-past-change = لا، سأكتب تاريخًا آخر
# A short note on the button (plain text).
dialogue-choose-one = لا يوجد خيار مختار بعد. يمكنك اختيار خيار واحد أو أكثر، ثم الضغط على «تم».
dialogue-reminder = لم تكتمل إجاباتك بعد. هل نتابع؟ الأمر يستغرق بضع دقائق فقط.
dialogue-nothing-waiting = لا يوجد سؤال مفتوح الآن. يمكنك كتابة /help لمعرفة ما يمكنك فعله.
dialogue-cancelled = حسنًا، توقفنا. لم يتغير شيء.
dialogue-cancelled-intake = حسنًا، توقفت الأسئلة الآن. يمكنك البدء من جديد باستخدام الأمر /intake.
dialogue-nothing-to-cancel = لا توجد أسئلة لإيقافها الآن.

## Consent

intake-consent =
    قبل أن نبدأ: سأطرح عليك بعض الأسئلة عن حياتك ودراستك وعملك، حتى يُعدّ مرشدك المهني خطة معك.

    • أحفظ إجاباتك بأمان. لا يراها إلا مرشدك المهني ومركز المهارات.
    • يمكنك في أي وقت رؤية إجاباتك باستخدام الأمر /mydata، وحذفها باستخدام الأمر /forget.

    هل هذا مناسب لك؟
option-consent-accepted = نعم، هذا مناسب
option-consent-later = ليس الآن
intake-consent-declined = لا بأس. لم أحفظ أي شيء. يمكنك كتابة /intake في أي وقت يناسبك.

## The questions

intake-preferred-name = ما الاسم الذي أناديك به؟
intake-birth-year = ما سنة ميلادك؟ مثلًا: 1990
intake-municipality = أين مكان سكنك؟
option-municipality = { $name }
option-municipality-elsewhere = مكان آخر
intake-residence-permit = هل لديك تصريح إقامة في فنلندا؟
option-residence_permit-yes = نعم
option-residence_permit-in_process = قدّمت طلبًا
option-residence_permit-no = لا
intake-job-seeker = هل سجّلت في مكتب العمل كباحث عن عمل؟
option-job_seeker-yes = نعم
option-job_seeker-no = لا
option-job_seeker-not_sure = لا أعرف بالضبط
intake-languages-spoken = ما اللغات التي يمكنك التحدث بها؟ يمكنك اختيار أكثر من لغة، ثم الضغط على «تم».
option-languages_spoken-fi = الفنلندية
option-languages_spoken-sv = السويدية
option-languages_spoken-en = الإنجليزية
option-languages_spoken-ar = العربية
option-languages_spoken-so = الصومالية
option-languages_spoken-ru = الروسية
option-languages_spoken-uk = الأوكرانية
option-languages_spoken-fa = الفارسية
option-languages_spoken-et = الإستونية
option-languages_spoken-zh = الصينية
option-languages_spoken-vi = الفيتنامية
option-languages_spoken-tr = التركية
option-languages_spoken-other = لغة أخرى
intake-finnish-level = إلى أي حد يمكنك التحدث باللغة الفنلندية؟
intake-swedish-level = إلى أي حد يمكنك التحدث باللغة السويدية؟
intake-english-level = إلى أي حد يمكنك التحدث باللغة الإنجليزية؟
option-level-none = لا أتحدثها أبدًا
option-level-a_little = بضع كلمات
option-level-basics = أشياء بسيطة
option-level-good = أمور الحياة اليومية
option-level-very_good = جيدًا
option-level-fluent = جيدًا جدًا
intake-education = ما أعلى مستوى تعليمي لديك؟
option-education-none = لم أذهب إلى المدرسة
option-education-basic = المدرسة الأساسية
option-education-secondary = المدرسة الثانوية
option-education-vocational = مدرسة مهنية
option-education-university = الجامعة
intake-education-country = في أي بلد درست؟
intake-work-fields = ما الأعمال التي قمت بها من قبل؟ مثلًا: التنظيف، الطبخ، قيادة السيارات. إذا لم يسبق لك العمل، يمكنك الضغط على «تخطي السؤال».
intake-work-years = كم سنة عملت؟ يكفي رقم.
intake-goal = ما هدفك الأول؟
option-goal-work_soon = العمل قريبًا
option-goal-study_first = الدراسة أولًا
option-goal-not_sure = لا أعرف بعد
intake-interests = ما نوع العمل الذي يهمك؟ يمكنك اختيار كل ما يناسبك، ثم الضغط على «تم».
option-interests-cleaning = التنظيف وصيانة المباني
option-interests-restaurant = المطاعم والمطابخ
option-interests-care = الرعاية والصحة
option-interests-construction = البناء
option-interests-logistics = النقل والتخزين
option-interests-it = الحاسوب وتكنولوجيا المعلومات
option-interests-retail = المتاجر والمبيعات
option-interests-beauty = تصفيف الشعر والتجميل
option-interests-other = شيء آخر
intake-support-needs = هل يلزمك مساعدة في أي من هذه الأمور؟ يمكنك اختيار كل ما يناسبك، ثم الضغط على «تم».
option-support_needs-childcare = رعاية الأطفال
option-support_needs-health = الصحة
option-support_needs-money = المال
option-support_needs-housing = السكن
option-support_needs-family = العائلة
option-support_needs-none = لا أحتاج إلى مساعدة
intake-meeting-times = متى يمكنك الحضور إلى اللقاءات؟ يمكنك اختيار كل ما يناسبك، ثم الضغط على «تم».
option-meeting_times-mornings = في الصباح
option-meeting_times-afternoons = بعد الظهر

## Answers that do not fit

intake-invalid-letters = أحتاج إلى إجابة بالحروف.
intake-invalid-too-long = أحتاج إلى إجابة أقصر. أقصى عدد للحروف: { $limit }.
intake-invalid-name = أحتاج فقط إلى الاسم الذي أناديك به، مثلًا: أمل.
intake-invalid-birth-year = أحتاج إلى سنة ميلادك، بين { $first } و{ $last }.
intake-invalid-work-years = أحتاج إلى عدد السنوات، من 0 إلى 60.

## Summary and corrections

intake-summary =
    هذه إجاباتك. هل هي صحيحة؟

    <b>الاسم:</b> { $name }
    <b>سنة الميلاد:</b> { $birth_year }
    <b>مكان السكن:</b> { $municipality }
    <b>تصريح الإقامة:</b> { $permit }
    <b>التسجيل كباحث عن عمل:</b> { $job_seeker }
    <b>اللغات:</b> { $languages }
    <b>الفنلندية:</b> { $finnish } · <b>السويدية:</b> { $swedish } · <b>الإنجليزية:</b> { $english }
    <b>التعليم:</b> { $education } ({ $country })
    <b>العمل:</b> { $work } ({ $years })
    <b>الهدف الأول:</b> { $goal }
    <b>مجالات الاهتمام:</b> { $interests }
    <b>المساعدة المطلوبة:</b> { $support }
    <b>اللقاءات:</b> { $times }

    هل كل شيء صحيح؟
option-summary-confirm = نعم، كل شيء صحيح
option-summary-change = أريد تغيير شيء
intake-pick-change = أي إجابة يلزم تغييرها؟
slot-preferred_name = الاسم
slot-birth_year = سنة الميلاد
slot-municipality = مكان السكن
slot-residence_permit = تصريح الإقامة
slot-job_seeker = باحث عن عمل
slot-languages_spoken = اللغات
slot-finnish_level = الفنلندية
slot-swedish_level = السويدية
slot-english_level = الإنجليزية
slot-education = التعليم
slot-work_fields = العمل
slot-goal = الهدف الأول
slot-interests = مجالات الاهتمام
slot-support_needs = المساعدة المطلوبة
slot-meeting_times = اللقاءات

## Eligibility

intake-refused-too-young =
    شكرًا على إجاباتك. يؤسفني أن مركز مهارات المهاجرين لا يستطيع قبولك الآن. المركز للبالغين، من عمر 18 سنة فأكثر. التدريب وتجارب العمل فيه مصممة للبالغين.
    { $told ->
        [yes] أخبرت مرشدك بذلك.
       *[no] من فضلك أخبر مكتب المركز بذلك.
    }
    يمكن لمكتب العمل أن يخبرك عن خدمات أخرى.
    ويمكنك أيضًا السؤال في International House Helsinki. أو اسأل في نقطة المعلومات في مدينتك.
    هل كانت إجابتك خاطئة؟ اضغط الزر إذن. لتبدأ من جديد، اكتب /intake.
intake-refused-outside-area =
    شكرًا على إجاباتك. يؤسفني أن مركز مهارات المهاجرين لا يستطيع قبولك الآن. المركز للأشخاص الذين يسكنون في منطقته. مدن المنطقة تدفع تكاليفه.
    { $told ->
        [yes] أخبرت مرشدك بذلك.
       *[no] من فضلك أخبر مكتب المركز بذلك.
    }
    يمكن لمكتب العمل أن يخبرك عن الخدمات في مكان سكنك.
    ويمكنك أيضًا السؤال في International House Helsinki. أو اسأل في نقطة المعلومات في مدينتك.
    هل كانت إجابتك خاطئة؟ اضغط الزر إذن. لتبدأ من جديد، اكتب /intake.
intake-refused-no-permit =
    شكرًا على إجاباتك. يؤسفني أن مركز مهارات المهاجرين لا يستطيع قبولك الآن. تحتاج إلى تصريح الإقامة، أو إلى طلب قدمته للحصول عليه. تحتاج إلى التصريح للدراسة والعمل في فنلندا.
    { $told ->
        [yes] أخبرت مرشدك بذلك.
       *[no] من فضلك أخبر مكتب المركز بذلك.
    }
    يمكن لدائرة الهجرة الفنلندية (Migri) أن تخبرك عن تصريح الإقامة.
    ويمكنك أيضًا السؤال في International House Helsinki. أو اسأل في نقطة المعلومات في مدينتك.
    هل كانت إجابتك خاطئة؟ اضغط الزر إذن. لتبدأ من جديد، اكتب /intake.
intake-refused-not-job-seeker =
    شكرًا على إجاباتك. يؤسفني أن مركز مهارات المهاجرين لا يستطيع قبولك الآن. المركز للعاطلين عن العمل الذين يبحثون عن عمل. هو يساعد الناس على الوصول إلى عمل، أو إلى تدريب للعمل.
    { $told ->
        [yes] أخبرت مرشدك بذلك.
       *[no] من فضلك أخبر مكتب المركز بذلك.
    }
    إذا فقدت عملك، يمكن لمكتب العمل أن يساعدك. ويمكنه أيضًا أن يساعدك على التسجيل كباحث عن عمل. ثم اكتب /intake لتبدأ من جديد.
    هل كانت إجابتك خاطئة؟ اضغط الزر إذن.
intake-refused-pressed-wrong = ضغطت الزر الخطأ
intake-refused-typed-wrong = كتبت السنة بشكل خاطئ

## The proposal

intake-done = شكرًا! تم حفظ إجاباتك. وسيطّلع عليها مرشدك المهني.
intake-path-work_first = اقتراحي: <b>مسار العمل</b>. يعني ذلك البحث عن عمل قريبًا، مع الحصول على الدعم.
intake-path-education_first = اقتراحي: <b>مسار التعليم</b>. يعني ذلك الدراسة أولًا، ثم البحث عن عمل.
path-reason-goal-study = • هدفك هو الدراسة أولًا.
path-reason-goal-work = • هدفك هو العمل قريبًا.
path-reason-language = • لديك بالفعل لغة تفيدك في العمل.
path-reason-language-first = • تعلّم اللغة الفنلندية أولًا يساعدك في الحصول على عمل.
path-reason-work-after = • بعد ذلك يقودك المسار إلى العمل، كما تريد.
path-reason-skills = • لديك تعليم أو خبرة في العمل.
path-reason-training = • التدريب يعطيك مهارات يبحث عنها أصحاب العمل.
intake-next-steps = سيتحدث مرشدك المهني معك عن هذا، ويضع خطتك معك. يمكنك رؤية إجاباتك باستخدام الأمر /profile.
path-work_first = مسار العمل
path-education_first = مسار التعليم

## Notices to the counsellor

notice-intake-done =
    اكتملت إجابات <b>{ $name }</b> عن الأسئلة الأولية.
    الاسم المفضل: { $preferred }
    المسار المقترح: <b>{ $path }</b> (الأسباب: { $reasons })
    الهدف الأول: { $goal } · الفنلندية: { $finnish }
    المساعدة المطلوبة: { $support }
    اللقاءات: { $times }
# أسباب اقتراح المسار، للمرشد المهني (تُجمع في جملة واحدة).
notice-reason-goal-study = الرغبة في الدراسة أولًا
notice-reason-goal-work = الرغبة في العمل قريبًا
notice-reason-language = إتقان لغة تُستخدم في العمل
notice-reason-language-first = الحاجة إلى تعلّم الفنلندية أولًا
notice-reason-work-after = يريد العمل بعد تعلّم الفنلندية
notice-reason-skills = وجود تعليم أو خبرة في العمل
notice-reason-training = اكتساب مهارات من التدريب
notice-intake-not-eligible = لا يستطيع المركز قبول <b>{ $name }</b>. السبب: { $rules }. لم يحتفظ Polku بالإجابات. ربما يكون من المفيد التواصل مع { $name }.
notice-eligibility-too-young = عمره أقل من 18 سنة
notice-eligibility-outside-area = يسكن خارج منطقة المركز
notice-eligibility-no-permit = ليس لديه تصريح الإقامة
notice-eligibility-not-job-seeker = ليس عاطلًا يبحث عن عمل
notice-learner-left = حذف أحد المتعلمين لديك بياناته من بولكو وغادر. لم يعد هذا الشخص في قائمتك.

## The learner's own data

profile-empty = لا توجد إجابات عن الأسئلة الأولية بعد. للبدء، يمكنك كتابة /intake.
profile-answers =
    <b>إجاباتك</b>

    <b>الاسم:</b> { $name }
    <b>سنة الميلاد:</b> { $birth_year }
    <b>مكان السكن:</b> { $municipality }
    <b>تصريح الإقامة:</b> { $permit }
    <b>التسجيل كباحث عن عمل:</b> { $job_seeker }
    <b>اللغات:</b> { $languages }
    <b>الفنلندية:</b> { $finnish } · <b>السويدية:</b> { $swedish } · <b>الإنجليزية:</b> { $english }
    <b>التعليم:</b> { $education } ({ $country })
    <b>العمل:</b> { $work } ({ $years })
    <b>الهدف الأول:</b> { $goal }
    <b>مجالات الاهتمام:</b> { $interests }
    <b>المساعدة المطلوبة:</b> { $support }
    <b>اللقاءات:</b> { $times }
    <b>المسار المقترح:</b> { $path }

    { $change ->
        [buttons] لتغيير إجابة، يمكنك الضغط على الزر الخاص بها.
       *[command] لتغيير إجابة، اكتب /profile.
    }
mydata-person =
    <b>ما يحتفظ به بولكو عنك</b>
    الاسم في تيليغرام: { $name }
    اللغة: { $language }
    تاريخ الانضمام: { $joined }
    مرشدك المهني: { $counsellor }
# $when is a date and time.
mydata-consent = تاريخ موافقتك على الأسئلة الأولية: { $when }.
# Arabic plural forms of "answer": 0, 1, 2, 3–10, then 11 and more.
mydata-in-progress =
    لقد بدأت الإجابة عن الأسئلة الأولية. { $count ->
        [zero] لا توجد إجابات محفوظة بعد.
        [one] توجد إجابة واحدة محفوظة حتى اكتمال الأسئلة.
        [two] توجد إجابتان محفوظتان حتى اكتمال الأسئلة.
        [few] توجد { $count } إجابات محفوظة حتى اكتمال الأسئلة.
        [many] توجد { $count } إجابة محفوظة حتى اكتمال الأسئلة.
       *[other] توجد { $count } إجابة محفوظة حتى اكتمال الأسئلة.
    }
mydata-how-to-forget = لحذف كل هذه البيانات، يمكنك كتابة /forget.
forget-confirm = هل أحذف كل بياناتك؟ سأخبر مرشدك المهني بأنك غادرت. لا يمكن التراجع عن ذلك.
forget-yes = نعم، أريد حذف كل شيء
forget-no = لا، أريد الاحتفاظ بالبيانات
forget-kept = حسنًا. لم أحذف أي شيء.
forget-expired = هذا السؤال قديم، لذلك لم أحذف أي شيء. إذا أردت أن أحذف بياناتك، اكتب /forget مرة أخرى.
forget-done = تم حذف بياناتك. شكرًا لاستخدامك بولكو. إذا أردت العودة، يمكنك طلب رابط دعوة جديد من مرشدك المهني.

## Language detection

# $language is a language name from option-languages_spoken-*, for example "الفنلندية".
language-offer = يبدو أنك كتبت باللغة { $language }. هل أكتب لك بهذه اللغة؟
# Shown in the offered language itself (the button's own language).
language-switch = نعم، أريد تغيير اللغة
language-keep = لا، أفضّل هذه اللغة
# A short note on the button (plain text).
language-kept = حسنًا، سأستمر بهذه اللغة.
