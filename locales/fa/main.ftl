# Polku — فارسی. Translated from locales/en/main.ftl: same message ids.
# Writing rules: locales/README.md. Short sentences, common words.
# Standard Persian that Dari speakers also read easily: words common to Iran and Afghanistan.
# The reader is addressed as "شما" with polite plural verbs (the form of a public service).
# Terms: learner = شرکت‌کننده, career counsellor = مشاور شغلی (short: مشاور),
# coordinator = هماهنگ‌کننده, invite link = لینک دعوت, meeting = جلسه,
# Skills Centre for Migrants = مرکز مهارت‌های مهاجران, Polku = پولکو.

## The language itself

# The language's own name, in its own script (shown in the language picker).
language-name = فارسی
language-first = به چه زبانی برای شما بنویسم؟ بعداً می‌توانید زبان را با /language تغییر دهید.
language-choose = زبان خود را انتخاب کنید.
language-set = بسیار خوب. از این به بعد به زبان فارسی برای شما می‌نویسم.

## Starting and invites

start-no-invite =
    سلام! من پولکو هستم، دستیار مرکز مهارت‌های مهاجران.
    برای شروع، به یک لینک دعوت از مشاور شغلی خود نیاز دارید. لطفاً لینک را از مشاور خود بخواهید. بعد لینک را روی همین تلفن باز کنید.
start-invite-invalid = این لینک دعوت کار نمی‌کند. لطفاً ببینید که کل لینک را دارید. یا از مشاور خود یک لینک تازه بخواهید.
start-invite-expired = وقت این لینک دعوت تمام شده است. لطفاً از مشاور خود یک لینک تازه بخواهید.
start-invite-used = این لینک دعوت قبلاً استفاده شده است. لطفاً از مشاور خود یک لینک تازه بخواهید.
start-already-joined = { $name }، شما قبلاً عضو شده‌اید. به دعوت تازه نیاز ندارید.
start-welcome-back = { $name }، دوباره سلام!
start-welcome-learner =
    { $name }، خوش آمدید! من پولکو هستم.
    من به شما کمک می‌کنم برنامه‌تان را در مرکز مهارت‌ها دنبال کنید. تاریخ‌های مهم را به شما یادآوری می‌کنم. به شما کمک می‌کنم با مشاور شغلی خود در تماس باشید.
start-welcome-counsellor =
    { $name }، خوش آمدید! شما حالا در پولکو مشاور شغلی هستید.
    می‌توانید شرکت‌کنندگان خود را با /invite دعوت کنید. وقتی آن‌ها عضو شوند و وقتی به کمک شما نیاز داشته باشند، به شما خبر می‌دهم.
start-welcome-coordinator =
    { $name }، خوش آمدید! شما حالا در پولکو هماهنگ‌کننده هستید.
    می‌توانید مشاوران شغلی و هماهنگ‌کننده‌ها را با /invite دعوت کنید.

## Help, one text for each role

help-visitor =
    من پولکو هستم، دستیار مرکز مهارت‌های مهاجران.
    برای استفاده از من، به یک لینک دعوت از مشاور شغلی خود نیاز دارید.
    /language – زبان خود را انتخاب کنید
help-learner =
    کارهایی که می‌توانید انجام دهید:
    /plan – برنامه‌تان را ببینید و مرحله‌های انجام‌شده را علامت بزنید
    /book – با مشاور خود یک جلسه بگذارید
    /appointments – جلسه‌هایتان را ببینید، وقت آن‌ها را تغییر دهید یا لغو کنید
    /mood – بگویید کارها چطور پیش می‌رود
    /counsellor – از مشاور خود بخواهید با شما تماس بگیرد
    /intake – به سؤال‌های اول جواب دهید (یا دوباره از اول شروع کنید)
    /profile – جواب‌هایتان را ببینید و تغییر دهید
    /mydata – همه چیزهایی را که پولکو درباره شما نگه می‌دارد ببینید
    /forget – اطلاعات خود را پاک کنید
    /cancel – سؤال‌ها را فعلاً متوقف کنید
    /language – زبان را تغییر دهید
    /help – این پیام را ببینید
    اگر کمک لازم دارید، با مشاور شغلی خود تماس بگیرید.
help-counsellor =
    کارهایی که می‌توانید انجام دهید:
    /learners – شرکت‌کنندگان خود و برنامه‌های آن‌ها را ببینید
    /appointments – جلسه‌هایتان را ببینید و لغو کنید
    /escalations – شرکت‌کنندگانی که شاید همین حالا به شما نیاز دارند
    /invite – برای یک شرکت‌کننده تازه لینک دعوت بسازید
    /cancel – اضافه کردن مرحله را متوقف کنید
    /language – زبان را تغییر دهید
    /help – این پیام را ببینید
help-coordinator =
    کارهایی که می‌توانید انجام دهید:
    /invite – برای یک مشاور شغلی یا یک هماهنگ‌کننده لینک دعوت بسازید
    /staff – دسترسی کارکنان را ببندید یا دوباره باز کنید، شرکت‌کنندگان را منتقل کنید، مشاور جانشین تعیین کنید
    /campaign – برای گروه‌های شرکت‌کنندگان یادآوری بفرستید، پیش‌نمایش‌ها و گزارش‌ها را ببینید
    /escalations – هشدارهای باز درباره شرکت‌کنندگان
    /language – زبان را تغییر دهید
    /help – این پیام را ببینید

## The command menu (short, plain text, no formatting)

command-start = شروع
command-help = راهنما
command-language = تغییر زبان
command-invite = ساختن لینک دعوت
command-intake = جواب دادن به سؤال‌های اول
command-profile = دیدن و تغییر جواب‌ها
command-mydata = دیدن اطلاعات شما
command-forget = پاک کردن اطلاعات شما
command-cancel = متوقف کردن سؤال‌ها
command-learners = شرکت‌کنندگان شما و برنامه‌های آن‌ها
command-plan = برنامه شما
command-book = گذاشتن جلسه
command-appointments = جلسه‌های شما
command-mood = بگویید حالتان چطور است
command-counsellor = صحبت با مشاور شما
command-escalations = شرکت‌کنندگانی که شاید به شما نیاز دارند

## Making invites

invite-choose-role = چه کسی را می‌خواهید دعوت کنید؟
invite-role-counsellor = یک مشاور شغلی
invite-role-coordinator = یک هماهنگ‌کننده
invite-created-learner =
    این لینک دعوت برای یک شرکت‌کننده تازه است. آن را فقط برای همان شخص بفرستید. لینک یک بار کار می‌کند، تا این زمان: { $expires }

    { $link }
invite-created-counsellor =
    این لینک دعوت برای یک مشاور شغلی است. آن را فقط برای همان شخص بفرستید. لینک یک بار کار می‌کند، تا این زمان: { $expires }

    { $link }
invite-created-coordinator =
    این لینک دعوت برای یک هماهنگ‌کننده است. آن را فقط برای همان شخص بفرستید. لینک یک بار کار می‌کند، تا این زمان: { $expires }

    { $link }

## Notices to staff (sent through the outbox)

notice-learner-joined = <b>{ $name }</b> با دعوت شما عضو پولکو شد. این شخص حالا یکی از شرکت‌کنندگان شماست.
notice-staff-joined =
    <b>{ $name }</b> به عنوان { $role ->
        [coordinator] هماهنگ‌کننده
       *[counsellor] مشاور شغلی
    } عضو پولکو شد.

## Input that Polku does not take

input-text = ببخشید، متوجه نشدم. برای دیدن کارهایی که می‌توانم انجام دهم، /help را بنویسید.
input-long-text = پیام شما برای من خیلی طولانی است. لطفاً یک پیام کوتاه‌تر بنویسید.
input-media = من فقط می‌توانم متن بخوانم. لطفاً پیام خود را بنویسید.
input-private-data = تشکر، اما به موقعیت مکانی یا مخاطبین شما نیاز ندارم. آن‌ها را ذخیره نکردم.
input-edited = من فقط پیام‌های تازه را می‌خوانم، نه تغییرها را. لطفاً پیام خود را دوباره بفرستید.
input-unknown-command = این دستور را نمی‌شناسم. برای دیدن کارهایی که می‌توانم انجام دهم، /help را بنویسید.
input-slow-down = شما خیلی سریع پیام‌های زیادی می‌فرستید. لطفاً کمی صبر کنید و بعد دوباره بنویسید. پیام‌های آخر را نخواندم.

## Errors

error-generic = ببخشید، مشکلی از طرف من پیش آمد. لطفاً کمی بعد دوباره امتحان کنید.
error-not-allowed = ببخشید، شما نمی‌توانید این کار را انجام دهید.
error-stale-button = این دکمه دیگر کار نمی‌کند.
