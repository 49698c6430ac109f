# Polku — українська: особисті плани і нагадування про них.

## Step types: a short name, and a plain explanation for the learner

step-type-language_course = Курс фінської мови
step-type-language_course-about = Курс фінської мови допоможе вам у житті і на роботі. Консультант допоможе вам знайти курс, який вам підходить.
step-type-vocational_application = Заява до професійного училища
step-type-vocational_application-about = У професійному училищі ви навчаєтеся професії. Ви подаєте заяву через форму, зазвичай в інтернеті. Консультант може допомогти вам заповнити форму.
step-type-cv = Резюме
step-type-cv-about = Резюме — це короткий документ про ваше навчання, роботу і навички. Роботодавці читають його, коли ви шукаєте роботу.
step-type-job_application = Заявка на роботу
step-type-job_application-about = Ви подаєте заявку на роботу. Ви надсилаєте резюме і короткий лист або заповнюєте форму.
step-type-employment_office = Візит до служби зайнятості
step-type-employment_office-about = У службі зайнятості ви говорите про пошук роботи і про свій план.
step-type-work_tryout = Пробна робота
step-type-work_tryout-about = На пробній роботі ви якийсь час працюєте на справжньому робочому місці. Ви вчитеся і дивитеся, чи підходить вам ця робота.
step-type-social_worker = Зустріч із соціальним працівником
step-type-social_worker-about = Соціальний працівник допомагає з грошима, житлом, сім'єю та іншими життєвими справами.
step-type-health_check = Перевірка здоров'я
step-type-health_check-about = Медсестра або лікар перевіряє ваше здоров'я. Це допомагає спланувати ваше навчання і роботу.
step-type-document = Документ, який треба принести
step-type-document-about = Принесіть цей документ із собою. Якщо у вас його немає, скажіть консультантові.
step-type-counsellor_meeting = Зустріч із консультантом
step-type-counsellor_meeting-about = Ви зустрічаєтеся зі своїм консультантом і говорите про свій план.
step-type-other = Інше завдання
step-type-other-about = Консультант скаже вам, що треба зробити.

## Steps in a list

plan-line-todo = { $number }. <b>{ $type }</b> – { $due }{ $details }
plan-line-done = { $number }. ✅ <s>{ $type }</s> – { $due }
plan-line-skipped = { $number }. ➖ <s>{ $type }</s> – { $due }
plan-no-date = без дати
plan-place = {"\u000A"}   📍 { $place }
plan-note = {"\u000A"}   📝 { $note }
plan-no-path = шлях ще не вибрано
plan-no-next = відкритих кроків немає

## The learner's plan

plan-learner-view =
    <b>Ваш план</b> ({ $path })

    { $lines }
    { $meeting }

    Коли ви зробите крок, натисніть його кнопку.
plan-learner-empty = Ваш консультант ще складає ваш план. Я повідомлю вам, коли план буде готовий.
plan-learner-not-accepted = У вас немає плану в Polku: Центр навичок для мігрантів не зміг вас прийняти. Якщо ваша відповідь була неправильна, напишіть /intake, щоб почати знову.
plan-done-button = ✅ { $number }. { $type }: зроблено
# A short note on the button (plain text).
plan-done-thanks = Чудово! Ваш консультант це побачить.
plan-done-well-done = Чудово!
plan-ready =
    Ваш консультант підтвердив ваш план: { $count ->
        [1] один крок
        [one] { $count } крок
        [few] { $count } кроки
        [many] { $count } кроків
       *[other] { $count } кроку
    }. Перший крок: <b>{ $first }</b> ({ $due }). Напишіть /plan, щоб подивитися план. Я нагадуватиму вам перед кожним кроком.
plan-need-help = Мені потрібна допомога
plan-help-sent = Я повідомив вашого консультанта, що вам потрібна допомога. Консультант зв'яжеться з вами.
plan-help-already-sent = Ваш консультант уже знає, що вам потрібна допомога. Консультант зв'яжеться з вами.
plan-help-nobody = Вибачте, я не зміг нікому повідомити. Зараз у вас немає консультанта в Polku. Будь ласка, зверніться до офісу Центру.

## Reminders

# Ukrainian plural forms of $days: [0] and [1] are exact numbers; one is also 21, 31...
reminder-step =
    { $days ->
        [0] <b>Сьогодні:</b> { $type }
        [1] <b>Завтра:</b> { $type }
        [one] <b>Через { $days } день:</b> { $type }
        [few] <b>Через { $days } дні:</b> { $type }
        [many] <b>Через { $days } днів:</b> { $type }
       *[other] <b>Через { $days } днів:</b> { $type }
    }
    🗓 { $due }{ $details }
reminder-overdue =
    <b>{ $type }</b>: термін був { $due }. Як просуваються справи?
    Якщо ви все зробили, натисніть «Готово». Якщо щось важко, натисніть «Мені потрібна допомога».{ $details }

## Counsellors: learners and plans

learners-list =
    <b>Ваші слухачі</b>

    { $lines }
learners-line = <b>{ $name }</b> · { $path } · далі: { $next } · остання активність: { $seen }
learners-none = У вас поки немає слухачів. Запросіть слухача командою /invite.
learners-button = { $name }
plan-counsellor-view =
    <b>План: { $name }</b> ({ $path }){ $status ->
        [unconfirmed] {"\u000A"}Це пропозиція. Слухач побачить план, коли ви його підтвердите.
       *[confirmed] {""}
    }

    { $lines }
    { $meeting }
plan-counsellor-empty =
    <b>План: { $name }</b> ({ $path })
    У плані поки немає кроків.
    { $meeting }
plan-step-button = { $number }. { $type }
plan-add = ➕ Додати крок
plan-confirm = ✔️ Підтвердити план
plan-confirmed-told = План підтверджено. Я повідомив: { $name }.
plan-open = Відкрити план
plan-step-menu =
    { $name }:
    { $line }
plan-mark-done = ✅ Зроблено
plan-mark-todo = ↩️ Не зроблено
plan-skip = ➖ Пропустити
plan-up = ⬆️ Вище
plan-down = ⬇️ Нижче
plan-change-date = 🗓 Змінити дату
plan-remove = 🗑 Видалити
plan-remove-yes = 🗑 Так, видалити
plan-remove-confirm = Видалити цей крок? { $line }
plan-back-to-plan = ← Назад до плану
plan-add-type = Який це крок?
plan-add-due = Який термін? Напишіть дату, наприклад 31.12.2026. Можна додати час, наприклад 31.12.2026 14:30. Якщо дати немає, натисніть «Пропустити».
plan-add-place = Де? Напишіть місце або посилання. Якщо місця немає, натисніть «Пропустити».
plan-add-note = Що ще треба знати слухачеві? Напишіть коротку нотатку або натисніть «Пропустити».
plan-step-added = Я додав крок. Слухач отримуватиме нагадування перед цією датою.
plan-date-changed = Я змінив дату. Нагадування прийдуть за новою датою.
plan-date-removed = Я видалив дату. Нагадувань про цей крок тепер немає.
plan-step-added-no-date = Я додав крок. У нього немає дати, тому нагадувань не буде.

## Notices to counsellors

notice-plan-proposed = Я склав початковий план для слухача: <b>{ $name }</b>. Будь ласка, перевірте і підтвердіть його або змініть.
notice-steps-done =
    Ваші слухачі позначили виконані кроки:
    { $lines }
notice-step-done-line = ✅ <b>{ $name }</b>: { $type }
notice-needs-help = <b>{ $name }</b>: потрібна допомога з кроком «{ $type }». Будь ласка, зв'яжіться зі слухачем.
