## Staff leave: a coordinator's /staff, and notices about reassigned learners

command-staff = Staff: end someone's access
staff-none = There is no other staff member to show.
staff-list =
    These are the career counsellors and coordinators.
    Press a name to end that person's access to Polku.
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
