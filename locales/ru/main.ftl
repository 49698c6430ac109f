# Polku — русский (Russian). Translated from locales/en/main.ftl: same message ids.
# Writing rules: locales/README.md. Plain language, short sentences, "вы" (lowercase).
# Terms: learner = учащийся, career counsellor = консультант, coordinator = координатор,
# invite link = пригласительная ссылка (as in Telegram), Skills Centre for Migrants =
# Центр навыков для мигрантов. Polku stays in Latin letters and is not declined.
# Avoid gendered past tense about other people ("{ $name } присоединился/-ась"): use the
# present tense or a noun instead. Polku speaks of itself in the masculine (помощник).

## The language itself

# The language's own name, in its own script (shown in the language picker).
language-name = Русский
language-first = На каком языке мне писать вам? Язык можно поменять позже командой /language.
language-choose = Выберите язык.
language-set = Хорошо. Теперь я буду писать вам по-русски.

language-settings =
    Выберите язык.

    Ваш второй язык: { $second }. Если сообщения нет на вашем языке, вы получите его на втором языке.
language-second-none = нет
language-second-button = Второй язык
language-second-choose = Выберите второй язык. Я использую его, если сообщения нет на вашем языке.
language-second-nothing = Без второго языка
language-second-set = Хорошо. Теперь ваш второй язык: { $second }.
language-second-removed = Хорошо. Теперь у вас нет второго языка.
language-practice-on = Практиковать финский
language-practice-off = Остановить практику финского
practice-started = Практика финского включена. Каждое сообщение вы получите также на простом финском языке. Чтобы остановить практику, напишите /suomi.
practice-stopped = Практика финского выключена. Чтобы начать снова, напишите /suomi.
practice-finnish = Я уже пишу вам по-фински. Чтобы практиковаться, сначала выберите другой язык командой /language.
# The heading above the Finnish text under each message, in Finnish practice.
practice-in-finnish = По-фински:
mydata-reading =
    Второй язык: { $second }.
    Практика финского: { $practice ->
        [on] включена
       *[off] выключена
    }.

## Starting and invites

start-no-invite =
    Здравствуйте! Я Polku, помощник Центра навыков для мигрантов.
    Чтобы начать, нужна пригласительная ссылка. Её даёт ваш консультант. Попросите у консультанта ссылку и откройте её на этом телефоне.
start-invite-invalid = Эта пригласительная ссылка не работает. Проверьте, что у вас вся ссылка целиком. Или попросите у консультанта новую ссылку.
start-invite-expired = Эта пригласительная ссылка слишком старая. Попросите у консультанта новую ссылку.
start-invite-used = Эту пригласительную ссылку уже использовали. Попросите у консультанта новую ссылку.
start-already-joined = Вы уже с нами, { $name }. Новое приглашение вам не нужно.
start-welcome-back = Здравствуйте снова, { $name }!
start-welcome-learner =
    Добро пожаловать, { $name }! Я Polku.
    Я помогаю вам выполнять ваш план в Центре навыков. Я напоминаю вам о важных датах. И я помогаю вам связаться с вашим консультантом.
start-welcome-counsellor =
    Добро пожаловать, { $name }! Теперь вы консультант в Polku.
    Приглашайте своих учащихся командой /invite. Я сообщу вам, когда учащийся присоединится. И я сообщу, когда ему нужна ваша помощь.
start-welcome-coordinator =
    Добро пожаловать, { $name }! Теперь вы координатор в Polku.
    Командой /invite вы можете пригласить консультантов и координаторов.

## Help, one text for each role

help-visitor =
    Я Polku, помощник Центра навыков для мигрантов.
    Чтобы пользоваться мной, нужна пригласительная ссылка от вашего консультанта.
    /language – выбрать язык
help-learner =
    Что можно сделать:
    /plan – посмотреть план и отметить сделанные шаги
    /book – записаться на встречу с консультантом
    /appointments – посмотреть, перенести или отменить встречи
    /mood – рассказать, как дела
    /counsellor – попросить консультанта связаться с вами
    /intake – снова ответить на вопросы анкеты
    /profile – посмотреть и изменить ответы
    /mydata – посмотреть, что Polku хранит о вас
    /forget – удалить свои данные
    /cancel – остановить вопросы
    /language – поменять язык
    /help – показать этот список
help-counsellor =
    Что вы можете сделать:
    /learners – посмотреть своих учащихся и их планы
    /appointments – посмотреть и отменить свои встречи
    /escalations – учащиеся, которым вы, возможно, нужны сейчас
    /invite – создать пригласительную ссылку для нового учащегося
    /cancel – перестать добавлять шаг
    /language – поменять язык
    /help – показать это сообщение
help-coordinator =
    Что вы можете сделать:
    /invite – создать пригласительную ссылку для консультанта или координатора
    /staff – закрыть или вернуть доступ сотрудникам, передать учащихся, назначить запасных консультантов
    /campaign – отправить напоминания группам учащихся, посмотреть примеры и отчёты
    /escalations – открытые сообщения об учащихся
    /language – поменять язык
    /help – показать это сообщение

## The command menu (short, plain text, no formatting)

command-start = Начать
command-help = Помощь
command-language = Поменять язык
command-suomi = Практика финского: сообщения также на финском
command-invite = Создать пригласительную ссылку
command-intake = Ответить на вопросы анкеты
command-profile = Посмотреть и изменить ответы
command-mydata = Посмотреть свои данные
command-forget = Удалить свои данные
command-cancel = Остановить вопросы
command-learners = Ваши учащиеся и их планы
command-plan = Ваш план
command-book = Записаться на встречу
command-appointments = Ваши встречи
command-mood = Рассказать, как дела
command-checkin = Выбрать, когда я спрашиваю, как дела
command-counsellor = Связаться с консультантом
command-escalations = Учащиеся, которым вы, возможно, нужны

## Making invites

invite-choose-role = Кого вы хотите пригласить?
invite-role-counsellor = Консультанта
invite-role-coordinator = Координатора
invite-created-learner =
    Вот пригласительная ссылка для одного нового учащегося. Отправьте её только этому человеку. Она работает один раз, до { $expires }.

    { $link }
invite-created-counsellor =
    Вот пригласительная ссылка для одного консультанта. Отправьте её только этому человеку. Она работает один раз, до { $expires }.

    { $link }
invite-created-coordinator =
    Вот пригласительная ссылка для одного координатора. Отправьте её только этому человеку. Она работает один раз, до { $expires }.

    { $link }

## Notices to staff (sent through the outbox)

notice-learner-joined = <b>{ $name }</b> теперь в Polku по вашему приглашению. Это ваш новый учащийся.
notice-staff-joined =
    <b>{ $name }</b> теперь в Polku как { $role ->
        [coordinator] координатор
       *[counsellor] консультант
    }.

## Input that Polku does not take

input-text = Извините, я не понял. Напишите /help, чтобы узнать, что я умею.
input-long-text = Ваше сообщение слишком длинное для меня. Пожалуйста, напишите короче.
input-media = Я читаю только текст. Пожалуйста, напишите сообщение словами.
input-private-data = Спасибо, но мне не нужны ваше местоположение и контакты. Я их не сохранил.
input-edited = Я читаю только новые сообщения, а не исправления. Пожалуйста, отправьте сообщение ещё раз.
input-unknown-command = Я не знаю такой команды. Напишите /help, чтобы узнать, что я умею.
input-slow-down = Вы отправляете много сообщений очень быстро. Пожалуйста, подождите немного и напишите снова. Последние сообщения я не прочитал.

## Errors

error-generic = Извините, у меня что-то пошло не так. Пожалуйста, попробуйте ещё раз через минуту.
error-not-allowed = Извините, вам нельзя это делать.
error-stale-button = Эта кнопка больше не работает.
