## Staff management: a coordinator's /staff (access, backup counsellors, moving learners),
## and notices about reassigned learners and backup counsellors
# backup counsellor = замещающий консультант. Names are not declined: write
# "консультанта <b>{ $name }</b>" or put the name after a colon.
# [1] is the exact number one; the plural category one is also 21, 31...

command-staff = Сотрудники, доступ и замещающие консультанты
staff-none = Других сотрудников нет.
staff-list =
    Это консультанты и координаторы (страница { $page } из { $pages }).
    Нажмите на имя, чтобы закрыть этому человеку доступ к Polku или вернуть доступ.
staff-deactivate-button = { $role ->
        [coordinator] Закрыть доступ: { $name } (координатор)
       *[counsellor] Закрыть доступ: { $name } (консультант)
    }
staff-deactivate-confirm =
    Закрыть доступ сейчас: <b>{ $name }</b>? { $role ->
        [coordinator] Этот человек больше не сможет работать в Polku как координатор.
       *[counsellor] Этот человек больше не сможет работать в Polku. Его учащиеся будут ждать нового консультанта.
    }
staff-confirm-button = Да, закрыть доступ
staff-deactivated =
    Доступ закрыт: <b>{ $name }</b>. { $count ->
        [0] Учащихся у этого человека не было.
        [1] Один учащийся ждёт нового консультанта.
        [one] { $count } учащийся ждёт нового консультанта.
        [few] { $count } учащихся ждут нового консультанта.
        [many] { $count } учащихся ждут нового консультанта.
       *[other] { $count } учащихся ждут нового консультанта.
    }
notice-learners-reassigned = { $count ->
        [1] У вас новый учащийся. Напишите /learners, чтобы его увидеть.
        [one] У вас { $count } новый учащийся. Напишите /learners, чтобы их увидеть.
        [few] У вас { $count } новых учащихся. Напишите /learners, чтобы их увидеть.
        [many] У вас { $count } новых учащихся. Напишите /learners, чтобы их увидеть.
       *[other] У вас { $count } новых учащихся. Напишите /learners, чтобы их увидеть.
    }

## Giving access back

staff-activate-button = { $role ->
        [coordinator] Вернуть доступ: { $name } (координатор)
       *[counsellor] Вернуть доступ: { $name } (консультант)
    }
staff-activate-confirm =
    Вернуть доступ к Polku: <b>{ $name }</b>? { $role ->
        [coordinator] Этот человек снова сможет работать в Polku как координатор.
       *[counsellor] Этот человек снова сможет работать в Polku как консультант. Учащиеся, которые перешли к другому консультанту, останутся там.
    }
staff-activate-confirm-button = Да, вернуть доступ
staff-activated =
    <b>{ $name }</b> снова может работать в Polku. { $count ->
        [0] Сейчас у этого консультанта нет учащихся.
        [1] Один учащийся всё ещё остаётся у этого консультанта.
        [one] { $count } учащийся всё ещё остаётся у этого консультанта.
        [few] { $count } учащихся всё ещё остаются у этого консультанта.
        [many] { $count } учащихся всё ещё остаются у этого консультанта.
       *[other] { $count } учащихся всё ещё остаются у этого консультанта.
    } Учащиеся, которые перешли к другому консультанту, останутся там.

## Pages of a list

staff-page-previous = ◀ Назад
staff-page-next = Дальше ▶
staff-back-button = ◀ Назад

## Backup counsellors: a backup helps a learner when their counsellor is away

staff-backups-button = Замещающие консультанты для учащихся
staff-backups-none = Консультантов пока нет.
staff-backups-choose-counsellor =
    Выберите консультанта. Потом вы увидите его учащихся (страница { $page } из { $pages }).
staff-counsellor-learners-button = { $active ->
        [no] { $name } (нет доступа): учащихся: { $count }
       *[yes] { $name }: учащихся: { $count }
    }
staff-learners-none = У консультанта <b>{ $name }</b> сейчас нет учащихся.
staff-learners-choose =
    Это учащиеся консультанта <b>{ $name }</b> (страница { $page } из { $pages }).
    Выберите учащегося, чтобы назначить ему замещающего консультанта.
staff-learner-button = { $name } – нет замещающего
staff-learner-with-backup-button = { $name } – замещает: { $backup }
staff-backup-no-choice = Нет другого активного консультанта, который мог бы замещать консультанта для учащегося <b>{ $name }</b>.
staff-backup-choose =
    Кто будет замещающим консультантом для учащегося <b>{ $name }</b>? (страница { $page } из { $pages })
    Замещающий консультант помогает, когда консультанта учащегося нет на работе.
staff-backup-choice-button = { $name }
staff-backup-confirm = Назначить <b>{ $backup }</b> замещающим консультантом для учащегося <b>{ $name }</b>?
staff-backup-confirm-button = Да, назначить
staff-backup-done =
    <b>{ $backup }</b> теперь замещающий консультант для учащегося <b>{ $name }</b>. Мы сообщили об этом обоим.
staff-more-backups-button = Назначить других замещающих консультантов

## Moving the learners of a counsellor who left

staff-move-choose = { $count ->
        [1] Один учащийся консультанта <b>{ $name }</b> ждёт нового консультанта. Кто его возьмёт?
        [one] { $count } учащийся консультанта <b>{ $name }</b> ждёт нового консультанта. Кто их возьмёт?
        [few] { $count } учащихся консультанта <b>{ $name }</b> ждут нового консультанта. Кто их возьмёт?
        [many] { $count } учащихся консультанта <b>{ $name }</b> ждут нового консультанта. Кто их возьмёт?
       *[other] { $count } учащихся консультанта <b>{ $name }</b> ждут нового консультанта. Кто их возьмёт?
    }
staff-move-choice-button = Передать консультанту: { $name }
staff-move-confirm = { $count ->
        [1] Передать одного учащегося консультанта <b>{ $name }</b> консультанту <b>{ $target }</b>?
        [one] Передать { $count } учащегося консультанта <b>{ $name }</b> консультанту <b>{ $target }</b>?
        [few] Передать { $count } учащихся консультанта <b>{ $name }</b> консультанту <b>{ $target }</b>?
        [many] Передать { $count } учащихся консультанта <b>{ $name }</b> консультанту <b>{ $target }</b>?
       *[other] Передать { $count } учащихся консультанта <b>{ $name }</b> консультанту <b>{ $target }</b>?
    }
staff-move-confirm-button = Да, передать
staff-moved = { $count ->
        [1] У одного учащегося консультанта <b>{ $name }</b> теперь новый консультант: <b>{ $target }</b>.
        [one] У { $count } учащегося консультанта <b>{ $name }</b> теперь новый консультант: <b>{ $target }</b>.
        [few] У { $count } учащихся консультанта <b>{ $name }</b> теперь новый консультант: <b>{ $target }</b>.
        [many] У { $count } учащихся консультанта <b>{ $name }</b> теперь новый консультант: <b>{ $target }</b>.
       *[other] У { $count } учащихся консультанта <b>{ $name }</b> теперь новый консультант: <b>{ $target }</b>.
    }

## Notices about backup counsellors (sent through the outbox)

notice-backup-for-learner =
    <b>{ $backup }</b> теперь ваш замещающий консультант. { $backup } поможет вам, когда вашего консультанта ({ $counsellor }) нет на работе.
notice-backup-for-counsellor =
    Теперь вы замещающий консультант для учащегося <b>{ $name }</b>. Когда консультанта этого учащегося нет на работе, вы получаете его сообщения.
