# Polku — русский: встречи с консультантом.

## How and where

appointment-mode-in_person = Лично
appointment-mode-phone = По телефону
appointment-mode-video = Видеозвонок
appointment-place-unknown = место скажет ваш консультант
appointment-how = { $mode }: { $place }
appointment-ics-summary = Встреча с консультантом: { $counsellor }

## Notices

appointment-booked =
    📅 У вас встреча с консультантом: { $counsellor }.
    🕘 { $when }
    { $mode }: { $place }
appointment-booked-counsellor =
    📅 Новая встреча: { $learner }.
    🕘 { $when }
    { $mode }: { $place }
appointment-moved =
    📅 Новое время вашей встречи с консультантом: { $counsellor }.
    🕘 { $when } (раньше: { $previous })
    { $mode }: { $place }
appointment-moved-counsellor =
    📅 Новое время встречи: { $learner }.
    🕘 { $when } (раньше: { $previous })
    { $mode }: { $place }
appointment-cancelled =
    ❌ Отменена: ваша встреча с консультантом ({ $counsellor }) { $when }.
    Причина: { $reason }
appointment-cancelled-counsellor =
    ❌ Отменена: встреча с учащимся ({ $learner }) { $when }.
    Причина: { $reason }

## Reasons for a cancellation

appointment-reason-learner = учащийся отменил встречу
appointment-reason-ill = болезнь
appointment-reason-counsellor_away = консультант не может прийти
appointment-reason-not_needed = встреча не нужна
appointment-reason-other = другая причина

## Problems

appointment-error = Вы не можете так изменить эту встречу.
appointment-slot-taken = Извините, это время только что заняли. Пожалуйста, выберите другое время.
appointment-slot-unavailable = Вы не можете записаться на это время. Пожалуйста, выберите другое время.
appointment-no-counsellor = Сейчас у вас нет консультанта. Мы сообщим вам, когда он появится.
appointment-not-found = Я не могу найти эту встречу.
appointment-closed = Эта встреча уже закончилась, или её кто-то отменил.
appointment-not-started = Встреча ещё не началась.

## Booking in the chat

appointment-book-button = 📅 Записаться на встречу
appointment-choose-day = Когда вы можете прийти? Выберите день.
appointment-choose-day-move =
    Сейчас ваша встреча: { $when }.
    Выберите новый день.
appointment-day-button = { $day }
appointment-choose-time = Выберите время: { $day }.
appointment-time-button = { $time }
appointment-other-day = ◀️ Другой день
appointment-other-time = 🔁 Другое время
appointment-no-free-times = Сейчас свободного времени нет. Пожалуйста, попробуйте позже или спросите консультанта.
appointment-stale = Эта кнопка устарела. Вот свободное время сейчас.
appointment-day-gone = В этот день больше нет свободного времени. Пожалуйста, выберите другой день.
appointment-time-gone = Это время уже занято. Пожалуйста, выберите другое время.
appointment-confirm =
    Записаться на эту встречу?
    🕘 { $when }
    { $mode }: { $place }
appointment-confirm-move =
    Перенести вашу встречу на это время?
    🕘 { $when } (сейчас: { $previous })
    { $mode }: { $place }
appointment-confirm-for =
    Записать на встречу: { $learner }?
    🕘 { $when }
    { $mode }: { $place }
appointment-yes = ✅ Да
appointment-done =
    ✅ Я записал вас на встречу.
    🕘 { $when }
    { $mode }: { $place }
    Я напомню вам о встрече заранее.
appointment-moved-done =
    ✅ У вашей встречи новое время.
    🕘 { $when }
    { $mode }: { $place }
appointment-done-for =
    ✅ Встреча назначена: { $learner }.
    🕘 { $when }
    { $mode }: { $place }
appointment-ics-caption = 📎 Ваша встреча: { $when }. Откройте файл, чтобы добавить встречу в календарь телефона.
appointment-ics-cancel-caption = 📎 Ваша встреча отменена: { $when }. Откройте файл, чтобы удалить встречу из календаря телефона.

## Your meetings

appointment-list =
    <b>Ваши встречи</b>

    { $lines }
appointment-line = 🕘 { $when } – { $mode }: { $place }
appointment-none = У вас нет запланированных встреч.
appointment-move-button = 🔁 Перенести: { $day } { $time }
appointment-cancel-button = ❌ Отменить: { $day } { $time }
appointment-list-counsellor =
    <b>Ваши встречи</b>

    { $lines }
appointment-line-counsellor = 🕘 { $when } – { $learner } ({ $mode })
appointment-none-counsellor = У вас нет запланированных встреч.
appointment-cancel-for-button = ❌ { $learner } { $day } { $time }
appointment-cancel-confirm = Отменить вашу встречу { $when }?
appointment-cancel-yes = ❌ Отменить встречу
appointment-cancel-no = Оставить
appointment-cancel-done = Я отменил вашу встречу { $when }. Ваш консультант знает об этом.
appointment-cancel-why = Почему вы отменяете встречу { $when }? Учащийся: { $learner }.
appointment-why-ill = Болезнь
appointment-why-away = Я не могу прийти
appointment-why-not-needed = Не нужна
appointment-why-other = Другая причина
appointment-cancel-done-counsellor = Я отменил встречу { $when } с учащимся ({ $learner }). Я сообщил об этом учащемуся.
appointment-question = Ваши встречи можно посмотреть командой /appointments. Чтобы записаться на новую встречу, напишите /book.

## Reminders

appointment-reminder-24h =
    📅 Напоминание: завтра у вас встреча с консультантом: { $counsellor }.
    🕘 { $when }
    { $mode }: { $place }
appointment-reminder-2h =
    📅 Ваша встреча с консультантом ({ $counsellor }) начнётся через два часа.
    🕘 { $when }
    { $mode }: { $place }
appointment-coming = 👍 Я приду
appointment-not-coming = Я не смогу прийти
appointment-coming-thanks = Спасибо! До встречи.
appointment-not-coming-reply = Спасибо, что сообщили. Консультант знает об этом. Хотите выбрать другое время или отменить встречу { $when }?
appointment-not-coming-counsellor = ⚠️ { $learner } не сможет прийти на встречу { $when }.

## After the meeting

appointment-outcome-question = Как прошла встреча { $when }? Учащийся: { $learner }.
appointment-met = ✅ Встреча была
appointment-no-show = ❌ Учащегося не было
appointment-marked-met = ✅ Отмечено: встреча { $when } была. Учащийся: { $learner }.
appointment-marked-no-show = ❌ Отмечено: на встрече { $when } учащегося не было. Учащийся: { $learner }.

## In the plan

plan-meeting-none = 📅 Встреча не назначена.
plan-meeting-next = 📅 Следующая встреча: { $when }
