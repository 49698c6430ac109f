# Polku — українська: зустрічі з консультантом.

## How and where

appointment-mode-in_person = Особисто
appointment-mode-phone = Телефоном
appointment-mode-video = Відеодзвінок
appointment-place-unknown = місце скаже ваш консультант
appointment-how = { $mode }: { $place }
appointment-ics-summary = Зустріч із консультантом: { $counsellor }

## Notices

appointment-booked =
    📅 У вас зустріч із консультантом: { $counsellor }.
    🕘 { $when }
    { $mode }: { $place }
appointment-booked-counsellor =
    📅 Нова зустріч: { $learner }.
    🕘 { $when }
    { $mode }: { $place }
appointment-moved =
    📅 Новий час вашої зустрічі з консультантом: { $counsellor }.
    🕘 { $when } (раніше: { $previous })
    { $mode }: { $place }
appointment-moved-counsellor =
    📅 Новий час зустрічі: { $learner }.
    🕘 { $when } (раніше: { $previous })
    { $mode }: { $place }
appointment-cancelled =
    ❌ Скасовано: ваша зустріч із консультантом ({ $counsellor }) { $when }.
    Причина: { $reason }
appointment-cancelled-counsellor =
    ❌ Скасовано: зустріч зі слухачем ({ $learner }) { $when }.
    Причина: { $reason }

## Reasons for a cancellation

appointment-reason-learner = слухач скасував зустріч
appointment-reason-ill = хвороба
appointment-reason-counsellor_away = консультант не може прийти
appointment-reason-not_needed = зустріч не потрібна
appointment-reason-other = інша причина

## Problems

appointment-error = Ви не можете так змінити цю зустріч.
appointment-slot-taken = Вибачте, цей час щойно зайняли. Будь ласка, виберіть інший час.
appointment-slot-unavailable = Ви не можете записатися на цей час. Будь ласка, виберіть інший час.
appointment-no-counsellor = Зараз у вас немає консультанта. Ми повідомимо вам, коли він з'явиться.
appointment-not-found = Я не можу знайти цю зустріч.
appointment-closed = Ця зустріч уже закінчилася, або її хтось скасував.
appointment-not-started = Зустріч ще не почалася.

## Booking in the chat

appointment-book-button = 📅 Записатися на зустріч
appointment-choose-day = Коли ви можете прийти? Виберіть день.
appointment-choose-day-move =
    Зараз ваша зустріч: { $when }.
    Виберіть новий день.
appointment-day-button = { $day }
appointment-choose-time = Виберіть час: { $day }.
appointment-time-button = { $time }
appointment-other-day = ◀️ Інший день
appointment-other-time = 🔁 Інший час
appointment-no-free-times = Зараз вільного часу немає. Будь ласка, спробуйте пізніше або запитайте консультанта.
appointment-stale = Ця кнопка застаріла. Ось вільний час зараз.
appointment-day-gone = У цей день більше немає вільного часу. Будь ласка, виберіть інший день.
appointment-time-gone = Цей час уже зайнятий. Будь ласка, виберіть інший час.
appointment-confirm =
    Записатися на цю зустріч?
    🕘 { $when }
    { $mode }: { $place }
appointment-confirm-move =
    Перенести вашу зустріч на цей час?
    🕘 { $when } (зараз: { $previous })
    { $mode }: { $place }
appointment-confirm-for =
    Записати на зустріч: { $learner }?
    🕘 { $when }
    { $mode }: { $place }
appointment-yes = ✅ Так
appointment-done =
    ✅ Я записав вас на зустріч.
    🕘 { $when }
    { $mode }: { $place }
    Я нагадаю вам про зустріч заздалегідь.
appointment-moved-done =
    ✅ У вашої зустрічі новий час.
    🕘 { $when }
    { $mode }: { $place }
appointment-done-for =
    ✅ Зустріч призначено: { $learner }.
    🕘 { $when }
    { $mode }: { $place }
appointment-ics-caption = 📎 Ваша зустріч: { $when }. Відкрийте файл, щоб додати зустріч у календар телефону.
appointment-ics-cancel-caption = 📎 Вашу зустріч { $when } скасовано. Відкрийте файл, щоб видалити її з календаря в телефоні.

## Your meetings

appointment-list =
    <b>Ваші зустрічі</b>

    { $lines }
appointment-line = 🕘 { $when } – { $mode }: { $place }
appointment-none = У вас немає запланованих зустрічей.
appointment-move-button = 🔁 Перенести: { $day } { $time }
appointment-cancel-button = ❌ Скасувати: { $day } { $time }
appointment-list-counsellor =
    <b>Ваші зустрічі</b>

    { $lines }
appointment-line-counsellor = 🕘 { $when } – { $learner } ({ $mode })
appointment-none-counsellor = У вас немає запланованих зустрічей.
appointment-cancel-for-button = ❌ { $learner } { $day } { $time }
appointment-cancel-confirm = Скасувати вашу зустріч { $when }?
appointment-cancel-yes = ❌ Скасувати зустріч
appointment-cancel-no = Залишити
appointment-cancel-done = Я скасував вашу зустріч { $when }. Консультант знає про це.
appointment-cancel-why = Чому ви скасовуєте зустріч { $when }? Слухач: { $learner }.
appointment-why-ill = Хвороба
appointment-why-away = Я не можу прийти
appointment-why-not-needed = Не потрібна
appointment-why-other = Інша причина
appointment-cancel-done-counsellor = Я скасував зустріч { $when } зі слухачем ({ $learner }). Я повідомив про це слухача.
appointment-question = Свої зустрічі можна подивитися командою /appointments. Щоб записатися на нову зустріч, напишіть /book.

## Reminders

appointment-reminder-24h =
    📅 Нагадування: завтра у вас зустріч із консультантом: { $counsellor }.
    🕘 { $when }
    { $mode }: { $place }
appointment-reminder-2h =
    📅 Ваша зустріч із консультантом ({ $counsellor }) почнеться через дві години.
    🕘 { $when }
    { $mode }: { $place }
appointment-coming = 👍 Я прийду
appointment-not-coming = Я не зможу прийти
appointment-coming-thanks = Дякую! До зустрічі.
appointment-not-coming-reply = Дякую, що повідомили. Консультант знає про це. Хочете вибрати інший час чи скасувати зустріч { $when }?
appointment-not-coming-counsellor = ⚠️ { $learner } не зможе прийти на зустріч { $when }.

## After the meeting

appointment-outcome-question = Як пройшла зустріч { $when }? Слухач: { $learner }.
appointment-met = ✅ Зустріч була
appointment-no-show = ❌ Слухача не було
appointment-marked-met = ✅ Позначено: зустріч { $when } була. Слухач: { $learner }.
appointment-marked-no-show = ❌ Позначено: на зустрічі { $when } слухача не було. Слухач: { $learner }.

## In the plan

plan-meeting-none = 📅 Зустріч не призначено.
plan-meeting-next = 📅 Наступна зустріч: { $when }
