# Polku — 简体中文: personal plans and their reminders.
# Translated from locales/en/plan.ftl: same message ids. Writing rules: locales/README.md.
# Terms: plan = 计划, step = 步骤, starter plan = 初步计划, proposal = 建议, reminder = 提醒,
# due date = 截止日期, note = 备注, learner = 学员, career counsellor = 职业顾问,
# work path = 工作路线, education path = 学习路线, TE services = 就业服务处 (TE).
# Buttons named in the text match the buttons: Done = 完成, I need help = 我需要帮助, Skip = 跳过.

## Step types: a short name, and a plain explanation for the learner

step-type-language_course = 芬兰语课程
step-type-language_course-about = 芬兰语课程对您的日常生活和工作都有帮助。您的顾问会帮您找一个适合您的课程。
step-type-vocational_application = 申请职业学校
step-type-vocational_application-about = 在职业学校，您可以学一门职业。申请要填一张表，一般是在网上填。您的顾问可以帮您填。
step-type-cv = 简历
step-type-cv-about = 简历是一份短短的材料，写您的学习、工作和技能。您申请工作时，雇主会看您的简历。
step-type-job_application = 申请工作
step-type-job_application-about = 您申请一份工作。您发送您的简历和一封短信，或者填一张表。
step-type-employment_office = 去就业服务处
step-type-employment_office-about = 在就业服务处，您谈您找工作的情况和您的计划。
step-type-work_tryout = 工作试用
step-type-work_tryout-about = 工作试用期间，您在一个工作单位工作一小段时间。您可以学习，也可以看看这份工作适不适合您。
step-type-social_worker = 和社工会面
step-type-social_worker-about = 社工可以在钱、住房、家庭和其他生活问题上帮助您。
step-type-health_check = 健康检查
step-type-health_check-about = 护士或医生检查您的健康。这能帮助我们计划您的学习和工作。
step-type-document = 要带的文件
step-type-document-about = 请带上这份文件。如果您没有这份文件，请告诉您的顾问。
step-type-counsellor_meeting = 和您的顾问会面
step-type-counsellor_meeting-about = 您和您的顾问会面，谈谈您的计划。
step-type-other = 其他任务
step-type-other-about = 您的顾问会告诉您要做什么。

## Steps in a list

plan-line-todo = { $number }. <b>{ $type }</b> – { $due }{ $details }
plan-line-done = { $number }. ✅ <s>{ $type }</s> – { $due }
plan-line-skipped = { $number }. ➖ <s>{ $type }</s> – { $due }
plan-no-date = 没有日期
plan-place = {"\u000A"}   📍 { $place }
plan-note = {"\u000A"}   📝 { $note }
plan-no-path = 还没有路线
plan-no-next = 没有未完成的步骤

## The learner's plan

plan-learner-view =
    <b>您的计划</b>（{ $path }）

    { $lines }
    { $meeting }

    完成一个步骤后，请按它的按钮。
plan-learner-empty = 您的顾问还在为您做计划。计划做好后，我会告诉您。
plan-learner-not-accepted = 您在 Polku 里没有计划，因为移民技能中心不能接收您。如果您的某个回答错了，请输入 /intake 重新开始。
plan-done-button = ✅ { $number }. { $type }：完成了
# A short note on the button (plain text).
plan-done-thanks = 做得好！您的顾问会看到。
plan-done-well-done = 做得好！
plan-ready =
    您的顾问确认了您的计划：一共 { $count ->
       *[other] { $count } 个步骤
    }。第一个步骤是 <b>{ $first }</b>（{ $due }）。请输入 /plan 查看。每个步骤之前，我都会提醒您。
plan-need-help = 我需要帮助
plan-help-sent = 我已经告诉您的顾问您需要帮助。顾问会联系您。
plan-help-already-sent = 您的顾问已经知道您需要帮助。顾问会联系您。
plan-help-nobody = 对不起，我没能告诉任何人。您现在在 Polku 里没有顾问。请联系中心的办公室。

## Reminders

reminder-step =
    { $days ->
        [0] <b>今天：</b>{ $type }
        [1] <b>明天：</b>{ $type }
       *[other] <b>{ $days } 天后：</b>{ $type }
    }
    🗓 { $due }{ $details }
reminder-overdue =
    <b>{ $type }</b> 的截止日期是 { $due }。进行得怎么样？
    如果您已经做完了，请按“完成”。如果有困难，请按“我需要帮助”。{ $details }

## Counsellors: learners and plans

learners-list =
    <b>您的学员</b>

    { $lines }
learners-line = <b>{ $name }</b> · { $path } · 下一步：{ $next } · 最后在线：{ $seen }
learners-none = 您还没有学员。请用 /invite 邀请学员。
learners-button = { $name }
plan-counsellor-view =
    <b>{ $name } 的计划</b>（{ $path }）{ $status ->
        [unconfirmed] {"\u000A"}这是一个建议。您确认以后，学员才能看到。
       *[confirmed] {""}
    }

    { $lines }
    { $meeting }
plan-counsellor-empty =
    <b>{ $name } 的计划</b>（{ $path }）
    这个计划还没有步骤。
    { $meeting }
plan-step-button = { $number }. { $type }
plan-add = ➕ 添加步骤
plan-confirm = ✔️ 确认计划
plan-confirmed-told = 计划已确认。我告诉了 { $name }。
plan-open = 打开计划
plan-step-menu =
    { $name }：
    { $line }
plan-mark-done = ✅ 完成
plan-mark-todo = ↩️ 没完成
plan-skip = ➖ 跳过
plan-up = ⬆️ 上移
plan-down = ⬇️ 下移
plan-change-date = 🗓 修改日期
plan-remove = 🗑 删除
plan-remove-yes = 🗑 是，删除
plan-remove-confirm = 删除这个步骤吗？{ $line }
plan-back-to-plan = ← 返回计划
plan-add-type = 这是什么样的步骤？
plan-add-due = 截止日期是哪天？请写一个日期，比如 31.12.2026。您也可以加上时间，比如 31.12.2026 14:30。如果没有日期，请按“跳过”。
plan-add-place = 在哪里？请写一个地点或链接。如果没有地点，请按“跳过”。
plan-add-note = 学员还需要知道什么吗？请写一个简短的备注，或者按“跳过”。
plan-step-added = 我添加了这个步骤。截止日期前，学员会收到提醒。
plan-date-changed = 我修改了日期。提醒会按新的日期发送。
plan-date-removed = 我删除了日期。这个步骤现在没有提醒了。
plan-step-added-no-date = 我添加了这个步骤。它没有日期，所以没有提醒。

## Notices to counsellors

notice-plan-proposed = 我为 <b>{ $name }</b> 做了一个初步计划。请检查并确认，或者修改它。
notice-steps-done =
    您的学员把这些步骤标记为已完成：
    { $lines }
notice-step-done-line = ✅ <b>{ $name }</b>：{ $type }
notice-needs-help = <b>{ $name }</b> 在这个步骤上需要帮助：{ $type }。请联系他/她。
