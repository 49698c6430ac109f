## Staff management: a coordinator's /staff (access, backup counsellors, moving learners),
## and notices about reassigned learners and backup counsellors

command-staff = Staff, access and backup counsellors
staff-none = There is no other staff member to show.
staff-list =
    These are the career counsellors and coordinators (page { $page } of { $pages }).
    Press a name to end that person's access to Polku, or to give it back.
staff-deactivate-button = { $role ->
        [coordinator] Deactivate { $name } (coordinator)
       *[counsellor] Deactivate { $name } (counsellor)
    }
staff-deactivate-confirm =
    End the access of <b>{ $name }</b> now? { $role ->
        [coordinator] They can no longer use Polku as a coordinator.
       *[counsellor] They can no longer use Polku. Their learners wait for a new counsellor.
    }
staff-confirm-button = Yes, end the access
staff-deactivated =
    The access of <b>{ $name }</b> has ended. { $count ->
        [0] They had no learners.
        [one] One learner waits for a new counsellor.
       *[other] { $count } learners wait for a new counsellor.
    }
notice-learners-reassigned = { $count ->
        [one] You have one new learner. Type /learners to see them.
       *[other] You have { $count } new learners. Type /learners to see them.
    }

## Giving access back

staff-activate-button = { $role ->
        [coordinator] Activate { $name } (coordinator)
       *[counsellor] Activate { $name } (counsellor)
    }
staff-activate-confirm =
    Give <b>{ $name }</b> access to Polku again? { $role ->
        [coordinator] They can use Polku as a coordinator again.
       *[counsellor] They can use Polku as a career counsellor again. Learners who moved to another counsellor stay there.
    }
staff-activate-confirm-button = Yes, give access again
staff-activated =
    <b>{ $name }</b> can use Polku again. { $count ->
        [0] No learner has them as counsellor now.
        [one] One learner still has them as counsellor.
       *[other] { $count } learners still have them as counsellor.
    } Learners who moved to another counsellor stay there.

## Pages of a list

staff-page-previous = ◀ Previous
staff-page-next = Next ▶
staff-back-button = ◀ Back

## Backup counsellors: a backup helps a learner when their counsellor is away

staff-backups-button = Backup counsellors for learners
staff-backups-none = There are no career counsellors yet.
staff-backups-choose-counsellor =
    Choose a career counsellor. Then you see their learners (page { $page } of { $pages }).
staff-counsellor-learners-button = { $active ->
        [no] { $name } (left): { $count } learners
       *[yes] { $name }: { $count } learners
    }
staff-learners-none = <b>{ $name }</b> has no learners now.
staff-learners-choose =
    These are the learners of <b>{ $name }</b> (page { $page } of { $pages }).
    Choose a learner to set their backup counsellor.
staff-learner-button = { $name } – no backup
staff-learner-with-backup-button = { $name } – backup: { $backup }
staff-backup-no-choice = There is no other active career counsellor who could be the backup of <b>{ $name }</b>.
staff-backup-choose =
    Who is the backup counsellor of <b>{ $name }</b>? (page { $page } of { $pages })
    The backup helps when the learner's own counsellor is away.
staff-backup-choice-button = { $name }
staff-backup-confirm = Make <b>{ $backup }</b> the backup counsellor of <b>{ $name }</b>?
staff-backup-confirm-button = Yes, make them the backup
staff-backup-done =
    <b>{ $backup }</b> is now the backup counsellor of <b>{ $name }</b>. We told them both.
staff-more-backups-button = Set more backup counsellors

## Moving the learners of a counsellor who left

staff-move-choose = { $count ->
        [one] One learner of <b>{ $name }</b> waits for a new counsellor. Who takes them?
       *[other] { $count } learners of <b>{ $name }</b> wait for a new counsellor. Who takes them?
    }
staff-move-choice-button = Move them to { $name }
staff-move-confirm = { $count ->
        [one] Move one learner of <b>{ $name }</b> to <b>{ $target }</b>?
       *[other] Move { $count } learners of <b>{ $name }</b> to <b>{ $target }</b>?
    }
staff-move-confirm-button = Yes, move them
staff-moved = { $count ->
        [one] One learner of <b>{ $name }</b> now has <b>{ $target }</b> as counsellor.
       *[other] { $count } learners of <b>{ $name }</b> now have <b>{ $target }</b> as counsellor.
    }

## Notices about backup counsellors (sent through the outbox)

notice-backup-for-learner =
    <b>{ $backup }</b> is now your backup counsellor. { $backup } helps you when { $counsellor } is away.
notice-backup-for-counsellor =
    You are now the backup counsellor of <b>{ $name }</b>. You get their messages when their own counsellor is away.
