# Polku — русский: часы консультанта для встреч (/availability).
# [1] is the exact number one; the plural category one is also 21, 31...

command-availability = Ваши часы для встреч

## The view

availability-view =
    <b>Ваши часы для встреч</b>

    { $lines }
availability-none = У вас пока нет часов для встреч. Учащиеся не смогут записаться, пока вы их не добавите.
availability-line-weekly = { $number }. { $day } { $start }–{ $end } · { $length } мин + { $buffer } мин · { $mode }{ $place }
availability-line-off = { $number }. { $day }: выходной
availability-line-extra = { $number }. { $day } { $start }–{ $end } (дополнительно) · { $length } мин + { $buffer } мин · { $mode }{ $place }
availability-place = : { $place }
availability-remove-button = 🗑 Удалить { $number }
availability-add-weekly-button = ➕ Часы на каждую неделю
availability-add-off-button = 🌴 Выходной день
availability-add-extra-button = ➕ Дополнительные часы в один день
availability-show-button = 📅 Ваши часы для встреч
availability-removed = Я удалил эти часы. Встречи, на которые уже записались, остаются.

## The questions

option-days-mon = Понедельник
option-days-tue = Вторник
option-days-wed = Среда
option-days-thu = Четверг
option-days-fri = Пятница
option-days-sat = Суббота
option-days-sun = Воскресенье
option-length-45 = 45 мин (обычно)
option-length-30 = 30 мин
option-length-60 = 60 мин
option-length-90 = 90 мин
option-buffer-15 = 15 мин (обычно)
option-buffer-0 = 0 мин (без перерыва)
option-buffer-10 = 10 мин
option-buffer-30 = 30 мин
availability-ask-days = В какие дни вы встречаетесь с учащимися? Выберите дни и нажмите «Готово».
availability-ask-extra-day = В какой день у вас дополнительные часы? Напишите дату, например 31.12.2026.
availability-ask-off-day = В какой день вас не будет? Напишите дату, например 31.12.2026.
availability-ask-start = С какого времени? Например, 9 или 9.30.
availability-ask-end = До какого времени? (Начало: { $start }.) Например, 12 или 15.30.
availability-ask-length = Сколько длится одна встреча?
availability-ask-buffer = Какой перерыв между встречами?
availability-ask-mode = Как вы встречаетесь?
availability-ask-place = Где вы встречаетесь? Напишите место, например «Кабинет 2», или пропустите этот вопрос.
availability-ask-link = Напишите ссылку на видеозвонок, например https://meet.example.fi/mikko
availability-confirm-weekly =
    Сохранить эти часы?
    📅 { $days }
    🕘 { $start }–{ $end }
    Встреча: { $length }. Перерыв: { $buffer } · { $mode }
availability-confirm-extra =
    Сохранить эти дополнительные часы?
    📅 { $day }
    🕘 { $start }–{ $end }
    Встреча: { $length }. Перерыв: { $buffer } · { $mode }
availability-saved = ✅ Я сохранил. Теперь учащиеся могут записаться на это время.
availability-off-saved =
    ✅ Я сохранил: в этот день вас не будет.
    { $count ->
        [0] На этот день встреч не было.
        [1] На этот день осталась одна встреча. Отмените её командой /appointments.
        [one] На этот день осталась { $count } встреча. Отмените их командой /appointments.
        [few] На этот день остались { $count } встречи. Отмените их командой /appointments.
        [many] На этот день осталось { $count } встреч. Отмените их командой /appointments.
       *[other] На этот день осталось { $count } встречи. Отмените их командой /appointments.
    }
availability-not-saved = Я ничего не сохранил.

## Problems

availability-invalid-time = Пожалуйста, напишите время, например 9, 9.30 или 14:00.
availability-invalid-end = Конец должен быть позже начала ({ $start }). Пожалуйста, напишите более позднее время.
availability-invalid-length = Встреча не помещается в эти часы ({ $minutes } мин). Пожалуйста, выберите более короткую встречу.
availability-invalid-place = Пожалуйста, напишите место короче. Максимум знаков: { $limit }.
availability-invalid-link = Пожалуйста, напишите ссылку полностью. Она начинается с https://
availability-invalid-day = Пожалуйста, напишите день: не раньше сегодняшнего и не позже чем через год.
