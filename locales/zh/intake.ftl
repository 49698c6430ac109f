# Polku — 简体中文: the dialogue engine's common words and the intake.
# Translated from locales/en/intake.ftl: same message ids. Writing rules: locales/README.md.
# Terms: intake = 问卷, career counsellor = 职业顾问, residence permit = 居留许可,
# registered unemployed job seeker = 登记的失业求职者, employment office = 就业服务处 (TE),
# work path = 工作路线, education path = 学习路线. Buttons named in the text match the buttons:
# Done = 完成, Skip = 跳过 (dialogue-done, dialogue-skip).

## Buttons and answers that every question shares

dialogue-yes = 是
dialogue-no = 否
dialogue-done = 完成
dialogue-skip = 跳过
dialogue-back = ← 返回
dialogue-continue = 继续
dialogue-no-answer = –
# A question once answered: its text, then the answer (the buttons are gone).
dialogue-answered =
    { $question }

    ✅ { $answer }
dialogue-use-buttons = 请用下面的一个按钮回答。
dialogue-invalid-empty = 我没有收到回答。请再试一次。
dialogue-invalid-long = 这个回答太长了。请写短一点。
dialogue-invalid-text = 请用文字回答，不要只写符号。
dialogue-invalid-number = 请写一个数字，比如 3。
dialogue-invalid-year = 请写四位数的年份，比如 1990。
dialogue-invalid-date = 请这样写日期：31.12.2026。
dialogue-invalid-date-past = 这个日期已经过去了。请写今天或以后的日期，比如：31.12.2026。
dialogue-past-date-confirm = { $date } 已经过去了。您想保留这个日期吗？
dialogue-past-keep = 是，保留
dialogue-past-change = 不，我写另一个日期
# A short note on the button (plain text).
dialogue-choose-one = 请至少选一个，然后按“完成”。
dialogue-reminder = 您还没有回答完问题。您想继续吗？只需要几分钟。
dialogue-nothing-waiting = 现在没有要回答的问题。请输入 /help，看看您能做什么。
dialogue-cancelled = 好的，我们停下了。我什么都没有改。
dialogue-cancelled-intake = 好的，我们停下了。您可以用 /intake 重新开始。
dialogue-nothing-to-cancel = 现在没有可以停止的事。

## Consent

intake-consent =
    开始前说明一下：我会问您一些关于生活、学习和工作的问题。您的回答能帮助您的顾问和您一起做计划。

    • 我会安全地保存您的回答。只有您的顾问和技能中心能看到。
    • 您随时可以用 /mydata 查看您的回答。您可以用 /forget 删除它们。

    可以吗？
option-consent-accepted = 可以
option-consent-later = 以后再说
intake-consent-declined = 没关系。我什么都没有保存。您准备好了，就输入 /intake。

## The questions

intake-preferred-name = 您希望我怎么称呼您？
intake-birth-year = 您是哪一年出生的？比如：1990
intake-municipality = 您住在哪里？
option-municipality = { $name }
option-municipality-elsewhere = 其他地方
intake-residence-permit = 您有芬兰的居留许可吗？
option-residence_permit-yes = 有
option-residence_permit-in_process = 我已经申请了
option-residence_permit-no = 没有
intake-job-seeker = 您有没有登记为失业求职者？
option-job_seeker-yes = 是
option-job_seeker-no = 不是
option-job_seeker-not_sure = 我不确定
intake-languages-spoken = 您会说哪些语言？请全部选上，然后按“完成”。
option-languages_spoken-fi = 芬兰语
option-languages_spoken-sv = 瑞典语
option-languages_spoken-en = 英语
option-languages_spoken-ar = 阿拉伯语
option-languages_spoken-so = 索马里语
option-languages_spoken-ru = 俄语
option-languages_spoken-uk = 乌克兰语
option-languages_spoken-fa = 波斯语
option-languages_spoken-et = 爱沙尼亚语
option-languages_spoken-zh = 中文
option-languages_spoken-vi = 越南语
option-languages_spoken-tr = 土耳其语
option-languages_spoken-other = 其他语言
intake-finnish-level = 您的芬兰语说得怎么样？
intake-swedish-level = 您的瑞典语说得怎么样？
intake-english-level = 您的英语说得怎么样？
option-level-none = 完全不会
option-level-a_little = 会几个词
option-level-basics = 会说简单的事
option-level-good = 会说日常的事
option-level-very_good = 说得好
option-level-fluent = 说得很好
intake-education = 您的最高学历是什么？
option-education-none = 没有上过学
option-education-basic = 小学或初中
option-education-secondary = 高中
option-education-vocational = 职业学校
option-education-university = 大学
intake-education-country = 您在哪个国家上的学？
intake-work-fields = 您做过什么工作？比如：清洁、做饭、开车。如果您没有工作过，请按“跳过”。
intake-work-years = 您工作了多少年？请写一个数字。
intake-goal = 您想先做什么？
option-goal-work_soon = 尽快工作
option-goal-study_first = 先学习
option-goal-not_sure = 我不确定
intake-interests = 您对什么工作感兴趣？请全部选上，然后按“完成”。
option-interests-cleaning = 清洁和物业维护
option-interests-restaurant = 餐馆和厨房
option-interests-care = 护理和医疗
option-interests-construction = 建筑
option-interests-logistics = 运输和仓库
option-interests-it = 电脑和 IT
option-interests-retail = 商店和销售
option-interests-beauty = 美发和美容
option-interests-other = 其他
intake-support-needs = 下面这些事，您需要帮助吗？请全部选上，然后按“完成”。
option-support_needs-childcare = 照顾孩子
option-support_needs-health = 健康
option-support_needs-money = 钱
option-support_needs-housing = 住房
option-support_needs-family = 家庭
option-support_needs-none = 不需要帮助
intake-meeting-times = 您什么时候能来会面？请全部选上，然后按“完成”。
option-meeting_times-mornings = 上午
option-meeting_times-afternoons = 下午

## Answers that do not fit

intake-invalid-letters = 请用文字写。
intake-invalid-too-long = 请写短一点，最多 { $limit } 个字。
intake-invalid-name = 请只写您希望我用的名字，比如：Amal。
intake-invalid-birth-year = 请写您的出生年份，在 { $first } 和 { $last } 之间。
intake-invalid-work-years = 请写年数，从 0 到 60。

## Summary and corrections

intake-summary =
    这是您的回答。请检查一下。

    <b>名字：</b>{ $name }
    <b>出生年份：</b>{ $birth_year }
    <b>居住地：</b>{ $municipality }
    <b>居留许可：</b>{ $permit }
    <b>登记的求职者：</b>{ $job_seeker }
    <b>语言：</b>{ $languages }
    <b>芬兰语：</b>{ $finnish } · <b>瑞典语：</b>{ $swedish } · <b>英语：</b>{ $english }
    <b>学历：</b>{ $education }（{ $country }）
    <b>工作：</b>{ $work }（{ $years }）
    <b>第一个目标：</b>{ $goal }
    <b>感兴趣的工作：</b>{ $interests }
    <b>需要帮助的事：</b>{ $support }
    <b>会面时间：</b>{ $times }

    都对吗？
option-summary-confirm = 对，都对
option-summary-change = 我想改一些内容
intake-pick-change = 您想改什么？
slot-preferred_name = 名字
slot-birth_year = 出生年份
slot-municipality = 居住地
slot-residence_permit = 居留许可
slot-job_seeker = 求职者
slot-languages_spoken = 语言
slot-finnish_level = 芬兰语
slot-swedish_level = 瑞典语
slot-english_level = 英语
slot-education = 学历
slot-work_fields = 工作
slot-goal = 第一个目标
slot-interests = 感兴趣的工作
slot-support_needs = 需要帮助的事
slot-meeting_times = 会面时间

## Eligibility


## Eligibility

# One message when someone cannot be accepted: what the centre needs and why, whether the
# counsellor knows, where else to turn, and how to correct or start again.
intake-refused-too-young =
    谢谢您的回答。很抱歉，移民技能中心现在不能接收您。中心只接收 18 岁或以上的成年人。中心的培训和工作试用是为成年人安排的。
    { $told ->
        [yes] 我已经告诉了您的职业顾问。
       *[no] 请告诉中心的办公室。
    }
    您的就业服务处可以告诉您其他服务。您也可以去 International House Helsinki 或者您所在城市的信息服务点问一问。
    如果您的回答错了，请按下面的按钮。要重新开始，请输入 /intake。
intake-refused-outside-area =
    谢谢您的回答。很抱歉，移民技能中心现在不能接收您。中心只接收住在本地区的人。因为中心的费用由本地区的城市支付。
    { $told ->
        [yes] 我已经告诉了您的职业顾问。
       *[no] 请告诉中心的办公室。
    }
    您的就业服务处可以告诉您，您住的地方有哪些服务。您也可以去 International House Helsinki 或者您所在城市的信息服务点问一问。
    如果您的回答错了，请按下面的按钮。要重新开始，请输入 /intake。
intake-refused-no-permit =
    谢谢您的回答。很抱歉，移民技能中心现在不能接收您。您需要有居留许可，或者已经申请了居留许可。在芬兰学习和工作都需要它。
    { $told ->
        [yes] 我已经告诉了您的职业顾问。
       *[no] 请告诉中心的办公室。
    }
    芬兰移民局（Migri）可以告诉您居留许可的事。您也可以去 International House Helsinki 或者您所在城市的信息服务点问一问。
    如果您的回答错了，请按下面的按钮。要重新开始，请输入 /intake。
intake-refused-not-job-seeker =
    谢谢您的回答。很抱歉，移民技能中心现在不能接收您。中心只接收失业的求职者。中心帮助人们找到工作，或者参加为工作做准备的培训。
    { $told ->
        [yes] 我已经告诉了您的职业顾问。
       *[no] 请告诉中心的办公室。
    }
    您失去了工作，或者想登记为求职者吗？您的就业服务处可以帮助您。然后请输入 /intake 重新开始。
    如果您的回答错了，请按下面的按钮。
intake-refused-pressed-wrong = 我按错了按钮
intake-refused-typed-wrong = 我写错了年份

## The proposal

intake-done = 谢谢！我保存了您的回答。您的顾问会看到它们。
intake-path-work_first = 我的建议：<b>工作路线</b>。您在帮助下尽快找工作。
intake-path-education_first = 我的建议：<b>学习路线</b>。您先学习，然后再找工作。
path-reason-goal-study = • 您想先学习。
path-reason-goal-work = • 您想尽快工作。
path-reason-language = • 您已经会说一种工作中能用的语言。
path-reason-language-first = • 先学芬兰语，会帮助您找到工作。
path-reason-work-after = • 学完以后，这条路线会带您去工作，就像您想要的那样。
path-reason-skills = • 您有学历或者工作经验。
path-reason-training = • 培训能让您学到雇主需要的技能。
intake-next-steps = 您的顾问会和您谈这个建议。你们会一起做您的计划。您可以用 /profile 查看您的回答。
path-work_first = 工作路线
path-education_first = 学习路线

## Notices to the counsellor

notice-intake-done =
    <b>{ $name }</b> 完成了问卷。
    希望的称呼：{ $preferred }
    建议的路线：<b>{ $path }</b>（原因：{ $reasons }）
    第一个目标：{ $goal } · 芬兰语：{ $finnish }
    需要帮助的事：{ $support }
    会面时间：{ $times }
# Why the path was proposed, for the counsellor (joined into one sentence).
notice-reason-goal-study = 想先学习
notice-reason-goal-work = 想尽快工作
notice-reason-language = 已经会说一种工作中用的语言
notice-reason-language-first = 需要先学芬兰语
notice-reason-work-after = 想先学芬兰语，然后工作
notice-reason-skills = 有学历或工作经验
notice-reason-training = 能从培训中学到技能
notice-intake-not-eligible = 中心不能接收 <b>{ $name }</b>：{ $rules }。我没有保存他/她的回答。您可以考虑联系他/她。
# Which rule, for the counsellor (joined into one sentence).
notice-eligibility-too-young = 不满 18 岁
notice-eligibility-outside-area = 住在中心的地区以外
notice-eligibility-no-permit = 没有居留许可
notice-eligibility-not-job-seeker = 不是失业求职者
notice-learner-left = 您的一位学员删除了自己在 Polku 的信息，离开了。他/她已经不在您的名单上了。

## The learner's own data

profile-empty = 您还没有回答问卷。请输入 /intake 开始。
profile-answers =
    <b>您的回答</b>

    <b>名字：</b>{ $name }
    <b>出生年份：</b>{ $birth_year }
    <b>居住地：</b>{ $municipality }
    <b>居留许可：</b>{ $permit }
    <b>登记的求职者：</b>{ $job_seeker }
    <b>语言：</b>{ $languages }
    <b>芬兰语：</b>{ $finnish } · <b>瑞典语：</b>{ $swedish } · <b>英语：</b>{ $english }
    <b>学历：</b>{ $education }（{ $country }）
    <b>工作：</b>{ $work }（{ $years }）
    <b>第一个目标：</b>{ $goal }
    <b>感兴趣的工作：</b>{ $interests }
    <b>需要帮助的事：</b>{ $support }
    <b>会面时间：</b>{ $times }
    <b>建议的路线：</b>{ $path }

    { $change ->
        [buttons] 要修改一个回答，请按它的按钮。
       *[command] 要修改一个回答，请输入 /profile。
    }
mydata-person =
    <b>Polku 保存的您的信息</b>
    Telegram 上的名字：{ $name }
    语言：{ $language }
    加入时间：{ $joined }
    您的顾问：{ $counsellor }
mydata-consent = 您在 { $when } 同意了回答问卷。
mydata-in-progress = 您已经开始回答问卷。有 { $count } 个回答在等您答完。
mydata-how-to-forget = 要删除这些信息，请输入 /forget。
forget-confirm = 您要我删除您的所有信息吗？我会告诉您的顾问您离开了。删除以后不能恢复。
forget-yes = 是，全部删除
forget-no = 不，保留
forget-kept = 好的。我什么都没有删除。
forget-expired = 这个问题已经过时了，所以我什么都没有删除。如果您要我删除您的信息，请再输入一次 /forget。
forget-done = 我删除了您的信息。谢谢您使用 Polku。如果您想回来，请向您的顾问要一个新的邀请链接。

## Language detection

language-offer = 您好像是用{ $language }写的。您要我用这种语言给您写信息吗？
# Shown in the offered language itself (the button's own language).
language-switch = 是，更换语言
language-keep = 不，保留现在的语言
# A short note on the button (plain text).
language-kept = 好的，我保留现在的语言。
