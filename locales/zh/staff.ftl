## Staff management: a coordinator's /staff (access, backup counsellors, moving learners),
## and notices about reassigned learners and backup counsellors
# Terms: backup counsellor = 代理顾问 (helps a learner when their own counsellor is away),
# access = 使用权限, staff = 员工, coordinator = 协调员. Chinese has one plural form.

command-staff = 员工、使用权限和代理顾问
staff-none = 没有其他员工可以显示。
staff-list =
    这些是职业顾问和协调员（第 { $page } 页，共 { $pages } 页）。
    按一个名字，可以停止这个人使用 Polku 的权限，或者恢复权限。
staff-deactivate-button = { $role ->
        [coordinator] 停用 { $name }（协调员）
       *[counsellor] 停用 { $name }（顾问）
    }
staff-deactivate-confirm =
    现在停止 <b>{ $name }</b> 的使用权限吗？{ $role ->
        [coordinator] 他/她将不能再以协调员身份使用 Polku。
       *[counsellor] 他/她将不能再使用 Polku。他/她的学员要等新的顾问。
    }
staff-confirm-button = 是，停止权限
staff-deactivated =
    <b>{ $name }</b> 的使用权限已停止。{ $count ->
        [0] 他/她没有学员。
       *[other] 有 { $count } 位学员在等新的顾问。
    }
notice-learners-reassigned = { $count ->
       *[other] 您有 { $count } 位新学员。请输入 /learners 查看。
    }

## Giving access back

staff-activate-button = { $role ->
        [coordinator] 恢复 { $name }（协调员）
       *[counsellor] 恢复 { $name }（顾问）
    }
staff-activate-confirm =
    恢复 <b>{ $name }</b> 使用 Polku 的权限吗？{ $role ->
        [coordinator] 他/她可以再以协调员身份使用 Polku。
       *[counsellor] 他/她可以再以职业顾问身份使用 Polku。已经转给其他顾问的学员不会转回来。
    }
staff-activate-confirm-button = 是，恢复权限
staff-activated =
    <b>{ $name }</b> 可以再使用 Polku 了。{ $count ->
        [0] 现在没有学员由他/她担任顾问。
       *[other] 还有 { $count } 位学员由他/她担任顾问。
    }已经转给其他顾问的学员不会转回来。

## Pages of a list

staff-page-previous = ◀ 上一页
staff-page-next = 下一页 ▶
staff-back-button = ◀ 返回

## Backup counsellors: a backup helps a learner when their counsellor is away

staff-backups-button = 为学员设置代理顾问
staff-backups-none = 还没有职业顾问。
staff-backups-choose-counsellor =
    请选择一位职业顾问。然后您会看到他/她的学员（第 { $page } 页，共 { $pages } 页）。
staff-counsellor-learners-button = { $active ->
        [no] { $name }（已离开）：{ $count } 位学员
       *[yes] { $name }：{ $count } 位学员
    }
staff-learners-none = <b>{ $name }</b> 现在没有学员。
staff-learners-choose =
    这些是 <b>{ $name }</b> 的学员（第 { $page } 页，共 { $pages } 页）。
    请选择一位学员，为他/她设置代理顾问。
staff-learner-button = { $name } – 没有代理顾问
staff-learner-with-backup-button = { $name } – 代理顾问：{ $backup }
staff-backup-no-choice = 没有其他在职的职业顾问可以做 <b>{ $name }</b> 的代理顾问。
staff-backup-choose =
    谁做 <b>{ $name }</b> 的代理顾问？（第 { $page } 页，共 { $pages } 页）
    学员自己的顾问不在时，代理顾问来帮忙。
staff-backup-choice-button = { $name }
staff-backup-confirm = 让 <b>{ $backup }</b> 做 <b>{ $name }</b> 的代理顾问吗？
staff-backup-confirm-button = 是，让他/她做代理顾问
staff-backup-done =
    <b>{ $backup }</b> 现在是 <b>{ $name }</b> 的代理顾问。我们已经通知了他们两个人。
staff-more-backups-button = 设置更多代理顾问

## Moving the learners of a counsellor who left

staff-move-choose = { $count ->
       *[other] <b>{ $name }</b> 有 { $count } 位学员在等新的顾问。谁来接手？
    }
staff-move-choice-button = 转给 { $name }
staff-move-confirm = { $count ->
       *[other] 把 <b>{ $name }</b> 的 { $count } 位学员转给 <b>{ $target }</b> 吗？
    }
staff-move-confirm-button = 是，转过去
staff-moved = { $count ->
       *[other] <b>{ $name }</b> 的 { $count } 位学员现在由 <b>{ $target }</b> 担任顾问。
    }

## Notices about backup counsellors (sent through the outbox)

notice-backup-for-learner =
    <b>{ $backup }</b> 现在是您的代理顾问。{ $counsellor } 不在时，{ $backup } 会帮助您。
notice-backup-for-counsellor =
    您现在是 <b>{ $name }</b> 的代理顾问。学员自己的顾问不在时，您会收到学员的信息。
