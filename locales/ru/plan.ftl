# Polku — русский: личные планы и напоминания о них.

## Step types: a short name, and a plain explanation for the learner

step-type-language_course = Курс финского языка
step-type-language_course-about = Курс финского языка поможет вам в жизни и на работе. Консультант поможет вам найти подходящий курс.
step-type-vocational_application = Заявление в профессиональное училище
step-type-vocational_application-about = В профессиональном училище вы учитесь профессии. Вы подаёте заявление по форме, обычно в интернете. Консультант может помочь вам заполнить форму.
step-type-cv = Резюме
step-type-cv-about = Резюме — это короткий документ о вашей учёбе, работе и навыках. Работодатели читают его, когда вы ищете работу.
step-type-job_application = Заявка на работу
step-type-job_application-about = Вы подаёте заявку на работу. Вы отправляете резюме и короткое письмо или заполняете форму.
step-type-employment_office = Визит в службу занятости
step-type-employment_office-about = В службе занятости вы говорите о поиске работы и о своём плане.
step-type-work_tryout = Пробная работа
step-type-work_tryout-about = На пробной работе вы какое-то время работаете на настоящем рабочем месте. Вы учитесь и смотрите, подходит ли вам эта работа.
step-type-social_worker = Встреча с социальным работником
step-type-social_worker-about = Социальный работник помогает с деньгами, жильём, семьёй и другими делами в жизни.
step-type-health_check = Проверка здоровья
step-type-health_check-about = Медсестра или врач проверяет ваше здоровье. Это помогает спланировать вашу учёбу и работу.
step-type-document = Документ, который нужно принести
step-type-document-about = Принесите этот документ с собой. Если у вас его нет, скажите консультанту.
step-type-counsellor_meeting = Встреча с консультантом
step-type-counsellor_meeting-about = Вы встречаетесь со своим консультантом и говорите о своём плане.
step-type-other = Другое задание
step-type-other-about = Консультант скажет вам, что нужно сделать.

## Steps in a list

plan-line-todo = { $number }. <b>{ $type }</b> – { $due }{ $details }
plan-line-done = { $number }. ✅ <s>{ $type }</s> – { $due }
plan-line-skipped = { $number }. ➖ <s>{ $type }</s> – { $due }
plan-no-date = без даты
plan-place = {"\u000A"}   📍 { $place }
plan-note = {"\u000A"}   📝 { $note }
plan-no-path = путь ещё не выбран
plan-no-next = открытых шагов нет

## The learner's plan

plan-learner-view =
    <b>Ваш план</b> ({ $path })

    { $lines }
    { $meeting }

    Когда вы сделаете шаг, нажмите его кнопку.
plan-learner-empty = Ваш консультант ещё составляет ваш план. Я сообщу вам, когда план будет готов.
plan-learner-not-accepted = У вас нет плана в Polku: Центр навыков для мигрантов не смог вас принять. Если вы ошиблись в ответе, напишите /intake и начните заново.
plan-done-button = ✅ { $number }. { $type }: сделано
# A short note on the button (plain text).
plan-done-thanks = Отлично! Ваш консультант это увидит.
plan-done-well-done = Отлично!
# [1] is the exact number one; the plural category one is also 21, 31...
plan-ready =
    Ваш консультант подтвердил ваш план: { $count ->
        [1] один шаг
        [one] { $count } шаг
        [few] { $count } шага
        [many] { $count } шагов
       *[other] { $count } шага
    }. Первый шаг: <b>{ $first }</b> ({ $due }). Напишите /plan, чтобы посмотреть план. Я буду заранее напоминать вам о каждом шаге.
plan-need-help = Мне нужна помощь
plan-help-sent = Я сообщил вашему консультанту, что вам нужна помощь. Консультант свяжется с вами.
plan-help-already-sent = Ваш консультант уже знает, что вам нужна помощь. Консультант свяжется с вами.
plan-help-nobody = Извините, я не смог никому сообщить. Сейчас у вас нет консультанта в Polku. Пожалуйста, обратитесь в офис Центра.

## Reminders

reminder-step =
    { $days ->
        [0] <b>Сегодня:</b> { $type }
        [1] <b>Завтра:</b> { $type }
        [one] <b>Через { $days } день:</b> { $type }
        [few] <b>Через { $days } дня:</b> { $type }
        [many] <b>Через { $days } дней:</b> { $type }
       *[other] <b>Через { $days } дней:</b> { $type }
    }
    🗓 { $due }{ $details }
reminder-overdue =
    <b>{ $type }</b>: срок был { $due }. Как идут дела?
    Если вы всё сделали, нажмите «Готово». Если что-то трудно, нажмите «Мне нужна помощь».{ $details }

## Counsellors: learners and plans

learners-list =
    <b>Ваши учащиеся</b>

    { $lines }
learners-line = <b>{ $name }</b> · { $path } · дальше: { $next } · последняя активность: { $seen }
learners-none = У вас пока нет учащихся. Пригласите учащегося командой /invite.
learners-button = { $name }
plan-counsellor-view =
    <b>План: { $name }</b> ({ $path }){ $status ->
        [unconfirmed] {"\u000A"}Это предложение. Учащийся увидит план, когда вы его подтвердите.
       *[confirmed] {""}
    }

    { $lines }
    { $meeting }
plan-counsellor-empty =
    <b>План: { $name }</b> ({ $path })
    В плане пока нет шагов.
    { $meeting }
plan-step-button = { $number }. { $type }
plan-add = ➕ Добавить шаг
plan-confirm = ✔️ Подтвердить план
plan-confirmed-told = План подтверждён. Я сообщил об этом учащемуся: { $name }.
plan-open = Открыть план
plan-step-menu =
    { $name }:
    { $line }
plan-mark-done = ✅ Сделано
plan-mark-todo = ↩️ Не сделано
plan-skip = ➖ Пропустить
plan-up = ⬆️ Выше
plan-down = ⬇️ Ниже
plan-change-date = 🗓 Изменить дату
plan-remove = 🗑 Удалить
plan-remove-yes = 🗑 Да, удалить
plan-remove-confirm = Удалить этот шаг? { $line }
plan-back-to-plan = ← Назад к плану
plan-add-type = Какой это шаг?
plan-add-due = Какой срок? Напишите дату, например 31.12.2026. Можно добавить время, например 31.12.2026 14:30. Если даты нет, нажмите «Пропустить».
plan-add-place = Где? Напишите место или ссылку. Если места нет, нажмите «Пропустить».
plan-add-note = Что ещё нужно знать учащемуся? Напишите короткую заметку или нажмите «Пропустить».
plan-step-added = Я добавил шаг. Учащийся будет получать напоминания перед этой датой.
plan-date-changed = Я изменил дату. Напоминания придут по новой дате.
plan-date-removed = Я удалил дату. Напоминаний об этом шаге теперь нет.
plan-step-added-no-date = Я добавил шаг. У него нет даты, поэтому напоминаний не будет.

## Notices to counsellors

notice-plan-proposed = Я составил начальный план для учащегося: <b>{ $name }</b>. Пожалуйста, проверьте и подтвердите его или измените.
notice-steps-done =
    Ваши учащиеся отметили выполненные шаги:
    { $lines }
notice-step-done-line = ✅ <b>{ $name }</b>: { $type }
notice-needs-help = <b>{ $name }</b>: нужна помощь с шагом «{ $type }». Пожалуйста, свяжитесь с учащимся.
