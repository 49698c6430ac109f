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
campaign-scheduled = Я надсилаю розсилку «{ $name }». Коли я закінчу, ви отримаєте звіт.
campaign-cancelled = Я скасував розсилку «{ $name }». Повідомлень, які я не надішлю: { $count }.

campaign-report =
    Звіт: { $name }
    Слухачів: { $audience }
    Надіслано: { $sent }. Не вдалося надіслати: { $failed }. Заблокували бота: { $blocked }. Вимкнули повідомлення: { $muted }. Чекають надсилання: { $pending }.
    { $languages }
    Відповіді:
    { $answers }
campaign-report-language = { $language }: надіслано { $sent } з { $total }
campaign-report-answer = Кнопка { $number }: { $count }
campaign-report-no-answers = Відповідей поки немає.

campaign-error = Ви не можете зараз змінити цю розсилку.
campaign-error-not_draft = Цю розсилку вже хтось надіслав або скасував.
campaign-error-finished = Ця розсилка вже закінчилася.
