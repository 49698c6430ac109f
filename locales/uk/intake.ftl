# Polku — українська: спільні слова діалогів і анкета (intake).

## Buttons and answers that every question shares

dialogue-yes = Так
dialogue-no = Ні
dialogue-done = Готово
dialogue-skip = Пропустити
dialogue-back = ← Назад
dialogue-continue = Далі
dialogue-no-answer = –
# A question once answered: its text, then the answer (the buttons are gone).
dialogue-answered =
    { $question }

    ✅ { $answer }
dialogue-use-buttons = Будь ласка, дайте відповідь кнопкою.
dialogue-invalid-empty = Я не отримав відповіді. Будь ласка, спробуйте ще раз.
dialogue-invalid-long = Відповідь задовга. Будь ласка, відповідайте коротко.
dialogue-invalid-text = Будь ласка, відповідайте словами, а не тільки значками.
dialogue-invalid-number = Будь ласка, напишіть число, наприклад 3.
dialogue-invalid-year = Будь ласка, напишіть рік чотирма цифрами, наприклад 1990.
dialogue-invalid-date = Будь ласка, напишіть дату так: 31.12.2026.
dialogue-invalid-date-past = Ця дата вже минула. Будь ласка, напишіть сьогоднішню або пізнішу дату, так: 31.12.2026.
dialogue-past-date-confirm = { $date } уже минуло. Залишити цю дату?
dialogue-past-keep = Так, залишити
dialogue-past-change = Ні, я напишу іншу
# A short note on the button (plain text).
dialogue-choose-one = Виберіть хоча б один варіант і натисніть «Готово».
dialogue-reminder = Ви ще не закінчили відповідати. Хочете продовжити? Це займе лише кілька хвилин.
dialogue-nothing-waiting = Зараз немає відкритих запитань. Напишіть /help, щоб дізнатися, що можна зробити.
dialogue-cancelled = Добре, ми зупинилися. Я нічого не змінив.
dialogue-cancelled-intake = Добре, ми зупинилися. Почати знову можна командою /intake.
dialogue-nothing-to-cancel = Зараз немає чого зупиняти.

## Consent

intake-consent =
    Спочатку кілька слів. Я поставлю вам запитання про ваше життя, навчання і роботу. Це потрібно, щоб ваш консультант склав з вами план.

    • Я надійно зберігаю ваші відповіді. Їх бачать тільки ваш консультант і Центр навичок.
    • Будь-коли ви можете подивитися свої відповіді командою /mydata і видалити їх командою /forget.

    Ви згодні?
option-consent-accepted = Так, добре
option-consent-later = Не зараз
intake-consent-declined = Добре. Я нічого не зберіг. Коли будете готові, напишіть /intake.

## The questions

intake-preferred-name = Як вас називати?
intake-birth-year = У якому році ви народилися? Наприклад: 1990
intake-municipality = Де ви живете?
option-municipality = { $name }
option-municipality-elsewhere = В іншому місці
intake-residence-permit = Чи є у вас дозвіл на проживання у Фінляндії?
option-residence_permit-yes = Так
option-residence_permit-in_process = Заяву подано
option-residence_permit-no = Ні
intake-job-seeker = Ви зареєструвалися в службі зайнятості як безробітний?
option-job_seeker-yes = Так
option-job_seeker-no = Ні
option-job_seeker-not_sure = Я не знаю точно
intake-languages-spoken = Якими мовами ви говорите? Виберіть усі і натисніть «Готово».
option-languages_spoken-fi = Фінська
option-languages_spoken-sv = Шведська
option-languages_spoken-en = Англійська
option-languages_spoken-ar = Арабська
option-languages_spoken-so = Сомалійська
option-languages_spoken-ru = Російська
option-languages_spoken-uk = Українська
option-languages_spoken-fa = Перська
option-languages_spoken-et = Естонська
option-languages_spoken-zh = Китайська
option-languages_spoken-vi = В'єтнамська
option-languages_spoken-tr = Турецька
option-languages_spoken-other = Інша мова
intake-finnish-level = Як добре ви говорите фінською?
intake-swedish-level = Як добре ви говорите шведською?
intake-english-level = Як добре ви говорите англійською?
option-level-none = Зовсім не говорю
option-level-a_little = Знаю кілька слів
option-level-basics = Можу сказати прості речі
option-level-good = Можу говорити про щоденні справи
option-level-very_good = Добре
option-level-fluent = Дуже добре
intake-education = Яка у вас найвища освіта?
option-education-none = Немає шкільної освіти
option-education-basic = Базова школа
option-education-secondary = Повна середня школа
option-education-vocational = Професійне училище
option-education-university = Університет
intake-education-country = У якій країні ви навчалися?
intake-work-fields = Яку роботу ви виконували? Наприклад: прибирання, приготування їжі, водіння. Якщо ви не працювали, натисніть «Пропустити».
intake-work-years = Скільки років ви працювали? Напишіть число.
intake-goal = Що ви хочете зробити спочатку?
option-goal-work_soon = Скоро почати працювати
option-goal-study_first = Спочатку навчатися
option-goal-not_sure = Я не знаю точно
intake-interests = Яка робота вам цікава? Виберіть усі і натисніть «Готово».
option-interests-cleaning = Прибирання і догляд за будівлями
option-interests-restaurant = Ресторан і кухня
option-interests-care = Догляд і здоров'я
option-interests-construction = Будівництво
option-interests-logistics = Транспорт і склад
option-interests-it = Комп'ютери та IT
option-interests-retail = Магазин і продаж
option-interests-beauty = Перукарня і салон краси
option-interests-other = Інше
intake-support-needs = Чи потрібна вам допомога з чимось із цього? Виберіть усі і натисніть «Готово».
option-support_needs-childcare = Догляд за дітьми
option-support_needs-health = Здоров'я
option-support_needs-money = Гроші
option-support_needs-housing = Житло
option-support_needs-family = Сім'я
option-support_needs-none = Допомога не потрібна
intake-meeting-times = Коли ви можете приходити на зустрічі? Виберіть усі і натисніть «Готово».
option-meeting_times-mornings = Зранку
option-meeting_times-afternoons = Після обіду

## Answers that do not fit

intake-invalid-letters = Будь ласка, напишіть це літерами.
intake-invalid-too-long = Будь ласка, напишіть коротше: не більше { $limit } знаків.
intake-invalid-name = Будь ласка, напишіть тільки ім'я, яким вас називати, наприклад: Амаль.
intake-invalid-birth-year = Будь ласка, напишіть рік народження: від { $first } до { $last }.
intake-invalid-work-years = Будь ласка, напишіть кількість років: від 0 до 60.

## Summary and corrections

intake-summary =
    Ось ваші відповіді. Будь ласка, перевірте їх.

    <b>Ім'я:</b> { $name }
    <b>Рік народження:</b> { $birth_year }
    <b>Місто:</b> { $municipality }
    <b>Дозвіл на проживання:</b> { $permit }
    <b>Статус безробітного:</b> { $job_seeker }
    <b>Мови:</b> { $languages }
    <b>Фінська:</b> { $finnish } · <b>Шведська:</b> { $swedish } · <b>Англійська:</b> { $english }
    <b>Освіта:</b> { $education } ({ $country })
    <b>Робота:</b> { $work } ({ $years })
    <b>Перша мета:</b> { $goal }
    <b>Інтереси:</b> { $interests }
    <b>Потрібна допомога:</b> { $support }
    <b>Зустрічі:</b> { $times }

    Усе правильно?
option-summary-confirm = Так, усе правильно
option-summary-change = Я хочу щось змінити
intake-pick-change = Що ви хочете змінити?
slot-preferred_name = Ім'я
slot-birth_year = Рік народження
slot-municipality = Місто
slot-residence_permit = Дозвіл на проживання
slot-job_seeker = Статус безробітного
slot-languages_spoken = Мови
slot-finnish_level = Фінська
slot-swedish_level = Шведська
slot-english_level = Англійська
slot-education = Освіта
slot-work_fields = Робота
slot-goal = Перша мета
slot-interests = Інтереси
slot-support_needs = Потрібна допомога
slot-meeting_times = Зустрічі

## Eligibility

# One message when someone cannot be accepted: what the centre needs and why, whether the
# counsellor knows, where else to turn, and how to correct or start again.
intake-refused-too-young =
    Дякую за відповіді. На жаль, зараз Центр навичок для мігрантів не може вас прийняти. Центр працює з дорослими, від 18 років. Його навчання і практика створені для дорослих.
    { $told ->
        [yes] Я повідомив вашого консультанта.
       *[no] Будь ласка, повідомте офіс Центру.
    }
    Служба зайнятості (фінською työvoimatoimisto) розповість вам про інші послуги. Можна також запитати в International House Helsinki або в довідковій службі вашого міста.
    Якщо ваша відповідь була неправильна, натисніть кнопку. Щоб почати знову, напишіть /intake.
intake-refused-outside-area =
    Дякую за відповіді. На жаль, зараз Центр навичок для мігрантів не може вас прийняти. Центр працює з людьми, які живуть у його районі. Його оплачують міста цього району.
    { $told ->
        [yes] Я повідомив вашого консультанта.
       *[no] Будь ласка, повідомте офіс Центру.
    }
    Служба зайнятості (фінською työvoimatoimisto) розповість вам про послуги там, де ви живете. Можна також запитати в International House Helsinki або в довідковій службі вашого міста.
    Якщо ваша відповідь була неправильна, натисніть кнопку. Щоб почати знову, напишіть /intake.
intake-refused-no-permit =
    Дякую за відповіді. На жаль, зараз Центр навичок для мігрантів не може вас прийняти. Центру потрібно, щоб у вас був дозвіл на проживання або заява на нього. Без нього не можна навчатися і працювати у Фінляндії.
    { $told ->
        [yes] Я повідомив вашого консультанта.
       *[no] Будь ласка, повідомте офіс Центру.
    }
    Про дозвіл на проживання розповість Міграційна служба Фінляндії (Migri). Можна також запитати в International House Helsinki або в довідковій службі вашого міста.
    Якщо ваша відповідь була неправильна, натисніть кнопку. Щоб почати знову, напишіть /intake.
intake-refused-not-job-seeker =
    Дякую за відповіді. На жаль, зараз Центр навичок для мігрантів не може вас прийняти. Центр працює з безробітними, які шукають роботу. Він допомагає знайти роботу або навчання для роботи.
    { $told ->
        [yes] Я повідомив вашого консультанта.
       *[no] Будь ласка, повідомте офіс Центру.
    }
    Якщо ви втратите роботу або хочете зареєструватися як шукач роботи, вам допоможе служба зайнятості. Потім напишіть /intake, щоб почати знову.
    Якщо ваша відповідь була неправильна, натисніть кнопку.
intake-refused-pressed-wrong = Я натиснув не ту кнопку
intake-refused-typed-wrong = Я написав не той рік

## The proposal

intake-done = Дякую! Я зберіг ваші відповіді. Ваш консультант їх побачить.
intake-path-work_first = Моя пропозиція: <b>шлях через роботу</b>. Ви скоро починаєте шукати роботу, з підтримкою.
intake-path-education_first = Моя пропозиція: <b>шлях через навчання</b>. Спочатку ви навчаєтеся, потім шукаєте роботу.
path-reason-goal-study = • Ви хочете спочатку навчатися.
path-reason-goal-work = • Ви хочете скоро почати працювати.
path-reason-language = • Ви вже говорите мовою, яка знадобиться на роботі.
path-reason-language-first = • Фінська мова допоможе вам знайти роботу. Краще вивчити її спочатку.
path-reason-work-after = • Потім цей шлях веде до роботи, як ви хочете.
path-reason-skills = • У вас є освіта або досвід роботи.
path-reason-training = • Навчання дасть вам навички, які потрібні роботодавцям.
intake-next-steps = Ваш консультант обговорить це з вами. Разом ви складете ваш план. Свої відповіді можна подивитися командою /profile.
path-work_first = шлях через роботу
path-education_first = шлях через навчання

## Notices to the counsellor

notice-intake-done =
    <b>{ $name }</b>: анкету заповнено.
    Просить називати так: { $preferred }
    Запропонований шлях: <b>{ $path }</b> (причини: { $reasons })
    Перша мета: { $goal } · Фінська: { $finnish }
    Потрібна допомога: { $support }
    Зустрічі: { $times }
# Why the path was proposed, for the counsellor (joined into one sentence).
notice-reason-goal-study = хоче спочатку навчатися
notice-reason-goal-work = хоче скоро почати працювати
notice-reason-language = уже говорить мовою, яка потрібна на роботі
notice-reason-language-first = спочатку потрібна фінська мова
notice-reason-work-after = хоче працювати після вивчення фінської
notice-reason-skills = має освіту або досвід роботи
notice-reason-training = навчання дасть потрібні навички
notice-intake-not-eligible = <b>{ $name }</b>: Центр не може прийняти цю людину ({ $rules }). Polku не зберіг відповіді. Можливо, варто зв'язатися з цією людиною.
# Which rule, for the counsellor (joined into one sentence).
notice-eligibility-too-young = молодше 18 років
notice-eligibility-outside-area = живе поза районом Центру
notice-eligibility-no-permit = немає дозволу на проживання
notice-eligibility-not-job-seeker = не безробітний шукач роботи
notice-learner-left = Один із ваших слухачів видалив свої дані з Polku. Його більше немає у вашому списку.

## The learner's own data

profile-empty = Ви ще не відповіли на запитання анкети. Напишіть /intake, щоб почати.
profile-answers =
    <b>Ваші відповіді</b>

    <b>Ім'я:</b> { $name }
    <b>Рік народження:</b> { $birth_year }
    <b>Місто:</b> { $municipality }
    <b>Дозвіл на проживання:</b> { $permit }
    <b>Статус безробітного:</b> { $job_seeker }
    <b>Мови:</b> { $languages }
    <b>Фінська:</b> { $finnish } · <b>Шведська:</b> { $swedish } · <b>Англійська:</b> { $english }
    <b>Освіта:</b> { $education } ({ $country })
    <b>Робота:</b> { $work } ({ $years })
    <b>Перша мета:</b> { $goal }
    <b>Інтереси:</b> { $interests }
    <b>Потрібна допомога:</b> { $support }
    <b>Зустрічі:</b> { $times }
    <b>Запропонований шлях:</b> { $path }

    { $change ->
        [buttons] Щоб змінити відповідь, натисніть її кнопку.
       *[command] Щоб змінити відповідь, напишіть /profile.
    }
mydata-person =
    <b>Що Polku зберігає про вас</b>
    Ім'я в Telegram: { $name }
    Мова: { $language }
    Дата реєстрації: { $joined }
    Ваш консультант: { $counsellor }
mydata-consent = Ви погодилися відповісти на запитання анкети: { $when }.
mydata-in-progress =
    Ви почали заповнювати анкету. { $count ->
        [1] Одна відповідь чекає, поки ви не закінчите.
        [one] { $count } відповідь чекає, поки ви не закінчите.
        [few] { $count } відповіді чекають, поки ви не закінчите.
        [many] { $count } відповідей чекають, поки ви не закінчите.
       *[other] { $count } відповіді чекають, поки ви не закінчите.
    }
mydata-how-to-forget = Щоб видалити все це, напишіть /forget.
forget-confirm = Видалити всі ваші дані? Я повідомлю вашого консультанта, що ви пішли. Скасувати це буде неможливо.
forget-yes = Так, видалити все
forget-no = Ні, залишити
forget-kept = Добре. Я нічого не видалив.
forget-expired = Це старе запитання, тому я нічого не видалив. Якщо ви хочете видалити свої дані, знову напишіть /forget.
forget-done = Я видалив ваші дані. Дякую, що користувалися Polku. Якщо захочете повернутися, попросіть у консультанта нове посилання-запрошення.

## Language detection

language-offer = Здається, ви пишете цією мовою: { $language }. Писати вам цією мовою?
# Shown in the offered language itself (the button's own language).
language-switch = Так, змінити мову
language-keep = Ні, залишити цю мову
# A short note on the button (plain text).
language-kept = Добре, залишаю цю мову.
