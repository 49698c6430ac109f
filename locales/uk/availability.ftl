# Polku — українська: години консультанта для зустрічей (/availability).

command-availability = Ваші години для зустрічей

## The view

availability-view =
    <b>Ваші години для зустрічей</b>

    { $lines }
availability-none = У вас ще немає годин для зустрічей. Слухачі не можуть записатися, поки ви їх не додасте.
availability-line-weekly = { $number }. { $day } { $start }–{ $end } · { $length } хв + { $buffer } хв · { $mode }{ $place }
availability-line-off = { $number }. { $day }: вихідний
availability-line-extra = { $number }. { $day } { $start }–{ $end } (додатково) · { $length } хв + { $buffer } хв · { $mode }{ $place }
availability-place = : { $place }
availability-remove-button = 🗑 Видалити { $number }
availability-add-weekly-button = ➕ Години щотижня
availability-add-off-button = 🌴 Вихідний день
availability-add-extra-button = ➕ Додаткові години в один день
availability-show-button = 📅 Ваші години для зустрічей
availability-removed = Я видалив ці години. Зустрічі, на які слухачі вже записалися, залишаються.

## The questions

option-days-mon = Понеділок
option-days-tue = Вівторок
option-days-wed = Середа
option-days-thu = Четвер
option-days-fri = П'ятниця
option-days-sat = Субота
option-days-sun = Неділя
option-length-45 = 45 хв (зазвичай)
option-length-30 = 30 хв
option-length-60 = 60 хв
option-length-90 = 90 хв
option-buffer-15 = 15 хв (зазвичай)
option-buffer-0 = 0 хв (без перерви)
option-buffer-10 = 10 хв
option-buffer-30 = 30 хв
availability-ask-days = У які дні ви зустрічаєтеся зі слухачами? Виберіть дні й натисніть «Готово».
availability-ask-extra-day = У який день у вас додаткові години? Напишіть дату, наприклад 31.12.2026.
availability-ask-off-day = У який день вас не буде? Напишіть дату, наприклад 31.12.2026.
availability-ask-start = З якої години? Наприклад 9 або 9.30.
availability-ask-end = До якої години? (Початок: { $start }.) Наприклад 12 або 15.30.
availability-ask-length = Скільки триває одна зустріч?
availability-ask-buffer = Яка перерва між зустрічами?
availability-ask-mode = Як ви зустрічаєтеся?
availability-ask-place = Де ви зустрічаєтеся? Напишіть місце, наприклад «Кімната 2». Або натисніть «Пропустити».
availability-ask-link = Напишіть посилання на відеодзвінок, наприклад https://meet.example.fi/mikko
availability-confirm-weekly =
    Зберегти ці години?
    📅 { $days }
    🕘 { $start }–{ $end }
    Зустріч: { $length }, перерва: { $buffer } · { $mode }
availability-confirm-extra =
    Зберегти ці додаткові години?
    📅 { $day }
    🕘 { $start }–{ $end }
    Зустріч: { $length }, перерва: { $buffer } · { $mode }
availability-saved = ✅ Я зберіг. Тепер слухачі можуть записатися на ці години.
availability-off-saved =
    ✅ Я зберіг: цього дня вас не буде.
    { $count ->
        [0] На цей день немає зустрічей.
        [1] На цей день є одна зустріч. Скасуйте її в /appointments.
        [one] На цей день є { $count } зустріч. Скасуйте їх в /appointments.
        [few] На цей день є { $count } зустрічі. Скасуйте їх в /appointments.
        [many] На цей день є { $count } зустрічей. Скасуйте їх в /appointments.
       *[other] На цей день є { $count } зустрічі. Скасуйте їх в /appointments.
    }
availability-not-saved = Я нічого не зберіг.

## Problems

availability-invalid-time = Будь ласка, напишіть час, наприклад 9, 9.30 або 14:00.
availability-invalid-end = Кінець має бути пізніше за початок ({ $start }). Будь ласка, напишіть пізніший час.
availability-invalid-length = Зустріч не вміщається в ці години ({ $minutes } хв). Будь ласка, виберіть коротшу зустріч.
availability-invalid-place = Будь ласка, напишіть місце коротше (не більше { $limit } символів).
availability-invalid-link = Будь ласка, напишіть повне посилання. Воно починається з https://
availability-invalid-day = Будь ласка, напишіть дату від сьогодні до одного року вперед.
