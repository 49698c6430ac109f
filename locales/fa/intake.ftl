# Polku — فارسی: the dialogue engine's common words and the intake.

## Buttons and answers that every question shares

dialogue-yes = بله
dialogue-no = نه
dialogue-done = تمام
dialogue-skip = رد کردن
# Right to left: "back" points to the right.
dialogue-back = → برگشت
dialogue-continue = ادامه
dialogue-no-answer = –
# A question once answered: its text, then the answer (the buttons are gone).
dialogue-answered =
    { $question }

    ✅ { $answer }
dialogue-use-buttons = لطفاً با یکی از دکمه‌ها جواب دهید.
dialogue-invalid-empty = جوابی نگرفتم. لطفاً دوباره امتحان کنید.
dialogue-invalid-long = این جواب برای این سؤال خیلی طولانی است. لطفاً یک جواب کوتاه بنویسید.
dialogue-invalid-text = لطفاً با کلمه جواب دهید، نه فقط با علامت.
dialogue-invalid-number = لطفاً یک عدد بنویسید، مثلاً 3.
dialogue-invalid-year = لطفاً سال را با چهار رقم بنویسید، مثلاً 1990.
dialogue-invalid-date = لطفاً تاریخ را این‌طور بنویسید: 31.12.2026.
dialogue-invalid-date-past = این تاریخ گذشته است. لطفاً تاریخ امروز یا یک تاریخ بعد را بنویسید، این‌طور: 31.12.2026.
dialogue-past-date-confirm = { $date } گذشته است. می‌خواهید همین تاریخ بماند؟
dialogue-past-keep = بله، بماند
dialogue-past-change = نه، تاریخ دیگری می‌نویسم
# A short note on the button (plain text).
dialogue-choose-one = دست‌کم یکی را انتخاب کنید، بعد «تمام» را بزنید.
dialogue-reminder = هنوز جواب‌هایتان تمام نشده است. می‌خواهید ادامه بدهید؟ فقط چند دقیقه طول می‌کشد.
dialogue-nothing-waiting = الان سؤال بازی نیست. برای دیدن کارهایی که می‌توانید انجام دهید، /help را بنویسید.
dialogue-cancelled = بسیار خوب، متوقف کردیم. من چیزی را تغییر ندادم.
dialogue-cancelled-intake = بسیار خوب، متوقف کردیم. می‌توانید با /intake دوباره شروع کنید.
dialogue-nothing-to-cancel = الان چیزی برای متوقف کردن نیست.

## Consent

intake-consent =
    قبل از شروع: از شما چند سؤال درباره زندگی، درس و کارتان می‌پرسم. جواب‌های شما به مشاورتان کمک می‌کند تا همراه شما برنامه بریزد.

    • جواب‌های شما را امن نگه می‌دارم. فقط مشاور شما و مرکز مهارت‌ها آن‌ها را می‌بینند.
    • هر وقت بخواهید، جواب‌هایتان را با /mydata می‌بینید. می‌توانید آن‌ها را با /forget پاک کنید.

    آیا موافق هستید؟
option-consent-accepted = بله، موافقم
option-consent-later = الان نه
intake-consent-declined = اشکالی ندارد. چیزی ذخیره نکردم. هر وقت آماده بودید، /intake را بنویسید.

## The questions

intake-preferred-name = دوست دارید شما را به چه نامی صدا کنم؟
intake-birth-year = در چه سالی به دنیا آمده‌اید؟ مثلاً: 1990
intake-municipality = کجا زندگی می‌کنید؟
option-municipality = { $name }
option-municipality-elsewhere = جای دیگر
intake-residence-permit = آیا در فنلاند اجازه اقامت دارید؟
option-residence_permit-yes = بله
option-residence_permit-in_process = درخواست داده‌ام
option-residence_permit-no = نه
intake-job-seeker = آیا به عنوان جویای کار بیکار ثبت‌نام کرده‌اید؟
option-job_seeker-yes = بله
option-job_seeker-no = نه
option-job_seeker-not_sure = مطمئن نیستم
intake-languages-spoken = به چه زبان‌هایی صحبت می‌کنید؟ همه را انتخاب کنید، بعد «تمام» را بزنید.
option-languages_spoken-fi = فنلاندی
option-languages_spoken-sv = سوئدی
option-languages_spoken-en = انگلیسی
option-languages_spoken-ar = عربی
option-languages_spoken-so = سومالیایی
option-languages_spoken-ru = روسی
option-languages_spoken-uk = اوکراینی
option-languages_spoken-fa = فارسی
option-languages_spoken-et = استونیایی
option-languages_spoken-zh = چینی
option-languages_spoken-vi = ویتنامی
option-languages_spoken-tr = ترکی
option-languages_spoken-other = زبان دیگر
intake-finnish-level = فنلاندی را چقدر خوب صحبت می‌کنید؟
intake-swedish-level = سوئدی را چقدر خوب صحبت می‌کنید؟
intake-english-level = انگلیسی را چقدر خوب صحبت می‌کنید؟
option-level-none = اصلاً
option-level-a_little = چند کلمه
option-level-basics = چیزهای ساده
option-level-good = کارهای روزانه
option-level-very_good = خوب
option-level-fluent = خیلی خوب
intake-education = بالاترین تحصیلات شما چیست؟
option-education-none = به مدرسه نرفته‌ام
option-education-basic = مدرسه ابتدایی
option-education-secondary = دبیرستان (لیسه)
option-education-vocational = مدرسه حرفه‌ای
option-education-university = دانشگاه
intake-education-country = در کدام کشور درس خوانده‌اید؟
intake-work-fields = چه کارهایی کرده‌اید؟ مثلاً: نظافت، آشپزی، رانندگی. اگر کار نکرده‌اید، «رد کردن» را بزنید.
intake-work-years = چند سال کار کرده‌اید؟ یک عدد بنویسید.
intake-goal = اول می‌خواهید چه کار کنید؟
option-goal-work_soon = زود کار کنم
option-goal-study_first = اول درس بخوانم
option-goal-not_sure = مطمئن نیستم
intake-interests = به چه کارهایی علاقه دارید؟ همه را انتخاب کنید، بعد «تمام» را بزنید.
option-interests-cleaning = نظافت و نگهداری ساختمان
option-interests-restaurant = رستوران و آشپزخانه
option-interests-care = مراقبت و بهداشت
option-interests-construction = ساختمان‌سازی
option-interests-logistics = حمل و نقل و انبار
option-interests-it = کامپیوتر و فناوری اطلاعات
option-interests-retail = فروشگاه و فروش
option-interests-beauty = آرایشگری و زیبایی
option-interests-other = چیز دیگر
intake-support-needs = آیا در یکی از این موارد به کمک نیاز دارید؟ همه را انتخاب کنید، بعد «تمام» را بزنید.
option-support_needs-childcare = نگهداری از کودک
option-support_needs-health = سلامتی
option-support_needs-money = پول
option-support_needs-housing = خانه
option-support_needs-family = خانواده
option-support_needs-none = به کمک نیاز ندارم
intake-meeting-times = چه وقت‌هایی می‌توانید به جلسه بیایید؟ همه را انتخاب کنید، بعد «تمام» را بزنید.
option-meeting_times-mornings = صبح‌ها
option-meeting_times-afternoons = بعدازظهرها

## Answers that do not fit

intake-invalid-letters = لطفاً با حروف بنویسید.
intake-invalid-too-long = لطفاً جواب کوتاه‌تری بنویسید. حداکثر { $limit } حرف.
intake-invalid-name = لطفاً فقط نامی را بنویسید که دوست دارید با آن صدایتان کنم، مثلاً: Amal.
intake-invalid-birth-year = لطفاً سال تولد خود را بنویسید. سال باید بین { $first } و { $last } باشد.
intake-invalid-work-years = لطفاً تعداد سال‌ها را بنویسید. عدد باید از صفر تا شصت باشد.

## Summary and corrections

intake-summary =
    این‌ها جواب‌های شما هستند. لطفاً آن‌ها را بررسی کنید.

    <b>نام:</b> { $name }
    <b>سال تولد:</b> { $birth_year }
    <b>محل زندگی:</b> { $municipality }
    <b>اجازه اقامت:</b> { $permit }
    <b>ثبت‌نام به عنوان جویای کار:</b> { $job_seeker }
    <b>زبان‌ها:</b> { $languages }
    <b>فنلاندی:</b> { $finnish } · <b>سوئدی:</b> { $swedish } · <b>انگلیسی:</b> { $english }
    <b>تحصیلات:</b> { $education } ({ $country })
    <b>کار:</b> { $work } ({ $years })
    <b>هدف اول:</b> { $goal }
    <b>علاقه‌ها:</b> { $interests }
    <b>نیاز به کمک در:</b> { $support }
    <b>جلسه‌ها:</b> { $times }

    آیا همه چیز درست است؟
option-summary-confirm = بله، همه چیز درست است
option-summary-change = می‌خواهم چیزی را تغییر دهم
intake-pick-change = چه چیزی را می‌خواهید تغییر دهید؟
slot-preferred_name = نام
slot-birth_year = سال تولد
slot-municipality = محل زندگی
slot-residence_permit = اجازه اقامت
slot-job_seeker = جویای کار
slot-languages_spoken = زبان‌ها
slot-finnish_level = فنلاندی
slot-swedish_level = سوئدی
slot-english_level = انگلیسی
slot-education = تحصیلات
slot-work_fields = کار
slot-goal = هدف اول
slot-interests = علاقه‌ها
slot-support_needs = نیاز به کمک
slot-meeting_times = جلسه‌ها

## Eligibility

# One message when someone cannot be accepted: what the centre needs and why, whether the
# counsellor knows, where else to turn, and how to correct or start again.
intake-refused-too-young =
    از جواب‌های شما تشکر می‌کنم. متأسفم، الان نمی‌توانید عضو مرکز مهارت‌های مهاجران شوید. این مرکز برای بزرگسالان است، یعنی از 18 سال به بالا. آموزش‌ها و کارآزمایی‌های آن برای بزرگسالان است.
    { $told ->
        [yes] به مشاور شما خبر دادم.
       *[no] لطفاً به دفتر مرکز خبر بدهید.
    }
    اداره کار (به فنلاندی työvoimatoimisto) می‌تواند درباره خدمات دیگر به شما بگوید. از International House Helsinki یا دفتر اطلاعات شهر خود هم می‌توانید بپرسید.
    اگر جوابتان اشتباه بود، دکمه را بزنید. برای شروع دوباره، /intake را بنویسید.
intake-refused-outside-area =
    از جواب‌های شما تشکر می‌کنم. متأسفم، الان نمی‌توانید عضو مرکز مهارت‌های مهاجران شوید. این مرکز برای کسانی است که در منطقه آن زندگی می‌کنند. شهرهای این منطقه هزینه مرکز را می‌دهند.
    { $told ->
        [yes] به مشاور شما خبر دادم.
       *[no] لطفاً به دفتر مرکز خبر بدهید.
    }
    اداره کار (به فنلاندی työvoimatoimisto) می‌تواند درباره خدمات محل زندگی شما بگوید. از International House Helsinki یا دفتر اطلاعات شهر خود هم می‌توانید بپرسید.
    اگر جوابتان اشتباه بود، دکمه را بزنید. برای شروع دوباره، /intake را بنویسید.
intake-refused-no-permit =
    از جواب‌های شما تشکر می‌کنم. متأسفم، الان نمی‌توانید عضو مرکز مهارت‌های مهاجران شوید. برای این مرکز باید اجازه اقامت داشته باشید، یا برای آن درخواست داده باشید. برای درس و کار در فنلاند به آن نیاز دارید.
    { $told ->
        [yes] به مشاور شما خبر دادم.
       *[no] لطفاً به دفتر مرکز خبر بدهید.
    }
    اداره مهاجرت فنلاند (Migri) می‌تواند درباره اجازه اقامت به شما بگوید. از International House Helsinki یا دفتر اطلاعات شهر خود هم می‌توانید بپرسید.
    اگر جوابتان اشتباه بود، دکمه را بزنید. برای شروع دوباره، /intake را بنویسید.
intake-refused-not-job-seeker =
    از جواب‌های شما تشکر می‌کنم. متأسفم، الان نمی‌توانید عضو مرکز مهارت‌های مهاجران شوید. این مرکز برای جویندگان کار بیکار است. مرکز به مردم کمک می‌کند کار یا آموزش برای کار پیدا کنند.
    { $told ->
        [yes] به مشاور شما خبر دادم.
       *[no] لطفاً به دفتر مرکز خبر بدهید.
    }
    اگر کارتان را از دست بدهید، اداره کار به شما کمک می‌کند. اگر بخواهید جوینده کار شوید هم کمک می‌کند. بعد /intake را بنویسید تا دوباره شروع کنید.
    اگر جوابتان اشتباه بود، دکمه را بزنید.
intake-refused-pressed-wrong = دکمه اشتباه را زدم
intake-refused-typed-wrong = سال را اشتباه نوشتم

## The proposal

intake-done = تشکر! جواب‌های شما را ذخیره کردم. مشاور شما آن‌ها را می‌بیند.
intake-path-work_first = پیشنهاد من: <b>مسیر کار</b>. شما با کمک ما زود دنبال کار می‌گردید.
intake-path-education_first = پیشنهاد من: <b>مسیر تحصیل</b>. اول درس می‌خوانید، بعد دنبال کار می‌گردید.
path-reason-goal-study = • می‌خواهید اول درس بخوانید.
path-reason-goal-work = • می‌خواهید زود کار کنید.
path-reason-language = • زبانی را بلدید که می‌توانید در کار از آن استفاده کنید.
path-reason-language-first = • اگر اول فنلاندی یاد بگیرید، راحت‌تر کار پیدا می‌کنید.
path-reason-work-after = • بعد از آن، این مسیر به کار می‌رسد، همان‌طور که می‌خواهید.
path-reason-skills = • تحصیلات یا سابقه کار دارید.
path-reason-training = • آموزش به شما مهارت‌هایی می‌دهد که کارفرماها لازم دارند.
intake-next-steps = مشاور شما درباره این پیشنهاد با شما صحبت می‌کند. با هم برنامه شما را می‌سازید. جواب‌هایتان را با /profile می‌بینید.
path-work_first = مسیر کار
path-education_first = مسیر تحصیل

## Notices to the counsellor

notice-intake-done =
    <b>{ $name }</b> به سؤال‌های اول جواب داد.
    نام دلخواه: { $preferred }
    مسیر پیشنهادی: <b>{ $path }</b> (دلیل‌ها: { $reasons })
    هدف اول: { $goal } · فنلاندی: { $finnish }
    نیاز به کمک در: { $support }
    جلسه‌ها: { $times }
# Why the path was proposed, for the counsellor (joined into one sentence).
notice-reason-goal-study = می‌خواهد اول درس بخواند
notice-reason-goal-work = می‌خواهد زود کار کند
notice-reason-language = زبانی را بلد است که در کار استفاده می‌شود
notice-reason-language-first = اول به زبان فنلاندی نیاز دارد
notice-reason-work-after = می‌خواهد بعد از یاد گرفتن فنلاندی کار کند
notice-reason-skills = تحصیلات یا سابقه کار دارد
notice-reason-training = با آموزش مهارت‌های تازه به دست می‌آورد
notice-intake-not-eligible = مرکز نمی‌تواند <b>{ $name }</b> را بپذیرد: { $rules }. پولکو جواب‌هایش را نگه نداشت. شاید بخواهید با او تماس بگیرید.
# Which rule, for the counsellor (joined into one sentence).
notice-eligibility-too-young = کمتر از 18 سال دارد
notice-eligibility-outside-area = بیرون از منطقه مرکز زندگی می‌کند
notice-eligibility-no-permit = اجازه اقامت ندارد
notice-eligibility-not-job-seeker = جوینده کار بیکار نیست
notice-learner-left = یکی از شرکت‌کنندگان شما اطلاعاتش را از پولکو پاک کرد و رفت. این شخص دیگر در فهرست شما نیست.

## The learner's own data

profile-empty = شما هنوز به سؤال‌های اول جواب نداده‌اید. برای شروع، /intake را بنویسید.
profile-answers =
    <b>جواب‌های شما</b>

    <b>نام:</b> { $name }
    <b>سال تولد:</b> { $birth_year }
    <b>محل زندگی:</b> { $municipality }
    <b>اجازه اقامت:</b> { $permit }
    <b>ثبت‌نام به عنوان جویای کار:</b> { $job_seeker }
    <b>زبان‌ها:</b> { $languages }
    <b>فنلاندی:</b> { $finnish } · <b>سوئدی:</b> { $swedish } · <b>انگلیسی:</b> { $english }
    <b>تحصیلات:</b> { $education } ({ $country })
    <b>کار:</b> { $work } ({ $years })
    <b>هدف اول:</b> { $goal }
    <b>علاقه‌ها:</b> { $interests }
    <b>نیاز به کمک در:</b> { $support }
    <b>جلسه‌ها:</b> { $times }
    <b>مسیر پیشنهادی:</b> { $path }

    { $change ->
        [buttons] برای تغییر یک جواب، دکمه آن را بزنید.
       *[command] برای تغییر یک جواب، /profile را بنویسید.
    }
mydata-person =
    <b>چیزهایی که پولکو درباره شما نگه می‌دارد</b>
    نام در تلگرام: { $name }
    زبان: { $language }
    تاریخ عضویت: { $joined }
    مشاور شما: { $counsellor }
mydata-consent = تاریخی که با سؤال‌های اول موافقت کردید: { $when }
mydata-in-progress = شما سؤال‌های اول را شروع کرده‌اید. { $count } جواب منتظر است تا سؤال‌ها را تمام کنید.
mydata-how-to-forget = برای پاک کردن همه این‌ها، /forget را بنویسید.
forget-confirm = می‌خواهید همه اطلاعات شما را پاک کنم؟ به مشاور شما خبر می‌دهم که رفته‌اید. بعد از پاک کردن، نمی‌توانید اطلاعات را برگردانید.
forget-yes = بله، همه چیز را پاک کن
forget-no = نه، نگه دار
forget-kept = بسیار خوب. چیزی پاک نکردم.
forget-expired = این سؤال قدیمی است، برای همین چیزی پاک نکردم. اگر می‌خواهید اطلاعات شما را پاک کنم، دوباره /forget را بنویسید.
forget-done = اطلاعات شما را پاک کردم. از اینکه از پولکو استفاده کردید، تشکر می‌کنم. اگر خواستید برگردید، از مشاور خود یک لینک دعوت تازه بخواهید.

## Language detection

language-offer = به نظر می‌رسد به این زبان نوشتید: { $language }. می‌خواهید به همین زبان برایتان بنویسم؟
# Shown in the offered language itself (the button's own language).
language-switch = بله، زبان را تغییر بده
language-keep = نه، همین زبان بماند
# A short note on the button (plain text).
language-kept = بسیار خوب، با همین زبان ادامه می‌دهم.
