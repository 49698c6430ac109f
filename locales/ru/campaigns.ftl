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
campaign-state-draft = черновик
campaign-state-scheduled = запланирована
campaign-state-sending = отправляется
campaign-state-done = отправлена
campaign-state-cancelled = отменена
campaign-list-empty = Рассылок пока нет. Нажмите «Новая рассылка» или используйте командную строку: polku campaign create FILE.yml
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
campaign-scheduled = Рассылка «{ $name }» подтверждена. Я отправлю её в выбранное вами время. Когда она будет отправлена, вы получите отчёт.
campaign-sending-now = Рассылка «{ $name }» подтверждена. Я отправляю её сейчас. Когда она будет отправлена, вы получите отчёт.
campaign-cancelled = Я отменил рассылку «{ $name }». Сообщений, которые я не отправлю: { $count }.

# $in_doubt: nothing, or one more line (campaign-report-in-doubt) when some messages
# may have arrived: a request was on its way when something went wrong.
campaign-report =
    Отчёт: { $name }
    Учащихся: { $audience }
    Отправлено: { $sent }. Не удалось отправить: { $failed }. Заблокировали бота: { $blocked }. Отключили сообщения: { $muted }. Ждут отправки: { $pending }.{ $in_doubt }
    { $languages }
    Ответы:
    { $answers }
campaign-report-language = { $language }: отправлено { $sent } из { $total }
campaign-report-answer = Кнопка { $number }: { $count }
campaign-report-no-answers = Ответов пока нет.
campaign-report-in-doubt = {"\u000A"}{ $count ->
        [1] Одно сообщение, возможно, дошло. Во время отправки у меня была проблема, поэтому я не знаю точно. Я не буду отправлять его снова.
        [one] { $count } сообщение, возможно, дошло. Во время отправки у меня была проблема, поэтому я не знаю точно. Я не буду отправлять его снова.
        [few] { $count } сообщения, возможно, дошли. Во время отправки у меня была проблема, поэтому я не знаю точно. Я не буду отправлять их снова.
        [many] { $count } сообщений, возможно, дошли. Во время отправки у меня была проблема, поэтому я не знаю точно. Я не буду отправлять их снова.
       *[other] { $count } сообщений, возможно, дошли. Во время отправки у меня была проблема, поэтому я не знаю точно. Я не буду отправлять их снова.
    }

campaign-error = Вы не можете сейчас изменить эту рассылку.
campaign-error-not_draft = Эту рассылку уже кто-то отправил или отменил.
campaign-error-finished = Эта рассылка уже закончилась.
## The guided dialogue: a new campaign (/campaign, "New campaign")

campaign-new-button = ➕ Новая рассылка
campaign-new-name = Новая рассылка. Как она называется? Название видят только сотрудники.
campaign-new-audience =
    Кто её получит? Выберите фильтр или нажмите «Готово». Без фильтра рассылку получат все учащиеся.
    Путь: { $path }
    Этап: { $status }
    Консультант: { $counsellor }
    Язык: { $language }
    Невыполненный шаг плана: { $step }
    Последняя активность: { $active }
campaign-filter-path = Путь
campaign-filter-status = Этап
campaign-filter-counsellor = Консультант
campaign-filter-language = Язык
campaign-filter-step = Невыполненный шаг плана
campaign-filter-active = Последняя активность
campaign-filter-done = ✓ Готово
campaign-new-path = Учащиеся на каком пути? Выберите и нажмите «Готово». «Пропустить» убирает этот фильтр.
campaign-new-status = Учащиеся на каком этапе? Выберите и нажмите «Готово». «Пропустить» убирает этот фильтр.
campaign-new-counsellor = Учащиеся какого консультанта? Выберите и нажмите «Готово». «Пропустить» убирает этот фильтр.
campaign-new-language = На каком языке учащиеся читают Polku? Выберите и нажмите «Готово». «Пропустить» убирает этот фильтр.
campaign-new-step = Какой шаг плана учащиеся ещё не сделали? Выберите и нажмите «Готово». «Пропустить» убирает этот фильтр.
campaign-new-active = Когда учащиеся были активны в последний раз? «Пропустить» убирает этот фильтр.
campaign-status-new = Новые, анкета не заполнена
campaign-status-intake_done = Анкета заполнена
campaign-status-plan_confirmed = План подтверждён
campaign-option-counsellor = { $name }
campaign-active-active_7 = Активны последние 7 дней
campaign-active-active_30 = Активны последние 30 дней
campaign-active-inactive_14 = Не активны 14 дней
campaign-active-inactive_30 = Не активны 30 дней
campaign-new-fallback = Теперь сообщение. Сначала основной язык: этот текст получат учащиеся, для языка которых текста нет. Какой язык?
campaign-new-text =
    Напишите сообщение на языке: { $language }. Можно использовать эти слова: {"{"}first_name{"}"} (имя), {"{"}counsellor_name{"}"} (имя консультанта), {"{"}date{"}"} (сегодняшняя дата). Каждый учащийся увидит свои данные.
campaign-new-buttons = Кнопки для ответа на языке: { $language }. Их можно пропустить. Напишите до 3 надписей, каждую на новой строке. Я посчитаю ответы учащихся.
campaign-new-other-buttons = Те же кнопки для ответа на языке: { $language }. Каждая надпись на новой строке, в том же порядке.
campaign-new-more = Добавить сообщение на другом языке?
campaign-more-add = ➕ Другой язык
campaign-more-done = ✓ Готово
campaign-new-other-language = Какой язык?
campaign-new-schedule = Когда отправить рассылку?
campaign-schedule-now = Сейчас
campaign-schedule-at = В определённый день и час
campaign-schedule-daily = Каждый день
campaign-schedule-weekly = Каждую неделю
campaign-new-send-at = Напишите дату и время так: 31.12.2026 14:30.
campaign-new-until = Какой последний день? Напишите его так: 31.1.2027.
campaign-new-too-long = Это слишком длинно. Максимум знаков: { $limit }.
campaign-new-bad-placeholder = Я не знаю одно из слов в фигурных скобках. Используйте {"{"}first_name{"}"} (имя), {"{"}counsellor_name{"}"} (имя консультанта) или {"{"}date{"}"} (сегодняшняя дата). Для фигурной скобки напишите {"{{"}.
campaign-new-bad-buttons = Напишите от 1 до { $most } надписей, каждую на новой строке. Максимум знаков в надписи: { $limit }.
campaign-new-buttons-count = Напишите столько надписей, сколько в основном языке: { $count }. Каждую надпись пишите на новой строке.
campaign-new-language-given = Это основной язык, текст на нём уже есть. Выберите другой язык.
campaign-new-need-time = Пожалуйста, добавьте и время, например так: 31.12.2026 14:30.
campaign-new-past = Это время уже прошло. Пожалуйста, выберите более позднее время.
campaign-new-until-early = Последний день не может быть раньше первого.
campaign-new-failed = Извините, я не смог сохранить эту рассылку. Пожалуйста, начните заново командой /campaign.
campaign-new-saved = Я сохранил рассылку «{ $name }». { $schedule } Проверьте предпросмотр и подтвердите.
campaign-when-now = Я отправлю её сразу, как только вы подтвердите.
campaign-when-at = Я отправлю её: { $when }.
campaign-when-daily = Я буду отправлять её каждый день. Начало: { $when }. Последний день: { $until }.
campaign-when-weekly = Я буду отправлять её каждую неделю. Начало: { $when }. Последний день: { $until }.
