## Motivation: escalation notices to counsellors, the kind message to the learner, crisis replies.

motivation-notice =
    { $head }
    { $who }
    Почему: { $reasons }
    Следующий шаг плана: { $step }
    Следующая встреча: { $meeting }
motivation-notice-who-score = { $name } · баллы: { $score }
motivation-notice-who = { $name }
motivation-head-score = ⚠️ Учащемуся, возможно, нужна ваша помощь.
motivation-head-request = 🙋 Учащийся просит поговорить с вами.
motivation-head-crisis = 🚨 СРОЧНО: учащийся написал слова, которые могут означать кризис. Пожалуйста, свяжитесь с ним сейчас.
motivation-head-forwarded = ⏰ На это уведомление ещё никто не ответил. Можете помочь?
motivation-notice-step = { $type } (срок: { $due })
motivation-notice-no-date = без даты
motivation-notice-meeting = { $when }
motivation-notice-none = нет
# Russian plural forms of $count: [1] is the exact number one; one is 21, 31...
motivation-reason-low-mood = { $count ->
    [1] настроение { $mood }/5
    [one] плохое настроение { $count } раз за последнее время, самое низкое { $mood }/5
    [few] плохое настроение { $count } раза за последнее время, самое низкое { $mood }/5
    [many] плохое настроение { $count } раз за последнее время, самое низкое { $mood }/5
   *[other] плохое настроение { $count } раз за последнее время, самое низкое { $mood }/5
}
motivation-reason-mood-drop = настроение упало примерно с { $average } до { $mood }/5
motivation-reason-mood-trend = настроение падало от опроса к опросу: с { $from } до { $mood }/5
motivation-reason-unanswered = опросы и напоминания без ответа: { $count }
motivation-reason-silence = дней без связи: { $days }
motivation-reason-missed-meeting = { $count ->
    [1] пропущена встреча { $date }
    [one] пропущена { $count } встреча, последняя { $date }
    [few] пропущены { $count } встречи, последняя { $date }
    [many] пропущено { $count } встреч, последняя { $date }
   *[other] пропущено { $count } встреч, последняя { $date }
}
motivation-reason-overdue-step = { $count ->
    [1] шаг плана просрочен
    [one] { $count } шаг плана просрочен
    [few] { $count } шага плана просрочены
    [many] { $count } шагов плана просрочено
   *[other] { $count } шагов плана просрочено
}
motivation-reason-help = просит помощи с шагом плана
motivation-reason-discouraged = в сообщении есть слова о потере надежды
motivation-reason-request = просит поговорить с вами
motivation-reason-crisis = в сообщении есть слова, которые могут означать кризис
motivation-reason-crisis-unanswered = слова о возможном кризисе, и в течение { $minutes ->
    [one] { $minutes } минуты
   *[other] { $minutes } минут
} нет ответа на вопрос о безопасности
motivation-reason-other = другой признак ({ $count })
motivation-button-ack = Я свяжусь
motivation-button-message = Написать сообщение
motivation-button-book = Назначить встречу
motivation-button-not-needed = Не нужно
motivation-escalation-gone = Этого уведомления больше нет.
motivation-learner-will-contact = Ваш консультант ({ $counsellor }) скоро свяжется с вами. Вы также можете писать мне в любое время.
motivation-learner-will-contact-someone = Сотрудник Центра скоро свяжется с вами. Вы также можете писать мне в любое время.
motivation-crisis-confirm =
    Я хочу знать, что вы в безопасности. Вам сейчас грозит опасность? Или вы думаете о том, чтобы навредить себе или другому человеку?
    Если вы в опасности сейчас, звоните 112.
motivation-crisis-yes = Да, мне нужна помощь сейчас
motivation-crisis-no = Нет, я в безопасности
motivation-crisis-help =
    Если вы или другой человек в опасности, пожалуйста, сейчас же звоните 112.
    Вы можете поговорить с человеком на кризисной линии MIELI: 09 2525 0111 (в любое время).
    Я сообщил вашему консультанту. Консультант свяжется с вами, как только сможет.
motivation-crisis-safe = Спасибо, что рассказали. Если вам плохо, напишите мне. Можно также позвонить на кризисную линию MIELI: 09 2525 0111.

## Check-ins (learners)

check-in-mood = Как идут дела с вашим планом?
check-in-mood-1 = 😞 Очень плохо
check-in-mood-2 = 🙁 Плохо
check-in-mood-3 = 😐 Средне
check-in-mood-4 = 🙂 Хорошо
check-in-mood-5 = 😄 Очень хорошо
check-in-hardest = Что сейчас труднее всего? Выберите один или несколько вариантов и нажмите «Готово».
option-hardest-language = Язык
option-hardest-money = Деньги
option-hardest-health = Здоровье
option-hardest-family = Семья
option-hardest-childcare = Присмотр за детьми
option-hardest-next_step = Я не знаю, какой следующий шаг
option-hardest-other = Другое
check-in-note = Хотите что-то сказать консультанту? Напишите одну строку или нажмите «Пропустить».
check-in-thanks = Спасибо! Рад это слышать. Вы можете рассказать мне, как у вас дела, в любое время командой /mood.
check-in-thanks-low = Спасибо, что рассказали. Если хотите поговорить с консультантом, нажмите кнопку.
check-in-note-to-counsellor =
    💬 { $name }: ответ на опрос (настроение { $mood }/5). Сообщение:
    { $text }

## "Talk to my counsellor"

motivation-button-counsellor = Поговорить с консультантом
motivation-request-sent = Я сообщил вашему консультанту ({ $counsellor }). Консультант скоро свяжется с вами.
motivation-request-sent-someone = Я сообщил в Центр. Сотрудник Центра скоро свяжется с вами.

## Counsellors: /escalations and the notice's buttons

motivation-escalations-head = Учащиеся, которым вы, возможно, нужны сейчас:
motivation-escalations-none = Открытых уведомлений нет. Хорошо!
motivation-acknowledged = Спасибо. Учащийся ({ $name }) получит сообщение, что вы скоро свяжетесь.
motivation-not-needed-thanks = Отмечено: { $name } — не нужно. Это помогает нам делать уведомления лучше.
motivation-already-handled = На это уведомление об учащемся ({ $name }) уже ответили.
motivation-message-ask = Напишите ваше сообщение. Я отправлю его учащемуся: { $name }.
motivation-message-to-learner =
    💬 Сообщение от вашего консультанта ({ $counsellor }):
    { $text }
motivation-message-sent = Отправлено: { $name }.
motivation-book-how = Чтобы встретиться с учащимся ({ $name }), отправьте ему сообщение и предложите время. Или попросите учащегося записаться на встречу в Polku.

## /mydata

mydata-motivation = Сколько раз вы рассказывали мне, как у вас дела: { $check_ins }. Признаки, которые я заметил (например, плохое настроение или пропущенная встреча): { $signals }. Сколько раз я сообщал вашему консультанту: { $escalations }.
## "Ask my counsellor": a question Polku cannot answer, relayed both ways

ask-not-understood =
    На это я не могу ответить сам. Возможно, поможет одна из этих команд:
    /plan – ваш план
    /appointments – ваши встречи
    /help – всё, что я умею
    Или я могу отправить ваш вопрос вашему консультанту.
ask-counsellor-button = Спросить консультанта
ask-sent = Я отправил ваш вопрос консультанту ({ $counsellor }). Ответ придёт сюда.
ask-nobody = Извините, я не смог отправить ваш вопрос. Сейчас у вас нет консультанта в Polku. Пожалуйста, обратитесь в офис Центра.
ask-notice = <b>{ $name }</b> спрашивает: { $text }
ask-answer-button = Ответить
ask-answer-ask = Напишите ваш ответ. Я отправлю его в Polku учащемуся: { $name }.
ask-answer-sent = Я отправил ваш ответ учащемуся: { $name }.
ask-answer-gone = Я не смог отправить ваш ответ. Этот учащийся больше не ваш или уже не пользуется Polku.
ask-answer-to-learner = Ваш консультант ({ $counsellor }) отвечает: { $text }

## Choosing when the weekly check-in comes (/checkin, or the button under the check-in).
# The weekday is not declined: it stands after a colon ("День: понедельник").

check-in-when-button = 🕒 Выбрать день и время
check-in-when-day = Я спрашиваю, как идут дела с вашим планом. В какой день вам задавать этот вопрос? Сейчас: { $current }.
check-in-when-default-rhythm = примерно через неделю после прошлого раза
check-in-when-chosen = { $day }, { $time }
check-in-weekday = { $day ->
    [0] понедельник
    [1] вторник
    [2] среда
    [3] четверг
    [4] пятница
    [5] суббота
   *[6] воскресенье
}
check-in-when-default = Примерно через неделю после прошлого раза
check-in-when-hour = В какое время? День: { $day }.
check-in-when-hour-button = { $time }
check-in-when-saved = Готово. Я буду спрашивать, как у вас дела, каждую неделю: { $day }, { $time }. Изменить это можно командой /checkin.
check-in-when-saved-default = Готово. Я буду спрашивать, как у вас дела, примерно через неделю после прошлого раза. Изменить это можно командой /checkin.
