## Campaigns: reminders a coordinator sends to a group of learners

command-campaign = Отправить напоминания группам учащихся

# The coordinator's own text, in the learner's language (or the fallback language).
campaign-message = { $text }
campaign-answer = { $label }
campaign-mute = 🔕 Не получать такие сообщения
campaign-muted = Вы больше не будете получать эти сообщения для групп. Напоминания о вашем плане и ваших встречах будут приходить как раньше.
campaign-answer-thanks = Спасибо, я сохранил ваш ответ.

campaign-list =
    Ваши рассылки:
    { $lines }
campaign-list-line = { $id }. { $name } ({ $status })
campaign-list-empty = Рассылок пока нет. Создайте рассылку в командной строке: polku campaign create FILE.yml
campaign-button-show = Рассылка { $id }
campaign-button-send = Отправить
campaign-button-confirm = Да, отправить
campaign-button-cancel = Отменить рассылку

campaign-preview =
    Рассылка { $id }: { $name } ({ $status })
    Учащихся: { $count }
    { $languages }
    Получат текст на языке { $fallback_language }, потому что текста на их языке нет: { $fallback }.
    Отключили эти сообщения: { $muted }. Заблокировали бота: { $blocked }.
campaign-preview-language = { $language }: { $count } (на запасном языке: { $fallback })
campaign-example =
    Пример на языке { $language }:
    { $text }
campaign-confirm = { $count ->
        [one] Отправить эту рассылку { $count } учащемуся?
        [few] Отправить эту рассылку { $count } учащимся?
        [many] Отправить эту рассылку { $count } учащимся?
       *[other] Отправить эту рассылку { $count } учащимся?
    }
campaign-scheduled = Я отправляю рассылку «{ $name }». Когда я закончу, вы получите отчёт.
campaign-cancelled = Я отменил рассылку «{ $name }». Сообщений, которые я не отправлю: { $count }.

campaign-report =
    Отчёт: { $name }
    Учащихся: { $audience }
    Отправлено: { $sent }. Не удалось отправить: { $failed }. Заблокировали бота: { $blocked }. Отключили сообщения: { $muted }. Ждут отправки: { $pending }.
    { $languages }
    Ответы:
    { $answers }
campaign-report-language = { $language }: отправлено { $sent } из { $total }
campaign-report-answer = Кнопка { $number }: { $count }
campaign-report-no-answers = Ответов пока нет.

campaign-error = Вы не можете сейчас изменить эту рассылку.
campaign-error-not_draft = Эту рассылку уже кто-то отправил или отменил.
campaign-error-finished = Эта рассылка уже закончилась.
