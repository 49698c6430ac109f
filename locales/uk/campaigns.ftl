## Campaigns: reminders a coordinator sends to a group of learners

command-campaign = Надіслати нагадування групам слухачів

# The coordinator's own text, in the learner's language (or the fallback language).
campaign-message = { $text }
campaign-answer = { $label }
campaign-mute = 🔕 Не отримувати такі повідомлення
campaign-muted = Ви більше не отримуватимете ці повідомлення для груп. Нагадування про ваш план і ваші зустрічі приходитимуть як раніше.
campaign-answer-thanks = Дякую, я зберіг вашу відповідь.

campaign-list =
    Ваші розсилки:
    { $lines }
campaign-list-line = { $id }. { $name } ({ $status })
campaign-state-draft = чернетка
campaign-state-scheduled = заплановано
campaign-state-sending = надсилається
campaign-state-done = надіслано
campaign-state-cancelled = скасовано
campaign-list-empty = Розсилок поки немає. Створіть розсилку в командному рядку: polku campaign create FILE.yml
campaign-button-show = Розсилка { $id }
campaign-button-send = Надіслати
campaign-button-confirm = Так, надіслати
campaign-button-cancel = Скасувати розсилку

campaign-preview =
    Розсилка { $id }: { $name } ({ $status })
    Слухачів: { $count }
    { $languages }
    Отримають текст мовою { $fallback_language }, бо тексту їхньою мовою немає: { $fallback }.
    Вимкнули ці повідомлення: { $muted }. Заблокували бота: { $blocked }.
campaign-preview-language = { $language }: { $count } (запасною мовою: { $fallback })
campaign-example =
    Приклад мовою { $language }:
    { $text }
campaign-confirm = { $count ->
        [one] Надіслати цю розсилку { $count } слухачеві?
        [few] Надіслати цю розсилку { $count } слухачам?
        [many] Надіслати цю розсилку { $count } слухачам?
       *[other] Надіслати цю розсилку { $count } слухачам?
    }
campaign-scheduled = Ви підтвердили розсилку «{ $name }». Я надішлю її в час, який ви обрали. Коли я закінчу, ви отримаєте звіт.
campaign-sending-now = Ви підтвердили розсилку «{ $name }». Я надсилаю її зараз. Коли я закінчу, ви отримаєте звіт.
campaign-cancelled = Я скасував розсилку «{ $name }». Повідомлень, які я не надішлю: { $count }.

# $in_doubt: nothing, or one more line (campaign-report-in-doubt) when some messages
# may have arrived: a request was on its way when something went wrong.
campaign-report =
    Звіт: { $name }
    Слухачів: { $audience }
    Надіслано: { $sent }. Не вдалося надіслати: { $failed }. Заблокували бота: { $blocked }. Вимкнули повідомлення: { $muted }. Чекають надсилання: { $pending }.{ $in_doubt }
    { $languages }
    Відповіді:
    { $answers }
campaign-report-language = { $language }: надіслано { $sent } з { $total }
campaign-report-answer = Кнопка { $number }: { $count }
campaign-report-no-answers = Відповідей поки немає.
campaign-report-in-doubt = {"\u000A"}{ $count ->
        [1] Одне повідомлення, можливо, дійшло. Під час надсилання в мене була проблема, тому я не знаю точно. Я не надсилатиму його знову.
        [one] { $count } повідомлення, можливо, дійшло. Під час надсилання в мене була проблема, тому я не знаю точно. Я не надсилатиму його знову.
        [few] { $count } повідомлення, можливо, дійшли. Під час надсилання в мене була проблема, тому я не знаю точно. Я не надсилатиму їх знову.
        [many] { $count } повідомлень, можливо, дійшли. Під час надсилання в мене була проблема, тому я не знаю точно. Я не надсилатиму їх знову.
       *[other] { $count } повідомлень, можливо, дійшли. Під час надсилання в мене була проблема, тому я не знаю точно. Я не надсилатиму їх знову.
    }

campaign-error = Ви не можете зараз змінити цю розсилку.
campaign-error-not_draft = Цю розсилку вже хтось надіслав або скасував.
campaign-error-finished = Ця розсилка вже закінчилася.

## The guided dialogue: a new campaign (/campaign, "New campaign")

campaign-new-button = ➕ Нова розсилка
campaign-new-name = Нова розсилка. Як вона називається? Назву бачать тільки працівники.
campaign-new-audience =
    Хто її отримає? Виберіть фільтр або натисніть «Готово». Без фільтра її отримають усі слухачі.
    Шлях: { $path }
    Етап: { $status }
    Консультант: { $counsellor }
    Мова: { $language }
    Невиконаний крок плану: { $step }
    Остання активність: { $active }
campaign-filter-path = Шлях
campaign-filter-status = Етап
campaign-filter-counsellor = Консультант
campaign-filter-language = Мова
campaign-filter-step = Невиконаний крок плану
campaign-filter-active = Остання активність
campaign-filter-done = ✓ Готово
campaign-new-path = Слухачі на якому шляху? Виберіть і натисніть «Готово». «Пропустити» прибирає цей фільтр.
campaign-new-status = Слухачі на якому етапі? Виберіть і натисніть «Готово». «Пропустити» прибирає цей фільтр.
campaign-new-counsellor = Слухачі якого консультанта? Виберіть і натисніть «Готово». «Пропустити» прибирає цей фільтр.
campaign-new-language = Слухачі, які читають якою мовою? Виберіть і натисніть «Готово». «Пропустити» прибирає цей фільтр.
campaign-new-step = Слухачі, які ще не виконали який крок плану? Виберіть і натисніть «Готово». «Пропустити» прибирає цей фільтр.
campaign-new-active = Коли слухачі були активні востаннє? «Пропустити» прибирає цей фільтр.
campaign-status-new = Приєднався, анкету не закінчено
campaign-status-intake_done = Анкету закінчено
campaign-status-plan_confirmed = План підтверджено
campaign-option-counsellor = { $name }
campaign-active-active_7 = Активні за останні 7 днів
campaign-active-active_30 = Активні за останні 30 днів
campaign-active-inactive_14 = Неактивні 14 днів
campaign-active-inactive_30 = Неактивні 30 днів
campaign-new-fallback = Тепер повідомлення. Спочатку головна мова. Цей текст отримають слухачі, для чиєї мови тексту немає. Яка мова?
campaign-new-text = Напишіть повідомлення мовою { $language }. Можна використати { "{" }first_name{ "}" }, { "{" }counsellor_name{ "}" } (ім'я консультанта) і { "{" }date{ "}" }. Кожен слухач побачить свої дані.
campaign-new-buttons = Кнопки для відповіді мовою { $language } (можна пропустити). Напишіть до 3 назв, кожну в новому рядку. Я рахую відповіді слухачів.
campaign-new-other-buttons = Ті самі кнопки для відповіді мовою { $language }. Кожна назва в новому рядку, у тому самому порядку.
campaign-new-more = Додати повідомлення ще однією мовою?
campaign-more-add = ➕ Ще одна мова
campaign-more-done = ✓ Готово
campaign-new-other-language = Яка мова?
campaign-new-schedule = Коли надіслати?
campaign-schedule-now = Зараз
campaign-schedule-at = У певний день і час
campaign-schedule-daily = Щодня
campaign-schedule-weekly = Щотижня
campaign-new-send-at = Напишіть дату й час так: 31.12.2026 14:30.
campaign-new-until = Останній день? Напишіть його так: 31.1.2027.
campaign-new-too-long = Це задовго: не більше { $limit } символів.
campaign-new-bad-placeholder = Я не знаю одного слова в дужках. Використайте { "{" }first_name{ "}" }, { "{" }counsellor_name{ "}" } (ім'я консультанта) або { "{" }date{ "}" }. Для дужки напишіть { "{{" }.
campaign-new-bad-buttons = Напишіть від 1 до { $most } назв, кожну в новому рядку. Кожна назва — не більше { $limit } символів.
campaign-new-buttons-count =
    Напишіть { $count ->
        [one] { $count } назву
        [few] { $count } назви
       *[other] { $count } назв
    }, кожну в новому рядку: стільки, скільки в головній мові.
campaign-new-language-given = Це головна мова, її текст уже є. Виберіть іншу мову.
campaign-new-need-time = Будь ласка, додайте також час, так: 31.12.2026 14:30.
campaign-new-past = Цей час уже минув. Будь ласка, виберіть пізніший час.
campaign-new-until-early = Останній день не може бути раніше за перший.
campaign-new-failed = Вибачте, я не зміг зберегти цю розсилку. Будь ласка, почніть знову з /campaign.
campaign-new-saved = Я зберіг розсилку «{ $name }». { $schedule } Перегляньте приклад, потім підтвердіть.
campaign-when-now = Я надішлю її, щойно ви підтвердите.
campaign-when-at = Я надішлю її { $when }.
campaign-when-daily = Я надсилатиму її щодня з { $when } до { $until }.
campaign-when-weekly = Я надсилатиму її щотижня з { $when } до { $until }.
