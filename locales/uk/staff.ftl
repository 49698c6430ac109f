## Staff management: a coordinator's /staff (access, backup counsellors, moving learners),
## and notices about reassigned learners and backup counsellors
# backup counsellor = консультант на заміну. Names are not declined: write
# "консультанта <b>{ $name }</b>" or put the name after a colon.
# [1] is the exact number one; the plural category one is also 21, 31...

command-staff = Працівники, доступ і консультанти на заміну
staff-none = Інших працівників немає.
staff-list =
    Це консультанти і координатори (сторінка { $page } з { $pages }).
    Натисніть на ім'я, щоб закрити цій людині доступ до Polku або повернути доступ.
staff-deactivate-button = { $role ->
        [coordinator] Закрити доступ: { $name } (координатор)
       *[counsellor] Закрити доступ: { $name } (консультант)
    }
staff-deactivate-confirm =
    Закрити доступ зараз: <b>{ $name }</b>? { $role ->
        [coordinator] Ця людина більше не зможе працювати в Polku як координатор.
       *[counsellor] Ця людина більше не зможе працювати в Polku. Її слухачі чекатимуть нового консультанта.
    }
staff-confirm-button = Так, закрити доступ
staff-deactivated =
    Доступ закрито: <b>{ $name }</b>. { $count ->
        [0] Слухачів у цієї людини не було.
        [1] Один слухач чекає нового консультанта.
        [one] { $count } слухач чекає нового консультанта.
        [few] { $count } слухачі чекають нового консультанта.
        [many] { $count } слухачів чекають нового консультанта.
       *[other] { $count } слухачів чекають нового консультанта.
    }
notice-learners-reassigned = { $count ->
        [1] У вас новий слухач. Напишіть /learners, щоб його побачити.
        [one] У вас { $count } новий слухач. Напишіть /learners, щоб їх побачити.
        [few] У вас { $count } нові слухачі. Напишіть /learners, щоб їх побачити.
        [many] У вас { $count } нових слухачів. Напишіть /learners, щоб їх побачити.
       *[other] У вас { $count } нових слухачів. Напишіть /learners, щоб їх побачити.
    }

## Giving access back

staff-activate-button = { $role ->
        [coordinator] Повернути доступ: { $name } (координатор)
       *[counsellor] Повернути доступ: { $name } (консультант)
    }
staff-activate-confirm =
    Повернути доступ до Polku: <b>{ $name }</b>? { $role ->
        [coordinator] Ця людина знову зможе працювати в Polku як координатор.
       *[counsellor] Ця людина знову зможе працювати в Polku як консультант. Слухачі, які перейшли до іншого консультанта, залишаться там.
    }
staff-activate-confirm-button = Так, повернути доступ
staff-activated =
    <b>{ $name }</b> знову може працювати в Polku. { $count ->
        [0] Зараз у цього консультанта немає слухачів.
        [1] Один слухач досі залишається в цього консультанта.
        [one] { $count } слухач досі залишається в цього консультанта.
        [few] { $count } слухачі досі залишаються в цього консультанта.
        [many] { $count } слухачів досі залишаються в цього консультанта.
       *[other] { $count } слухачів досі залишаються в цього консультанта.
    } Слухачі, які перейшли до іншого консультанта, залишаться там.

## Pages of a list

staff-page-previous = ◀ Назад
staff-page-next = Далі ▶
staff-back-button = ◀ Назад

## Backup counsellors: a backup helps a learner when their counsellor is away

staff-backups-button = Консультанти на заміну для слухачів
staff-backups-none = Консультантів поки немає.
staff-backups-choose-counsellor =
    Виберіть консультанта. Потім ви побачите його слухачів (сторінка { $page } з { $pages }).
staff-counsellor-learners-button = { $active ->
        [no] { $name } (немає доступу): слухачів: { $count }
       *[yes] { $name }: слухачів: { $count }
    }
staff-learners-none = У консультанта <b>{ $name }</b> зараз немає слухачів.
staff-learners-choose =
    Це слухачі консультанта <b>{ $name }</b> (сторінка { $page } з { $pages }).
    Виберіть слухача, щоб призначити йому консультанта на заміну.
staff-learner-button = { $name } – немає заміни
staff-learner-with-backup-button = { $name } – заміна: { $backup }
staff-backup-no-choice = Немає іншого активного консультанта, який міг би бути консультантом на заміну для слухача <b>{ $name }</b>.
staff-backup-choose =
    Хто буде консультантом на заміну для слухача <b>{ $name }</b>? (сторінка { $page } з { $pages })
    Консультант на заміну допомагає, коли консультанта слухача немає на роботі.
staff-backup-choice-button = { $name }
staff-backup-confirm = Призначити <b>{ $backup }</b> консультантом на заміну для слухача <b>{ $name }</b>?
staff-backup-confirm-button = Так, призначити
staff-backup-done =
    <b>{ $backup }</b> тепер консультант на заміну для слухача <b>{ $name }</b>. Ми повідомили про це обох.
staff-more-backups-button = Призначити інших консультантів на заміну

## Moving the learners of a counsellor who left

staff-move-choose = { $count ->
        [1] Один слухач консультанта <b>{ $name }</b> чекає нового консультанта. Хто його візьме?
        [one] { $count } слухач консультанта <b>{ $name }</b> чекає нового консультанта. Хто їх візьме?
        [few] { $count } слухачі консультанта <b>{ $name }</b> чекають нового консультанта. Хто їх візьме?
        [many] { $count } слухачів консультанта <b>{ $name }</b> чекають нового консультанта. Хто їх візьме?
       *[other] { $count } слухачів консультанта <b>{ $name }</b> чекають нового консультанта. Хто їх візьме?
    }
staff-move-choice-button = Передати консультантові: { $name }
staff-move-confirm = { $count ->
        [1] Передати одного слухача консультанта <b>{ $name }</b> консультантові <b>{ $target }</b>?
        [one] Передати { $count } слухача консультанта <b>{ $name }</b> консультантові <b>{ $target }</b>?
        [few] Передати { $count } слухачів консультанта <b>{ $name }</b> консультантові <b>{ $target }</b>?
        [many] Передати { $count } слухачів консультанта <b>{ $name }</b> консультантові <b>{ $target }</b>?
       *[other] Передати { $count } слухачів консультанта <b>{ $name }</b> консультантові <b>{ $target }</b>?
    }
staff-move-confirm-button = Так, передати
staff-moved = { $count ->
        [1] В одного слухача консультанта <b>{ $name }</b> тепер новий консультант: <b>{ $target }</b>.
        [one] У { $count } слухача консультанта <b>{ $name }</b> тепер новий консультант: <b>{ $target }</b>.
        [few] У { $count } слухачів консультанта <b>{ $name }</b> тепер новий консультант: <b>{ $target }</b>.
        [many] У { $count } слухачів консультанта <b>{ $name }</b> тепер новий консультант: <b>{ $target }</b>.
       *[other] У { $count } слухачів консультанта <b>{ $name }</b> тепер новий консультант: <b>{ $target }</b>.
    }

## Notices about backup counsellors (sent through the outbox)

notice-backup-for-learner =
    <b>{ $backup }</b> тепер ваш консультант на заміну. { $backup } допоможе вам, коли вашого консультанта ({ $counsellor }) немає на роботі.
notice-backup-for-counsellor =
    Тепер ви консультант на заміну для слухача <b>{ $name }</b>. Коли консультанта цього слухача немає на роботі, ви отримуєте його повідомлення.
