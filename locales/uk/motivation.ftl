## Motivation: escalation notices to counsellors, the kind message to the learner, crisis replies.

motivation-notice =
    { $head }
    { $who }
    Чому: { $reasons }
    Наступний крок плану: { $step }
    Наступна зустріч: { $meeting }
motivation-notice-who-score = { $name } · бали: { $score }
motivation-notice-who = { $name }
motivation-head-score = ⚠️ Слухачеві, можливо, потрібна ваша допомога.
motivation-head-request = 🙋 Слухач просить поговорити з вами.
motivation-head-crisis = 🚨 ТЕРМІНОВО: слухач написав слова, які можуть означати кризу. Будь ласка, зв'яжіться з ним зараз.
motivation-head-forwarded = ⏰ На це сповіщення ще ніхто не відповів. Можете допомогти?
motivation-notice-step = { $type } (термін: { $due })
motivation-notice-no-date = без дати
motivation-notice-meeting = { $when }
motivation-notice-none = немає
# Ukrainian plural forms of $count: [1] is the exact number one; one is also 21, 31...
motivation-reason-low-mood = { $count ->
    [1] настрій { $mood }/5
    [one] поганий настрій { $count } раз останнім часом, найнижчий { $mood }/5
    [few] поганий настрій { $count } рази останнім часом, найнижчий { $mood }/5
    [many] поганий настрій { $count } разів останнім часом, найнижчий { $mood }/5
   *[other] поганий настрій { $count } разів останнім часом, найнижчий { $mood }/5
}
motivation-reason-mood-drop = настрій упав приблизно з { $average } до { $mood }/5
motivation-reason-mood-trend = настрій падав з кожним опитуванням: з { $from } до { $mood }/5
motivation-reason-unanswered = опитування і нагадування без відповіді: { $count }
motivation-reason-silence = днів без зв'язку: { $days }
motivation-reason-missed-meeting = { $count ->
    [1] пропущена зустріч { $date }
    [one] пропущена { $count } зустріч, остання { $date }
    [few] пропущені { $count } зустрічі, остання { $date }
    [many] пропущено { $count } зустрічей, остання { $date }
   *[other] пропущено { $count } зустрічей, остання { $date }
}
motivation-reason-overdue-step = { $count ->
    [1] крок плану прострочений
    [one] { $count } крок плану прострочений
    [few] { $count } кроки плану прострочені
    [many] { $count } кроків плану прострочено
   *[other] { $count } кроків плану прострочено
}
motivation-reason-help = просить допомоги з кроком плану
motivation-reason-discouraged = у повідомленні є слова про втрату надії
motivation-reason-request = просить поговорити з вами
motivation-reason-crisis = у повідомленні є слова, які можуть означати кризу
motivation-reason-crisis-unanswered = написав слова про можливу кризу і { $minutes } хв не відповів, чи він у безпеці
motivation-reason-other = інша ознака ({ $count })
motivation-button-ack = Я зв'яжуся
motivation-button-message = Написати повідомлення
motivation-button-book = Призначити зустріч
motivation-button-not-needed = Не потрібно
motivation-escalation-gone = Цього сповіщення більше немає.
motivation-learner-will-contact = Ваш консультант ({ $counsellor }) скоро зв'яжеться з вами. Ви також можете писати мені будь-коли.
motivation-learner-will-contact-someone = Працівник Центру скоро зв'яжеться з вами. Ви також можете писати мені будь-коли.
motivation-crisis-confirm =
    Я хочу знати, що ви в безпеці. Вам зараз загрожує небезпека? Або ви думаєте про те, щоб зашкодити собі чи іншій людині?
    Якщо ви в небезпеці зараз, телефонуйте 112.
motivation-crisis-yes = Так, мені потрібна допомога зараз
motivation-crisis-no = Ні, я в безпеці
motivation-crisis-help =
    Якщо ви або інша людина в небезпеці, будь ласка, негайно телефонуйте 112.
    Ви можете поговорити з людиною на кризовій лінії MIELI: 09 2525 0111 (будь-коли).
    Я повідомив вашого консультанта. Консультант зв'яжеться з вами, щойно зможе.
motivation-crisis-safe = Дякую, що розповіли. Якщо вам погано, напишіть мені. Можна також зателефонувати на кризову лінію MIELI: 09 2525 0111.

## Check-ins (learners)

check-in-mood = Як просувається ваш план?
check-in-mood-1 = 😞 Дуже погано
check-in-mood-2 = 🙁 Погано
check-in-mood-3 = 😐 Посередньо
check-in-mood-4 = 🙂 Добре
check-in-mood-5 = 😄 Дуже добре
check-in-hardest = Що зараз найважче? Виберіть один або кілька варіантів і натисніть «Готово».
option-hardest-language = Мова
option-hardest-money = Гроші
option-hardest-health = Здоров'я
option-hardest-family = Сім'я
option-hardest-childcare = Догляд за дітьми
option-hardest-next_step = Я не знаю, який наступний крок
option-hardest-other = Інше
check-in-note = Хочете щось сказати консультантові? Напишіть один рядок або натисніть «Пропустити».
check-in-thanks = Дякую! Радий це чути. Ви можете розповісти мені, як у вас справи, будь-коли командою /mood.
check-in-thanks-low = Дякую, що розповіли. Якщо хочете поговорити з консультантом, натисніть кнопку.
check-in-note-to-counsellor =
    💬 { $name }: відповідь на опитування (настрій { $mood }/5). Повідомлення:
    { $text }

## "Talk to my counsellor"

motivation-button-counsellor = Поговорити з консультантом
motivation-request-sent = Я повідомив вашого консультанта ({ $counsellor }). Консультант скоро зв'яжеться з вами.
motivation-request-sent-someone = Я повідомив Центр. Працівник Центру скоро зв'яжеться з вами.

## Counsellors: /escalations and the notice's buttons

motivation-escalations-head = Слухачі, яким ви, можливо, потрібні зараз:
motivation-escalations-none = Відкритих сповіщень немає. Добре!
motivation-acknowledged = Дякую. Слухач ({ $name }) отримає повідомлення, що ви скоро зв'яжетеся.
motivation-not-needed-thanks = Позначено: { $name } — не потрібно. Це допомагає нам робити сповіщення кращими.
motivation-already-handled = На це сповіщення про слухача ({ $name }) уже відповіли.
motivation-message-ask = Напишіть ваше повідомлення. Я надішлю його слухачеві: { $name }.
motivation-message-to-learner =
    💬 Повідомлення від вашого консультанта ({ $counsellor }):
    { $text }
motivation-message-sent = Надіслано: { $name }.
motivation-book-how = Щоб зустрітися зі слухачем ({ $name }), надішліть йому повідомлення і запропонуйте час. Або попросіть слухача записатися на зустріч у Polku.

## /mydata

mydata-motivation = Скільки разів ви розповідали мені, як у вас справи: { $check_ins }. Ознаки, які я помітив (наприклад, поганий настрій або пропущена зустріч): { $signals }. Скільки разів я повідомляв вашого консультанта: { $escalations }.

## "Ask my counsellor": a question Polku cannot answer, relayed both ways

ask-not-understood =
    Я не можу відповісти на це сам. Можливо, допоможе одна з цих команд:
    /plan – ваш план
    /appointments – ваші зустрічі
    /help – усе, що я вмію
    Або я можу надіслати ваше запитання вашому консультантові.
ask-counsellor-button = Запитати консультанта
ask-sent = Я надіслав ваше запитання: { $counsellor }. Відповідь прийде сюди.
ask-nobody = Вибачте, я не зміг надіслати ваше запитання. Зараз у вас немає консультанта в Polku. Будь ласка, зверніться до офісу Центру.
ask-notice = <b>{ $name }</b> запитує: { $text }
ask-answer-button = Відповісти
ask-answer-ask = Напишіть відповідь для { $name }. Я надішлю її в Polku.
ask-answer-sent = Я надіслав вашу відповідь: { $name }.
ask-answer-gone = Я не зміг надіслати вашу відповідь. Цей слухач уже не ваш або вийшов з Polku.
ask-answer-to-learner = Ваш консультант { $counsellor } відповідає: { $text }

## Choosing when the weekly check-in comes (/checkin, or the button under the check-in).

check-in-when-button = 🕒 Вибрати день і час
check-in-when-day = Я питаю, як справи з вашим планом. У який день вам ставити це запитання? Зараз: { $current }.
check-in-when-default-rhythm = приблизно через тиждень після попереднього
check-in-when-chosen = { $day } о { $time }
check-in-weekday = { $day ->
    [0] Понеділок
    [1] Вівторок
    [2] Середа
    [3] Четвер
    [4] П'ятниця
    [5] Субота
   *[6] Неділя
}
check-in-when-default = Приблизно через тиждень після попереднього
check-in-when-hour = О котрій годині в цей день ({ $day })?
check-in-when-hour-button = { $time }
check-in-when-saved = Готово. Я запитаю, як ваші справи. День: { $day }, час: { $time }. Змінити це можна командою /checkin.
check-in-when-saved-default = Готово. Я запитаю, як справи, приблизно через тиждень після попереднього разу. Змінити це можна командою /checkin.
