# Polku — русский: общие слова диалогов и анкета (intake).

## Buttons and answers that every question shares

dialogue-yes = Да
dialogue-no = Нет
dialogue-done = Готово
dialogue-skip = Пропустить
dialogue-back = ← Назад
dialogue-continue = Дальше
dialogue-no-answer = –
# A question once answered: its text, then the answer (the buttons are gone).
dialogue-answered =
    { $question }

    ✅ { $answer }
dialogue-use-buttons = Пожалуйста, ответьте кнопкой.
dialogue-invalid-empty = Я не получил ответа. Пожалуйста, попробуйте ещё раз.
dialogue-invalid-long = Ответ слишком длинный. Пожалуйста, ответьте коротко.
dialogue-invalid-text = Пожалуйста, ответьте словами, а не только значками.
dialogue-invalid-number = Пожалуйста, напишите число, например 3.
dialogue-invalid-year = Пожалуйста, напишите год четырьмя цифрами, например 1990.
dialogue-invalid-date = Пожалуйста, напишите дату так: 31.12.2026.
dialogue-invalid-date-past = Эта дата уже прошла. Пожалуйста, напишите сегодняшнюю или более позднюю дату, например так: 31.12.2026.
dialogue-past-date-confirm = Дата { $date } уже прошла. Оставить эту дату?
dialogue-past-keep = Да, оставить
dialogue-past-change = Нет, напишу другую
# A short note on the button (plain text).
dialogue-choose-one = Выберите хотя бы один вариант и нажмите «Готово».
dialogue-reminder = Вы ещё не закончили отвечать. Хотите продолжить? Это займёт всего несколько минут.
dialogue-nothing-waiting = Сейчас нет открытых вопросов. Напишите /help, чтобы узнать, что можно сделать.
dialogue-cancelled = Хорошо, мы остановились. Я ничего не изменил.
dialogue-cancelled-intake = Хорошо, мы остановились. Начать заново можно командой /intake.
dialogue-nothing-to-cancel = Сейчас нечего останавливать.

## Consent

intake-consent =
    Сначала несколько слов. Я задам вам вопросы о вашей жизни, учёбе и работе. Это нужно, чтобы ваш консультант составил с вами план.

    • Я надёжно храню ваши ответы. Их видят только ваш консультант и Центр навыков.
    • В любое время вы можете посмотреть свои ответы командой /mydata и удалить их командой /forget.

    Вы согласны?
option-consent-accepted = Да, хорошо
option-consent-later = Не сейчас
intake-consent-declined = Хорошо. Я ничего не сохранил. Когда будете готовы, напишите /intake.

## The questions

intake-preferred-name = Как вас называть?
intake-birth-year = В каком году вы родились? Например: 1990
intake-municipality = Где вы живёте?
option-municipality = { $name }
option-municipality-elsewhere = В другом месте
intake-residence-permit = У вас есть вид на жительство в Финляндии?
option-residence_permit-yes = Да
option-residence_permit-in_process = Заявление подано
option-residence_permit-no = Нет
intake-job-seeker = Вы зарегистрировались в службе занятости как безработный?
option-job_seeker-yes = Да
option-job_seeker-no = Нет
option-job_seeker-not_sure = Я не знаю точно
intake-languages-spoken = На каких языках вы говорите? Выберите все и нажмите «Готово».
option-languages_spoken-fi = Финский
option-languages_spoken-sv = Шведский
option-languages_spoken-en = Английский
option-languages_spoken-ar = Арабский
option-languages_spoken-so = Сомалийский
option-languages_spoken-ru = Русский
option-languages_spoken-uk = Украинский
option-languages_spoken-fa = Персидский
option-languages_spoken-et = Эстонский
option-languages_spoken-zh = Китайский
option-languages_spoken-vi = Вьетнамский
option-languages_spoken-tr = Турецкий
option-languages_spoken-other = Другой язык
intake-finnish-level = Как хорошо вы говорите по-фински?
intake-swedish-level = Как хорошо вы говорите по-шведски?
intake-english-level = Как хорошо вы говорите по-английски?
option-level-none = Совсем не говорю
option-level-a_little = Знаю несколько слов
option-level-basics = Могу сказать простые вещи
option-level-good = Могу говорить о повседневных делах
option-level-very_good = Хорошо
option-level-fluent = Очень хорошо
intake-education = Какое у вас самое высокое образование?
option-education-none = Нет школьного образования
option-education-basic = Основная школа
option-education-secondary = Полная средняя школа
option-education-vocational = Профессиональное училище
option-education-university = Университет
intake-education-country = В какой стране вы учились?
intake-work-fields = Какую работу вы делали? Например: уборка, приготовление еды, вождение. Если вы не работали, нажмите «Пропустить».
intake-work-years = Сколько лет вы работали? Напишите число.
intake-goal = Что вы хотите сделать сначала?
option-goal-work_soon = Скоро начать работать
option-goal-study_first = Сначала учиться
option-goal-not_sure = Я не знаю точно
intake-interests = Какая работа вам интересна? Выберите все и нажмите «Готово».
option-interests-cleaning = Уборка и обслуживание зданий
option-interests-restaurant = Ресторан и кухня
option-interests-care = Уход и здоровье
option-interests-construction = Строительство
option-interests-logistics = Транспорт и склад
option-interests-it = Компьютеры и IT
option-interests-retail = Магазин и продажи
option-interests-beauty = Парикмахерская и салон красоты
option-interests-other = Другое
intake-support-needs = Нужна ли вам помощь в чём-то из этого? Выберите все и нажмите «Готово».
option-support_needs-childcare = Присмотр за детьми
option-support_needs-health = Здоровье
option-support_needs-money = Деньги
option-support_needs-housing = Жильё
option-support_needs-family = Семья
option-support_needs-none = Помощь не нужна
intake-meeting-times = Когда вы можете приходить на встречи? Выберите все и нажмите «Готово».
option-meeting_times-mornings = Утром
option-meeting_times-afternoons = После обеда

## Answers that do not fit

intake-invalid-letters = Пожалуйста, напишите это буквами.
intake-invalid-too-long = Пожалуйста, напишите короче: не больше { $limit } знаков.
intake-invalid-name = Пожалуйста, напишите только имя, которым вас называть, например: Амаль.
intake-invalid-birth-year = Пожалуйста, напишите год рождения: от { $first } до { $last }.
intake-invalid-work-years = Пожалуйста, напишите число лет: от 0 до 60.

## Summary and corrections

intake-summary =
    Вот ваши ответы. Пожалуйста, проверьте их.

    <b>Имя:</b> { $name }
    <b>Год рождения:</b> { $birth_year }
    <b>Город:</b> { $municipality }
    <b>Вид на жительство:</b> { $permit }
    <b>Статус безработного:</b> { $job_seeker }
    <b>Языки:</b> { $languages }
    <b>Финский:</b> { $finnish } · <b>Шведский:</b> { $swedish } · <b>Английский:</b> { $english }
    <b>Образование:</b> { $education } ({ $country })
    <b>Работа:</b> { $work } ({ $years })
    <b>Первая цель:</b> { $goal }
    <b>Интересы:</b> { $interests }
    <b>Нужна помощь:</b> { $support }
    <b>Встречи:</b> { $times }

    Всё правильно?
option-summary-confirm = Да, всё правильно
option-summary-change = Я хочу что-то изменить
intake-pick-change = Что вы хотите изменить?
slot-preferred_name = Имя
slot-birth_year = Год рождения
slot-municipality = Город
slot-residence_permit = Вид на жительство
slot-job_seeker = Статус безработного
slot-languages_spoken = Языки
slot-finnish_level = Финский
slot-swedish_level = Шведский
slot-english_level = Английский
slot-education = Образование
slot-work_fields = Работа
slot-goal = Первая цель
slot-interests = Интересы
slot-support_needs = Нужна помощь
slot-meeting_times = Встречи

## Eligibility

# One message when someone cannot be accepted: what the centre needs and why, whether the
# counsellor knows, where else to turn, and how to correct or start again.
# The two buttons are the learner's own words: no gendered past tense ("нажал/нажала").
intake-refused-too-young =
    Спасибо за ответы. К сожалению, сейчас Центр навыков для мигрантов не может вас принять. Центр работает только со взрослыми, с 18 лет. Обучение и пробная работа в Центре рассчитаны на взрослых.
    { $told ->
        [yes] Я сообщил об этом вашему консультанту.
       *[no] Пожалуйста, сообщите об этом в офис Центра.
    }
    Служба занятости (по-фински työvoimatoimisto) расскажет вам о других услугах. Можно также спросить в International House Helsinki или в справочной службе вашего города.
    Если вы ошиблись в ответе, нажмите кнопку. Чтобы начать заново, напишите /intake.
intake-refused-outside-area =
    Спасибо за ответы. К сожалению, сейчас Центр навыков для мигрантов не может вас принять. Центр работает с людьми, которые живут в его районе. Центр оплачивают города этого района.
    { $told ->
        [yes] Я сообщил об этом вашему консультанту.
       *[no] Пожалуйста, сообщите об этом в офис Центра.
    }
    Служба занятости (по-фински työvoimatoimisto) расскажет вам об услугах там, где вы живёте. Можно также спросить в International House Helsinki или в справочной службе вашего города.
    Если вы ошиблись в ответе, нажмите кнопку. Чтобы начать заново, напишите /intake.
intake-refused-no-permit =
    Спасибо за ответы. К сожалению, сейчас Центр навыков для мигрантов не может вас принять. Вам нужен вид на жительство, или вы должны уже подать заявление на него. Без него нельзя учиться и работать в Финляндии.
    { $told ->
        [yes] Я сообщил об этом вашему консультанту.
       *[no] Пожалуйста, сообщите об этом в офис Центра.
    }
    Миграционная служба Финляндии (Migri) расскажет вам о виде на жительство. Можно также спросить в International House Helsinki или в справочной службе вашего города.
    Если вы ошиблись в ответе, нажмите кнопку. Чтобы начать заново, напишите /intake.
intake-refused-not-job-seeker =
    Спасибо за ответы. К сожалению, сейчас Центр навыков для мигрантов не может вас принять. Центр работает с безработными, которые ищут работу. Центр помогает людям найти работу или обучение для работы.
    { $told ->
        [yes] Я сообщил об этом вашему консультанту.
       *[no] Пожалуйста, сообщите об этом в офис Центра.
    }
    Если вы потеряете работу или захотите встать на учёт, обратитесь в службу занятости (по-фински työvoimatoimisto). Потом напишите /intake, чтобы начать заново.
    Если вы ошиблись в ответе, нажмите кнопку.
intake-refused-pressed-wrong = Это была не та кнопка
intake-refused-typed-wrong = Неправильный год рождения

## The proposal

intake-done = Спасибо! Я сохранил ваши ответы. Ваш консультант их увидит.
intake-path-work_first = Моё предложение: <b>путь через работу</b>. Вы скоро начинаете искать работу, с поддержкой.
intake-path-education_first = Моё предложение: <b>путь через учёбу</b>. Сначала вы учитесь, потом ищете работу.
path-reason-goal-study = • Вы хотите сначала учиться.
path-reason-goal-work = • Вы хотите скоро начать работать.
path-reason-language = • Вы уже говорите на языке, который пригодится на работе.
path-reason-language-first = • Финский язык поможет вам найти работу. Лучше выучить его сначала.
path-reason-work-after = • Потом этот путь ведёт к работе, как вы и хотите.
path-reason-skills = • У вас есть образование или опыт работы.
path-reason-training = • Обучение даст вам навыки, которые нужны работодателям.
intake-next-steps = Ваш консультант обсудит это с вами. Вместе вы составите ваш план. Свои ответы можно посмотреть командой /profile.
path-work_first = путь через работу
path-education_first = путь через учёбу

## Notices to the counsellor

notice-intake-done =
    <b>{ $name }</b>: анкета заполнена.
    Просит называть так: { $preferred }
    Предложенный путь: <b>{ $path }</b> (причины: { $reasons })
    Первая цель: { $goal } · Финский: { $finnish }
    Нужна помощь: { $support }
    Встречи: { $times }
# Why the path was proposed, for the counsellor (joined into one sentence).
notice-reason-goal-study = хочет сначала учиться
notice-reason-goal-work = хочет скоро начать работать
notice-reason-language = уже говорит на языке, который нужен на работе
notice-reason-language-first = сначала нужен финский язык
notice-reason-work-after = хочет работать, когда выучит финский
notice-reason-skills = есть образование или опыт работы
notice-reason-training = обучение даст нужные навыки
notice-intake-not-eligible = <b>{ $name }</b> не может прийти в Центр. Причина: { $rules }. Polku не сохранил ответы. Возможно, стоит связаться с этим человеком.
# Which rule, for the counsellor (joined into one sentence).
notice-eligibility-too-young = моложе 18 лет
notice-eligibility-outside-area = живёт вне района Центра
notice-eligibility-no-permit = нет вида на жительство
notice-eligibility-not-job-seeker = нет статуса безработного
notice-learner-left = Один из ваших учащихся удалил свои данные из Polku. Его больше нет в вашем списке.

## The learner's own data

profile-empty = Вы ещё не ответили на вопросы анкеты. Напишите /intake, чтобы начать.
profile-answers =
    <b>Ваши ответы</b>

    <b>Имя:</b> { $name }
    <b>Год рождения:</b> { $birth_year }
    <b>Город:</b> { $municipality }
    <b>Вид на жительство:</b> { $permit }
    <b>Статус безработного:</b> { $job_seeker }
    <b>Языки:</b> { $languages }
    <b>Финский:</b> { $finnish } · <b>Шведский:</b> { $swedish } · <b>Английский:</b> { $english }
    <b>Образование:</b> { $education } ({ $country })
    <b>Работа:</b> { $work } ({ $years })
    <b>Первая цель:</b> { $goal }
    <b>Интересы:</b> { $interests }
    <b>Нужна помощь:</b> { $support }
    <b>Встречи:</b> { $times }
    <b>Предложенный путь:</b> { $path }

    { $change ->
        [buttons] Чтобы изменить ответ, нажмите его кнопку.
       *[command] Чтобы изменить ответ, напишите /profile.
    }
mydata-person =
    <b>Что Polku хранит о вас</b>
    Имя в Telegram: { $name }
    Язык: { $language }
    Дата регистрации: { $joined }
    Ваш консультант: { $counsellor }
mydata-consent = Вы согласились ответить на вопросы анкеты: { $when }.
mydata-in-progress =
    Вы начали заполнять анкету. { $count ->
        [1] Один ответ ждёт, пока вы не закончите.
        [one] { $count } ответ ждёт, пока вы не закончите.
        [few] { $count } ответа ждут, пока вы не закончите.
        [many] { $count } ответов ждут, пока вы не закончите.
       *[other] { $count } ответа ждут, пока вы не закончите.
    }
mydata-how-to-forget = Чтобы удалить всё это, напишите /forget.
forget-confirm = Удалить все ваши данные? Я сообщу вашему консультанту, что вы ушли. Отменить это будет нельзя.
forget-yes = Да, удалить всё
forget-no = Нет, оставить
forget-kept = Хорошо. Я ничего не удалил.
forget-expired = Это старый вопрос, поэтому я ничего не удалил. Если вы хотите удалить свои данные, снова напишите /forget.
forget-done = Я удалил ваши данные. Спасибо, что пользовались Polku. Если захотите вернуться, попросите у консультанта новую пригласительную ссылку.

## Language detection

language-offer = Кажется, вы пишете на языке: { $language }. Писать вам на этом языке?
# Shown in the offered language itself (the button's own language).
language-switch = Да, поменять язык
language-keep = Нет, оставить этот язык
# A short note on the button (plain text).
language-kept = Хорошо, оставляю этот язык.
