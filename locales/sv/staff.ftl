## Staff management: a coordinator's /staff (access, backup counsellors, moving learners),
## and notices about reassigned learners and backup counsellors

command-staff = Personal, tillgång och reservhandledare
staff-none = Det finns ingen annan personal att visa.
staff-list =
    Här är handledarna och koordinatorerna (sida { $page } av { $pages }).
    Tryck på ett namn. Då stänger du personens tillgång till Polku, eller öppnar den igen.
staff-deactivate-button = { $role ->
        [coordinator] Stäng tillgången för { $name } (koordinator)
       *[counsellor] Stäng tillgången för { $name } (handledare)
    }
staff-deactivate-confirm =
    Vill du stänga tillgången för <b>{ $name }</b> nu? { $role ->
        [coordinator] Personen kan inte längre använda Polku som koordinator.
       *[counsellor] Personen kan inte längre använda Polku. Personens studerande väntar på en ny handledare.
    }
staff-confirm-button = Ja, stäng tillgången
staff-deactivated =
    Tillgången för <b>{ $name }</b> är stängd. { $count ->
        [0] Personen hade inga studerande.
        [one] En studerande väntar på en ny handledare.
       *[other] { $count } studerande väntar på en ny handledare.
    }
notice-learners-reassigned = { $count ->
        [one] Du har en ny studerande. Skriv /learners för att se hen.
       *[other] Du har { $count } nya studerande. Skriv /learners för att se dem.
    }

## Giving access back

staff-activate-button = { $role ->
        [coordinator] Öppna tillgången för { $name } (koordinator)
       *[counsellor] Öppna tillgången för { $name } (handledare)
    }
staff-activate-confirm =
    Vill du ge <b>{ $name }</b> tillgång till Polku igen? { $role ->
        [coordinator] Personen kan använda Polku som koordinator igen.
       *[counsellor] Personen kan använda Polku som handledare igen. Studerande som har flyttats till en annan handledare stannar där.
    }
staff-activate-confirm-button = Ja, ge tillgång igen
staff-activated =
    <b>{ $name }</b> kan använda Polku igen. { $count ->
        [0] Ingen studerande har personen som handledare nu.
        [one] En studerande har fortfarande personen som handledare.
       *[other] { $count } studerande har fortfarande personen som handledare.
    } Studerande som har flyttats till en annan handledare stannar där.

## Pages of a list

staff-page-previous = ◀ Föregående
staff-page-next = Nästa ▶
staff-back-button = ◀ Tillbaka

## Backup counsellors: a backup helps a learner when their counsellor is away

staff-backups-button = Reservhandledare för studerande
staff-backups-none = Det finns inga handledare än.
staff-backups-choose-counsellor =
    Välj en handledare. Sedan ser du handledarens studerande (sida { $page } av { $pages }).
staff-counsellor-learners-button = { $active ->
        [no] { $name } (har slutat): { $count } studerande
       *[yes] { $name }: { $count } studerande
    }
staff-learners-none = <b>{ $name }</b> har inga studerande nu.
staff-learners-choose =
    Här är studerandena hos <b>{ $name }</b> (sida { $page } av { $pages }).
    Välj en studerande och bestäm vem som är reservhandledare.
staff-learner-button = { $name } – ingen reserv
staff-learner-with-backup-button = { $name } – reserv: { $backup }
staff-backup-no-choice = Det finns ingen annan aktiv handledare som kan vara reservhandledare för <b>{ $name }</b>.
staff-backup-choose =
    Vem är reservhandledare för <b>{ $name }</b>? (sida { $page } av { $pages })
    Reservhandledaren hjälper när den studerandes egen handledare är borta.
staff-backup-choice-button = { $name }
staff-backup-confirm = Ska <b>{ $backup }</b> bli reservhandledare för <b>{ $name }</b>?
staff-backup-confirm-button = Ja, gör personen till reserv
staff-backup-done =
    <b>{ $backup }</b> är nu reservhandledare för <b>{ $name }</b>. Vi har berättat det för dem båda.
staff-more-backups-button = Välj fler reservhandledare

## Moving the learners of a counsellor who left

staff-move-choose = { $count ->
        [one] En studerande hos <b>{ $name }</b> väntar på en ny handledare. Vem tar hand om hen?
       *[other] { $count } studerande hos <b>{ $name }</b> väntar på en ny handledare. Vem tar hand om dem?
    }
staff-move-choice-button = Flytta till { $name }
staff-move-confirm = { $count ->
        [one] Vill du flytta en studerande från <b>{ $name }</b> till <b>{ $target }</b>?
       *[other] Vill du flytta { $count } studerande från <b>{ $name }</b> till <b>{ $target }</b>?
    }
staff-move-confirm-button = Ja, flytta
staff-moved = { $count ->
        [one] En studerande hos <b>{ $name }</b> har nu <b>{ $target }</b> som handledare.
       *[other] { $count } studerande hos <b>{ $name }</b> har nu <b>{ $target }</b> som handledare.
    }

## Notices about backup counsellors (sent through the outbox)

notice-backup-for-learner =
    <b>{ $backup }</b> är nu din reservhandledare. { $backup } hjälper dig när { $counsellor } är borta.
notice-backup-for-counsellor =
    Du är nu reservhandledare för <b>{ $name }</b>. Du får den studerandes meddelanden när hens egen handledare är borta.
