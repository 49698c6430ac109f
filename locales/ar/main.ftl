# Polku — العربية (Modern Standard Arabic). Translated from locales/en/main.ftl: same message ids.
# Writing rules: locales/README.md. Short sentences, common words.
# The reader's gender is unknown: prefer forms that read the same for a man and a woman
# (يمكنك + verbal noun, لك, a question, Polku's first person) over gendered imperatives
# (اختر / اختاري). Not يُرجى: it reads like an official notice.
# Terms: learner = متعلم, career counsellor = مرشد مهني, coordinator = منسق,
# invite link = رابط دعوة, Skills Centre for Migrants = مركز مهارات المهاجرين, Polku = بولكو.

## The language itself

# The language's own name, in its own script (shown in the language picker).
language-name = العربية
language-first = بأي لغة أكتب لك؟ يمكنك تغيير اللغة لاحقًا باستخدام الأمر /language.
language-choose = بأي لغة أكتب لك؟
language-set = حسنًا. سأكتب لك الآن باللغة العربية.

language-settings =
    اختر لغتك.

    لغتك الثانية: { $second }. إذا لم تكن رسالة بلغتك، تصلك بلغتك الثانية.
language-second-none = لا توجد
language-second-button = لغة ثانية
language-second-choose = اختر لغة ثانية. أستعملها عندما لا تكون رسالة بلغتك.
language-second-nothing = بدون لغة ثانية
language-second-set = حسنًا. لغتك الثانية الآن هي { $second }.
language-second-removed = حسنًا. ليست لك لغة ثانية الآن.
language-practice-on = تدرّب على الفنلندية
language-practice-off = أوقف التدرّب على الفنلندية
practice-started = التدرّب على الفنلندية يعمل الآن. تصلك كل رسالة أيضًا بفنلندية سهلة. اكتب /suomi لإيقافه.
practice-stopped = التدرّب على الفنلندية متوقف. اكتب /suomi لتشغيله من جديد.
practice-finnish = أنا أكتب لك بالفنلندية الآن. للتدرّب، اختر أولًا لغة أخرى: /language.
# The heading above the Finnish text under each message, in Finnish practice.
practice-in-finnish = بالفنلندية:
mydata-reading =
    اللغة الثانية: { $second }.
    التدرّب على الفنلندية: { $practice ->
        [on] يعمل
       *[off] متوقف
    }.

## Starting and invites

start-no-invite =
    مرحبًا! أنا بولكو، المساعد في مركز مهارات المهاجرين.
    للبدء، يلزمك رابط دعوة من مرشدك المهني. يمكنك طلب الرابط من مرشدك، ثم فتحه على هذا الهاتف.
start-invite-invalid = رابط الدعوة هذا لا يعمل. ربما الرابط غير كامل. ويمكنك أيضًا طلب رابط جديد من مرشدك المهني.
start-invite-expired = رابط الدعوة هذا قديم جدًا. يمكنك طلب رابط جديد من مرشدك المهني.
start-invite-used = رابط الدعوة هذا يعمل مرة واحدة فقط، وقد استخدمه شخص من قبل. يمكنك طلب رابط جديد من مرشدك المهني.
start-already-joined = لقد انضممت من قبل يا { $name }. لا حاجة إلى دعوة جديدة.
start-welcome-back = أهلًا بك مرة أخرى يا { $name }!
start-welcome-learner =
    أهلًا بك يا { $name }! أنا بولكو.
    أساعدك في متابعة خطتك في مركز المهارات. أذكّرك بالمواعيد المهمة. وأساعدك في التواصل مع مرشدك المهني.
start-welcome-counsellor =
    أهلًا بك يا { $name }! لديك الآن دور المرشد المهني في بولكو.
    يمكنك دعوة المتعلمين باستخدام الأمر /invite. سأخبرك عندما ينضم متعلم جديد. وسأخبرك أيضًا عندما يحتاج متعلم إلى مساعدتك.
start-welcome-coordinator =
    أهلًا بك يا { $name }! لديك الآن دور المنسق في بولكو.
    يمكنك دعوة المرشدين المهنيين والمنسقين باستخدام الأمر /invite.

## Help, one text for each role

help-visitor =
    أنا بولكو، المساعد في مركز مهارات المهاجرين.
    يمكنك استخدامي بعد الحصول على رابط دعوة من مرشدك المهني.
    /language – اختيار اللغة
help-learner =
    ما يمكنك فعله:
    /plan – عرض خطتك وتسجيل الخطوات المنجزة
    /book – احجز موعداً مع مرشدك
    /appointments – اعرض مواعيدك أو انقلها أو ألغها
    /mood – أخبرني كيف تسير الأمور
    /counsellor – اطلب من مرشدك أن يتواصل معك
    /intake – الإجابة عن الأسئلة الأولية (أو البدء فيها من جديد)
    /profile – عرض إجاباتك وتغييرها
    /mydata – عرض كل ما يحتفظ به بولكو عنك
    /forget – حذف بياناتك
    /cancel – إيقاف الأسئلة مؤقتًا
    /language – تغيير اللغة
    /help – عرض هذه الرسالة
    إذا احتجت إلى مساعدة، يمكنك التواصل مع مرشدك المهني.
help-counsellor =
    ما يمكنك فعله:
    /learners – عرض المتعلمين لديك وخططهم
    /appointments – اعرض مواعيدك أو ألغها
    /escalations – متعلمون قد يحتاجونك الآن
    /invite – إنشاء رابط دعوة لمتعلم جديد
    /cancel – إيقاف إضافة خطوة
    /language – تغيير اللغة
    /help – عرض هذه الرسالة
help-coordinator =
    ما يمكنك فعله:
    /invite – إنشاء رابط دعوة لمرشد مهني أو منسق
    /staff – الموظفون: إنهاء الصلاحية أو إعادتها، نقل المتعلمين، اختيار مرشد احتياطي
    /campaign – إرسال تذكيرات لمجموعات من المتعلمين، ومشاهدة المعاينة والتقارير
    /escalations – التنبيهات المفتوحة عن المتعلمين
    /language – تغيير اللغة
    /help – عرض هذه الرسالة

## The command menu (short, plain text, no formatting)

command-start = البدء
command-help = المساعدة
command-language = تغيير اللغة
command-suomi = تدرّب على الفنلندية: الرسائل بالفنلندية أيضًا
command-invite = إنشاء رابط دعوة
command-intake = الإجابة عن الأسئلة الأولية
command-profile = عرض إجاباتك وتغييرها
command-mydata = عرض بياناتك
command-forget = حذف بياناتك
command-cancel = إيقاف الأسئلة
command-learners = المتعلمون لديك وخططهم
command-plan = خطتك
command-book = حجز موعد
command-appointments = مواعيدك
command-mood = أخبرني كيف حالك
command-checkin = اختر متى أسألك عن حالك
command-counsellor = تحدث مع مرشدك
command-escalations = متعلمون قد يحتاجونك

## Making invites

invite-choose-role = لمن رابط الدعوة؟
invite-role-counsellor = مرشد مهني
invite-role-coordinator = منسق
invite-created-learner =
    هذا رابط دعوة لمتعلم جديد واحد، لهذا الشخص فقط. يعمل الرابط مرة واحدة فقط. وهو صالح حتى { $expires }.

    { $link }
invite-created-counsellor =
    هذا رابط دعوة لمرشد مهني واحد، لهذا الشخص فقط. يعمل الرابط مرة واحدة فقط. وهو صالح حتى { $expires }.

    { $link }
invite-created-coordinator =
    هذا رابط دعوة لمنسق واحد، لهذا الشخص فقط. يعمل الرابط مرة واحدة فقط. وهو صالح حتى { $expires }.

    { $link }

## Notices to staff (sent through the outbox)

notice-learner-joined = تم انضمام <b>{ $name }</b> إلى بولكو عن طريق دعوتك. { $name } الآن من المتعلمين لديك.
notice-staff-joined =
    تم انضمام <b>{ $name }</b> إلى بولكو بصفة { $role ->
        [coordinator] منسق
       *[counsellor] مرشد مهني
    }.

## Input that Polku does not take

input-text = عذرًا، لم أفهم رسالتك. يمكنك كتابة /help لمعرفة ما أستطيع فعله.
input-long-text = رسالتك طويلة جدًا. هل يمكنك كتابة رسالة أقصر؟
input-media = أستطيع قراءة النص فقط. هل يمكنك كتابة رسالتك؟
input-private-data = شكرًا، لكني لا أحتاج إلى موقعك أو جهات اتصالك. لم أحفظ هذه المعلومات.
input-edited = أستطيع قراءة الرسائل الجديدة فقط. لا أستطيع قراءة الرسائل المعدّلة. هل يمكنك إرسال رسالتك مرة أخرى؟
input-unknown-command = لا أعرف هذا الأمر. يمكنك كتابة /help لمعرفة ما أستطيع فعله.
input-slow-down = أنت ترسل رسائل كثيرة بسرعة كبيرة. من فضلك انتظر قليلًا، ثم اكتب مرة أخرى. لم أقرأ الرسائل الأخيرة.

## Errors

error-generic = عذرًا، حدثت مشكلة من جهتي. يمكنك المحاولة مرة أخرى بعد قليل.
error-not-allowed = عذرًا، لا يمكنك القيام بهذا.
error-stale-button = هذا الزر لم يعد يعمل.
