# Polku — українська (Ukrainian). Translated from locales/en/main.ftl: same message ids.
# Writing rules: locales/README.md. Plain language, short sentences, "ви" (lowercase).
# Terms: learner = слухач, career counsellor = консультант, coordinator = координатор,
# invite link = посилання-запрошення (as in Telegram), Skills Centre for Migrants =
# Центр навичок для мігрантів. Polku stays in Latin letters and is not declined.
# Avoid gendered past tense about other people ("{ $name } приєднався/-лася"): use the
# present tense or a noun instead. Polku speaks of itself in the masculine (помічник).

## The language itself

# The language's own name, in its own script (shown in the language picker).
language-name = Українська
language-first = Якою мовою мені писати вам? Мову можна змінити пізніше командою /language.
language-choose = Виберіть мову.
language-set = Добре. Тепер я писатиму вам українською.

language-settings =
    Виберіть мову.

    Ваша друга мова: { $second }. Якщо повідомлення немає вашою мовою, ви отримаєте його другою мовою.
language-second-none = немає
language-second-button = Друга мова
language-second-choose = Виберіть другу мову. Я використовую її, якщо повідомлення немає вашою мовою.
language-second-nothing = Без другої мови
language-second-set = Добре. Тепер ваша друга мова: { $second }.
language-second-removed = Добре. Тепер у вас немає другої мови.
language-practice-on = Практикувати фінську
language-practice-off = Зупинити практику фінської
practice-started = Практика фінської увімкнена. Кожне повідомлення ви отримаєте також простою фінською мовою. Щоб зупинити практику, напишіть /suomi.
practice-stopped = Практика фінської вимкнена. Щоб почати знову, напишіть /suomi.
practice-finnish = Я вже пишу вам фінською. Щоб практикуватися, спочатку виберіть іншу мову командою /language.
# The heading above the Finnish text under each message, in Finnish practice.
practice-in-finnish = Фінською:
mydata-reading =
    Друга мова: { $second }.
    Практика фінської: { $practice ->
        [on] увімкнена
       *[off] вимкнена
    }.

## Starting and invites

start-no-invite =
    Вітаю! Я Polku, помічник Центру навичок для мігрантів.
    Щоб почати, потрібне посилання-запрошення. Його дає ваш консультант. Попросіть посилання в консультанта і відкрийте його на цьому телефоні.
start-invite-invalid = Це посилання-запрошення не працює. Перевірте, що у вас усе посилання повністю. Або попросіть у консультанта нове посилання.
start-invite-expired = Це посилання-запрошення занадто старе. Попросіть у консультанта нове посилання.
start-invite-used = Це посилання-запрошення вже використали. Попросіть у консультанта нове посилання.
start-already-joined = Ви вже з нами, { $name }. Нове запрошення вам не потрібне.
start-welcome-back = Вітаю знову, { $name }!
start-welcome-learner =
    Ласкаво просимо, { $name }! Я Polku.
    Я допомагаю вам виконувати ваш план у Центрі навичок. Я нагадую вам про важливі дати. І я допомагаю вам зв'язатися з вашим консультантом.
start-welcome-counsellor =
    Ласкаво просимо, { $name }! Тепер ви консультант у Polku.
    Запрошуйте своїх слухачів командою /invite. Я повідомлю вам, коли слухач приєднається. І я повідомлю, коли йому потрібна ваша допомога.
start-welcome-coordinator =
    Ласкаво просимо, { $name }! Тепер ви координатор у Polku.
    Командою /invite ви можете запросити консультантів і координаторів.

## Help, one text for each role

help-visitor =
    Я Polku, помічник Центру навичок для мігрантів.
    Щоб користуватися мною, потрібне посилання-запрошення від вашого консультанта.
    /language – вибрати мову
help-learner =
    Що ви можете зробити:
    /plan – подивитися план і позначити виконані кроки
    /book – записатися на зустріч із консультантом
    /appointments – подивитися, перенести або скасувати зустрічі
    /mood – розповісти, як справи
    /counsellor – попросити консультанта зв'язатися з вами
    /intake – знову заповнити анкету
    /profile – подивитися і змінити відповіді
    /mydata – подивитися, що Polku зберігає про вас
    /forget – видалити свої дані
    /cancel – зупинити запитання
    /language – змінити мову
    /help – показати цей список
help-counsellor =
    Що ви можете зробити:
    /learners – подивитися своїх слухачів і їхні плани
    /appointments – подивитися і скасувати свої зустрічі
    /escalations – слухачі, яким ви, можливо, потрібні зараз
    /invite – створити посилання-запрошення для нового слухача
    /cancel – перестати додавати крок
    /language – змінити мову
    /help – показати це повідомлення
help-coordinator =
    Що ви можете зробити:
    /invite – створити посилання-запрошення для консультанта або координатора
    /staff – закрити або повернути доступ працівникам, передати слухачів, призначити консультантів на заміну
    /campaign – надіслати нагадування групам слухачів, подивитися приклади і звіти
    /escalations – відкриті сповіщення про слухачів
    /language – змінити мову
    /help – показати це повідомлення

## The command menu (short, plain text, no formatting)

command-start = Почати
command-help = Допомога
command-language = Змінити мову
command-suomi = Практика фінської: повідомлення також фінською
command-invite = Створити посилання-запрошення
command-intake = Відповісти на запитання анкети
command-profile = Подивитися і змінити відповіді
command-mydata = Подивитися свої дані
command-forget = Видалити свої дані
command-cancel = Зупинити запитання
command-learners = Ваші слухачі та їхні плани
command-plan = Ваш план
command-book = Записатися на зустріч
command-appointments = Ваші зустрічі
command-mood = Розповісти, як справи
command-checkin = Вибрати, коли я питаю, як справи
command-counsellor = Зв'язатися з консультантом
command-escalations = Слухачі, яким ви, можливо, потрібні

## Making invites

invite-choose-role = Кого ви хочете запросити?
invite-role-counsellor = Консультанта
invite-role-coordinator = Координатора
invite-created-learner =
    Ось посилання-запрошення для одного нового слухача. Надішліть його тільки цій людині. Воно працює один раз, до { $expires }.

    { $link }
invite-created-counsellor =
    Ось посилання-запрошення для одного консультанта. Надішліть його тільки цій людині. Воно працює один раз, до { $expires }.

    { $link }
invite-created-coordinator =
    Ось посилання-запрошення для одного координатора. Надішліть його тільки цій людині. Воно працює один раз, до { $expires }.

    { $link }

## Notices to staff (sent through the outbox)

notice-learner-joined = <b>{ $name }</b> тепер у Polku за вашим запрошенням. Це ваш новий слухач.
notice-staff-joined =
    <b>{ $name }</b> тепер у Polku як { $role ->
        [coordinator] координатор
       *[counsellor] консультант
    }.

## Input that Polku does not take

input-text = Вибачте, я не зрозумів. Напишіть /help, щоб дізнатися, що я вмію.
input-long-text = Ваше повідомлення занадто довге для мене. Будь ласка, напишіть коротше.
input-media = Я читаю тільки текст. Будь ласка, напишіть повідомлення словами.
input-private-data = Дякую, але мені не потрібні ваше місцезнаходження і контакти. Я їх не зберіг.
input-edited = Я читаю тільки нові повідомлення, а не виправлення. Будь ласка, надішліть повідомлення ще раз.
input-unknown-command = Я не знаю такої команди. Напишіть /help, щоб дізнатися, що я вмію.
input-slow-down = Ви надсилаєте багато повідомлень дуже швидко. Будь ласка, зачекайте трохи і напишіть знову. Останні повідомлення я не прочитав.

## Errors

error-generic = Вибачте, у мене щось пішло не так. Будь ласка, спробуйте ще раз за хвилину.
error-not-allowed = Вибачте, вам не можна це робити.
error-stale-button = Ця кнопка більше не працює.
